// The add command's fetch: every refusal names what was wrong. Only 127.0.0.1 is contacted.
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchLimited, isPrivate } from "../../src/adapters/add/fetchLimited.ts";
import { type LocalServer, startServer } from "./localServer.ts";

const LIMITS = { maxBytes: 1000, timeoutMs: 2_000, allowPrivate: true };
const html = (type: string) => type === "text/html";
let server: LocalServer;

beforeAll(async () => {
  server = await startServer({
    "/page": { body: "<p>hello</p>" },
    "/moved": { status: 301, headers: { location: "/page" }, body: "" },
    "/loop": { status: 302, headers: { location: "/loop" }, body: "" },
    "/pdf": { type: "application/pdf", body: "%PDF-1.7" },
    "/big": { body: "x".repeat(5000) },
    "/gone": { status: 404, body: "no" },
    "/slow": { hang: true },
  });
});
afterAll(() => server.close());

describe("fetching a web address within limits", () => {
  it("follows a redirect and reports where the page came from", async () => {
    const fetched = await fetchLimited(server.url("/moved"), html, LIMITS);
    expect(fetched).toMatchObject({ mediaType: "text/html", charset: "utf-8", url: server.url("/page") });
    expect(fetched.bytes.toString()).toBe("<p>hello</p>");
  });

  it("refuses what is not HTML or text, what is too large, a missing page and a redirect loop, naming why", async () => {
    await expect(fetchLimited(server.url("/pdf"), html, LIMITS)).rejects.toThrow("is application/pdf, not an HTML page or a text file");
    await expect(fetchLimited(server.url("/big"), html, LIMITS)).rejects.toThrow(
      "is more than 0 MB, over the limit of 0 MB for one article (CORPUS_MAX_ARTICLE_MB)",
    );
    await expect(fetchLimited(server.url("/gone"), html, LIMITS)).rejects.toThrow("answered 404 Not Found");
    await expect(fetchLimited(server.url("/loop"), html, LIMITS)).rejects.toThrow("redirects more than 5 times");
    await expect(fetchLimited("ftp://127.0.0.1/file", html, LIMITS)).rejects.toThrow("is a ftp address; only http and https are fetched");
  });

  it("gives up on a server that never answers once the time is up", async () => {
    await expect(fetchLimited(server.url("/slow"), html, { ...LIMITS, timeoutMs: 300 })).rejects.toThrow("did not answer within 0.3 s");
  });

  it("reports an address nobody listens on as unreachable", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    await expect(fetchLimited(`http://127.0.0.1:${port}/`, html, LIMITS)).rejects.toThrow("could not be reached: ECONNREFUSED");
  });

  it("refuses loopback and private addresses unless they are allowed", async () => {
    await expect(fetchLimited(server.url("/page"), html, { ...LIMITS, allowPrivate: false })).rejects.toThrow(
      "is on a private or local network address (127.0.0.1); not fetched",
    );
    await expect(fetchLimited(server.url("/page").replace("127.0.0.1", "localhost"), html, { ...LIMITS, allowPrivate: false })).rejects.toThrow(
      /resolves to a private or local network address/,
    );
    expect(["10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "::1", "fd00::1", "::ffff:127.0.0.1"].every(isPrivate)).toBe(true);
    expect(["93.184.216.34", "172.32.0.1", "2001:db8::1"].some(isPrivate)).toBe(false);
  });
});
