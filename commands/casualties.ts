// /casualties query?: casualty figures by claimant, with disputed figures flagged.
import { optionalText } from "../src/adapters/discord/commandOptions.ts";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";

export default defineCommand({
  name: "casualties",
  description: "Casualty figures: who claimed them, about whom, and which are disputed",
  options: {
    query: optionalText({ description: "A place, date or side, e.g. Hadrut or October 2020", what: "a place, date or side", max: 100 }),
  },
  run: ({ query }, { answers }) => ({ type: "answer", answer: answers.casualties(query) }),
});
