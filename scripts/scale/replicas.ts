// The replicas of the scale load test: `npm start` in HTTP mode (src/adapters/main.ts), one process each.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { APP_ID } from "../../tests/e2e/fakeDiscord.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface Replica {
  name: string;
  port: number;
  process: ChildProcess;
}

export interface ReplicaSettings {
  corpusDir: string;
  publicKey: string;
  apiBase: string;
  feedbackFile: string;
}

export function startReplica(name: string, port: number, settings: ReplicaSettings): Replica {
  const child = spawn(process.execPath, ["--import", "tsx", "src/adapters/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: "",
      SHARDS: "",
      INTERACTIONS_PORT: String(port),
      INTERACTIONS_HOST: "127.0.0.1",
      DISCORD_PUBLIC_KEY: settings.publicKey,
      APPLICATION_ID: APP_ID,
      DISCORD_API_BASE: settings.apiBase,
      CORPUS_DIR: settings.corpusDir,
      REPLICA_ID: name,
      FEEDBACK_FILE: settings.feedbackFile,
      RATE_LIMIT_PER_MINUTE: "600",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { name, port, process: child };
}

export interface ReplicaHealth {
  ready: boolean;
  cpuUs: { user: number; system: number };
  rssBytes: number;
  counts: { accepted: number };
  answering: number;
}

export async function health(replica: Replica): Promise<ReplicaHealth | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${replica.port}/health`);
    return (await response.json()) as ReplicaHealth;
  } catch {
    return null;
  }
}

export async function waitReady(replicas: Replica[], limitMs = 300_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  for (const replica of replicas) {
    while (!(await health(replica))?.ready) {
      if (replica.process.exitCode !== null) throw new Error(`${replica.name} exited before it was ready`);
      if (Date.now() > deadline) throw new Error(`${replica.name} was not ready in time`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export async function stopReplica(replica: Replica, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (replica.process.exitCode !== null || replica.process.signalCode !== null) return;
  const exited = once(replica.process, "exit");
  replica.process.kill(signal);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (replica.process.exitCode === null && replica.process.signalCode === null) replica.process.kill("SIGKILL");
}
