// The Discord bot: a discord.js client whose only job is to hand interactions to the router.
import { Client, Events, GatewayIntentBits } from "discord.js";
import type { AnswerService } from "../../core/types.ts";
import type { ArticleAdder } from "../add/articleAdder.ts";
import { isDiscordApi } from "../config/loadConfig.ts";
import type { Logger } from "../log/createLogger.ts";
import { AnswerSessions } from "./answerSessions.ts";
import type { Command } from "./command.ts";
import { FeedbackLog } from "./feedbackLog.ts";
import { fatalGatewayClose, GatewayClosedError, type GatewayFailure } from "./gatewayClose.ts";
import { createInteractionHandler } from "./handleInteraction.ts";
import { RateLimiter } from "./rateLimiter.ts";
import { SharedPages } from "./sharedPages.ts";
import { ChartCache } from "../chart/chartCache.ts";
import { TakeTurns } from "./takeTurns.ts";
import { NO_MENTIONS } from "./replies.ts";

export interface BotOptions {
  token: string;
  answers: AnswerService;
  /** Stores articles for /add; without it /add says adding is not set up. */
  adder?: ArticleAdder;
  commands: Map<string, Command>;
  logger: Logger;
  feedbackFile: string;
  rateLimitPerMinute: number;
  /** e.g. http://127.0.0.1:port/api in tests; discord.js appends /v10/…. */
  apiBase?: string;
  sessionTtlMs?: number;
  /** Bytes kept for answers whose buttons still work (ANSWER_MEMORY_MB); the default is DEFAULT_SESSION_BYTES. */
  answerMemoryBytes?: number;
  /**
   * Called when Discord closes the gateway for good after the bot was connected (a reset token,
   * intents revoked). By default the bot stops and the process exit code becomes 1, so that a
   * supervisor restarts it or alerts; before the bot is connected, start() rejects instead.
   */
  onFatalClose?(failure: GatewayFailure): void;
}

export interface Bot {
  client: Client;
  sessions: AnswerSessions;
  /** Resolves when Discord closes the gateway with a code discord.js will not reconnect after. */
  failed: Promise<GatewayFailure>;
  /** Logs in; rejects with a GatewayClosedError naming the close code when Discord refuses the bot. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createBot(options: BotOptions): Bot {
  const { logger } = options;
  if (options.apiBase && !isDiscordApi(options.apiBase)) {
    logger.warn({ apiBase: options.apiBase }, "DISCORD_API_BASE is not Discord's API: the bot token will be sent there");
  }
  const client = new Client({
    // Slash commands need no privileged intents; Guilds keeps the guild cache for permission checks.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(options.apiBase ? { rest: { api: options.apiBase } } : {}),
  });
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

  let failure: GatewayFailure | undefined;
  let reportFailure: (failure: GatewayFailure) => void = () => {};
  const failed = new Promise<GatewayFailure>((resolve) => (reportFailure = resolve));

  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, commands: options.commands.size }, "connected to Discord");
  });
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const fatal = fatalGatewayClose(event.code);
    if (!fatal || failure) return;
    failure = fatal;
    logger.fatal({ ...fatal, shardId }, `Discord closed the gateway with code ${fatal.closeCode} and will not take the bot back: ${fatal.reason}`);
    reportFailure(fatal);
    // Before the bot was connected, login() rejects and start() reports it; afterwards nobody is waiting.
    if (client.isReady()) (options.onFatalClose ?? stopWithExitCode1)(fatal);
  });
  client.on(Events.Error, (err) => logger.error({ err }, "discord.js client error"));
  client.on(Events.Warn, (message) => logger.warn({ source: "discord.js" }, message));

  async function stop(): Promise<void> {
    await sessions.expireAll();
    await client.destroy();
  }

  function stopWithExitCode1(): void {
    process.exitCode = 1;
    stop().catch((err: unknown) => logger.error({ err }, "could not stop the bot cleanly"));
  }

  return {
    client,
    sessions,
    failed,
    async start() {
      try {
        await client.login(options.token);
      } catch (error) {
        throw failure ? new GatewayClosedError(failure) : error;
      }
    },
    stop,
  };
}
