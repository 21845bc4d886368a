// /mediators query?: what the OSCE Minsk Group, Russia, the US, France, the EU, the UN and the ICRC said.
import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";
import { optionalTextOption, privateFlag } from "../src/adapters/discord/optionSchemas.ts";

const MAX_QUERY = 100;

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("mediators")
    .setDescription("Statements by mediators (OSCE Minsk Group, Russia, US, France, EU, UN, ICRC)")
    .addStringOption((o) => o.setName("query").setDescription("A topic, place or date, e.g. ceasefire").setMaxLength(MAX_QUERY))
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer"))
    .toJSON(),
  options: z.object({ query: optionalTextOption("a topic, place or date", MAX_QUERY), private: privateFlag }),
  run: ({ query }, { answers }) => ({ type: "answer", answer: answers.mediators(query) }),
});
