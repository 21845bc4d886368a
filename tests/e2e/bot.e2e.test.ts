// The real discord.js client and the bot's real commands against a fake Discord on 127.0.0.1.
import { readFile } from "node:fs/promises";
import { spawn } from "node:child_process";
import { PermissionFlagsBits, REST } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployCommands } from "../../src/adapters/discord/deployCommands.ts";
import { discordLimitViolations } from "../discord/discordLimitsCheck.ts";
import { HAVE_OPENAPI } from "../discord/openapiCheck.ts";
import { fakeAnswerService, HOSTILE } from "../discord/fakeAnswerService.ts";
import { APP_ID, FakeDiscord, type Json, type RecordedRequest } from "./fakeDiscord.ts";
import { startHarness, TOKEN, type Harness } from "./harness.ts";
import { ASKER, autocomplete, BOOLEAN, buttonClick, GUILD_ID, modalSubmit, OTHER_USER, slashCommand, STRING } from "./interactionPayloads.ts";

const EPHEMERAL = 64;
const answers = fakeAnswerService();
let h: Harness;

beforeAll(async () => {
  h = await startHarness(answers, { rateLimitPerMinute: 20 });
});
afterAll(async () => {
  await h?.close();
});

/** Polls briefly for something the bot does just after its last request. */
async function eventually<T>(read: () => T | undefined, timeoutMs = 1000): Promise<T | undefined> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((r) => setTimeout(r, 10))) {
    const value = read();
    if (value !== undefined) return value;
  }
  return read();
}

const description = (r: { body: Json }) => (r.body.embeds ?? r.body.data?.embeds ?? [])[0].description as string;

describe("logging in", () => {
  it("fetches the gateway, connects with JSON and no compression, identifies with the token and becomes ready", async () => {
    expect(h.bot.client.isReady()).toBe(true);
    expect(h.bot.client.application?.id).toBe(APP_ID);
    expect(h.discord.requests[0]).toMatchObject({ method: "GET", path: "/api/v10/gateway/bot", authorization: `Bot ${TOKEN}` });
    const connect = h.discord.gatewayFrames.find((f) => f.connect)!.connect as string;
    expect(connect).toContain("encoding=json");
    expect(connect).not.toContain("compress");
    expect(h.discord.gatewayFrames.find((f) => f.op === 2).d.token).toBe(TOKEN);
  });
});

describe("answer commands", () => {
  it("/ask defers, then edits in an answer whose lines name their sides and whose sources are listed", async () => {
    const inv = slashCommand("ask", [{ name: "question", type: STRING, value: "who took Hadrut?" }]);
    const reply = await h.send(inv);
    const [callback] = h.discord.forInteraction(inv.id, inv.token);
    expect(callback!.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(reply).toMatchObject({ method: "PATCH", status: 200, contentType: "application/json" });
    expect(description(reply)).toContain("**Azerbaijan (Defence Ministry)**: Azerbaijani forces took control of Hadrut");
    expect(description(reply)).toContain("**Reuters (own reporting)**:");
    expect(reply.body.embeds[0].fields[0]).toMatchObject({ name: "Sources" });
    expect(reply.body.embeds[0].fields[0].value).toContain("Reuters · 2020-10-09 · Fighting rages around Hadrut");
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
    expect(discordLimitViolations(reply.body)).toEqual([]);
  });

  it("logs each answer with the command, user, latency and result size", async () => {
    // The log line follows the edit's response, which the bot reads just after the fake sends it.
    const line = await eventually(() => h.logs.find((l) => l.msg === "answered" && l.command === "ask"));
    expect(line).toMatchObject({ command: "ask", userId: ASKER, resultSize: 4 });
    expect(typeof line!.latencyMs).toBe("number");
  });

  it("/incident marks disputed figures and mediator statements", async () => {
    const reply = await h.send(slashCommand("incident", [{ name: "query", type: STRING, value: "Hadrut" }]));
    expect(description(reply)).toContain("**Armenia (Defence Ministry)** [disputed]:");
    expect(description(reply)).toContain("**Russia (Foreign Minister Sergei Lavrov)** [mediator]:");
    expect(description(reply)).toContain("**Armenia** [disputed]: more than 120 killed on the Azerbaijan side");
  });

  it("/casualties, /mediators and /sources answer within Discord's limits with sources", async () => {
    for (const [name, options] of [
      ["casualties", []],
      ["mediators", [{ name: "query", type: STRING, value: "truce" }]],
      ["sources", []],
    ] as const) {
      const reply = await h.send(slashCommand(name, [...options]));
      expect(reply.status, name).toBe(200);
      expect(discordLimitViolations(reply.body), name).toEqual([]);
      expect(reply.body.embeds[0].fields[0].name, name).toBe("Sources");
    }
  });

  it("private:true makes the answer ephemeral", async () => {
    const inv = slashCommand("sources", [{ name: "private", type: BOOLEAN, value: true }]);
    await h.send(inv);
    expect(h.discord.forInteraction(inv.id, inv.token)[0]!.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
  });

  it("offers autocomplete choices for /incident from the answer service", async () => {
    const reply = await h.send(autocomplete("incident", [{ name: "query", type: STRING, value: "Had", focused: true }]));
    expect(reply.body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: "Hadrut", value: "Hadrut" },
          { name: "Hadrut, 2020-10-09", value: "Hadrut, 2020-10-09" },
        ],
      },
    });
  });
});

describe("long answers", () => {
  let first: Json;
  let next: string;

  it("come as a first page with Previous, Next and Wrong side? buttons", async () => {
    const reply = await h.send(
      slashCommand("claims", [
        { name: "side", type: STRING, value: "azerbaijan" },
        { name: "topic", type: STRING, value: "ceasefire" },
      ]),
    );
    first = reply.body;
    const buttons = reply.body.components[0].components;
    expect(buttons.map((b: Json) => [b.label, b.disabled ?? false])).toEqual([
      ["Previous", true],
      ["Next", false],
      ["Wrong side?", false],
    ]);
    expect(reply.body.embeds[0].footer.text).toMatch(/^Page 1\/\d+ · Counterclaim$/);
    expect(discordLimitViolations(reply.body)).toEqual([]);
    next = buttons[1].custom_id;
  });

  it("turn to the next page when the asker clicks Next", async () => {
    const message = h.discord.message(first);
    const reply = await h.send(buttonClick(next, message));
    expect(reply.body.type).toBe(7);
    expect(reply.body.data.embeds[0].footer.text).toMatch(/^Page 2\//);
    expect(reply.body.data.components[0].components[0]).toMatchObject({ label: "Previous", disabled: false });
    expect(reply.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(discordLimitViolations(reply.body.data)).toEqual([]);
  });

  it("do not turn for anyone else, who is told so privately", async () => {
    const reply = await h.send(buttonClick(next, h.discord.message(first), OTHER_USER));
    expect(reply.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(reply.body.data.content).toContain("Only the person who asked can turn these pages");
  });

  it("record a 'Wrong side?' report with the claim id, user, answer kind, query and text", async () => {
    const wrong = first.components[0].components[2].custom_id as string;
    const modal = await h.send(buttonClick(wrong, h.discord.message(first), OTHER_USER));
    expect(modal.body.type).toBe(9);
    const select = modal.body.data.components[0].component;
    expect(select.options[0].label).toBe("Azerbaijan (Defence Ministry)");
    const submit = modalSubmit(
      modal.body.data.custom_id,
      { select: ["line", [select.options[1].value]], text: ["report", "This was the Karabakh army, not Armenia."] },
      h.discord.message(first),
    );
    const thanks = await h.send(submit);
    expect(thanks.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    const [record] = (await readFile(h.feedbackFile, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(record).toMatchObject({
      claimId: "long.txt#p1.s0:azerbaijan",
      userId: ASKER,
      kind: "claims",
      query: "ceasefire",
      report: "This was the Karabakh army, not Armenia.",
      shownLabel: "Armenia (Karabakh's Armenian-backed Defense Army)",
    });
    expect(Date.parse(record.time)).not.toBeNaN();
  });

  it("lose their buttons when the session expires, and a late click is told the buttons expired", async () => {
    const sessionId = next.split(":")[2]!;
    const removal = h.discord.waitFor((r) => r.method === "PATCH" && r.body?.components?.length === 0 && !r.body.embeds);
    await h.bot.sessions.expire(sessionId);
    expect((await removal).body).toMatchObject({ components: [], allowed_mentions: { parse: [] } });
    const late = buttonClick(next, h.discord.message(first));
    const update = await h.send(late, (r) => r.path.includes(late.token) && r.body?.flags === EPHEMERAL);
    expect(update.body.content).toContain("These buttons have expired");
    expect(h.discord.forInteraction(late.id, late.token)[0]!.body).toMatchObject({ type: 7, data: { components: [], allowed_mentions: { parse: [] } } });
  });
});

describe("/reindex", () => {
  it("is refused for a member without Manage Server, without touching the index", async () => {
    const reply = await h.send(slashCommand("reindex", []));
    expect(reply.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: "Only members with the Manage Server permission can do that." } });
    expect(answers.calls).not.toContain("reindex");
  });

  it("re-indexes for a member with Manage Server and says what changed, privately", async () => {
    const inv = slashCommand("reindex", [], { permissions: PermissionFlagsBits.ManageGuild });
    const reply = await h.send(inv);
    expect(h.discord.forInteraction(inv.id, inv.token)[0]!.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const text = description(reply);
    expect(text).toContain("5 articles, 120 passages, 48 claims");
    expect(text).toContain("1 added, 0 removed, 1 modified");
    expect(text).toContain("- bad.txt: not a text file (it contains NUL bytes)");
    expect(text).toContain("Time: 1.2 s.");
  });
});

describe("hostile input", () => {
  it("option values that break the rules get a clear private message", async () => {
    const long = await h.send(slashCommand("ask", [{ name: "question", type: STRING, value: "x".repeat(10_000) }]));
    expect(long.body).toMatchObject({
      type: 4,
      data: { flags: EPHEMERAL, content: "That didn't work: `question` is too long: at most 300 characters.", allowed_mentions: { parse: [] } },
    });
    const side = await h.send(slashCommand("claims", [{ name: "side", type: STRING, value: "@everyone" }]));
    expect(side.body.data.content).toContain("`side` must be one of: azerbaijan, armenia");
  });

  it("mentions in questions and corpus text never ping and never render as mentions", async () => {
    const reply = await h.send(slashCommand("ask", [{ name: "question", type: STRING, value: `hostile ${HOSTILE}` }]));
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(reply.body.embeds)).not.toMatch(/(^|[^\u200b])@everyone|<@\d/);
  });

  it("a command that throws gets a private apology, is logged with its context, and the bot keeps answering", async () => {
    const inv = slashCommand("incident", [{ name: "query", type: STRING, value: "explode" }]);
    const apology = await h.send(inv, (r) => r.method === "POST" && r.path.endsWith(`/${inv.token}`));
    expect(apology.body).toMatchObject({ flags: EPHEMERAL, allowed_mentions: { parse: [] } });
    expect(apology.body.content).toMatch(/^Sorry, something went wrong/);
    expect(h.discord.forInteraction(inv.id, inv.token).map((r) => r.method)).toEqual(["POST", "DELETE", "POST"]);
    expect(await eventually(() => h.logs.find((l) => l.msg === "interaction failed"))).toMatchObject({
      command: "incident",
      userId: ASKER,
      interactionId: inv.id,
      err: { message: "index exploded (a bug in the answer service)" },
    });
    const after = await h.send(slashCommand("sources", []));
    expect(after.status).toBe(200);
  });

  it("a user over the rate limit is asked to wait", async () => {
    const user = "500000000000000077";
    let reply: RecordedRequest | undefined;
    for (let i = 0; i < 21; i++) reply = await h.send(slashCommand("claims", [{ name: "side", type: STRING, value: "nobody" }], { userId: user }));
    expect(reply!.body.data.content).toMatch(/^You're asking quickly\. Please wait \d+ s and try again\.$/);
  });
});

describe("hostile or broken interactions (issue 9)", () => {
  it("a button with a custom id that is not ours gets a private 'expired' answer instead of none", async () => {
    for (const customId of ["cc:page:zzzz:1", "not-ours", "cc:page:0123456789ab:99999", ""]) {
      const reply = await h.send(buttonClick(customId, h.discord.message({ embeds: [] })));
      expect(reply.body, customId).toMatchObject({ type: 4, data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
      expect(reply.body.data.content, customId).toContain("These buttons have expired");
    }
  });

  it("logs a failed request about an interaction without its token", async () => {
    const inv = slashCommand("sources", []);
    h.discord.expiredTokens.add(inv.token);
    h.discord.dispatch("INTERACTION_CREATE", inv.payload);
    const failure = await eventually(() => h.logs.find((l) => l.msg === "interaction failed" && l.interactionId === inv.id), 3000);
    expect(failure?.err?.message).toMatch(/Unknown interaction/);
    expect(JSON.stringify(h.logs)).not.toContain(inv.token);
    expect(JSON.stringify(failure)).toContain("[redacted]");
  });

  it("warns at start that the API base is not Discord's, since the token goes there", () => {
    expect(h.logs.find((l) => l.msg.startsWith("DISCORD_API_BASE is not Discord's API"))).toMatchObject({ level: 40, apiBase: h.discord.apiBase });
  });
});

describe("the whole conversation", () => {
  it("kept every message within Discord's limits, pinged nobody, and the token appears in no log", async () => {
    const expired = (r: { path: string }) => [...h.discord.expiredTokens].some((token) => r.path.includes(token));
    const messages = h.discord.requests.filter(
      (r) => !expired(r) && (r.method === "PATCH" || (r.method === "POST" && r.path.startsWith("/api/v10/webhooks")) || [4, 7].includes(r.body?.type)),
    );
    expect(messages.length).toBeGreaterThan(15);
    for (const r of messages) {
      const body = r.body.data ?? r.body;
      expect(body.allowed_mentions, r.path).toEqual({ parse: [] });
      expect(r.status, r.path).toBeLessThan(400);
    }
    expect(JSON.stringify(h.logs)).not.toContain(TOKEN);
  });

  it("heartbeats are acknowledged, and the client measures its ping from the acknowledgements", async () => {
    // The first heartbeat comes after a random part of the 1 s interval the fake announced.
    expect(await eventually(() => (h.bot.client.ws.ping >= 0 ? true : undefined), 1500)).toBe(true);
    expect(h.discord.gatewayFrames.some((f) => f.op === 1)).toBe(true);
  });
});

describe("the fake Discord", () => {
  it.skipIf(!HAVE_OPENAPI)("rejects a body its OpenAPI description does not allow, such as a colour given as a word", async () => {
    const rest = new REST({ api: h.discord.apiBase, retries: 0 }).setToken(TOKEN);
    await expect(
      rest.patch(`/webhooks/${APP_ID}/some-token/messages/%40original`, { body: { embeds: [{ description: "fine", color: "red" }] } }),
    ).rejects.toMatchObject({ status: 400, code: 50035 });
  });

  it("rejects a message that breaks Discord's limits with 400 Invalid Form Body, as Discord does", async () => {
    const rest = new REST({ api: h.discord.apiBase, retries: 0 }).setToken(TOKEN);
    await expect(
      rest.patch(`/webhooks/${APP_ID}/some-token/messages/%40original`, { body: { embeds: [{ description: "x".repeat(4097) }] } }),
    ).rejects.toMatchObject({ status: 400, code: 50035 });
  });
});

describe("npm run deploy-commands", () => {
  it("registers the eight commands to the dev guild when DEV_GUILD_ID is set, globally otherwise", async () => {
    const discord = new FakeDiscord();
    await discord.start();
    try {
      await deployCommands({ token: TOKEN, applicationId: APP_ID, guildId: GUILD_ID, apiBase: discord.apiBase });
      await deployCommands({ token: TOKEN, applicationId: APP_ID, apiBase: discord.apiBase });
      const [guild, global] = discord.requests;
      expect(guild).toMatchObject({ method: "PUT", path: `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, status: 200 });
      expect(global).toMatchObject({ method: "PUT", path: `/api/v10/applications/${APP_ID}/commands`, status: 200 });
      expect(guild!.body.map((c: Json) => c.name).sort()).toEqual(["add", "ask", "casualties", "claims", "incident", "mediators", "reindex", "sources"]);
      const reindex = guild!.body.find((c: Json) => c.name === "reindex");
      expect(reindex.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    } finally {
      await discord.stop();
    }
  });

  it("as a script, reads its settings from the environment and reports where it registered", async () => {
    const discord = new FakeDiscord();
    await discord.start();
    try {
      const env = { ...process.env, DISCORD_TOKEN: TOKEN, APPLICATION_ID: APP_ID, DEV_GUILD_ID: GUILD_ID, DISCORD_API_BASE: discord.apiBase };
      const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "src/adapters/discord/deployCommands.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (out += d));
        child.on("close", (code) => resolve({ code, out }));
      });
      expect(run.out).toContain(`Registered 8 commands to the server ${GUILD_ID}`);
      expect(run.code).toBe(0);
      expect(discord.requests.at(-1)).toMatchObject({ method: "PUT", path: `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands` });
    } finally {
      await discord.stop();
    }
  });
});
