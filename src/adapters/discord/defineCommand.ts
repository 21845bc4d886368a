// Builds a command module from its parts: the slash command data, a zod schema for its options and a
// `run` that needs no Discord. The Discord handling (validate, check permission, defer, render,
// page) is the same for every command, so it lives here once.
import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandOptionsOnlyBuilder,
  type APIEmbed,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { z } from "zod";
import { chartOf, type ChartSpec } from "../../core/charts/index.ts";
import { CounterclaimError } from "../../core/errors.ts";
import type { AnswerChart } from "../chart/answerChart.ts";
import { resultSize, type CommandResult } from "../render/commandResult.ts";
import { DISCORD_LIMITS } from "../render/discordLimits.ts";
import type { PagedAnswer } from "../render/toDiscordPages.ts";
import { oneLine, plainText, truncate } from "../render/sanitize.ts";
import { answerComponents } from "./answerComponents.ts";
import type { AnswerSession } from "./answerSessions.ts";
import type { Command, CommandContext, CommandServices } from "./command.ts";
import { PRIVATE_OPTION, type CommandOption } from "./commandOptions.ts";
import { optionProblems } from "./optionProblems.ts";
import { NO_MENTIONS, privateNotice } from "./replies.ts";

type Options = Record<string, CommandOption>;
type Shape<O extends Options> = { [K in keyof O]: O[K]["schema"] };
export type OptionValues<O extends Options> = z.infer<z.ZodObject<Shape<O>>>;

export interface CommandSpec<O extends Options> {
  name: string;
  description: string;
  /** Declared once each (commandOptions.ts): Discord's declaration and the check come from it. */
  options: O;
  run(options: OptionValues<O>, services: CommandServices): Promise<CommandResult> | CommandResult;
  /**
   * For members with Manage Server only, in servers only. Declared to Discord as a default and
   * re-checked in the handler, as a server can change the default.
   */
  requiresManageGuild?: boolean;
  /** Replies only the caller sees, whatever happens (e.g. /reindex); other commands get a `private` option. */
  alwaysPrivate?: boolean;
  /** Autocomplete for the focused option. */
  suggest?(value: string, services: CommandServices): string[];
}

/** The slash command as Discord is told of it, built from the same option declarations as the check. */
function declaration(spec: CommandSpec<Options>, options: Options): RESTPostAPIChatInputApplicationCommandsJSONBody {
  let builder: SlashCommandOptionsOnlyBuilder = new SlashCommandBuilder().setName(spec.name).setDescription(spec.description);
  if (spec.requiresManageGuild) builder = builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild).setContexts(InteractionContextType.Guild);
  for (const [name, option] of Object.entries(options)) builder = option.declare(builder, name);
  return builder.toJSON();
}

export function defineCommand<O extends Options>(spec: CommandSpec<O>): Command {
  const options: Options = spec.alwaysPrivate ? spec.options : { ...spec.options, private: PRIVATE_OPTION };
  const schema = z.object(Object.fromEntries(Object.entries(options).map(([name, option]) => [name, option.schema])) as Shape<O>);
  const run = async (raw: Record<string, unknown>, services: CommandServices): Promise<CommandResult> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new CounterclaimError(optionProblems(parsed.error));
    return spec.run(parsed.data as OptionValues<O>, services);
  };

  const command: Command = {
    data: declaration(spec, options),
    run,
    async execute(interaction, context) {
      const parsed = schema.safeParse(rawOptions(interaction));
      if (!parsed.success) {
        context.logger.info({ command: spec.name, userId: interaction.user.id, rejected: parsed.error.issues.length }, "options rejected");
        await interaction.reply(privateNotice(optionProblems(parsed.error)));
        return;
      }
      if (spec.requiresManageGuild && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
        await interaction.reply(privateNotice("Only members with the Manage Server permission can do that."));
        return;
      }
      const ephemeral = spec.alwaysPrivate || (parsed.data as { private?: boolean }).private === true;
      // Answers can take longer than Discord's 3 seconds on a large corpus: acknowledge first.
      await context.turns.acknowledge(interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}));
      const started = performance.now();
      const shown = await prepare(context, () => spec.run(parsed.data as OptionValues<O>, context));
      if ("refusal" in shown) {
        await interaction.editReply({ content: shown.refusal, allowedMentions: NO_MENTIONS });
        return;
      }
      const chart = await drawn(context, spec.name, shown.chart);
      await showPages(interaction, context, shown, chart);
      context.logger.info(
        {
          command: spec.name,
          userId: interaction.user.id,
          guildId: interaction.guildId,
          latencyMs: Math.round(performance.now() - started),
          resultSize: shown.size,
          ...(chart ? { chartBytes: chart.png.length } : {}),
        },
        "answered",
      );
    },
  };
  if (spec.suggest) {
    const suggest = spec.suggest;
    command.autocomplete = async (interaction: AutocompleteInteraction, context: CommandContext) => {
      const typed = truncate(oneLine(String(interaction.options.getFocused())), 100);
      const seen = new Set<string>();
      const choices = suggest(typed, context)
        .map((s) => truncate(oneLine(s), DISCORD_LIMITS.choiceName))
        .filter((s) => s && !seen.has(s) && seen.add(s))
        .slice(0, DISCORD_LIMITS.autocompleteChoices)
        .map((s) => ({ name: s, value: s }));
      await interaction.respond(choices);
    };
  }
  return command;
}

/** Option values by name, exactly as Discord sent them; the schema decides what is acceptable. */
function rawOptions(interaction: ChatInputCommandInteraction): Record<string, unknown> {
  return Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value]));
}

/** What is shown of a result: its pages, still to be rendered, and what the logs and reports need. */
interface Prepared {
  paged: PagedAnswer;
  kind: AnswerSession["kind"];
  query: string;
  size: number;
  /** What the answer's picture shows, drawn after the pages are cut (in a turn of its own). */
  chart: ChartSpec | null;
}

/**
 * Runs the command and cuts its result into pages, in one turn: the result itself (a /sources
 * answer allocates megabytes) is dropped before the next turn, young, and cheap for the garbage
 * collector; while a burst of answers waits on Discord only their pages are held.
 */
async function prepare(context: CommandContext, run: () => Promise<CommandResult> | CommandResult): Promise<Prepared | { refusal: string }> {
  try {
    return await context.turns.run(() => {
      const result = run();
      // An asynchronous command (/reindex) is cut into pages once its result comes.
      const prepared = (done: CommandResult) => toPrepared(done, context);
      return result instanceof Promise ? result.then(prepared) : prepared(result);
    });
  } catch (error) {
    // The core's own refusals (an unusable query) are the user's business; anything else is ours.
    if (!(error instanceof CounterclaimError)) throw error;
    return { refusal: truncate(plainText(error.message.replace(/^counterclaim: /, "")), DISCORD_LIMITS.content) };
  }
}

function toPrepared(result: CommandResult, context: CommandContext): Prepared {
  return {
    paged: context.pages.pagesOf(result),
    kind: result.type === "answer" ? result.answer.kind : "reindex",
    query: result.type === "answer" ? result.answer.query : "",
    size: resultSize(result),
    chart: result.type === "answer" ? chartOf(result.answer) : null,
  };
}

/**
 * The answer's chart as a PNG within Discord's upload limit, or null: a picture that cannot be drawn
 * or is too large is logged and left out, and the answer goes out without it.
 */
async function drawn(context: CommandContext, command: string, spec: ChartSpec | null): Promise<AnswerChart | null> {
  if (!spec) return null;
  try {
    const chart = await context.turns.run(() => context.charts.draw(spec));
    if (chart.png.length <= DISCORD_LIMITS.attachmentBytes) return chart;
    context.logger.warn({ command, chartBytes: chart.png.length }, "chart over Discord's upload limit: left out");
  } catch (error) {
    context.logger.warn({ command, err: error }, "chart could not be drawn: left out");
  }
  return null;
}

/** The first page shows the chart as its embed's image; the file travels with the reply (multipart). */
function withChart(embeds: APIEmbed[], chart: AnswerChart | null) {
  if (!chart) return { embeds };
  const [first, ...rest] = embeds;
  const image = { url: `attachment://${chart.name}` };
  return {
    embeds: first ? [{ ...first, image }, ...rest] : [],
    files: [{ attachment: chart.png, name: chart.name, description: truncate(chart.description, DISCORD_LIMITS.attachmentDescription) }],
  };
}

async function showPages(interaction: ChatInputCommandInteraction, context: CommandContext, shown: Prepared, chart: AnswerChart | null): Promise<void> {
  // Only the first page is rendered now; the others when someone turns to them.
  const first = shown.paged.page(0)!;
  if (shown.paged.pageCount === 1 && first.claims.length === 0) {
    await interaction.editReply({ ...withChart(first.embeds, chart), components: [], allowedMentions: NO_MENTIONS });
    return;
  }
  const session = context.sessions.open({
    ownerId: interaction.user.id,
    kind: shown.kind,
    query: shown.query,
    paged: shown.paged,
    expire: async () => {
      await interaction.editReply({ components: [], allowedMentions: NO_MENTIONS });
    },
  });
  // Later pages leave the embed's image out: the file stays on the message, shown under the page.
  await interaction.editReply({ ...withChart(first.embeds, chart), components: answerComponents(session, 0), allowedMentions: NO_MENTIONS });
}
