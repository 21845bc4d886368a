// /incident query: what each side claims about an incident, side by side, with casualty figures.
import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";
import { privateFlag, textOption } from "../src/adapters/discord/optionSchemas.ts";

const MAX_QUERY = 100;

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("incident")
    .setDescription("An incident by place, date or keyword: what each side claims about it")
    .addStringOption((o) =>
      o.setName("query").setDescription("A place, date or keyword, e.g. Hadrut").setRequired(true).setMaxLength(MAX_QUERY).setAutocomplete(true),
    )
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer"))
    .toJSON(),
  options: z.object({ query: textOption("a place, date or keyword", { max: MAX_QUERY }), private: privateFlag }),
  run: ({ query }, { answers }) => ({ type: "answer", answer: answers.incident(query) }),
  suggest: (typed, { answers }) => answers.suggestIncidents(typed, 25),
});
