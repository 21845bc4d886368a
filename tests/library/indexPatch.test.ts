// A re-index that patches the saved index (indexPatch.ts) instead of rebuilding it: the index
// it saves decodes to what a full build of the same corpus decodes to, and answers the same,
// for an article added, one changed, one removed, and all three at once.
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.ts";
import * as answers from "../../src/core/answers/index.ts";
import type { AnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { cacheDirFor } from "../../src/adapters/library/extractionCache.ts";
import { buildIncrementally, type StreamedBuild } from "../../src/adapters/library/incrementalBuild.ts";
import { createLibrary } from "../../src/adapters/library/library.ts";
import { readPatchState } from "../../src/adapters/library/patchState.ts";
import { decodeIndex, sealedFile, writeEncodedIndex } from "../../src/adapters/library/savedIndex.ts";
import { ARTICLES } from "./articles.ts";

let root: string;
let corpusDir: string;
let savePath: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-patch-"));
  corpusDir = join(root, "corpus");
  savePath = join(root, "index", "index.bin");
  await mkdir(corpusDir, { recursive: true });
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(join(corpusDir, file), text);
  for (const a of generateCorpus(600, []).articles) await writeFile(join(corpusDir, a.file), a.text);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A re-index as the re-index worker runs it: build, save, commit with the saved file's checksum. */
async function reindex(): Promise<StreamedBuild> {
  const built = await buildIncrementally(corpusDir, savePath, () => undefined, { workers: 0 });
  const { sha256 } = await writeEncodedIndex(savePath, built.encoded);
  built.commit(sha256);
  return built;
}

function decoded(built: StreamedBuild): AnswerIndex {
  const result = decodeIndex(sealedFile(built.encoded));
  if (!result.ok) throw new Error(result.reason);
  return result.snapshot.index;
}

/** Everything a decoded index holds, in a form toEqual compares (postings by term, not by saved order). */
function contents(index: AnswerIndex) {
  const { passages: _records, shortFields, bm25, ...search } = index.search;
  const postings = [...bm25.postings].sort(([a], [b]) => (a < b ? -1 : 1)).map(([term, p]) => [term, [...p.docs], [...p.tfs]]);
  return {
    knowledge: index.knowledge,
    bm25: { docCount: bm25.docCount, averageLength: bm25.averageLength, docLengths: [...bm25.docLengths], postings },
    search: { ...search, vocabulary: { words: search.vocabulary.words, frequency: [...search.vocabulary.frequency] } },
    // The spelling index as saved (built by the core's code, or extended by a patch): every bigram's words, in order.
    bigrams: spellingIndex(index),
    shortFields: shortFields.fields,
  };
}

function spellingIndex(index: AnswerIndex) {
  const bigrams = index.search.vocabulary.bigrams;
  return bigrams ? { lists: [...bigrams.lists].map(([gram, ids]) => [gram, [...ids]]), lengths: [...bigrams.lengths] } : null;
}

const QUESTIONS = [
  "soldiers killed near Hadrut",
  "who shelled Talish",
  "ceasefire violations in Martuni",
  "what did the Minsk Group say",
  "casualties at Shusha",
];

async function expectSameAsFull(patched: StreamedBuild): Promise<void> {
  expect(patched.patched).toBe(true);
  const full = await buildIncrementally(corpusDir, join(root, "full", "index.bin"), () => undefined, { workers: 0 });
  expect(full.patched).toBe(false);
  const a = decoded(patched);
  const b = decoded(full);
  expect(contents(a)).toEqual(contents(b));
  for (const q of QUESTIONS) {
    expect(answers.ask(a, q)).toEqual(answers.ask(b, q));
    expect(answers.incident(a, q)).toEqual(answers.incident(b, q));
    expect(answers.casualties(a, q)).toEqual(answers.casualties(b, q));
  }
}

const ADDED = "Shots near Lachin\n\nArmenia's defence ministry said one soldier was wounded near Lachin on Friday, and accused Baku of new shelling.\n";

describe("a patched re-index", () => {
  it("decodes to a full build's index when an article is added in the middle of the corpus", async () => {
    await reindex();
    await writeFile(join(corpusDir, "m_added_lachin.txt"), ADDED);
    const patched = await reindex();
    expect(patched.extracted).toBe(1);
    await expectSameAsFull(patched);
  });

  it("decodes to a full build's index when an article with words the corpus never had is added at its end", async () => {
    // The vocabulary keeps the saved words first: the saved spelling index is extended, not built again.
    await reindex();
    await writeFile(join(corpusDir, "zz_added_qarabulaq.txt"), `${ADDED}\nShelling near Qarabulaqzhyk and Vyzhnevarka left the Zvartnotsian road closed.\n`);
    const patched = await reindex();
    expect(patched.extracted).toBe(1);
    await expectSameAsFull(patched);
    expect(spellingIndex(decoded(patched))?.lists.some(([gram]) => gram === "zv")).toBe(true);
  });

  it("decodes to a full build's index when the added article's strings need more than one byte a character", async () => {
    // Curly quotes and an Armenian name: strings the table keeps apart from the one-byte ones, appended after the saved ones.
    await writeFile(
      join(corpusDir, "wire_ararat.txt"),
      "Fire near Ararat\n\n\u201cWe lost no one,\u201d said Armenia's defence ministry spokesman Aram Torosyan (\u0531\u0580\u0561\u0574) on Friday.\n",
    );
    await reindex();
    await writeFile(
      join(corpusDir, "m_added_lachin.txt"),
      ADDED.replace("Baku", "\u201cBaku\u201d").replace("Lachin on", "Lachin (\u053c\u0561\u0579\u056b\u0576) on"),
    );
    const patched = await reindex();
    expect(patched.extracted).toBe(1);
    await expectSameAsFull(patched);
  });

  it("decodes to a full build's index when an article is changed", async () => {
    await reindex();
    await appendFile(join(corpusDir, "wire_hadrut.txt"), "\nThe ministry of defence said two more soldiers were wounded near Fuzuli on Sunday.\n");
    await expectSameAsFull(await reindex());
  });

  it("decodes to a full build's index when an article in the middle of the corpus is removed", async () => {
    await reindex();
    const files = (await readdir(corpusDir)).sort();
    await rm(join(corpusDir, files[Math.floor(files.length / 2)] as string));
    await expectSameAsFull(await reindex());
  });

  it("decodes to a full build's index after several patches in a row, each adding, changing and removing", async () => {
    await reindex();
    const files = (await readdir(corpusDir)).sort();
    await writeFile(join(corpusDir, "a_first.txt"), ADDED);
    await rm(join(corpusDir, files[3] as string));
    await reindex();
    await appendFile(join(corpusDir, files[5] as string), "\nRussia's foreign ministry said the talks would resume in Moscow.\n");
    await writeFile(join(corpusDir, "zz_last.txt"), ADDED.replace("Lachin", "Hadrut"));
    await rm(join(corpusDir, "a_first.txt"));
    await expectSameAsFull(await reindex());
  });

  it("builds in full once the changes since the last full build pass a fifth of the corpus", async () => {
    await reindex();
    const files = (await readdir(corpusDir)).sort();
    for (const file of files.slice(0, Math.ceil(files.length / 4))) await rm(join(corpusDir, file));
    const rebuilt = await reindex();
    expect(rebuilt.patched).toBe(false);
    const [pipeline] = await readdir(cacheDirFor(savePath));
    expect(readPatchState(join(cacheDirFor(savePath), pipeline as string))?.patched).toBe(0);
  });

  it("checks the saved index's checksum when the file changed since it was written, and builds in full when it is damaged", async () => {
    await reindex();
    // One byte of the body flipped after the save (the file's time changes with it); the seal line is left as it was.
    const file = await readFile(savePath);
    const at = file.byteLength - 100;
    file[at] = (file[at] as number) ^ 0xff;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await writeFile(savePath, file);
    await writeFile(join(corpusDir, "m_added_lachin.txt"), ADDED);
    const built = await buildIncrementally(corpusDir, savePath, () => undefined, { workers: 0 });
    expect(built.patched).toBe(false);
  });

  it("builds in full when the saved index is not the one the patch state describes", async () => {
    await reindex();
    const other = await buildIncrementally(corpusDir, savePath, () => undefined, { workers: 0 });
    // Saved by someone else without updating the state: its checksum differs (the save time does).
    await new Promise((resolve) => setTimeout(resolve, 5));
    await writeEncodedIndex(savePath, other.encoded);
    await writeFile(join(corpusDir, "m_added_lachin.txt"), ADDED);
    const built = await buildIncrementally(corpusDir, savePath, () => undefined, { workers: 0 });
    expect(built.patched).toBe(false);
  });
});

describe("a library serving the index it patched", () => {
  it("answers after the patch exactly as a fresh load of the patched index does", async () => {
    const indexDir = join(root, "served");
    const library = await createLibrary({ corpusDir, indexDir });
    await library.reindex(); // the first build leaves the patch state; this one reuses the served index
    await writeFile(join(corpusDir, "m_added_lachin.txt"), ADDED);
    await rm(join(corpusDir, "wire_hadrut.txt"));
    const report = await library.reindex();
    expect(report.ok).toBe(true);
    expect(report.changed.added).toEqual(["m_added_lachin.txt"]);
    const loaded = await createLibrary({ corpusDir, indexDir });
    expect(loaded.origin).toBe("loaded");
    for (const q of [...QUESTIONS, "wounded near Lachin"]) {
      expect(library.ask(q)).toEqual(loaded.ask(q));
      expect(library.casualties(q)).toEqual(loaded.casualties(q));
    }
    expect(library.sources()).toEqual(loaded.sources());
    library.close();
    loaded.close();
    // Three builds in worker threads and two loads: on a shared two-core machine this takes 14–21 s.
  }, 60_000);
});
