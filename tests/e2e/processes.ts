// `npm start` (src/adapters/main.ts) as a real process with only the given settings, for the
// end-to-end tests of the modes that need their own processes (shards, HTTP replicas).
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURE_CORPUS = fileURLToPath(new URL("./fixtures/corpus/", import.meta.url));

export type Started = ChildProcess & { output: () => string; logs: () => Record<string, unknown>[] };

export function startMain(env: Record<string, string>): Started {
  // Empty values override anything a developer's .env holds (dotenv never overrides the environment).
  const settings = {
    DISCORD_TOKEN: "",
    APPLICATION_ID: "",
    DEV_GUILD_ID: "",
    DISCORD_API_BASE: "",
    LOG_LEVEL: "",
    SHARDS: "",
    INTERACTIONS_PORT: "",
    DISCORD_PUBLIC_KEY: "",
    REPLICA_ID: "",
    ...env,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/adapters/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...settings },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const logs = () =>
    out
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return Object.assign(child, { output: () => out, logs });
}

export async function until<T>(read: () => T | undefined | false, timeoutMs: number, what: string): Promise<T> {
  for (const start = Date.now(); ; await new Promise((r) => setTimeout(r, 25))) {
    const value = read();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
  }
}
