// /casualties query?: casualty figures by claimant, with disputed figures flagged.
import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";
import { optionalTextOption, privateFlag } from "../src/adapters/discord/optionSchemas.ts";

const MAX_QUERY = 100;

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("casualties")
    .setDescription("Casualty figures: who claimed them, about whom, and which are disputed")
    .addStringOption((o) => o.setName("query").setDescription("A place, date or side, e.g. Hadrut or October 2020").setMaxLength(MAX_QUERY))
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer"))
    .toJSON(),
  options: z.object({ query: optionalTextOption("a place, date or side", MAX_QUERY), private: privateFlag }),
  run: ({ query }, { answers }) => ({ type: "answer", answer: answers.casualties(query) }),
});
