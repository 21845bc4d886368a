import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ask } from "../../src/core/answers/ask.ts";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import type { CorpusKnowledge } from "../../src/core/types.ts";
import { extractCorpus } from "../../src/adapters/library/extractor.ts";
import { decodeIndex, encodeIndex, type IndexSnapshot } from "../../src/adapters/library/savedIndex.ts";
import { knowledgeSchema } from "../../src/adapters/library/savedIndexSchema.ts";
import { SAVED_INDEX_VERSION } from "../../src/adapters/library/seal.ts";
import { conflictCorpus } from "../answers/conflictFixture.ts";
import { ARTICLES } from "./articles.ts";

const snapshotOf = (knowledge: CorpusKnowledge): IndexSnapshot => ({
  index: buildAnswerIndex(knowledge),
  fingerprint: { "a.txt": { size: 10, mtimeMs: 1 } },
  errors: [{ file: "broken.txt", reason: "not a text file" }],
});

/** Knowledge that breaks every convention the codec exploits, to prove it falls back correctly. */
function unconventional(): CorpusKnowledge {
  const base = extractCorpus(Object.entries(ARTICLES).map(([file, text]) => ({ file, text }))).knowledge;
  const [first, ...rest] = base.articles;
  if (!first) throw new Error("fixture");
  const passage = first.passages[0]!;
  const sentence = passage.sentences[0]!;
  const odd = {
    ...first,
    meta: { ...first.meta, title: "Ракетный удар 🚀 near Şuşa", url: null, outlet: null },
    passages: [
      // An emoji before the spans: offsets must count UTF-16 units, not bytes or code points.
      {
        ...passage,
        text: `Emoji 🚀 and Ağdam: ${passage.text}`,
        sentences: [{ id: `${sentence.id}.odd`, text: "not a span of its passage", passageId: "elsewhere#p9" }, ...passage.sentences],
      },
      ...first.passages.slice(1),
    ],
    claims: first.claims.map((c, i) => (i === 0 ? { ...c, sentence: "a claim quoting other words" } : c)),
    casualties: first.casualties.map((f) => ({ ...f, killed: null, wounded: 2.5, qualifier: "nearly" })),
    places: { ...first.places, "no-such-sentence": ["Hadrut", "Hadrut"] },
  };
  return { articles: [odd, ...rest] };
}

const cases: [string, () => CorpusKnowledge][] = [
  ["the conflict fixture", conflictCorpus],
  ["extracted articles", () => extractCorpus(Object.entries(ARTICLES).map(([file, text]) => ({ file, text }))).knowledge],
  ["unconventional knowledge", unconventional],
  ["an empty corpus", () => ({ articles: [] })],
];

describe("the saved index file", () => {
  it.each(cases)("restores exactly what was saved: %s", (_name, make) => {
    const knowledge = make();
    const saved = snapshotOf(knowledge);
    const loaded = decodeIndex(encodeIndex("/corpus", saved));
    if (!loaded.ok) throw new Error(loaded.reason);
    const { index } = loaded.snapshot;
    expect(index.knowledge).toEqual(knowledge);
    expect(knowledgeSchema.safeParse(index.knowledge).success).toBe(true);
    expect(loaded.snapshot.fingerprint).toEqual(saved.fingerprint);
    expect(loaded.snapshot.errors).toEqual(saved.errors);

    // The search index is saved as built, not rebuilt: every part must come back the same.
    const built = saved.index.search;
    const search = index.search;
    expect(search.bm25.docCount).toBe(built.bm25.docCount);
    expect(search.bm25.averageLength).toBe(built.bm25.averageLength);
    expect([...search.bm25.docLengths]).toEqual([...built.bm25.docLengths]);
    expect(new Map([...search.bm25.postings].map(([t, p]) => [t, [[...p.docs], [...p.tfs]]]))).toEqual(
      new Map([...built.bm25.postings].map(([t, p]) => [t, [[...p.docs], [...p.tfs]]])),
    );
    expect(search.vocabulary.words).toEqual(built.vocabulary.words);
    expect([...search.vocabulary.frequency]).toEqual([...built.vocabulary.frequency]);
    // Found through the saved hash table first, then as the full set it stands for.
    for (const word of built.knownWords) expect(search.knownWords.has(word)).toBe(true);
    for (const word of ["", "hadrout", "soldiers killed"]) expect(search.knownWords.has(word)).toBe(built.knownWords.has(word));
    expect(new Set(search.knownWords)).toEqual(built.knownWords);
    expect(search.passagePlaces).toEqual(built.passagePlaces);
    expect(search.passageDates).toEqual(built.passageDates);
    expect(search.places).toEqual(built.places);
    expect(search.shortFields.fields).toEqual(built.shortFields.fields);
    expect(search.passages.map((r) => [r.doc, r.passage.id, r.article.meta.file])).toEqual(
      built.passages.map((r) => [r.doc, r.passage.id, r.article.meta.file]),
    );
    for (const question of ["soldiers killed near Hadrout", "Talish shelling", "Şuşa"]) expect(ask(index, question)).toEqual(ask(saved.index, question));
  });

  it("stores each sentence's text once", () => {
    const file = encodeIndex("/corpus", snapshotOf(conflictCorpus())).toString("latin1");
    expect(file.split("four of its soldiers died").length - 1).toBe(1);
  });
});

/** The seal line's end, the header's end, and a helper that re-seals edited content as a forger would. */
const firstLineEnd = (file: Buffer) => file.indexOf(10);
const headerEnd = (file: Buffer) => file.indexOf(10, firstLineEnd(file) + 1);
const reseal = (content: Buffer) => {
  const line = `counterclaim-index ${SAVED_INDEX_VERSION} sha256:${createHash("sha256").update(content).digest("hex")}\n`;
  return Buffer.concat([Buffer.from(line), content]);
};

describe("a damaged saved index", () => {
  const good = () => encodeIndex("/corpus", snapshotOf(conflictCorpus()));
  const withHeader = (file: Buffer, edit: (header: Record<string, unknown>) => void) => {
    const header = JSON.parse(file.toString("utf8", firstLineEnd(file) + 1, headerEnd(file))) as Record<string, unknown>;
    edit(header);
    return reseal(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), file.subarray(headerEnd(file) + 1)]));
  };

  const damages: [string, (file: Buffer) => Buffer, RegExp][] = [
    ["an empty file", () => Buffer.alloc(0), /truncated/],
    ["a cut-off seal", (f) => f.subarray(0, 40), /truncated/],
    ["a cut-off header", (f) => f.subarray(0, firstLineEnd(f) + 40), /truncated/],
    ["a cut-off body", (f) => f.subarray(0, f.length - 100), /truncated/],
    [
      "a flipped byte in the body",
      (f) => {
        const copy = Buffer.from(f);
        copy[copy.length - 50]! ^= 0xff;
        return copy;
      },
      /corrupt/,
    ],
    [
      "two side names swapped in the header",
      (f) => Buffer.from(f.toString("latin1").replace(/"azerbaijan","armenia"/, '"armenia","azerbaijan"'), "latin1"),
      /corrupt/,
    ],
    ["garbage instead of a header", (f) => reseal(Buffer.concat([Buffer.from("{nope\n"), f])), /unreadable/],
    ["an index saved before the seal", (f) => f.subarray(firstLineEnd(f) + 1), /older version/],
    ["an older version", (f) => Buffer.from(f.toString("latin1").replace(`index ${SAVED_INDEX_VERSION} `, "index 5 "), "latin1"), /invalid: version 5/],
    ["an older header version", (f) => withHeader(f, (h) => (h.version = 3)), /invalid: version/],
    ["an index built by other extraction code", (f) => withHeader(f, (h) => (h.pipeline = "0000000000000000")), /other extraction code/],
    ["a side the program does not know", (f) => withHeader(f, (h) => (h.enums as { sides: string[] }).sides.push("atlantis")), /invalid: enums\.sides/],
    ["a section past the end", (f) => withHeader(f, (h) => ((h.sections as { offset: number }[])[0]!.offset = 1e9)), /unreadable: section/],
  ];

  it.each(damages)("is refused with a reason, never a crash: %s", (_name, damage, reason) => {
    const result = decodeIndex(damage(good()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe("every single-byte change of a small saved index", () => {
  const knowledge = extractCorpus(Object.entries(ARTICLES).map(([file, text]) => ({ file, text }))).knowledge;
  const saved = snapshotOf(knowledge);
  const file = encodeIndex("/corpus", saved);
  const questions = ["soldiers killed near Hadrut", "Talish shelling", "who denied the claim"];
  const expected = JSON.stringify(questions.map((q) => ask(saved.index, q)));

  /** Changes byte `at` to each value `values` gives, decodes, restores; returns the changes that loaded with other answers. */
  function harmfulChanges(at: number, values: (byte: number) => number[]): string[] {
    const original = file[at] as number;
    const harmful: string[] = [];
    for (const value of values(original)) {
      if (value === original) continue;
      file[at] = value;
      const loaded = decodeIndex(file);
      if (loaded.ok && JSON.stringify(questions.map((q) => ask(loaded.snapshot.index, q))) !== expected) harmful.push(`byte ${at}: ${original} → ${value}`);
    }
    file[at] = original;
    return harmful;
  }

  it("is refused or leaves the answers as they were, for every header byte and eight values each", () => {
    const harmful: string[] = [];
    // Each bit flipped, a space, a digit, a quote and a letter: what a hand edit or a bad disk does.
    const values = (byte: number) => [...Array.from({ length: 8 }, (_, bit) => byte ^ (1 << bit)), 0x20, 0x30, 0x22, 0x61];
    for (let at = 0; at <= headerEnd(file); at++) harmful.push(...harmfulChanges(at, values));
    expect(harmful).toEqual([]);
    expect(decodeIndex(file).ok).toBe(true);
  });

  it("is refused or leaves the answers as they were, for every body byte", () => {
    const harmful: string[] = [];
    for (let at = headerEnd(file) + 1; at < file.length; at++) harmful.push(...harmfulChanges(at, (byte) => [byte ^ 0x01]));
    expect(harmful).toEqual([]);
  });
});
