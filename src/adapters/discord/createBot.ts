// The Discord bot: a discord.js client whose only job is to hand interactions to the router.
import { Client, Events, GatewayIntentBits } from "discord.js";
import { isDiscordApi } from "../config/loadConfig.ts";
import type { AnswerSessions } from "./answerSessions.ts";
import { fatalGatewayClose, GatewayClosedError, type GatewayFailure } from "./gatewayClose.ts";
import { NO_MENTIONS } from "./replies.ts";
import { createRouter, type RouterOptions } from "./router.ts";

export interface BotOptions extends RouterOptions {
  token: string;
  /** e.g. http://127.0.0.1:port/api in tests; discord.js appends /v10/…. */
  apiBase?: string;
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
  const { handle, sessions } = createRouter(options);

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
