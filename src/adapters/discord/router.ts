// What answers an interaction once it has arrived, however it arrived (the gateway or an HTTP
// POST from Discord): the command modules, the button sessions, the rate limit and the feedback
// log, behind one error boundary. The gateway bot and the HTTP endpoint build it the same way.
import type { Interaction } from "discord.js";
import type { AnswerService } from "../../core/types.ts";
import type { ArticleAdder } from "../add/articleAdder.ts";
import { ChartCache } from "../chart/chartCache.ts";
import type { Logger } from "../log/createLogger.ts";
import { AnswerSessions } from "./answerSessions.ts";
import type { Command } from "./command.ts";
import { FeedbackLog } from "./feedbackLog.ts";
import { createInteractionHandler } from "./handleInteraction.ts";
import { RateLimiter } from "./rateLimiter.ts";
import { SharedPages } from "./sharedPages.ts";
import { TakeTurns } from "./takeTurns.ts";

export interface RouterOptions {
  answers: AnswerService;
  /** Stores articles for /add; without it /add says adding is not set up. */
  adder?: ArticleAdder;
  commands: Map<string, Command>;
  logger: Logger;
  feedbackFile: string;
  rateLimitPerMinute: number;
  sessionTtlMs?: number;
  /** Bytes kept for answers whose buttons still work (ANSWER_MEMORY_MB); the default is DEFAULT_SESSION_BYTES. */
  answerMemoryBytes?: number;
}

export interface Router {
  handle(interaction: Interaction): Promise<void>;
  sessions: AnswerSessions;
}

export function createRouter(options: RouterOptions): Router {
  const { logger } = options;
  const sessions = new AnswerSessions({
    ...(options.sessionTtlMs ? { ttlMs: options.sessionTtlMs } : {}),
    ...(options.answerMemoryBytes ? { maxBytes: options.answerMemoryBytes } : {}),
    onExpireError: (err, session) => logger.warn({ err, sessionId: session.id, kind: session.kind }, "could not remove expired buttons"),
  });
  const handle = createInteractionHandler({
    commands: options.commands,
    context: {
      answers: options.answers,
      ...(options.adder ? { adder: options.adder } : {}),
      logger,
      sessions,
      turns: new TakeTurns(),
      pages: new SharedPages(),
      charts: new ChartCache(),
    },
    rateLimiter: new RateLimiter(options.rateLimitPerMinute),
    feedback: new FeedbackLog(options.feedbackFile),
  });
  return { handle, sessions };
}
