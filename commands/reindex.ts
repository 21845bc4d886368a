// /reindex: re-reads the corpus and swaps the new index in; for members with Manage Server only.
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("reindex")
    .setDescription("Re-read the corpus and rebuild the index (Manage Server only)")
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .toJSON(),
  options: z.object({}),
  requiresManageGuild: true,
  alwaysPrivate: true,
  run: async (_options, { answers }) => ({ type: "reindex", report: await answers.reindex() }),
});
