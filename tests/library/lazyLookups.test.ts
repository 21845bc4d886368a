// A saved index answers the same however much of it is decoded (issue 12, fast start): loaded
// lazily (postings, known words and spelling lists read from the file's lookups as questions
// need them, article meta and the fingerprint on first read), decoded in full before the first
// question, or saved before the file held those lookups (they are then built on first use).
import { describe, expect, it } from "vitest";
import * as answers from "../../src/core/answers/index.ts";
import { type AnswerIndex, buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import type { CorpusKnowledge } from "../../src/core/types.ts";
import { extractCorpus } from "../../src/adapters/library/extractor.ts";
import { type CorpusStamp, fingerprintOf, unchangedSince } from "../../src/adapters/library/fingerprint.ts";
import { decodeIndex, encodeIndex, headerLine, type IndexSnapshot } from "../../src/adapters/library/savedIndex.ts";
import { seal, unseal } from "../../src/adapters/library/seal.ts";
import { SavedPostings, SavedWordSet } from "../../src/adapters/library/searchLookups.ts";
import { termOf } from "../../src/core/search/analyze.ts";
import { conflictCorpus } from "../answers/conflictFixture.ts";
import { ARTICLES } from "./articles.ts";

// Typos (corrected through the spelling lists), places, words no article holds, a figure question.
const QUESTIONS = [
  "soldiers killed near Hadrout",
  "Talish shelling",
  "shellnig of Talsh",
  "who denied the claim",
  "how many soldiers were wounded in Martakert",
  "what did the Minsk Grup say",
  "ceasefire",
  "zzyzx quixotic",
  "Shusha",
];

const FILES = { "a.txt": { size: 10, mtimeMs: 1 }, "b/c.md": { size: 2048, mtimeMs: 1_600_000_000_000 } };

function savedFile(knowledge: CorpusKnowledge): Buffer {
  const snapshot: IndexSnapshot = { index: buildAnswerIndex(knowledge), fingerprint: FILES, errors: [] };
  return encodeIndex("/corpus", snapshot);
}

function load(file: Buffer): IndexSnapshot {
  const loaded = decodeIndex(file);
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.snapshot;
}

/** Reads every part the lazy load leaves for later, as an eager load would have made it up front. */
function decodeEverything(snapshot: IndexSnapshot): AnswerIndex {
  const { index } = snapshot;
  expect(Object.keys(snapshot.fingerprint)).toEqual(Object.keys(FILES));
  for (const article of index.knowledge.articles) {
    expect([article.meta.title, article.meta.outlet, article.meta.published, article.meta.url].length).toBe(4);
    expect(article.passages.length + article.claims.length + article.casualties.length + Object.keys(article.places).length).toBeGreaterThan(0);
  }
  const { search } = index;
  expect(search.bm25.postings.size).toBeGreaterThan(0);
  expect(search.knownWords.size).toBe(search.vocabulary.words.length);
  expect(search.shortFields.fields.length).toBeGreaterThan(0);
  return index;
}

/** The file as saved before it held the lookups: the same body, their sections left out of the header, sealed again. */
function withoutLookups(file: Buffer): Buffer {
  const unsealed = unseal(file);
  if (!unsealed.ok) throw new Error(unsealed.reason);
  const newline = unsealed.content.indexOf(10);
  const header = JSON.parse(unsealed.content.toString("utf8", 0, newline)) as { sections: { name: string }[] };
  header.sections = header.sections.filter((s) => !/^s\.(terms\.hash|words\.hash|bigrams\.)/.test(s.name));
  return seal(Buffer.concat([headerLine(header), unsealed.content.subarray(newline + 1)]));
}

function everyAnswer(index: AnswerIndex): unknown[] {
  return QUESTIONS.flatMap((q) => [
    answers.ask(index, q),
    answers.incident(index, q),
    answers.casualties(index, q),
    answers.mediators(index, q),
    answers.claims(index, undefined, q),
    answers.suggestIncidents(index, q.slice(0, 4)),
  ]);
}

const corpora: [string, () => CorpusKnowledge][] = [
  ["the conflict fixture", conflictCorpus],
  ["extracted articles", () => extractCorpus(Object.entries(ARTICLES).map(([file, text]) => ({ file, text }))).knowledge],
];

describe.each(corpora)("a saved index of %s", (_name, make) => {
  it("answers, loaded lazily, exactly as the same file decoded in full before the first question, and as the index built in memory", () => {
    const knowledge = make();
    const file = savedFile(knowledge);
    const lazy = load(file).index;
    const eager = decodeEverything(load(file));
    const lazyAnswers = everyAnswer(lazy);
    expect(lazyAnswers).toEqual(everyAnswer(eager));
    expect(lazyAnswers).toEqual(everyAnswer(buildAnswerIndex(knowledge)));
  });

  it("answers the same from a file saved without the lookups, which it builds on first use", () => {
    const file = savedFile(make());
    const old = load(withoutLookups(file)).index;
    expect(old.search.vocabulary.bigrams).toBeNull();
    expect(everyAnswer(old)).toEqual(everyAnswer(load(file).index));
  });

  it("reads the postings, the known words and the spelling lists from the file, making no full map or set to answer", () => {
    const index = load(savedFile(make())).index;
    const { postings } = index.search.bm25;
    expect(postings).toBeInstanceOf(SavedPostings);
    expect(index.search.vocabulary.bigrams?.lists.size).toBeGreaterThan(0);
    everyAnswer(index);
    expect(index.search.knownWords).toBeInstanceOf(SavedWordSet);
    // Neither was iterated: no full copy was made behind them.
    // (A place's name is indexed as its spelling group's term: "Hadrut", "Hadrout" and "Hadrud" are one.)
    const hadrut = termOf("hadrut") ?? "";
    expect(Map.prototype.get.call(postings, hadrut)).toBeUndefined();
    expect(Set.prototype.has.call(index.search.knownWords, "hadrut")).toBe(false);
    expect(postings.get(hadrut)?.docs.length).toBeGreaterThan(0);
    expect(index.search.knownWords.has("hadrut")).toBe(true);
    expect(postings.get("no such term")).toBeUndefined();
    expect(index.search.knownWords.has("no such word")).toBe(false);
  });
});

describe("telling an unchanged corpus from the saved fingerprint's columns", () => {
  const saved = () => {
    const snapshot = load(savedFile(conflictCorpus()));
    if (!snapshot.savedFingerprint) throw new Error("no saved fingerprint");
    return snapshot.savedFingerprint;
  };
  const stamp = (entries: [string, number, number][]): CorpusStamp => ({
    files: entries.map(([file]) => file),
    stamps: Float64Array.from(entries.flatMap(([, size, mtime]) => [size, mtime])),
  });
  const same: [string, number, number][] = [
    ["a.txt", 10, 1],
    ["b/c.md", 2048, 1_600_000_000_000],
  ];

  it("finds the folder unchanged when every file, size and mtime is as saved, in the saved order", () => {
    expect(unchangedSince(saved(), stamp(same))).toBe(true);
    expect(fingerprintOf(stamp(same))).toEqual(FILES);
  });

  it("skips a file that went missing between listing and stat, as the fingerprint does", () => {
    expect(unchangedSince(saved(), stamp([same[0]!, ["gone.txt", Number.NaN, Number.NaN], same[1]!]))).toBe(true);
  });

  it("finds it changed when a file is added, removed, renamed, resized or touched, or the order differs", () => {
    const changed: [string, number, number][][] = [
      [...same, ["d.txt", 1, 1]],
      [same[0]!],
      [same[0]!, ["b/c.txt", 2048, 1_600_000_000_000]],
      [same[0]!, ["b/c.md", 2049, 1_600_000_000_000]],
      [same[0]!, ["b/c.md", 2048, 1_600_000_000_001]],
      [same[1]!, same[0]!],
    ];
    for (const entries of changed) expect(unchangedSince(saved(), stamp(entries))).toBe(false);
  });
});
