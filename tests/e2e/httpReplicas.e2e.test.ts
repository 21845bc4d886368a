// `npm start` with INTERACTIONS_PORT, twice over one corpus: two HTTP replicas. Health says when the
// index is loaded; signed interactions are answered (the first answer in the HTTP response, the rest
// through the fake Discord's webhooks); /reindex on one replica is done once and the other swaps to
// the new index without a restart; SIGTERM stops each cleanly.
import { once } from "node:events";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedHeaders, testKeys } from "../interactions/signing.ts";
import { APP_ID, FakeDiscord, type Json } from "./fakeDiscord.ts";
import { slashCommand, STRING } from "./interactionPayloads.ts";
import { FIXTURE_CORPUS, startMain, until, type Started } from "./processes.ts";

const keys = testKeys();
let discord: FakeDiscord;
let home: string;
let corpus: string;
const replicas: { child: Started; port: number; name: string }[] = [];

async function post(port: number, payload: unknown): Promise<{ status: number; body: Json }> {
  const body = JSON.stringify(payload);
  const response = await fetch(`http://127.0.0.1:${port}/interactions`, { method: "POST", body, headers: signedHeaders(keys, body) });
  return { status: response.status, body: await response.json() };
}

async function health(port: number): Promise<{ status: number; body: Json }> {
  const response = await fetch(`http://127.0.0.1:${port}/health`);
  return { status: response.status, body: await response.json() };
}

/** Runs a command on a replica and resolves with the embed it edited in. */
async function ask(port: number, name: string, options: Json[], permissions?: bigint): Promise<Json> {
  const inv = slashCommand(name, options, permissions ? { permissions } : {});
  const edit = discord.waitFor((r) => r.method === "PATCH" && r.path.includes(inv.token), 20_000);
  const reply = await post(port, inv.payload);
  expect(reply).toMatchObject({ status: 200, body: { type: 5 } });
  return (await edit).body.embeds[0];
}

beforeAll(async () => {
  discord = new FakeDiscord();
  await discord.start();
  home = await mkdtemp(join(tmpdir(), "cc-replicas-"));
  corpus = join(home, "corpus");
  await cp(FIXTURE_CORPUS, corpus, { recursive: true });
  for (const name of ["replica-a", "replica-b"]) {
    const child = startMain({
      INTERACTIONS_PORT: "0",
      INTERACTIONS_HOST: "127.0.0.1",
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      APPLICATION_ID: APP_ID,
      DISCORD_API_BASE: discord.apiBase,
      CORPUS_DIR: corpus,
      REPLICA_ID: name,
      FEEDBACK_FILE: join(home, "feedback.jsonl"),
    });
    const listening = await until(() => child.logs().find((l) => l.msg?.toString().startsWith("interactions endpoint listening")), 30_000, `${name} to listen`);
    replicas.push({ child, port: Number(listening.port), name });
  }
}, 90_000);

afterAll(async () => {
  for (const { child } of replicas) if (child.exitCode === null) child.kill("SIGKILL");
  await discord?.stop();
  await rm(home, { recursive: true, force: true });
});

describe("two HTTP replicas over one corpus", () => {
  it("say in /health when their index is loaded, and answer a signed PING", async () => {
    for (const { port, name } of replicas) {
      for (const start = Date.now(); (await health(port)).status !== 200 && Date.now() - start < 60_000; ) await new Promise((r) => setTimeout(r, 100));
      expect(await health(port)).toMatchObject({ status: 200, body: { ready: true, replica: name, index: { loaded: true, articles: 2 } } });
      expect((await post(port, { id: "1", application_id: APP_ID, type: 1, token: "t" })).body).toEqual({ type: 1 });
    }
  }, 90_000);

  it("answer commands from either replica", async () => {
    for (const { port } of replicas) {
      const embed = await ask(port, "incident", [{ name: "query", type: STRING, value: "Hadrut" }]);
      expect(embed.description).toContain("**Azerbaijan (Defence Ministry)**");
    }
  }, 60_000);

  it("/reindex on one replica re-indexes once and reports who; the other swaps to the new index without a restart", async () => {
    await writeFile(
      join(corpus, "003_shusha.txt"),
      "Drone strike near Shusha\nBy Reuters | October 12, 2020\n\nSTEPANAKERT - The Defense Army said an Azerbaijani drone struck a checkpoint near Shusha on Monday.\n",
    );
    const [a, b] = replicas;
    const embed = await ask(b!.port, "reindex", [], PermissionFlagsBits.ManageGuild);
    expect(embed.title).toBe("Re-index complete");
    expect(embed.description).toContain("Re-indexed by replica-b (this replica).");
    expect(embed.description).toContain("Added: 003\\_shusha.txt");
    // Replica A never re-indexed; it swapped to the index B saved.
    await until(() => a!.child.logs().some((l) => l.msg === "swapped to the index another replica saved" && l.articles === 3), 15_000, "replica A to swap");
    const onA = await ask(a!.port, "incident", [{ name: "query", type: STRING, value: "Shusha" }]);
    expect(onA.description).toContain("Shusha");
  }, 90_000);

  it("stop cleanly on SIGTERM", async () => {
    for (const { child } of replicas) {
      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
    }
  }, 30_000);
});

describe("npm start with INTERACTIONS_PORT but no DISCORD_PUBLIC_KEY", () => {
  it("says the key is required and exits 1, since no request could be verified", async () => {
    const child = startMain({ INTERACTIONS_PORT: "0", CORPUS_DIR: FIXTURE_CORPUS });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(child.output()).toContain("DISCORD_PUBLIC_KEY: is required with INTERACTIONS_PORT");
  }, 30_000);
});
