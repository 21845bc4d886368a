// The Discord bot: a discord.js client whose only job is to hand interactions to the router.
import { Client, Events, GatewayIntentBits } from "discord.js";
import type { AnswerService } from "../../core/types.ts";
import type { Logger } from "../log/createLogger.ts";
import { AnswerSessions } from "./answerSessions.ts";
import type { Command } from "./command.ts";
import { FeedbackLog } from "./feedbackLog.ts";
import { createInteractionHandler } from "./handleInteraction.ts";
import { RateLimiter } from "./rateLimiter.ts";
import { NO_MENTIONS } from "./replies.ts";

export interface BotOptions {
  token: string;
  answers: AnswerService;
  commands: Map<string, Command>;
  logger: Logger;
  feedbackFile: string;
  rateLimitPerMinute: number;
  /** e.g. http://127.0.0.1:port/api in tests; discord.js appends /v10/…. */
  apiBase?: string;
  sessionTtlMs?: number;
}

export interface Bot {
  client: Client;
  sessions: AnswerSessions;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createBot(options: BotOptions): Bot {
  const { logger } = options;
  const client = new Client({
    // Slash commands need no privileged intents; Guilds keeps the guild cache for permission checks.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(options.apiBase ? { rest: { api: options.apiBase } } : {}),
  });
  const sessions = new AnswerSessions({
    ...(options.sessionTtlMs ? { ttlMs: options.sessionTtlMs } : {}),
    onExpireError: (err, session) => logger.warn({ err, sessionId: session.id, kind: session.kind }, "could not remove expired buttons"),
  });
  const handle = createInteractionHandler({
    commands: options.commands,
    context: { answers: options.answers, logger, sessions },
    rateLimiter: new RateLimiter(options.rateLimitPerMinute),
    feedback: new FeedbackLog(options.feedbackFile),
  });

  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, commands: options.commands.size }, "connected to Discord");
  });
  client.on(Events.Error, (err) => logger.error({ err }, "discord.js client error"));
  client.on(Events.Warn, (message) => logger.warn({ source: "discord.js" }, message));

  return {
    client,
    sessions,
    async start() {
      await client.login(options.token);
    },
    async stop() {
      await sessions.expireAll();
      await client.destroy();
    },
  };
}
