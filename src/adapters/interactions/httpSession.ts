// `npm start` with INTERACTIONS_PORT: an Interactions Endpoint URL instead of a gateway connection.
// The port opens at once, so the balancer's health checks see "loading" (503) until the index is
// there; then the same router as the gateway bot answers. Any number of these run side by side
// over one corpus (the shared library coordinates re-indexing and swaps in each new index).
import type { ArticleAdder } from "../add/articleAdder.ts";
import type { Command } from "../discord/command.ts";
import type { Library } from "../library/library.ts";
import type { Logger } from "../log/createLogger.ts";
import { createDispatcher, type Dispatcher } from "./dispatcher.ts";
import { startInteractionServer } from "./server.ts";
import { createVerifier } from "./signature.ts";

/** Past this, requests in flight (and then answers being sent) at shutdown are abandoned. */
const DRAIN_LIMIT_MS = 3_000;

export interface HttpSessionOptions {
  port: number;
  host: string;
  publicKey: string;
  replica: string;
  logger: Logger;
  maxBodyBytes: number;
  maxInFlight: number;
  /** Resolves when the index is loaded (a start with no saved index builds it first). */
  library: Promise<Library>;
  commands: Map<string, Command>;
  adder?: ArticleAdder;
  feedbackFile: string;
  rateLimitPerMinute: number;
  answerMemoryBytes: number;
  apiBase?: string;
  /** Resolves with the signal that ends the session. */
  stopped: Promise<string>;
}

export async function runHttpSession(options: HttpSessionOptions): Promise<number> {
  const { logger } = options;
  let library: Library | null = null;
  let dispatcher: Dispatcher | null = null;
  const server = await startInteractionServer(
    {
      verify: createVerifier(options.publicKey),
      dispatcher: () => dispatcher?.dispatch ?? null,
      health: () => ({
        ready: dispatcher !== null,
        replica: options.replica,
        // CPU time since start (process.cpuUsage), for the load test's CPU per interaction.
        cpuUs: process.cpuUsage(),
        rssBytes: process.memoryUsage.rss(),
        answering: dispatcher?.running ?? 0,
        index: library ? { loaded: true, origin: library.origin, articles: library.startup.articles, lastReport: library.lastReport } : { loaded: false },
      }),
      logger,
      maxBodyBytes: options.maxBodyBytes,
      maxInFlight: options.maxInFlight,
    },
    options.port,
    options.host,
  );
  logger.info({ port: server.port, replica: options.replica }, "interactions endpoint listening (POST /interactions, GET /health)");
  const loaded = await Promise.race([options.library, options.stopped.then(() => null)]);
  if (loaded) {
    library = loaded;
    dispatcher = createDispatcher({
      answers: loaded,
      ...(options.adder ? { adder: options.adder } : {}),
      commands: options.commands,
      logger,
      feedbackFile: options.feedbackFile,
      rateLimitPerMinute: options.rateLimitPerMinute,
      answerMemoryBytes: options.answerMemoryBytes,
      ...(options.apiBase ? { apiBase: options.apiBase } : {}),
    });
    logger.info({ replica: options.replica, articles: loaded.startup.articles }, "answering interactions");
  }
  const signal = await options.stopped;
  logger.info({ signal, inFlight: server.counts }, "shutting down the interactions endpoint");
  await server.drain(DRAIN_LIMIT_MS);
  const closed = server.close();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, DRAIN_LIMIT_MS).unref())]);
  server.server.closeAllConnections();
  // Acknowledged interactions still get their answers before the process goes.
  await dispatcher?.drain(DRAIN_LIMIT_MS);
  await dispatcher?.stop();
  return 0;
}
