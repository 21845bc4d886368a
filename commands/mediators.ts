// /mediators query?: what the OSCE Minsk Group, Russia, the US, France, the EU, the UN and the ICRC said.
import { optionalText } from "../src/adapters/discord/commandOptions.ts";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";

export default defineCommand({
  name: "mediators",
  description: "Statements by mediators (OSCE Minsk Group, Russia, US, France, EU, UN, ICRC)",
  options: {
    query: optionalText({ description: "A topic, place or date, e.g. ceasefire", what: "a topic, place or date", max: 100 }),
  },
  run: ({ query }, { answers }) => ({ type: "answer", answer: answers.mediators(query) }),
});
