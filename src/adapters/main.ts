// `npm start`: the Discord bot when DISCORD_TOKEN is configured, otherwise a local console over the
// bundled corpus that answers the same commands as text.
import { config as loadDotenv } from "dotenv";
import type { AnswerService } from "../core/types.ts";
import { createArticleAdder } from "./add/articleAdder.ts";
import { ConfigError, loadConfig, maxArticleBytes, type Config } from "./config/loadConfig.ts";
import { runConsole } from "./console/runConsole.ts";
import { createBot } from "./discord/createBot.ts";
import { loadCommands } from "./discord/loadCommands.ts";
import { createLibrary } from "./library/index.ts";
import { logStartup } from "./library/startupLog.ts";
import { createLogger, type Logger } from "./log/createLogger.ts";

/** Past this, a stuck shutdown (a hung socket) gives way to exiting anyway. */
const SHUTDOWN_LIMIT_MS = 4_000;

async function main(): Promise<number> {
  loadDotenv();
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
  const consoleMode = !config.DISCORD_TOKEN;
  // In the console, answers go to stdout and logs to stderr; a person at a terminal wants answers
  // without log lines in between, so the console logs warnings only unless LOG_LEVEL says otherwise.
  const logger = createLogger({
    level: consoleMode && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL,
    fd: consoleMode ? 2 : 1,
    ...(config.DISCORD_TOKEN ? { secret: config.DISCORD_TOKEN } : {}),
  });
  process.on("unhandledRejection", (err) => logger.error({ err }, "unhandled rejection"));

  // Loads the saved index; when the corpus changed since, answers from it while the worker
  // rebuilds it, so the bot logs in at once (see library/library.ts).
  const library = await createLibrary({ corpusDir: config.CORPUS_DIR, serveStale: true });
  logStartup(logger, library);
  const commands = await loadCommands();
  try {
    return consoleMode ? await consoleSession(config, library, commands, logger) : await botSession(config, library, commands, logger);
  } finally {
    library.close();
  }
}

async function consoleSession(config: Config, answers: AnswerService, commands: Awaited<ReturnType<typeof loadCommands>>, logger: Logger): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await runConsole({
    commands,
    services: { answers },
    logger,
    input: process.stdin,
    output: process.stdout,
    corpusDir: config.CORPUS_DIR,
    interactive: process.stdin.isTTY === true,
    signal: controller.signal,
  });
  return 0;
}

async function botSession(config: Config, answers: AnswerService, commands: Awaited<ReturnType<typeof loadCommands>>, logger: Logger): Promise<number> {
  const adder = createArticleAdder(config.CORPUS_DIR, {
    maxBytes: maxArticleBytes(),
    timeoutMs: config.ADD_FETCH_TIMEOUT_S * 1000,
    allowPrivate: config.ADD_ALLOW_PRIVATE_URLS === "true",
  });
  const bot = createBot({
    token: config.DISCORD_TOKEN!,
    answers,
    adder,
    commands,
    logger,
    feedbackFile: config.FEEDBACK_FILE,
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    answerMemoryBytes: config.ANSWER_MEMORY_MB * 2 ** 20,
    ...(config.DISCORD_API_BASE ? { apiBase: config.DISCORD_API_BASE } : {}),
  });
  const stopped = new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  await bot.start();
  // A gateway close discord.js cannot recover from (a bad token, intents not allowed) ends the
  // session with a non-zero code, so a supervisor restarts or alerts; the bot has logged why.
  const failure = bot.failed.then((f) => `gateway ${f.closeCode}`);
  const signal = await Promise.race([stopped, failure]);
  const failed = signal.startsWith("gateway ");
  logger.info({ signal }, "shutting down");
  const limit = setTimeout(() => {
    logger.warn({ limitMs: SHUTDOWN_LIMIT_MS }, "shutdown took too long; exiting anyway");
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS);
  limit.unref();
  await bot.stop();
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    // Exit explicitly: the library or discord.js may leave timers that would keep the process alive.
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
