// /claims side topic?: what one side claims, with the other sides' counter-claims.
import { optionalText, requiredChoice } from "../src/adapters/discord/commandOptions.ts";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";
import { SIDE_NAMES } from "../src/adapters/render/sideLabels.ts";
import { SIDES } from "../src/core/types.ts";

export default defineCommand({
  name: "claims",
  description: "Claims made by one side, optionally on a topic, with the other sides' counter-claims",
  options: {
    side: requiredChoice({ description: "Whose claims", choices: SIDES.map((side) => ({ name: SIDE_NAMES[side], value: side })) }),
    topic: optionalText({ description: "e.g. ceasefire, shelling, Shusha", what: "a topic", max: 100 }),
  },
  run: ({ side, topic }, { answers }) => ({ type: "answer", answer: answers.claims(side, topic) }),
});
