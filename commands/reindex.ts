// /reindex: re-reads the corpus and swaps the new index in; for members with Manage Server only.
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";

export default defineCommand({
  name: "reindex",
  description: "Re-read the corpus and rebuild the index (Manage Server only)",
  options: {},
  requiresManageGuild: true,
  alwaysPrivate: true,
  run: async (_options, { answers }) => ({ type: "reindex", report: await answers.reindex() }),
});
