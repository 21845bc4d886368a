// /add: stores an article in the corpus, from a web address or an attached .txt/.md/.html file,
// and re-indexes; for members with Manage Server only (like /reindex), replies only they see.
// The reply says what was read (title, outlet, date, claims by side) or what was wrong.
import { EmbedBuilder, InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from "discord.js";
import { z } from "zod";
import { addReply } from "../src/adapters/add/addReply.ts";
import type { ArticleInput } from "../src/adapters/add/readInput.ts";
import type { Command, CommandContext } from "../src/adapters/discord/command.ts";
import { NO_MENTIONS, privateNotice } from "../src/adapters/discord/replies.ts";
import { DISCORD_LIMITS } from "../src/adapters/render/discordLimits.ts";
import { truncate } from "../src/adapters/render/sanitize.ts";

const MAX_URL = 2000;

const data = new SlashCommandBuilder()
  .setName("add")
  .setDescription("Add an article from a web address or a .txt, .md or .html file (Manage Server only)")
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) => o.setName("url").setDescription("The article's web address (http or https)"))
  .addAttachmentOption((o) => o.setName("file").setDescription("The article as a .txt, .md or .html file"))
  .toJSON();

const webAddress = z
  .string({ invalid_type_error: "`url` must be text" })
  .trim()
  .max(MAX_URL, `\`url\` is too long: at most ${MAX_URL} characters`)
  .refine((url) => URL.canParse(url) && /^https?:$/.test(new URL(url).protocol), "`url` must be a web address starting with http:// or https://");

const attachment = z.object({ name: z.string().min(1).max(1024), url: z.string().url(), size: z.number().int().nonnegative() });

const optionsSchema = z
  .object({ url: webAddress.optional(), file: attachment.optional() })
  .refine((o) => o.url !== undefined || o.file !== undefined, "Give the article's web address (`url`) or attach its file (`file`).");

/** Option values by name; an attachment option carries the attachment's name, address and size. */
function rawOptions(interaction: ChatInputCommandInteraction): Record<string, unknown> {
  return Object.fromEntries(
    interaction.options.data.map((o) => [o.name, o.attachment ? { name: o.attachment.name, url: o.attachment.url, size: o.attachment.size } : o.value]),
  );
}

async function execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void> {
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    await interaction.reply(privateNotice("Only members with the Manage Server permission can do that."));
    return;
  }
  const parsed = optionsSchema.safeParse(rawOptions(interaction));
  if (!parsed.success) {
    await interaction.reply(privateNotice(parsed.error.issues.map((i) => i.message).join("\n")));
    return;
  }
  if (!context.adder) {
    await interaction.reply(privateNotice("Adding articles is not set up on this bot: ask its operator to run `npm run add`."));
    return;
  }
  const { url, file } = parsed.data;
  const inputs: ArticleInput[] = [...(url ? [{ kind: "url" as const, url }] : []), ...(file ? [{ kind: "attachment" as const, ...file }] : [])];
  await context.turns.acknowledge(interaction.deferReply({ flags: MessageFlags.Ephemeral }));
  const started = performance.now();
  const outcomes = await context.adder.add(inputs);
  const added = outcomes.filter((o) => o.status === "added").length;
  const report = added > 0 ? await context.answers.reindex() : null;
  const reply = addReply(outcomes, report);
  const embed = new EmbedBuilder()
    .setTitle(reply.title)
    .setDescription(truncate(reply.lines.join("\n"), DISCORD_LIMITS.description))
    .setColor(added > 0 ? 0x2e7d32 : 0x9e9e9e);
  await interaction.editReply({ embeds: [embed], allowedMentions: NO_MENTIONS });
  context.logger.info(
    {
      command: "add",
      userId: interaction.user.id,
      guildId: interaction.guildId,
      added,
      duplicates: outcomes.filter((o) => o.status === "duplicate").length,
      failed: outcomes.filter((o) => o.status === "failed").length,
      reindexOk: report?.ok ?? null,
      latencyMs: Math.round(performance.now() - started),
    },
    "answered",
  );
}

const command: Command = { data, execute };
export default command;
