// `npm start`, in one of four modes:
//   - no DISCORD_TOKEN and no INTERACTIONS_PORT: a local console over the corpus, answering the same commands as text;
//   - INTERACTIONS_PORT (and DISCORD_PUBLIC_KEY): an HTTP Interactions Endpoint, one of any number of replicas;
//   - DISCORD_TOKEN: the gateway bot; with SHARDS=auto|N, a ShardingManager running this file once per shard.
import { hostname } from "node:os";
import { fileURLToPath } from "node:url";
import { config as loadDotenv } from "dotenv";
import type { AnswerService } from "../core/types.ts";
import { createArticleAdder, type ArticleAdder } from "./add/articleAdder.ts";
import { ConfigError, loadConfig, maxArticleBytes, type Config } from "./config/loadConfig.ts";
import { runConsole } from "./console/runConsole.ts";
import { createBot } from "./discord/createBot.ts";
import { GatewayClosedError } from "./discord/gatewayClose.ts";
import { loadCommands } from "./discord/loadCommands.ts";
import { GATEWAY_REFUSED_EXIT, planShards, runShardManager } from "./discord/shardManager.ts";
import { runHttpSession } from "./interactions/httpSession.ts";
import { createLibrary } from "./library/index.ts";
import type { Library } from "./library/library.ts";
import { openSharedLibrary, type SharedLibrary } from "./library/sharedLibrary.ts";
import { logStartup } from "./library/startupLog.ts";
import { createLogger, type Logger } from "./log/createLogger.ts";

/** Past this, a stuck shutdown (a hung socket) gives way to exiting anyway. */
const SHUTDOWN_LIMIT_MS = 4_000;

/** A shard's process, started by the ShardingManager: SHARDS is then discord.js's shard id, not ours. */
const IS_SHARD = process.env.SHARDING_MANAGER === "true";

async function main(): Promise<number> {
  loadDotenv();
  let config: Config;
  try {
    config = loadConfig(IS_SHARD ? { ...process.env, SHARDS: undefined } : process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
  const httpMode = config.INTERACTIONS_PORT !== undefined;
  if (httpMode && !config.DISCORD_PUBLIC_KEY) {
    console.error(new ConfigError(["DISCORD_PUBLIC_KEY: is required with INTERACTIONS_PORT (Discord's signatures are checked against it)"]).message);
    return 1;
  }
  const consoleMode = !config.DISCORD_TOKEN && !httpMode;
  // In the console, answers go to stdout and logs to stderr; a person at a terminal wants answers
  // without log lines in between, so the console logs warnings only unless LOG_LEVEL says otherwise.
  const root = createLogger({
    level: consoleMode && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL,
    fd: consoleMode ? 2 : 1,
    ...(config.DISCORD_TOKEN ? { secret: config.DISCORD_TOKEN } : {}),
  });
  const logger = IS_SHARD ? root.child({ shardId: Number(process.env.SHARDS) }) : root;
  process.on("unhandledRejection", (err) => logger.error({ err }, "unhandled rejection"));
  const stopped = new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });

  if (consoleMode) {
    // Loads the saved index; when the corpus changed since, answers from it while the worker rebuilds it.
    const library = await createLibrary({ corpusDir: config.CORPUS_DIR, serveStale: true });
    logStartup(logger, library);
    try {
      return await consoleSession(config, library, await loadCommands(), logger, stopped);
    } finally {
      library.close();
    }
  }
  if (!httpMode && config.SHARDS !== undefined && !IS_SHARD) {
    const plan = await planShards(config.SHARDS, config.DISCORD_TOKEN!, config.DISCORD_API_BASE);
    logger.info({ totalShards: plan.total, asked: config.SHARDS }, "starting the gateway in shards");
    return runShardManager({ file: fileURLToPath(import.meta.url), token: config.DISCORD_TOKEN!, plan, logger, stopped });
  }

  // Replicas and shards share the corpus: one re-indexes at a time, the others swap to its index.
  const replica = config.REPLICA_ID ?? (IS_SHARD ? `shard-${process.env.SHARDS}@${hostname()}:${process.pid}` : `${hostname()}:${process.pid}`);
  const opening = openSharedLibrary({
    corpusDir: config.CORPUS_DIR,
    serveStale: true,
    replica,
    onReload: (report) =>
      report.ok
        ? logger.info({ articles: report.articles, skipped: report.errors.length }, "swapped to the index another replica saved")
        : logger.warn({ reason: report.errors[0]?.reason }, "the index another replica saved could not be loaded; the current one keeps answering"),
  });
  const adder = createArticleAdder(config.CORPUS_DIR, {
    maxBytes: maxArticleBytes(),
    timeoutMs: config.ADD_FETCH_TIMEOUT_S * 1000,
    allowPrivate: config.ADD_ALLOW_PRIVATE_URLS === "true",
  });
  const commands = await loadCommands();
  if (httpMode) {
    const library = opening.then((shared) => {
      logStartup(logger, shared.library);
      return shared.library;
    });
    try {
      return await runHttpSession({
        port: config.INTERACTIONS_PORT!,
        host: config.INTERACTIONS_HOST,
        publicKey: config.DISCORD_PUBLIC_KEY!,
        replica,
        logger,
        maxBodyBytes: config.INTERACTIONS_MAX_BODY_KB * 1024,
        maxInFlight: config.INTERACTIONS_MAX_IN_FLIGHT,
        library,
        commands,
        adder,
        feedbackFile: config.FEEDBACK_FILE,
        rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
        answerMemoryBytes: config.ANSWER_MEMORY_MB * 2 ** 20,
        ...(config.DISCORD_API_BASE ? { apiBase: config.DISCORD_API_BASE } : {}),
        stopped,
      });
    } finally {
      await closeWhenOpen(opening);
    }
  }
  const shared = await opening;
  logStartup(logger, shared.library);
  try {
    return await botSession(config, shared.library, adder, commands, logger, stopped);
  } finally {
    shared.stop();
  }
}

async function closeWhenOpen(opening: Promise<SharedLibrary>): Promise<void> {
  const shared = await opening.catch(() => null);
  shared?.stop();
}

async function consoleSession(
  config: Config,
  answers: AnswerService,
  commands: Awaited<ReturnType<typeof loadCommands>>,
  logger: Logger,
  stopped: Promise<string>,
): Promise<number> {
  const controller = new AbortController();
  void stopped.then(() => controller.abort());
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

async function botSession(
  config: Config,
  answers: Library,
  adder: ArticleAdder,
  commands: Awaited<ReturnType<typeof loadCommands>>,
  logger: Logger,
  stopped: Promise<string>,
): Promise<number> {
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
  return failed ? refusedExit() : 0;
}

/** A shard refused by Discord tells its manager so, which then stops rather than starting it again. */
function refusedExit(): number {
  return IS_SHARD ? GATEWAY_REFUSED_EXIT : 1;
}

main().then(
  (code) => {
    // Exit explicitly: the library or discord.js may leave timers that would keep the process alive.
    process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(error instanceof GatewayClosedError ? refusedExit() : 1);
  },
);
