// The incremental re-index: only added and changed articles are extracted, removed ones are
// dropped, and the index saved is byte for byte the one a full build of the same corpus saves.
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.ts";
import { cacheDirFor } from "../../src/adapters/library/extractionCache.ts";
import { buildIncrementally, type StreamedBuild } from "../../src/adapters/library/incrementalBuild.ts";
import { createLibrary } from "../../src/adapters/library/library.ts";
import { buildSnapshot } from "../../src/adapters/library/buildSnapshot.ts";
import { extractCorpus } from "../../src/adapters/library/extractor.ts";
import { decodeIndex, encodeIndex, savedIndexPath, sealedFile } from "../../src/adapters/library/savedIndex.ts";
import { SAVED_INDEX_VERSION } from "../../src/adapters/library/seal.ts";
import { ARTICLES } from "./articles.ts";

let root: string;
let corpusDir: string;
let indexDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-incremental-"));
  corpusDir = join(root, "corpus");
  indexDir = join(root, "index");
  await mkdir(corpusDir, { recursive: true });
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(join(corpusDir, file), text);
  const { articles } = generateCorpus(300, []);
  for (const a of articles) await writeFile(join(corpusDir, a.file), a.text);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const savePath = () => savedIndexPath(indexDir, corpusDir);
const build = (path = savePath()) => buildIncrementally(corpusDir, path, () => undefined, { workers: 0 });

/** The sealed file without its save time: what two builds of the same corpus must share. */
function comparable(built: StreamedBuild): string {
  const file = sealedFile(built.encoded);
  const content = file.subarray(file.indexOf(10) + 1);
  const newline = content.indexOf(10);
  const header = JSON.parse(content.toString("utf8", 0, newline)) as { savedAt: string };
  header.savedAt = "";
  return createHash("sha256")
    .update(JSON.stringify(header))
    .update(content.subarray(newline + 1))
    .digest("hex");
}

async function committed(): Promise<StreamedBuild> {
  const built = await build();
  built.commit();
  return built;
}

describe("an incremental re-index", () => {
  it("extracts only the added and changed articles, drops the removed one, and saves what a full build saves", async () => {
    const first = await committed();
    const files = (await readdir(corpusDir)).sort();
    expect(first.extracted).toBe(files.length);

    const [changed, removed] = files.filter((f) => f.startsWith("wire-") || f.startsWith("gen")).slice(0, 2);
    expect(changed && removed).toBeTruthy();
    await writeFile(
      join(corpusDir, changed as string),
      `${await readFile(join(corpusDir, changed as string), "utf8")}\nThe ministry said two more soldiers were wounded.\n`,
    );
    await rm(join(corpusDir, removed as string));
    await writeFile(
      join(corpusDir, "added_lachin.txt"),
      "Shots near Lachin\n\nArmenia's defence ministry said one soldier was wounded near Lachin on Friday.\n",
    );
    const second = await committed();
    expect(second.extracted).toBe(2);
    expect(second.read).toBe(2);
    expect(second.articles).toBe(files.length);

    const full = await buildIncrementally(corpusDir, join(root, "fresh", "index.bin"), () => undefined, { workers: 0 });
    expect(full.extracted).toBe(files.length);
    expect(comparable(second)).toBe(comparable(full));
  });

  it("saves the same index as building the whole corpus on one thread in memory", async () => {
    const streamed = await build();
    const snapshot = await buildSnapshot(corpusDir, extractCorpus, () => undefined);
    const inMemory = encodeIndex(corpusDir, snapshot);
    const decodedStreamed = decodeIndex(sealedFile(streamed.encoded));
    const decodedInMemory = decodeIndex(inMemory);
    expect(decodedStreamed.ok && decodedInMemory.ok).toBe(true);
    if (!decodedStreamed.ok || !decodedInMemory.ok) return;
    expect(decodedStreamed.snapshot.index.knowledge).toEqual(decodedInMemory.snapshot.index.knowledge);
    const { passages: _a, shortFields: fieldsA, ...searchA } = decodedStreamed.snapshot.index.search;
    const { passages: _b, shortFields: fieldsB, ...searchB } = decodedInMemory.snapshot.index.search;
    expect(searchA).toEqual(searchB);
    expect(fieldsA.fields).toEqual(fieldsB.fields);
  });

  it("reads a touched file again but extracts nothing when its text is the same", async () => {
    await committed();
    const later = new Date(Date.now() + 60_000);
    await utimes(join(corpusDir, "wire_hadrut.txt"), later, later);
    const again = await committed();
    expect(again.read).toBe(1);
    expect(again.extracted).toBe(0);
  });

  it("extracts an article again when its cached extraction has been damaged", async () => {
    await committed();
    const [pipeline] = await readdir(cacheDirFor(savePath()));
    const folder = join(cacheDirFor(savePath()), pipeline as string);
    const entry = (await readdir(folder)).find((name) => name.endsWith(".v8"));
    await writeFile(join(folder, entry as string), "not an extraction");
    const fresh = await buildIncrementally(corpusDir, join(root, "fresh", "index.bin"), () => undefined, { workers: 0 });
    const repaired = await committed();
    expect(repaired.extracted).toBe(1);
    expect(comparable(repaired)).toBe(comparable(fresh));
  });
});

describe("a change of the extraction code", () => {
  it("answers from the index the old code built while everything is re-extracted, then swaps", async () => {
    const first = await createLibrary({ corpusDir, indexDir });
    const question = "soldiers killed near Hadrut";
    const expected = first.ask(question);
    first.close();
    // The saved index as an older build of src/core would have left it: another pipeline hash.
    const file = await readFile(savePath());
    const content = file.subarray(file.indexOf(10) + 1);
    const newline = content.indexOf(10);
    const header = JSON.parse(content.toString("utf8", 0, newline)) as { pipeline: string };
    header.pipeline = "0000000000000000";
    const edited = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), content.subarray(newline + 1)]);
    const seal = `counterclaim-index ${SAVED_INDEX_VERSION} sha256:${createHash("sha256").update(edited).digest("hex")}\n`;
    await writeFile(savePath(), Buffer.concat([Buffer.from(seal), edited]));

    const library = await createLibrary({ corpusDir, indexDir, serveStale: true });
    expect(library.origin).toBe("loaded");
    expect(library.startup.rebuildReason).toMatch(/other extraction code/);
    expect(library.startup.rejected).toBeNull();
    const rebuilding = library.rebuilding;
    expect(rebuilding).not.toBeNull();
    expect(library.ask(question)).toEqual(expected);
    const report = await rebuilding;
    expect(report?.ok).toBe(true);
    expect(library.origin).toBe("built");
    expect(library.ask(question)).toEqual(expected);
    library.close();

    const next = await createLibrary({ corpusDir, indexDir });
    expect(next.startup.rebuildReason).toBeNull();
    next.close();
  });
});
