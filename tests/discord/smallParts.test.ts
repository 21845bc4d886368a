import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ConfigError, isDiscordApi, loadConfig, requireDiscord } from "../../src/adapters/config/loadConfig.ts";
import { componentId, parseComponentId } from "../../src/adapters/discord/customIds.ts";
import { RateLimiter } from "../../src/adapters/discord/rateLimiter.ts";
import { AnswerSessions } from "../../src/adapters/discord/answerSessions.ts";
import { createLogger } from "../../src/adapters/log/createLogger.ts";
import { SharedPages } from "../../src/adapters/discord/sharedPages.ts";
import type { PagedAnswer } from "../../src/adapters/render/toDiscordPages.ts";
import { fakeAnswerService } from "./fakeAnswerService.ts";

/** A kept answer of the given weight, with one empty page. */
const weighing = (bytes: number): PagedAnswer => ({ pageCount: 1, bytes, page: () => ({ embeds: [], claims: [] }), claims: () => [] });

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789ABCD";

describe("the configuration", () => {
  it("accepts only an http or https DISCORD_API_BASE, saying so", () => {
    for (const bad of ["ftp://discord.com/api", "file:///etc/passwd", "javascript:alert(1)", "ws://127.0.0.1:1/api"]) {
      expect(() => loadConfig({ DISCORD_API_BASE: bad }), bad).toThrow(/DISCORD_API_BASE: must be an http or https URL/);
    }
    expect(loadConfig({ DISCORD_API_BASE: "http://127.0.0.1:9999/api" }).DISCORD_API_BASE).toBe("http://127.0.0.1:9999/api");
  });

  it("takes the memory for answers with buttons in whole megabytes", () => {
    expect(loadConfig({ ANSWER_MEMORY_MB: "64" }).ANSWER_MEMORY_MB).toBe(64);
    expect(() => loadConfig({ ANSWER_MEMORY_MB: "0" })).toThrow(/ANSWER_MEMORY_MB/);
    expect(() => loadConfig({ ANSWER_MEMORY_MB: "1.5" })).toThrow(/ANSWER_MEMORY_MB: must be a whole number/);
  });

  it("reads the scaling settings: the HTTP port and public key, shards as auto or a number", () => {
    const key = "ab".repeat(32);
    expect(loadConfig({ INTERACTIONS_PORT: "8080", DISCORD_PUBLIC_KEY: key })).toMatchObject({
      INTERACTIONS_PORT: 8080,
      DISCORD_PUBLIC_KEY: key,
      INTERACTIONS_HOST: "0.0.0.0",
      INTERACTIONS_MAX_BODY_KB: 64,
      INTERACTIONS_MAX_IN_FLIGHT: 256,
    });
    expect(() => loadConfig({ DISCORD_PUBLIC_KEY: "abc" })).toThrow(/DISCORD_PUBLIC_KEY: must be the application's public key/);
    expect(() => loadConfig({ INTERACTIONS_PORT: "70000" })).toThrow(/INTERACTIONS_PORT/);
    expect(loadConfig({ SHARDS: "auto" }).SHARDS).toBe("auto");
    expect(loadConfig({ SHARDS: "2" }).SHARDS).toBe(2);
    expect(() => loadConfig({ SHARDS: "0" })).toThrow(/SHARDS/);
    expect(() => loadConfig({ SHARDS: "many" })).toThrow(/SHARDS/);
    expect(loadConfig({ SHARDS: "" }).SHARDS).toBeUndefined();
  });

  it("tells Discord's own API address from any other", () => {
    expect(isDiscordApi("https://discord.com/api")).toBe(true);
    expect(isDiscordApi("https://canary.discord.com/api")).toBe(true);
    expect(isDiscordApi("http://discord.com/api")).toBe(false);
    expect(isDiscordApi("https://discord.com.evil.example/api")).toBe(false);
    expect(isDiscordApi("http://127.0.0.1:9999/api")).toBe(false);
  });

  it("has defaults for everything but the Discord settings", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ CORPUS_DIR: "corpus", RATE_LIMIT_PER_MINUTE: 10, FEEDBACK_FILE: ".counterclaim/feedback.jsonl", ANSWER_MEMORY_MB: 32 });
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });

  it("treats empty values as unset and strips a trailing slash from the API base", () => {
    const config = loadConfig({ DEV_GUILD_ID: "", DISCORD_API_BASE: "http://127.0.0.1:9999/api/" });
    expect(config.DEV_GUILD_ID).toBeUndefined();
    expect(config.DISCORD_API_BASE).toBe("http://127.0.0.1:9999/api");
  });

  it("lists every invalid value in one message", () => {
    const error = (() => {
      try {
        loadConfig({ DISCORD_TOKEN: "nope", APPLICATION_ID: "12", LOG_LEVEL: "loud", DISCORD_API_BASE: "not a url", RATE_LIMIT_PER_MINUTE: "0" });
      } catch (e) {
        return e as ConfigError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.map((p) => p.split(":")[0])).toEqual(["DISCORD_TOKEN", "APPLICATION_ID", "LOG_LEVEL", "DISCORD_API_BASE", "RATE_LIMIT_PER_MINUTE"]);
    expect(error!.message).toContain("See .env.example");
  });

  it("names every missing Discord setting when deploying", () => {
    expect(() => requireDiscord(loadConfig({}), { applicationId: true })).toThrow(/DISCORD_TOKEN: is required[\s\S]*APPLICATION_ID: is required/);
    expect(requireDiscord(loadConfig({ DISCORD_TOKEN: TOKEN }), { applicationId: false }).DISCORD_TOKEN).toBe(TOKEN);
  });
});

/** A stream that keeps every line written to it. */
function captureLines(): { lines: string[]; sink: Writable } {
  const lines: string[] = [];
  const sink = new Writable({
    write: (chunk, _enc, done) => {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, sink };
}

describe("the logger", () => {
  it("writes JSON with structured fields and never the token", () => {
    const { lines, sink } = captureLines();
    const logger = createLogger({ destination: sink, secret: TOKEN });
    logger.info({ command: "ask", userId: "1", latencyMs: 12, resultSize: 4, config: { DISCORD_TOKEN: TOKEN } }, "answered");
    logger.error({ err: new Error(`401 for Bot ${TOKEN}`), headers: { authorization: `Bot ${TOKEN}` } }, `failed with ${TOKEN}`);
    const text = lines.join("");
    expect(text).not.toContain(TOKEN);
    expect(JSON.parse(lines[0]!)).toMatchObject({ command: "ask", userId: "1", latencyMs: 12, resultSize: 4, msg: "answered" });
  });

  it("redacts interaction tokens from the URLs a failed request logs, as it does the bot token", () => {
    const interactionToken = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OmZha2U";
    const url = `https://discord.com/api/v10/webhooks/900000000000000001/${interactionToken}/messages/@original`;
    const { lines, sink } = captureLines();
    const logger = createLogger({ destination: sink, secret: TOKEN });
    const err = Object.assign(new Error(`Unknown Webhook (PATCH ${url})`), { url, method: "PATCH" });
    logger.error({ err, interactionId: "400000000000000001" }, "interaction failed");
    logger.warn({ callback: `/api/v10/interactions/400000000000000001/${interactionToken}/callback?with_response=false` }, "slow");
    expect(lines.join("")).not.toContain(interactionToken);
    expect(JSON.parse(lines[0]!).err.url).toBe("https://discord.com/api/v10/webhooks/900000000000000001/[redacted]/messages/@original");
    expect(JSON.parse(lines[0]!).interactionId).toBe("400000000000000001");
  });
});

describe("the per-user rate limit", () => {
  it("allows the configured number per minute, then says how long to wait", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.take("a")).toBe(0);
    now = 10_000;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("b")).toBe(0);
    expect(limiter.take("a")).toBe(50_000);
    now = 60_001;
    expect(limiter.take("a")).toBe(0);
  });
});

describe("button ids", () => {
  it("round-trip and reject anything else a client might send", () => {
    expect(parseComponentId(componentId("page", "0123456789ab", 3))).toEqual({ action: "page", sessionId: "0123456789ab", n: 3 });
    for (const bad of ["cc:page:0123456789ab:-1", "cc:delete:0123456789ab:1", "x".repeat(200), "cc:page:../../:1"]) expect(parseComponentId(bad)).toBeNull();
  });
});

describe("shared pages", () => {
  it("give identical answers one set of pages, and a changed answer its own", () => {
    const answers = fakeAnswerService();
    const pages = new SharedPages();
    const first = pages.pagesOf({ type: "answer", answer: answers.claims("azerbaijan", "ceasefire") });
    expect(pages.pagesOf({ type: "answer", answer: answers.claims("azerbaijan", "ceasefire") })).toBe(first);
    const changed = answers.claims("azerbaijan", "ceasefire");
    changed.lines[0] = { ...changed.lines[0]!, claimId: "another.txt#p0.s0:azerbaijan" };
    expect(pages.pagesOf({ type: "answer", answer: changed })).not.toBe(first);
  });

  it("keep recent pages within their byte cap", () => {
    const answers = fakeAnswerService();
    const pages = new SharedPages(1);
    const first = pages.pagesOf({ type: "answer", answer: answers.claims("azerbaijan", "ceasefire") });
    pages.pagesOf({ type: "answer", answer: answers.incident("Hadrut") });
    expect(pages.pagesOf({ type: "answer", answer: answers.claims("azerbaijan", "ceasefire") })).not.toBe(first);
  });
});

describe("answer sessions", () => {
  it("expire after their time, removing the buttons once", async () => {
    let removed = 0;
    const sessions = new AnswerSessions({ ttlMs: 20 });
    const session = sessions.open({ ownerId: "1", kind: "ask", query: "q", paged: weighing(10), expire: async () => void removed++ });
    expect(sessions.get(session.id)).toBe(session);
    await new Promise((r) => setTimeout(r, 60));
    expect(sessions.get(session.id)).toBeUndefined();
    expect(removed).toBe(1);
  });
});

describe("answer sessions, when many are open", () => {
  it("expire the oldest early so the bytes they keep stay under the cap", () => {
    const expired: string[] = [];
    const sessions = new AnswerSessions({ maxBytes: 1000 });
    const open = (q: string, bytes: number) =>
      sessions.open({ ownerId: "1", kind: "ask", query: q, paged: weighing(bytes), expire: async () => void expired.push(q) });
    const first = open("a", 400);
    open("b", 400);
    open("c", 100);
    expect(sessions.bytes).toBe(900);
    open("d", 600);
    expect(sessions.get(first.id)).toBeUndefined();
    expect(expired).toEqual(["a", "b"]);
    expect(sessions.size).toBe(2);
    expect(sessions.bytes).toBe(700);
  });

  it("count pages shared by identical answers once", () => {
    const sessions = new AnswerSessions({ maxBytes: 1000 });
    const shared = weighing(600);
    const open = () => sessions.open({ ownerId: "1", kind: "sources", query: "", paged: shared, expire: async () => {} });
    const first = open();
    open();
    open();
    expect(sessions.size).toBe(3);
    expect(sessions.bytes).toBe(600);
    void sessions.expire(first.id);
    expect(sessions.bytes).toBe(600);
  });

  it("count many small answers as little: a thousand short answers fit where two large ones do", () => {
    const sessions = new AnswerSessions({ maxBytes: 1_000_000 });
    for (let i = 0; i < 1000; i++) sessions.open({ ownerId: "1", kind: "ask", query: "q", paged: weighing(900), expire: async () => {} });
    expect(sessions.size).toBe(1000);
    sessions.open({ ownerId: "1", kind: "sources", query: "", paged: weighing(600_000), expire: async () => {} });
    expect(sessions.bytes).toBeLessThanOrEqual(1_000_000);
  });
});
