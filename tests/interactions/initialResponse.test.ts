import { describe, expect, it } from "vitest";
import { InitialResponses, jsonResponse } from "../../src/adapters/interactions/initialResponse.ts";

type Sent = { url: string; method: string | undefined; body: unknown };

function responses() {
  const sent: Sent[] = [];
  const ok = new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
  const stub = async (url: string, init: { method?: string; body?: unknown }) => {
    sent.push({ url, method: init.method, body: init.body });
    return ok as never;
  };
  return { sent, initial: new InitialResponses("http://discord.test/api", stub) };
}

const callback = (id: string, body: unknown) =>
  [
    `http://discord.test/api/v10/interactions/${id}/tok/callback`,
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
  ] as const;

describe("the first answer of an HTTP interaction", () => {
  it("is the callback the handler posts, caught instead of sent, and Discord gets nothing else", async () => {
    const { sent, initial } = responses();
    const waiting = initial.expect("11", "99", "tok");
    const result = await initial.makeRequest(...callback("11", { type: 5, data: { flags: 64 } }));
    expect(result.status).toBe(204);
    const answer = await waiting;
    expect(JSON.parse(answer.body.toString())).toEqual({ type: 5, data: { flags: 64 } });
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(sent).toEqual([]);
  });

  it("carries files as multipart with its boundary, as Discord accepts in an HTTP response", async () => {
    const { initial } = responses();
    const waiting = initial.expect("12", "99", "tok");
    const form = new FormData();
    form.append("payload_json", JSON.stringify({ type: 4, data: { content: "chart" } }));
    form.append("files[0]", new Blob([new Uint8Array([137, 80, 78, 71])]), "chart.png");
    await initial.makeRequest(`http://discord.test/api/v10/interactions/12/tok/callback`, { method: "POST", body: form } as never);
    const answer = await waiting;
    expect(answer.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(answer.body.toString("latin1")).toContain('filename="chart.png"');
  });

  it("when it went on the handler's behalf (too late), turns the handler's reply into an edit of the deferred message", async () => {
    const { sent, initial } = responses();
    const waiting = initial.expect("13", "99", "tok");
    expect(initial.answerFor("13", jsonResponse({ type: 5, data: { flags: 64 } }))).toBe(true);
    expect(JSON.parse((await waiting).body.toString())).toEqual({ type: 5, data: { flags: 64 } });
    await initial.makeRequest(...callback("13", { type: 4, data: { content: "late answer" } }));
    expect(sent).toEqual([
      { url: "http://discord.test/api/v10/webhooks/99/tok/messages/%40original", method: "PATCH", body: JSON.stringify({ content: "late answer" }) },
    ]);
    // A late deferral is already done; a second answerFor finds nothing waiting.
    expect((await initial.makeRequest(...callback("13", { type: 5 }))).status).toBe(204);
    expect(sent).toHaveLength(1);
    expect(initial.answerFor("13", jsonResponse({}))).toBe(false);
  });

  it("passes every other request to Discord untouched", async () => {
    const { sent, initial } = responses();
    initial.expect("14", "99", "tok");
    await initial.makeRequest("http://discord.test/api/v10/webhooks/99/tok/messages/%40original", { method: "PATCH", body: "{}" } as never);
    await initial.makeRequest(...callback("15", { type: 5 }));
    expect(sent.map((s) => s.url)).toEqual([
      "http://discord.test/api/v10/webhooks/99/tok/messages/%40original",
      "http://discord.test/api/v10/interactions/15/tok/callback",
    ]);
  });
});
