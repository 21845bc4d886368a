// Gateway sharding: past 2,500 servers Discord requires it, and each shard is its own connection.
// SHARDS=auto|N runs this entry again once per shard under discord.js's ShardingManager (one
// process each, so shards use every core); the children find SHARDS and SHARD_COUNT in their
// environment, as discord.js expects, and share the corpus and saved index like HTTP replicas.
import { REST, Routes, ShardingManager, type Shard } from "discord.js";
import { z } from "zod";
import type { Logger } from "../log/createLogger.ts";

/**
 * The exit code of a shard Discord refused for good (a bad token, intents not allowed): starting it
 * again would only be refused again, so the manager stops every shard and exits 1.
 */
export const GATEWAY_REFUSED_EXIT = 78;

/** Discord allows one IDENTIFY per 5 s per bucket of `max_concurrency` shards. */
const IDENTIFY_WINDOW_MS = 5_500;
/** A shard that has not connected by then (its index is still loading) no longer holds up the next. */
const SHARD_READY_LIMIT_MS = 120_000;

const gatewayBotSchema = z.object({
  shards: z.number().int().min(1),
  session_start_limit: z.object({ max_concurrency: z.number().int().min(1) }).passthrough(),
});

export interface ShardPlan {
  total: number;
  maxConcurrency: number;
}

/** How many shards: the number asked for, or for "auto" Discord's recommendation from GET /gateway/bot. */
export async function planShards(shards: "auto" | number, token: string, apiBase?: string): Promise<ShardPlan> {
  const rest = new REST(apiBase ? { api: apiBase } : {}).setToken(token);
  const gateway = gatewayBotSchema.parse(await rest.get(Routes.gatewayBot()));
  return { total: shards === "auto" ? gateway.shards : shards, maxConcurrency: gateway.session_start_limit.max_concurrency };
}

export interface ShardManagerOptions {
  /** This entry point (src/adapters/main.ts), run again for each shard. */
  file: string;
  token: string;
  plan: ShardPlan;
  logger: Logger;
  stopped: Promise<string>;
}

export async function runShardManager(options: ShardManagerOptions): Promise<number> {
  const { logger, plan } = options;
  const manager = new ShardingManager(options.file, {
    totalShards: plan.total,
    token: options.token,
    mode: "process",
    respawn: true,
    // The children run TypeScript as this process does (tsx's loader), or through `--import tsx`.
    execArgv: process.execArgv.length ? process.execArgv : ["--import", "tsx"],
  });
  let refused: (() => void) | null = null;
  const refusal = new Promise<string>((resolve) => (refused = () => resolve("refused")));
  manager.on("shardCreate", (shard: Shard) => {
    logger.info({ shardId: shard.id, totalShards: plan.total }, "shard started");
    shard.on("death", (child) => {
      if ("exitCode" in child && child.exitCode === GATEWAY_REFUSED_EXIT) {
        manager.respawn = false;
        logger.fatal({ shardId: shard.id }, "Discord refused a shard for good; stopping every shard");
        refused?.();
        return;
      }
      logger.warn({ shardId: shard.id }, "shard process ended; starting it again");
    });
  });
  const spawning = manager
    .spawn({ amount: plan.total, delay: Math.ceil(IDENTIFY_WINDOW_MS / plan.maxConcurrency), timeout: SHARD_READY_LIMIT_MS })
    .then(() => logger.info({ totalShards: plan.total }, "all shards connected"))
    .catch((err: unknown) => logger.error({ err }, "a shard could not connect; discord.js keeps trying it"));
  const signal = await Promise.race([options.stopped, refusal]);
  logger.info({ signal }, "stopping the shards");
  manager.respawn = false;
  const exits = [...manager.shards.values()].map((shard) => {
    const child = shard.process;
    if (!child || child.exitCode !== null) return Promise.resolve();
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    return exited;
  });
  await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  void spawning;
  return signal === "refused" ? 1 : 0;
}
