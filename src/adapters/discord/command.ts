// The shape of a slash command module in commands/, as in the discord.js template: `{ data, execute }`,
// plus what this bot adds: autocomplete, and `run`, the part without Discord that the console reuses.
import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { z } from "zod";
import type { AnswerService } from "../../core/types.ts";
import type { ArticleAdder } from "../add/articleAdder.ts";
import type { ChartCache } from "../chart/chartCache.ts";
import type { Logger } from "../log/createLogger.ts";
import type { CommandResult } from "../render/commandResult.ts";
import type { AnswerSessions } from "./answerSessions.ts";
import type { SharedPages } from "./sharedPages.ts";
import type { TakeTurns } from "./takeTurns.ts";

/** What commands need from the outside world, whatever the surface. */
export interface CommandServices {
  answers: AnswerService;
  /** Stores articles in the corpus (/add); absent where adding is not set up. */
  adder?: ArticleAdder;
}

/** What Discord handlers get besides the interaction. */
export interface CommandContext extends CommandServices {
  logger: Logger;
  sessions: AnswerSessions;
  /** Heavy work takes turns, so that acknowledgements and finished answers go out in between. */
  turns: TakeTurns;
  /** Identical answers share their pages. */
  pages: SharedPages;
  /** Identical charts are drawn once. */
  charts: ChartCache;
}

export interface Command {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
  /** Validates raw option values and answers; the console calls this with options typed as text. */
  run?(options: Record<string, unknown>, services: CommandServices): Promise<CommandResult>;
}

const optionSchema = z
  .object({
    name: z.string().regex(/^[-_\p{Ll}\p{N}]{1,32}$/u, "option names are 1-32 lowercase characters"),
    description: z.string().min(1).max(100),
    type: z.number().int(),
  })
  .passthrough();

/** Checked when loading, so a broken module fails at start-up with its file name, not at first use. */
export const commandSchema = z.object({
  data: z
    .object({
      name: z.string().regex(/^[-_\p{Ll}\p{N}]{1,32}$/u, "command names are 1-32 lowercase characters"),
      description: z.string().min(1).max(100),
      options: z.array(optionSchema).max(25).optional(),
    })
    .passthrough(),
  execute: z.function(),
  autocomplete: z.function().optional(),
  run: z.function().optional(),
});
