// /add end to end: the real bot and library against the fake Discord, the article fetched from a
// web server on 127.0.0.1 (a page by its address, a file as a Discord attachment would be served).
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleAdder } from "../../src/adapters/add/articleAdder.ts";
import { createLibrary, type Library } from "../../src/adapters/library/index.ts";
import { type LocalServer, newsPage, startServer } from "../add/localServer.ts";
import { discordLimitViolations } from "../discord/discordLimitsCheck.ts";
import { startHarness, type Harness } from "./harness.ts";
import { slashCommand, STRING } from "./interactionPayloads.ts";

const FIXTURE_CORPUS = fileURLToPath(new URL("./fixtures/corpus/", import.meta.url));
const ATTACHMENT = 11;
const MARKDOWN = `---
title: Shelling near Tartar
outlet: Caucasus Daily
published: 2016-04-12
---

Azerbaijan's Defence Ministry said two civilians were wounded when shells hit a village near Tartar on Saturday night, and that its units had returned fire along the line of contact.

Armenia's defence ministry denied that its forces had fired on the village and said Azerbaijani units had shelled its positions first.
`;

let work: string;
let corpus: string;
let library: Library;
let server: LocalServer;
let h: Harness;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "cc-add-e2e-"));
  corpus = join(work, "corpus");
  cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
  server = await startServer({
    "/news/ganja": { body: newsPage(7) },
    "/attachments/1/2/tartar.md": { type: "text/markdown; charset=utf-8", body: MARKDOWN },
    "/attachments/1/3/photo.html": { type: "image/png", body: "\x89PNG" },
  });
  library = await createLibrary({ corpusDir: corpus, indexDir: join(work, "index") });
  h = await startHarness(library, { adder: createArticleAdder(corpus, { maxBytes: 1_000_000, timeoutMs: 5_000, allowPrivate: true }) });
});
afterAll(async () => {
  await h?.close();
  library?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const manager = { permissions: PermissionFlagsBits.ManageGuild };

function withAttachment(name: string, path: string, size: number) {
  const invocation = slashCommand("add", [{ name: "file", type: ATTACHMENT, value: "900000000000000001" }], manager);
  const url = server.url(path);
  const data = invocation.payload.data as Record<string, unknown>;
  data.resolved = {
    attachments: { "900000000000000001": { id: "900000000000000001", filename: name, size, url, proxy_url: url, content_type: "text/markdown" } },
  };
  return invocation;
}

describe("/add", () => {
  it("adds a web page, says what it read and re-indexes, so the article is answered from at once", async () => {
    const before = library.sources().lines.length;
    const reply = await h.send(slashCommand("add", [{ name: "url", type: STRING, value: server.url("/news/ganja") }], manager));
    const embed = reply.body.embeds[0];
    expect(embed.title).toBe("Article added");
    expect(embed.description).toContain('"Missile strike on Ganja, report 7", Caspian Wire, 2020-10-11.');
    expect(embed.description).toMatch(/Claims: \d+ — .*Azerbaijan \d+.*Armenia \d+/);
    expect(embed.description).toMatch(/Re-indexed: \d+ articles/);
    expect(discordLimitViolations(reply.body)).toEqual([]);
    expect(library.sources().lines.length).toBe(before + 1);
    expect(readdirSync(join(corpus, "added"))).toEqual(["2020-10-11-missile-strike-on-ganja-report-7.md"]);
  });

  it("reports the same page again as a duplicate and does not add it twice", async () => {
    const reply = await h.send(slashCommand("add", [{ name: "url", type: STRING, value: `${server.url("/news/ganja")}#top` }], manager));
    expect(reply.body.embeds[0].title).toBe("Nothing added");
    expect(reply.body.embeds[0].description).toContain("Already in the corpus as added/2020-10-11-missile-strike-on-ganja-report-7.md, not added again");
    expect(reply.body.embeds[0].description).toContain("Nothing new, so the index was not rebuilt.");
    expect(readdirSync(join(corpus, "added"))).toHaveLength(1);
  });

  it("adds an attached .md file, and refuses an attachment that is not text, naming why", async () => {
    const good = await h.send(withAttachment("tartar.md", "/attachments/1/2/tartar.md", MARKDOWN.length));
    expect(good.body.embeds[0].description).toContain('"Shelling near Tartar", Caucasus Daily, 2016-04-12.');
    const bad = await h.send(withAttachment("photo.html", "/attachments/1/3/photo.html", 4));
    expect(bad.body.embeds[0].description).toContain("Not added: photo.html is image/png, not an HTML page or a text file.");
    const tooBig = await h.send(withAttachment("huge.html", "/attachments/1/2/tartar.md", 50_000_000));
    expect(tooBig.body.embeds[0].description).toContain("Not added: huge.html is 47.68 MB, over the limit of 0.95 MB for one article.");
  });

  it("is refused to members without Manage Server, and asks for a web address or a file when given neither", async () => {
    const refused = await h.send(slashCommand("add", [{ name: "url", type: STRING, value: server.url("/news/ganja") }]));
    expect(refused.body.data.content).toBe("Only members with the Manage Server permission can do that.");
    const empty = await h.send(slashCommand("add", [], manager));
    expect(empty.body.data.content).toBe("Give the article's web address (`url`) or attach its file (`file`).");
    const ftp = await h.send(slashCommand("add", [{ name: "url", type: STRING, value: "ftp://example.org/a" }], manager));
    expect(ftp.body.data.content).toBe("`url` must be a web address starting with http:// or https://");
  });
});
