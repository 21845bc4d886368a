// /ask question: the most relevant sentences, each naming its side, with numbered sources.
import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";
import { privateFlag, textOption } from "../src/adapters/discord/optionSchemas.ts";

const MAX_QUESTION = 300;

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask about the Nagorno-Karabakh conflict; every claim names its side and source")
    .addStringOption((o) =>
      o.setName("question").setDescription("Your question, e.g. who shelled Stepanakert in October 2020?").setRequired(true).setMaxLength(MAX_QUESTION),
    )
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer"))
    .toJSON(),
  options: z.object({ question: textOption("a question", { min: 3, max: MAX_QUESTION }), private: privateFlag }),
  run: ({ question }, { answers }) => ({ type: "answer", answer: answers.ask(question) }),
});
