// The gateway bot in shards: SHARDS=1 and SHARDS=auto (the fake Discord recommends 2) run under
// discord.js's ShardingManager, one process per shard; each shard identifies with [id, count] and
// answers the interactions Discord sends on its own connection.
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { APP_ID, FakeDiscord } from "./fakeDiscord.ts";
import { TOKEN } from "./harness.ts";
import { slashCommand, STRING } from "./interactionPayloads.ts";
import { FIXTURE_CORPUS, startMain, until } from "./processes.ts";

describe.concurrent("npm start with SHARDS", () => {
  it.each([
    { shards: "1", recommended: 1, expected: 1 },
    { shards: "auto", recommended: 2, expected: 2 },
  ])(
    "SHARDS=$shards runs $expected shard(s), each answering on its own connection, and stops them all on SIGTERM",
    async ({ shards, recommended, expected }) => {
      const discord = new FakeDiscord();
      await discord.start();
      discord.recommendedShards = recommended;
      discord.maxConcurrency = 16;
      const child = startMain({ DISCORD_TOKEN: TOKEN, APPLICATION_ID: APP_ID, DISCORD_API_BASE: discord.apiBase, CORPUS_DIR: FIXTURE_CORPUS, SHARDS: shards });
      try {
        await until(() => discord.connectedShards().length === expected, 60_000, `${expected} shard(s) to identify`);
        const identified = discord.gatewayFrames.filter((f) => f.op === 2).map((f) => f.d.shard);
        expect(identified.sort()).toEqual(Array.from({ length: expected }, (_, id) => [id, expected]));
        await until(() => child.logs().filter((l) => l.msg === "connected to Discord").length === expected, 10_000, "every shard ready");
        for (let shardId = 0; shardId < expected; shardId++) {
          const inv = slashCommand("incident", [{ name: "query", type: STRING, value: "Hadrut" }]);
          const reply = discord.waitFor((r) => r.method === "PATCH" && r.path.includes(inv.token), 10_000);
          discord.dispatch("INTERACTION_CREATE", inv.payload, shardId);
          expect((await reply).body.embeds[0].description).toContain("**Azerbaijan (Defence Ministry)**");
          // The shard that got it answered it: its log line carries its id.
          await until(() => child.logs().some((l) => l.msg === "answered" && l.shardId === shardId), 5_000, `shard ${shardId}'s answer log`);
        }
        child.kill("SIGTERM");
        const [code] = await once(child, "exit");
        expect(code).toBe(0);
        await until(() => discord.connectedShards().length === 0, 10_000, "every shard to disconnect");
        expect(child.output()).not.toContain(TOKEN);
      } finally {
        if (child.exitCode === null) child.kill("SIGKILL");
        await discord.stop();
      }
    },
    120_000,
  );

  it("stops every shard and exits 1 when Discord refuses a shard for good, instead of starting it again and again", async () => {
    const discord = new FakeDiscord();
    await discord.start();
    discord.recommendedShards = 2;
    discord.maxConcurrency = 16;
    discord.identifyCloseCode = 4004;
    const child = startMain({ DISCORD_TOKEN: TOKEN, APPLICATION_ID: APP_ID, DISCORD_API_BASE: discord.apiBase, CORPUS_DIR: FIXTURE_CORPUS, SHARDS: "2" });
    try {
      const [code] = await once(child, "exit");
      expect(code).toBe(1);
      expect(child.logs()).toContainEqual(expect.objectContaining({ msg: "Discord refused a shard for good; stopping every shard" }));
      expect(discord.gatewayFrames.filter((f) => f.op === 2)).toHaveLength(1);
      expect(child.output()).not.toContain(TOKEN);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await discord.stop();
    }
  }, 120_000);
});
