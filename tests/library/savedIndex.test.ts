import { describe, expect, it } from "vitest";
import { ask } from "../../src/core/answers/ask.ts";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import type { CorpusKnowledge } from "../../src/core/types.ts";
import { extractCorpus } from "../../src/adapters/library/extractor.ts";
import { decodeIndex, encodeIndex, type IndexSnapshot } from "../../src/adapters/library/savedIndex.ts";
import { knowledgeSchema } from "../../src/adapters/library/savedIndexSchema.ts";
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
    expect(search.knownWords).toEqual(built.knownWords);
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

describe("a damaged saved index", () => {
  const good = () => encodeIndex("/corpus", snapshotOf(conflictCorpus()));
  const headerEnd = (file: Buffer) => file.indexOf(10);
  const withHeader = (file: Buffer, edit: (header: Record<string, unknown>) => void) => {
    const header = JSON.parse(file.toString("utf8", 0, headerEnd(file))) as Record<string, unknown>;
    edit(header);
    return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), file.subarray(headerEnd(file) + 1)]);
  };

  const damages: [string, (file: Buffer) => Buffer, RegExp][] = [
    ["an empty file", () => Buffer.alloc(0), /truncated/],
    ["a cut-off header", (f) => f.subarray(0, 40), /truncated/],
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
    ["garbage instead of a header", (f) => Buffer.concat([Buffer.from("{nope\n"), f]), /unreadable/],
    ["an older version", (f) => withHeader(f, (h) => (h.version = 3)), /invalid: version/],
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
