// POST /interactions as Discord sends it, answered by the same command modules as the gateway bot:
// the first answer in the HTTP response, the rest through the interaction's webhook on the fake Discord.
import { readFile } from "node:fs/promises";
import { request } from "node:http";
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STOPPED } from "../../src/adapters/interactions/dispatcher.ts";
import { fakeAnswerService } from "../discord/fakeAnswerService.ts";
import { HAVE_OPENAPI, openApiViolations } from "../discord/openapiCheck.ts";
import { componentId } from "../../src/adapters/discord/customIds.ts";
import { APP_ID, type Json } from "../e2e/fakeDiscord.ts";
import { autocomplete, buttonClick, modalSubmit, OTHER_USER, slashCommand, STRING } from "../e2e/interactionPayloads.ts";
import { startEndpoint, type Endpoint } from "./endpoint.ts";
import { signedHeaders } from "./signing.ts";

const EPHEMERAL = 64;
let e: Endpoint;

beforeAll(async () => {
  e = await startEndpoint(fakeAnswerService());
});
afterAll(async () => {
  await e?.close();
});

const edited = (token: string) => (r: { method: string; path: string }) => r.method === "PATCH" && r.path.endsWith(`/${token}/messages/%40original`);

function expectValidCallback(body: Json): void {
  if (HAVE_OPENAPI) expect(openApiViolations("interactionCallback", body)).toEqual([]);
}

describe("POST /interactions", () => {
  it("answers a signed PING with PONG", async () => {
    const reply = await e.post({ id: "1", application_id: "2", type: 1, token: "t", version: 1 });
    expect(reply).toMatchObject({ status: 200, body: { type: 1 } });
  });

  it("refuses a bad, stale or missing signature with 401 and runs nothing", async () => {
    const inv = slashCommand("incident", [{ name: "query", type: STRING, value: "Hadrut" }]);
    const body = JSON.stringify(inv.payload);
    const good = signedHeaders(e.keys, body);
    const stale = signedHeaders(e.keys, body, String(Math.floor(Date.now() / 1000) - 3600));
    const cases = [
      { ...good, "x-signature-ed25519": "0".repeat(128) },
      stale,
      { "content-type": "application/json" },
      { ...good, "x-signature-timestamp": String(Number(good["x-signature-timestamp"]) + 1) },
    ];
    for (const headers of cases) expect((await e.raw("POST", "/interactions", body, headers)).status).toBe(401);
    expect((await e.raw("POST", "/interactions", body.replace("Hadrut", "Ganja"), good)).status).toBe(401);
    expect(e.discord.forInteraction(inv.id, inv.token)).toEqual([]);
  });

  it("defers a slash command in the HTTP response, then edits in the answer through the webhook", async () => {
    const inv = slashCommand("incident", [{ name: "query", type: STRING, value: "Hadrut" }]);
    const answer = e.discord.waitFor(edited(inv.token));
    const reply = await e.post(inv.payload);
    expect(reply).toMatchObject({ status: 200, body: { type: 5, data: { flags: 0 } } });
    expectValidCallback(reply.body);
    const edit = await answer;
    expect(edit.status).toBe(200);
    expect(edit.body.embeds[0].description).toContain("Azerbaijan");
    // No callback reached Discord's callback endpoint: the HTTP response was the callback.
    expect(e.discord.requests.filter((r) => r.path.includes(`/interactions/${inv.id}/`))).toEqual([]);
  });

  it("offers autocomplete choices in the HTTP response", async () => {
    const reply = await e.post(autocomplete("incident", [{ name: "query", type: STRING, value: "Had", focused: true }]).payload);
    expect(reply.body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: "Hadrut", value: "Hadrut" },
          { name: "Hadrut, 2020-10-09", value: "Hadrut, 2020-10-09" },
        ],
      },
    });
    expectValidCallback(reply.body);
  });

  it("turns pages with buttons and takes a 'Wrong side?' report through its form", async () => {
    const inv = slashCommand("claims", [
      { name: "side", type: STRING, value: "azerbaijan" },
      { name: "topic", type: STRING, value: "ceasefire" },
    ]);
    const answer = e.discord.waitFor(edited(inv.token));
    await e.post(inv.payload);
    const first = (await answer).body;
    const [, next, wrong] = first.components[0].components.map((b: Json) => b.custom_id as string);
    const page = await e.post(buttonClick(next!, e.discord.message(first)).payload);
    expect(page.body.type).toBe(7);
    expect(page.body.data.embeds[0].footer.text).toMatch(/^Page 2\//);
    expectValidCallback(page.body);
    const modal = await e.post(buttonClick(wrong!, e.discord.message(first), OTHER_USER).payload);
    expect(modal.body.type).toBe(9);
    expectValidCallback(modal.body);
    const select = modal.body.data.components[0].component;
    const submit = modalSubmit(
      modal.body.data.custom_id,
      { select: ["line", [select.options[0].value]], text: ["report", "Over HTTP, this line is Armenia's."] },
      e.discord.message(first),
    );
    const thanks = await e.post(submit.payload);
    expect(thanks.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    const log = await readFile(`/tmp/cc-http-feedback-${process.pid}.jsonl`, "utf8");
    expect(log).toContain("Over HTTP, this line is Armenia's.");
  });

  it("answers a click on buttons this replica does not know (another replica's, or expired) by removing them and a private follow-up", async () => {
    const click = buttonClick(componentId("page", "0123456789ab", 1), e.discord.message({ embeds: [] }));
    const followUp = e.discord.waitFor((r) => r.method === "POST" && r.path.endsWith(`/webhooks/${APP_ID}/${click.token}`));
    const reply = await e.post(click.payload);
    expect(reply.body).toMatchObject({ type: 7, data: { components: [] } });
    expectValidCallback(reply.body);
    expect((await followUp).body).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining("These buttons have expired") });
  });

  it("answers /reindex privately for a member with Manage Server", async () => {
    const inv = slashCommand("reindex", [], { permissions: PermissionFlagsBits.ManageGuild });
    const answer = e.discord.waitFor(edited(inv.token));
    const reply = await e.post(inv.payload);
    expect(reply.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect((await answer).body.embeds[0].title).toBe("Re-index complete");
  });

  it("refuses a body over the limit with 413 before reading it", async () => {
    const body = JSON.stringify({ pad: "x".repeat(70 * 1024) });
    expect((await e.raw("POST", "/interactions", body, signedHeaders(e.keys, body))).status).toBe(413);
  });

  it("answers a signed body that is not an interaction with 400, and other paths and methods with 404 and 405", async () => {
    const body = "[1,2";
    expect((await e.raw("POST", "/interactions", body, signedHeaders(e.keys, body))).status).toBe(400);
    // Signed and shaped like an interaction, but a command without its data: discord.js cannot read it.
    expect((await e.post({ id: "3", application_id: "2", type: 2, token: "t" })).status).toBe(400);
    expect((await e.post({ id: "4", application_id: "2", type: 1, token: "t" })).body).toEqual({ type: 1 });
    expect((await e.raw("GET", "/interactions", "", {})).status).toBe(405);
    expect((await e.raw("GET", "/nothing", "", {})).status).toBe(404);
  });

  it("says in /health whether the index is loaded, and answers 503 while it is not (PING still works)", async () => {
    expect((await e.raw("GET", "/health", "", {})).body).toMatchObject({ ready: true });
    e.ready = false;
    try {
      expect((await e.raw("GET", "/health", "", {})).status).toBe(503);
      const inv = slashCommand("sources", []);
      const reply = await e.post(inv.payload);
      expect(reply.status).toBe(503);
      expect(reply.headers["retry-after"]).toBe("2");
      expect((await e.post({ id: "1", application_id: "2", type: 1, token: "t" })).body).toEqual({ type: 1 });
    } finally {
      e.ready = true;
    }
  });
});

describe("a flood", () => {
  it("gets 503 with Retry-After past the requests in flight, and the endpoint keeps answering after it", async () => {
    const small = await startEndpoint(fakeAnswerService(), { maxInFlight: 1 });
    try {
      // One request whose body never finishes holds the only slot.
      const held = request({ host: "127.0.0.1", port: small.server.port, method: "POST", path: "/interactions", headers: { "content-length": "100" } });
      held.on("error", () => undefined);
      held.write("{");
      await new Promise((r) => setTimeout(r, 50));
      const refused = await small.post({ id: "1", application_id: "2", type: 1, token: "t" });
      expect(refused.status).toBe(503);
      expect(refused.headers["retry-after"]).toBe("1");
      held.destroy();
      await new Promise((r) => setTimeout(r, 50));
      expect((await small.post({ id: "1", application_id: "2", type: 1, token: "t" })).body).toEqual({ type: 1 });
    } finally {
      await small.close();
    }
  });
});

describe("a replica stopping", () => {
  it("waits for the requests in flight, then answers new ones and /health with 503 and Connection: close", async () => {
    const stopping = await startEndpoint(fakeAnswerService());
    try {
      const held = request({ host: "127.0.0.1", port: stopping.server.port, method: "POST", path: "/interactions", headers: { "content-length": "100" } });
      held.on("error", () => undefined);
      held.write("{");
      await new Promise((r) => setTimeout(r, 50));
      let drained = false;
      const draining = stopping.server.drain(5_000).then(() => (drained = true));
      await new Promise((r) => setTimeout(r, 50));
      expect(drained).toBe(false);
      const refused = await stopping.post({ id: "1", application_id: "2", type: 1, token: "t" });
      expect(refused.status).toBe(503);
      expect(refused.headers.connection).toBe("close");
      expect((await stopping.raw("GET", "/health", "", {})).status).toBe(503);
      held.destroy();
      await draining;
      expect(drained).toBe(true);
    } finally {
      await stopping.close();
    }
  });
});

describe("an answer still being worked on when its replica stops", () => {
  it("is replaced by a message saying to run the command again, not left 'thinking' for ever", async () => {
    const stuck = { ...fakeAnswerService(), reindex: () => new Promise<never>(() => undefined) };
    const ep = await startEndpoint(stuck);
    try {
      const inv = slashCommand("reindex", [], { permissions: PermissionFlagsBits.ManageGuild });
      const reply = await ep.post(inv.payload);
      expect(reply.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
      const told = ep.discord.waitFor(edited(inv.token));
      await ep.dispatcher.drain(50);
      expect((await told).body).toMatchObject({ content: STOPPED, embeds: [], components: [] });
    } finally {
      await ep.close();
    }
  });
});
