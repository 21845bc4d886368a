// /ask question: the most relevant sentences, each naming its side, with numbered sources.
import { requiredText } from "../src/adapters/discord/commandOptions.ts";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";

export default defineCommand({
  name: "ask",
  description: "Ask about the Nagorno-Karabakh conflict; every claim names its side and source",
  options: {
    question: requiredText({ description: "Your question, e.g. who shelled Stepanakert in October 2020?", what: "a question", min: 3, max: 300 }),
  },
  run: ({ question }, { answers }) => ({ type: "answer", answer: answers.ask(question) }),
});
