// /sources: the articles the bot answers from: title, outlet, date, number of claims.
import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";
import { privateFlag } from "../src/adapters/discord/optionSchemas.ts";

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("sources")
    .setDescription("The news articles the answers come from")
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer"))
    .toJSON(),
  options: z.object({ private: privateFlag }),
  run: (_options, { answers }) => ({ type: "answer", answer: answers.sources() }),
});
