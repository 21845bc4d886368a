// `npm start` as a real process: the console when no token is configured, the bot when one is.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ID, FakeDiscord } from "./fakeDiscord.ts";
import { TOKEN } from "./harness.ts";
import { slashCommand, STRING } from "./interactionPayloads.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURE_CORPUS = fileURLToPath(new URL("./fixtures/corpus/", import.meta.url));

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "cc-start-"));
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

/** Runs src/adapters/main.ts (what `npm start` runs) with only the given settings. */
function start(env: Record<string, string>): ChildProcess & { output: () => string } {
  // Empty values override anything a developer's .env holds (dotenv never overrides the environment).
  const settings = {
    DISCORD_TOKEN: "",
    APPLICATION_ID: "",
    DEV_GUILD_ID: "",
    DISCORD_API_BASE: "",
    LOG_LEVEL: "",
    FEEDBACK_FILE: join(home, "feedback.jsonl"),
    ...env,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "src/adapters/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...settings },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return Object.assign(child, { output: () => out });
}

// The two runs are independent processes: run them side by side to keep the suite short.
describe.concurrent("npm start without a DISCORD_TOKEN", () => {
  it("runs a console over the corpus, answers piped commands as text, and exits 0 at the end of input", async () => {
    const child = start({ CORPUS_DIR: FIXTURE_CORPUS });
    child.stdin!.end("/incident Hadrut\n/claims azerbaijan ceasefire\n/ask who shelled Stepanakert?\n/sources\n");
    const [code] = await once(child, "exit");
    const out = child.output();
    expect(out).toContain("no DISCORD_TOKEN is configured");
    expect(out).toContain("> /incident Hadrut\nIncident: Hadrut");
    expect(out).toContain("- Azerbaijan (Defence Ministry): Azerbaijan's Defence Ministry said");
    expect(out).toContain("> /claims azerbaijan ceasefire");
    expect(out).toContain("Reuters · 2020-10-10 · Azerbaijan says it took Hadrut, Armenia denies it (001_hadrut.txt)");
    expect(code).toBe(0);
  });

  it("reports every invalid setting at once and exits 1", async () => {
    const child = start({ LOG_LEVEL: "loud", RATE_LIMIT_PER_MINUTE: "-3" });
    child.stdin!.end();
    const [code] = await once(child, "exit");
    expect(child.output()).toMatch(/LOG_LEVEL: .*\n\s+- RATE_LIMIT_PER_MINUTE: /);
    expect(code).toBe(1);
  });
});

// Starting "npm start" (npm, tsx, loading the corpus) takes a few seconds, far more on a busy
// two-core machine: the wait is generous, and each test's limit leaves room for it.
const START_WAIT_MS = 40_000;

describe("npm start with a DISCORD_TOKEN", { timeout: 60_000 }, () => {
  it("logs in, answers an interaction, and shuts down cleanly on SIGTERM", async () => {
    const discord = new FakeDiscord();
    await discord.start();
    const child = start({ DISCORD_TOKEN: TOKEN, APPLICATION_ID: APP_ID, DISCORD_API_BASE: discord.apiBase, CORPUS_DIR: FIXTURE_CORPUS });
    try {
      await discord.waitFor((r) => r.path === "/api/v10/gateway/bot", START_WAIT_MS);
      while (!discord.gatewayFrames.some((f) => f.op === 2)) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 100)); // READY is processed just after IDENTIFY is answered
      const inv = slashCommand("incident", [{ name: "query", type: STRING, value: "Hadrut" }]);
      const reply = discord.waitFor((r) => r.method === "PATCH" && r.path.includes(inv.token));
      discord.dispatch("INTERACTION_CREATE", inv.payload);
      expect((await reply).body.embeds[0].description).toContain("**Azerbaijan (Defence Ministry)**");
      const stoppedAt = Date.now();
      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(3000);
      const logs = child
        .output()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l));
      expect(logs.map((l) => l.msg)).toEqual(expect.arrayContaining(["connected to Discord", "answered", "shutting down"]));
      expect(child.output()).not.toContain(TOKEN);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await discord.stop();
    }
  });
});

/** The JSON log lines of a finished run. */
const logLines = (output: string) =>
  output
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe.concurrent("npm start when Discord closes the gateway for good", { timeout: 60_000 }, () => {
  it("logs the close code and its reason and exits 1 when Discord refuses the bot at login (4014 disallowed intents)", async () => {
    const discord = new FakeDiscord();
    await discord.start();
    discord.identifyCloseCode = 4014;
    const child = start({ DISCORD_TOKEN: TOKEN, APPLICATION_ID: APP_ID, DISCORD_API_BASE: discord.apiBase, CORPUS_DIR: FIXTURE_CORPUS });
    try {
      const [code] = await once(child, "exit");
      expect(code).toBe(1);
      expect(logLines(child.output())).toContainEqual(
        expect.objectContaining({ level: 60, closeCode: 4014, closeName: "DisallowedIntents", reason: expect.stringContaining("privileged intent") }),
      );
      expect(child.output()).toContain("Discord closed the gateway with code 4014 (DisallowedIntents)");
      expect(child.output()).not.toContain(TOKEN);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await discord.stop();
    }
  });

  it("logs the close code and exits 1 when a connected bot's token is refused (4004 after a reset)", async () => {
    const discord = new FakeDiscord();
    await discord.start();
    const child = start({ DISCORD_TOKEN: TOKEN, APPLICATION_ID: APP_ID, DISCORD_API_BASE: discord.apiBase, CORPUS_DIR: FIXTURE_CORPUS });
    try {
      await discord.waitFor((r) => r.path === "/api/v10/gateway/bot", START_WAIT_MS);
      while (!logLines(child.output()).some((l) => l.msg === "connected to Discord")) await new Promise((r) => setTimeout(r, 20));
      discord.closeGateway(4004);
      const [code] = await once(child, "exit");
      expect(code).toBe(1);
      expect(logLines(child.output())).toContainEqual(
        expect.objectContaining({ level: 60, closeCode: 4004, closeName: "AuthenticationFailed", reason: expect.stringContaining("DISCORD_TOKEN") }),
      );
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await discord.stop();
    }
  });
});
