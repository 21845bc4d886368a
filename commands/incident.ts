// /incident query: what each side claims about an incident, side by side, with casualty figures.
import { requiredText } from "../src/adapters/discord/commandOptions.ts";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";

export default defineCommand({
  name: "incident",
  description: "An incident by place, date or keyword: what each side claims about it",
  options: {
    query: requiredText({ description: "A place, date or keyword, e.g. Hadrut", what: "a place, date or keyword", max: 100, autocomplete: true }),
  },
  run: ({ query }, { answers }) => ({ type: "answer", answer: answers.incident(query) }),
  suggest: (typed, { answers }) => answers.suggestIncidents(typed, 25),
});
