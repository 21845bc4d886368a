import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/adapters/config/loadConfig.ts";
import { type CorpusLimits, corpusLimits, loadCorpus } from "../../src/adapters/corpus/loadCorpus.ts";
import { withinTime } from "../../src/adapters/corpus/readArticleFile.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const ARTICLE = "Shelling near Tartar\n\nAzerbaijan's Defence Ministry said two civilians were wounded.\n";
const LIMITS: CorpusLimits = { maxBytes: 1024 * 1024, timeoutMs: 5_000, maxDepth: 8 };

let root: string;
let corpus: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "counterclaim-corpus-"));
  corpus = join(root, "corpus");
  mkdirSync(corpus);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (name: string, text = ARTICLE) => writeFileSync(join(corpus, name), text);
const files = (loaded: Awaited<ReturnType<typeof loadCorpus>>) => loaded.sources.map((s) => s.file);
const reasonFor = (loaded: Awaited<ReturnType<typeof loadCorpus>>, file: string) => loaded.errors.find((e) => e.file === file)?.reason;

describe("the corpus reader", () => {
  it("reads only regular files inside the corpus folder: a link to a file outside is refused by name", async () => {
    writeFileSync(join(root, "passwd.txt"), "root:x:0:0:root:/root:/bin/bash\n");
    write("a.md");
    symlinkSync(join(root, "passwd.txt"), join(corpus, "passwd.txt"));
    const loaded = await loadCorpus(corpus, LIMITS);
    expect(files(loaded)).toEqual(["a.md"]);
    expect(reasonFor(loaded, "passwd.txt")).toBe("is a link to a file outside the corpus folder; not followed");
    expect(JSON.stringify(loaded.sources)).not.toContain("root:x:0");
  });

  it("refuses a link to /dev/zero at once instead of reading without end", async () => {
    symlinkSync("/dev/zero", join(corpus, "zero.txt"));
    const loaded = await loadCorpus(corpus, LIMITS);
    expect(loaded.sources).toEqual([]);
    expect(reasonFor(loaded, "zero.txt")).toMatch(/outside the corpus folder/);
  });

  it("follows a link whose target stays inside the corpus, and reads a file linked twice once", async () => {
    mkdirSync(join(corpus, "archive"));
    writeFileSync(join(corpus, "archive", "kept.text"), ARTICLE);
    write("b.md", "Another article\n\nArmenia's Defence Ministry denied it.\n");
    symlinkSync(join(corpus, "archive", "kept.text"), join(corpus, "a-link.txt"));
    symlinkSync(join(corpus, "b.md"), join(corpus, "c-link.md"));
    const loaded = await loadCorpus(corpus, LIMITS);
    expect(files(loaded)).toEqual(["a-link.txt", "b.md"]);
    expect(reasonFor(loaded, "c-link.md")).toBe("is the same file as b.md (a link to it); read once");
  });

  it("reports a dangling link by name", async () => {
    symlinkSync(join(corpus, "gone.md"), join(corpus, "dangling.md"));
    const loaded = await loadCorpus(corpus, LIMITS);
    expect(reasonFor(loaded, "dangling.md")).toBe("is a link to nothing (its target does not exist)");
  });

  it.skipIf(process.platform === "win32")("refuses a FIFO by name without waiting for a writer", async () => {
    execFileSync("mkfifo", [join(corpus, "pipe.txt")]);
    write("a.md");
    const loaded = await loadCorpus(corpus, LIMITS);
    expect(files(loaded)).toEqual(["a.md"]);
    expect(reasonFor(loaded, "pipe.txt")).toBe("is a named pipe (FIFO), not a regular file; not read");
  });

  it.skipIf(process.platform === "win32")("refuses a socket by name", async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(join(corpus, "socket.md"), resolve));
    try {
      const loaded = await loadCorpus(corpus, LIMITS);
      expect(reasonFor(loaded, "socket.md")).toBe("is a socket, not a regular file; not read");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("refuses an article over the size limit, naming its size and the setting", async () => {
    write("big.txt", `${"Armenia said the talks failed. ".repeat(40_000)}\n`);
    write("small.txt");
    const loaded = await loadCorpus(corpus, { ...LIMITS, maxBytes: 1024 * 1024 });
    expect(files(loaded)).toEqual(["small.txt"]);
    expect(reasonFor(loaded, "big.txt")).toBe("is 1.18 MB, over the limit of 1 MB for one article (CORPUS_MAX_ARTICLE_MB); not read");
  });

  it("gives up on a file whose bytes do not arrive within its time budget", async () => {
    await expect(withinTime(new Promise(() => {}), 20)).rejects.toThrow("took longer than 0.02 s to read; not read");
    await expect(withinTime(Promise.resolve("text"), 1_000)).resolves.toBe("text");
  });

  it("takes the size limit from CORPUS_MAX_ARTICLE_MB, 4 MB when unset, and rejects a bad value", () => {
    expect(corpusLimits({}).maxBytes).toBe(4 * 1024 * 1024);
    expect(corpusLimits({ CORPUS_MAX_ARTICLE_MB: "0.5" }).maxBytes).toBe(512 * 1024);
    expect(() => corpusLimits({ CORPUS_MAX_ARTICLE_MB: "-1" })).toThrow(ConfigError);
    expect(() => corpusLimits({ CORPUS_MAX_ARTICLE_MB: "lots" })).toThrow(/CORPUS_MAX_ARTICLE_MB/);
  });

  it("reads nested folders recursively, naming files by their path inside the corpus", async () => {
    mkdirSync(join(corpus, "2020", "october"), { recursive: true });
    mkdirSync(join(corpus, ".git"));
    write("top.md");
    writeFileSync(join(corpus, "2020", "october", "ganja.txt"), ARTICLE);
    writeFileSync(join(corpus, ".git", "HEAD.txt"), "ref: refs/heads/main");
    writeFileSync(join(corpus, "2020", "notes.pdf"), "%PDF");
    const loaded = await loadCorpus(corpus, LIMITS);
    expect(files(loaded)).toEqual(["2020/october/ganja.txt", "top.md"]);
    expect(loaded.errors).toEqual([]);
  });

  it("reports a folder deeper than the depth limit, and a link to a folder, instead of ignoring them", async () => {
    mkdirSync(join(corpus, "a", "b", "c"), { recursive: true });
    writeFileSync(join(corpus, "a", "b", "c", "deep.md"), ARTICLE);
    writeFileSync(join(corpus, "a", "shallow.md"), ARTICLE);
    symlinkSync(root, join(corpus, "loop"));
    const loaded = await loadCorpus(corpus, { ...LIMITS, maxDepth: 2 });
    expect(files(loaded)).toEqual(["a/shallow.md"]);
    expect(loaded.errors).toEqual([
      { file: "a/b/c/", reason: "lies more than 2 folders deep; not read" },
      { file: "loop/", reason: "is a link to a folder; links to folders are not followed" },
    ]);
  });

  it("never hands on a file name with a newline or a bidi control raw", async () => {
    write("forged\ncounterclaim: all good.md");
    write("report\u202Etxt.md", "");
    const loaded = await loadCorpus(corpus, LIMITS);
    const { knowledge, errors } = extractCorpus(loaded.sources);
    const everything = JSON.stringify({ loaded, knowledge, errors });
    expect(everything).not.toMatch(/[\n\u202E]/);
    expect(files(loaded)).toEqual(["forged\\ncounterclaim: all good.md", "report\\u202Etxt.md"]);
    expect(errors).toEqual([{ file: "report\\u202Etxt.md", reason: "is empty: there is no text to index" }]);
  });

  it("escapes the folder's own name when it cannot be read", async () => {
    await expect(loadCorpus(join(root, "no\u202Esuch"), LIMITS)).rejects.toThrow(/^counterclaim: cannot read the corpus folder .*no\\u202Esuch: /);
  });

  it("reports an empty file and a bad front-matter value, each naming the file once", async () => {
    write("empty.md", "");
    write("list.md", "---\ntitle: [1,2]\n---\nText.\n");
    write("fine.md");
    const loaded = await loadCorpus(corpus, LIMITS);
    const { knowledge, errors } = extractCorpus(loaded.sources);
    expect(knowledge.articles.map((a) => a.meta.file)).toEqual(["fine.md"]);
    expect(errors).toEqual([
      { file: "empty.md", reason: "is empty: there is no text to index" },
      { file: "list.md", reason: 'front matter field "title" (line 2) must be a single value, not a list' },
    ]);
  });

  it("reads .html and .htm pages as articles with their markup's metadata, and names a page that holds no article", async () => {
    const body =
      "<p>Azerbaijan's Defence Ministry said two civilians were wounded when shells hit a village near Tartar on Saturday night, and that its units had returned fire along the line of contact.</p>".repeat(
        2,
      );
    write(
      "tartar.html",
      `<html><head><title>Shelling near Tartar | Caucasus Daily</title><meta property="og:site_name" content="Caucasus Daily"></head><body><nav>Home World</nav><article>${body}</article></body></html>`,
    );
    write("old.HTM", `<html><head><title>Shelling near Tartar</title></head><body><article>${body}</article></body></html>`);
    write("menu.html", `<html><body><nav><a href="/">Home</a></nav></body></html>`);
    const loaded = await loadCorpus(corpus, LIMITS);
    expect(files(loaded)).toEqual(["old.HTM", "tartar.html"]);
    expect(loaded.sources[1]?.text).toMatch(/^---\ntitle: Shelling near Tartar\noutlet: Caucasus Daily\n---\n/);
    expect(reasonFor(loaded, "menu.html")).toBe("is not an article: the page holds no article text");
    const { knowledge } = extractCorpus(loaded.sources);
    expect(knowledge.articles.map((a) => [a.meta.title, a.meta.outlet])).toEqual([
      ["Shelling near Tartar", null],
      ["Shelling near Tartar", "Caucasus Daily"],
    ]);
  });
});
