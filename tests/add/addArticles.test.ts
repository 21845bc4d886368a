// Adding articles: what is stored, what is refused and why, duplicates, and feeds. Pages come
// from a server on 127.0.0.1; the corpus is a temporary folder written in each test.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type AddOutcome, addArticles, NO_DATE_NOTE } from "../../src/adapters/add/addArticles.ts";
import { addFeed, SEEN_FILE } from "../../src/adapters/add/addFeed.ts";
import { readFeed } from "../../src/adapters/add/readFeed.ts";
import { loadCorpus } from "../../src/adapters/corpus/loadCorpus.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { type LocalServer, newsPage, startServer } from "./localServer.ts";

const LIMITS = { maxBytes: 100_000, timeoutMs: 2_000, allowPrivate: true };
const NOW = () => new Date("2024-05-01T12:00:00Z");
const EXISTING =
  "Shelling near Tartar\n\n12 April 2016\n\nAzerbaijan's Defence Ministry said two civilians were wounded when shells hit a village near Tartar on Saturday night, and that its units had returned fire along the line of contact with artillery.\n\nArmenia's defence ministry denied that its forces had fired on the village and said Azerbaijani units had shelled its positions first.\n";

let server: LocalServer;
let corpus: string;

const rss = (links: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Caspian Wire</title>${links.map((l, i) => `<item><title>Item ${i}</title><link>${l}</link><guid isPermaLink="false">id-${i}</guid></item>`).join("")}</channel></rss>`;

beforeAll(async () => {
  server = await startServer({
    "/a": { body: newsPage(1) },
    "/b": { body: newsPage(2) },
    "/a-again": { body: newsPage(1) },
    "/undated": { body: newsPage(3, { date: null }) },
    "/menu": { body: "<html><body><nav><a href='/'>Home</a></nav><p>Nothing here.</p></body></html>" },
    "/pdf": { type: "application/pdf", body: "%PDF-1.7" },
    "/text": { type: "text/plain; charset=utf-8", body: EXISTING.replace("Tartar", "Terter").replace("two", "three") },
    "/slow": { hang: true },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  corpus = mkdtempSync(join(tmpdir(), "counterclaim-add-"));
  writeFileSync(join(corpus, "tartar.txt"), EXISTING);
});
afterEach(() => rmSync(corpus, { recursive: true, force: true }));

const add = (inputs: Parameters<typeof addArticles>[0]) => addArticles(inputs, { corpusDir: corpus, limits: LIMITS, now: NOW });
const url = (path: string) => ({ kind: "url" as const, url: server.url(path) });
const statuses = (outcomes: AddOutcome[]) => outcomes.map((o) => (o.status === "failed" ? `failed: ${o.reason}` : o.status));

describe("adding articles", () => {
  it("stores a web page as Markdown with front matter (title, outlet, published, url, added) that the core reads back the same", async () => {
    const [outcome] = await add([url("/a")]);
    expect(outcome).toMatchObject({
      status: "added",
      file: "added/2020-10-11-missile-strike-on-ganja-report-1.md",
      title: "Missile strike on Ganja, report 1",
      outlet: "Caspian Wire",
      published: "2020-10-11",
    });
    const stored = readFileSync(join(corpus, "added/2020-10-11-missile-strike-on-ganja-report-1.md"), "utf8");
    expect(stored).toMatch(
      /^---\ntitle: Missile strike on Ganja, report 1\noutlet: Caspian Wire\npublished: 2020-10-11\nurl: http:\/\/127\.0\.0\.1:\d+\/a\nadded: 2024-05-01T12:00:00\.000Z\n---\n/,
    );
    expect(stored).not.toMatch(/cookies|Home|©/);
    expect(parseArticle({ file: "x.md", text: stored }).meta).toMatchObject({
      title: "Missile strike on Ganja, report 1",
      outlet: "Caspian Wire",
      published: "2020-10-11",
    });
    expect(outcome?.status === "added" && Object.fromEntries(outcome.claimsBySide)).toMatchObject({
      azerbaijan: expect.any(Number),
      armenia: expect.any(Number),
    });
  });

  it("reports a duplicate by address or by text instead of storing it twice, in one run and across runs", async () => {
    const first = await add([url("/a"), url("/a"), url("/a-again"), { kind: "path", path: join(corpus, "tartar.txt") }]);
    expect(statuses(first)).toEqual(["added", "duplicate", "duplicate", "duplicate"]);
    expect(first[3]).toMatchObject({ status: "duplicate", of: "tartar.txt" });
    expect(statuses(await add([url("/a")]))).toEqual(["duplicate"]);
    expect(readdirSync(join(corpus, "added"))).toHaveLength(1);
  });

  it("names what was wrong with bad input, adds an undated article with its date unknown, and loses nothing already there", async () => {
    const outcomes = await add([
      url("/menu"),
      url("/pdf"),
      url("/undated"),
      { kind: "path", path: join(corpus, "nope.html") },
      { kind: "path", path: join(corpus, "tartar.pdf") },
      url("/text"),
    ]);
    expect(statuses(outcomes)).toEqual([
      "failed: is not an article: the page holds only 2 words of article text",
      "failed: is application/pdf, not an HTML page or a text file",
      "added",
      "failed: does not exist",
      "failed: is a .pdf, not a .txt, .md or .html file",
      "added",
    ]);
    expect(outcomes[2]).toMatchObject({ published: null, notes: [NO_DATE_NOTE], file: "added/undated-missile-strike-on-ganja-report-3.md" });
    expect(readFileSync(join(corpus, "tartar.txt"), "utf8")).toBe(EXISTING);
    const loaded = await loadCorpus(corpus);
    expect(loaded.errors).toEqual([]);
    expect(loaded.sources.map((s) => s.file).sort()).toEqual([
      "added/2016-04-12-shelling-near-terter.md",
      "added/undated-missile-strike-on-ganja-report-3.md",
      "tartar.txt",
    ]);
  });

  it("refuses an attachment that is too large or of the wrong kind before fetching it", async () => {
    const outcomes = await add([
      { kind: "attachment", name: "big.html", url: server.url("/a"), size: 200_000 },
      { kind: "attachment", name: "photo.png", url: server.url("/a"), size: 10 },
      { kind: "attachment", name: "page.html", url: server.url("/b"), size: 2_000 },
    ]);
    expect(statuses(outcomes)).toEqual([
      "failed: is 0.19 MB, over the limit of 0.1 MB for one article",
      "failed: is a .png, not a .txt, .md or .html file",
      "added",
    ]);
  });
});

describe("feeds", () => {
  it("reads the links of RSS 2.0, RSS 1.0 and Atom feeds, and refuses a document that is no feed", () => {
    expect(readFeed(rss(["https://wire.example/1", "not a link"]))).toEqual([{ link: "https://wire.example/1", title: "Item 0" }]);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><link rel="self" href="https://x.example/self"/><link href="https://x.example/a"/></entry></feed>`;
    expect(readFeed(atom)).toEqual([{ link: "https://x.example/a", title: "A" }]);
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item rdf:about="https://x.example/r"><title>R</title><link>https://x.example/r</link></item></rdf:RDF>`;
    expect(readFeed(rdf)).toEqual([{ link: "https://x.example/r", title: "R" }]);
    expect(() => readFeed("<html><body>hi</body></html>")).toThrow("is not an RSS or Atom feed");
  });

  it("adds the items it has not seen, and on the next run only new ones, trying an unreachable item again", async () => {
    const body = rss([server.url("/a"), server.url("/b"), server.url("/slow"), server.url("/pdf")]);
    const local = await startServer({ "/feed": { type: "application/rss+xml", body } });
    try {
      const options = { corpusDir: corpus, limits: { ...LIMITS, timeoutMs: 300 }, now: NOW };
      const first = await addFeed(local.url("/feed"), options);
      expect(statuses(first.outcomes)).toEqual([
        "added",
        "added",
        "failed: did not answer within 0.3 s",
        "failed: is application/pdf, not an HTML page or a text file",
      ]);
      const second = await addFeed(local.url("/feed"), options);
      expect(second.seenBefore).toBe(3);
      expect(statuses(second.outcomes)).toEqual(["failed: did not answer within 0.3 s"]);
      expect(JSON.parse(readFileSync(join(corpus, SEEN_FILE), "utf8")).feeds[local.url("/feed")]).toHaveLength(3);
    } finally {
      await local.close();
    }
  });
});

describe("a corpus folder that cannot be written", () => {
  it("reports the failure for the article and keeps going", async () => {
    writeFileSync(join(corpus, "added"), "a file where the folder should be");
    const outcomes = await add([url("/a")]);
    expect(statuses(outcomes)[0]).toMatch(/^failed: .*(EEXIST|ENOTDIR)/);
  });
});
