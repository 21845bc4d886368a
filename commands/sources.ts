// /sources: the articles the bot answers from: title, outlet, date, number of claims.
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";

export default defineCommand({
  name: "sources",
  description: "The news articles the answers come from",
  options: {},
  run: (_options, { answers }) => ({ type: "answer", answer: answers.sources() }),
});
