// A saved index is served lazily (issue 12): its articles decoded when read, the answer lookups
// found from the ids, the incidents read from the file the re-index worker saves beside the
// index. Whatever is asked, it answers exactly as an index built in memory with every lookup
// made up front, the way answerIndexFrom built them before.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as answers from "../../src/core/answers/index.ts";
import { type AnswerIndex, answerIndexFrom, buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { buildIncidents, type Incident } from "../../src/core/answers/incidents.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import type { ArticleKnowledge, CasualtyFigure, Claim, CorpusKnowledge } from "../../src/core/types.ts";
import { incidentsPath } from "../../src/adapters/library/incidentsFile.ts";
import { groupAndSaveIncidents } from "../../src/adapters/library/saveIncidents.ts";
import { buildIncrementally } from "../../src/adapters/library/incrementalBuild.ts";
import { loadIndex, writeEncodedIndex } from "../../src/adapters/library/savedIndex.ts";

// Two days of fighting told by several outlets (so incidents span articles), a mediator's call,
// tolls from both sides, headlines, a place named only in a headline, and an interview.
const CORPUS: Record<string, string> = {
  "a_ganja_strike.txt": `Missile strike on Ganja
Published: 11 Oct 2020 08:00 GMT
GANJA (Reuters) - Azerbaijan's prosecutor general's office said on Sunday that nine civilians were killed and 34 wounded when a missile hit a residential building in Ganja overnight.

Armenia's defence ministry denied firing at Ganja and said the accusation was a provocation.

The OSCE Minsk Group co-chairs urged the sides to respect the humanitarian ceasefire agreed in Moscow.
`,
  "b_ganja_followup.md": `---
title: Rescuers search rubble in Ganja
outlet: Caucasus Daily
published: 2020-10-11
---

Rescuers in Ganja searched the rubble of a building destroyed overnight, and Azerbaijan's health ministry said at least ten people were killed.

Armenian officials repeated that their forces had not targeted civilians in Ganja.
`,
  "c_stepanakert.txt": `Shelling of Stepanakert
Published: 12 Oct 2020 10:30 GMT
STEPANAKERT (AP) - Karabakh's emergency service said on Monday that two civilians were killed and eleven wounded by Azerbaijani shelling of Stepanakert.

Azerbaijan's defence ministry said its forces only targeted military positions.

Russia's foreign ministry called on both sides to stop the shelling of towns.
`,
  "d_hadrut_losses.txt": `Fighting near Hadrut
Published: 12 Oct 2020 16:00 GMT
BAKU (AFP) - Armenia's defence ministry said on Monday that 16 of its soldiers were killed in fighting near Hadrut.

Azerbaijan's defence ministry said it had destroyed three tanks near Hadrut and that its forces had taken several villages.
`,
  "e_interview.md": `---
title: Interview with the foreign minister
outlet: Evening Review
published: 2020-10-13
genre: interview
---

Q: Who broke the humanitarian ceasefire in Ganja?

A: Armenia's forces broke the ceasefire within hours, the minister said, and they struck Ganja again.

Q: Will you return to talks under the Minsk Group?

A: We are ready to talk if the occupation ends.
`,
};

const QUESTIONS = [
  "how many civilians were killed in Ganja",
  "who denied firing at Ganja",
  "shelling of Stepanakert",
  "soldiers killed near Hadrut",
  "what did the Minsk Group say",
  "who broke the ceasefire",
  "tanks destroyed near Hadrut",
  "Ganja",
  "Stepanakert",
];

let root: string;
let savePath: string;
let eager: AnswerIndex;

/** The answer index as answerIndexFrom built it before it became lazy: every lookup a full map, made up front. */
function eagerIndex(knowledge: CorpusKnowledge): AnswerIndex {
  const search = buildSearchIndex(knowledge);
  const allClaims = knowledge.articles.flatMap((a) => a.claims);
  const allFigures = knowledge.articles.flatMap((a) => a.casualties);
  const group = <T>(items: T[], key: (item: T) => string) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
    return map;
  };
  const incidents = buildIncidents(knowledge);
  const incidentOfSentence = new Map<string, Incident>();
  for (const incident of incidents) for (const item of [...incident.claims, ...incident.figures]) incidentOfSentence.set(item.sentenceId, incident);
  const incidentsOfPassage = new Map<string, Incident[]>();
  const incidentsAtPlace = new Map<string, Incident[]>();
  for (const incident of incidents) {
    for (const id of incident.passageIds) incidentsOfPassage.set(id, [...(incidentsOfPassage.get(id) ?? []), incident]);
    for (const place of incident.places) incidentsAtPlace.set(place, [...(incidentsAtPlace.get(place) ?? []), incident]);
  }
  return {
    knowledge,
    search,
    passageById: new Map(search.passages.map((r) => [r.passage.id, r])),
    articleByFile: new Map(knowledge.articles.map((a) => [a.meta.file, a])),
    allClaims,
    allFigures,
    claimsBySentence: group<Claim>(allClaims, (c) => c.sentenceId),
    claimsByPassage: group<Claim>(allClaims, (c) => c.passageId),
    figuresBySentence: group<CasualtyFigure>(allFigures, (f) => f.sentenceId),
    figuresByPassage: group<CasualtyFigure>(allFigures, (f) => f.passageId),
    incidents,
    incidentOfSentence,
    incidentsOfPassage,
    incidentsAtPlace,
  };
}

/** Saves the index as the re-index worker does: build, write, then group and write the incidents beside it. */
async function saveIndex(corpusDir: string): Promise<void> {
  const built = await buildIncrementally(corpusDir, savePath, () => undefined, { workers: 0 });
  const { sha256 } = await writeEncodedIndex(savePath, built.encoded);
  built.commit(sha256);
  await groupAndSaveIncidents(savePath);
}

async function loaded(): Promise<AnswerIndex> {
  const result = await loadIndex(savePath);
  if (!result.ok) throw new Error(result.reason);
  return result.snapshot.index;
}

/** Whether the article's passages, claims, figures and places are all still undecoded. */
const undecoded = (article: ArticleKnowledge) =>
  (["passages", "claims", "casualties", "places"] as const).every((part) => Object.getOwnPropertyDescriptor(article, part)?.get !== undefined);

function expectSameAnswers(index: AnswerIndex, reference: AnswerIndex): void {
  for (const q of QUESTIONS) {
    expect(answers.ask(index, q)).toEqual(answers.ask(reference, q));
    expect(answers.incident(index, q)).toEqual(answers.incident(reference, q));
    expect(answers.casualties(index, q)).toEqual(answers.casualties(reference, q));
    expect(answers.mediators(index, q)).toEqual(answers.mediators(reference, q));
    expect(answers.claims(index, undefined, q)).toEqual(answers.claims(reference, undefined, q));
  }
  expect(answers.claims(index)).toEqual(answers.claims(reference));
  expect(answers.claims(index, "armenia")).toEqual(answers.claims(reference, "armenia"));
  expect(answers.casualties(index)).toEqual(answers.casualties(reference));
  expect(answers.mediators(index)).toEqual(answers.mediators(reference));
  expect(answers.sources(index)).toEqual(answers.sources(reference));
  expect(answers.suggestIncidents(index, "")).toEqual(answers.suggestIncidents(reference, ""));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-lazy-"));
  const corpusDir = join(root, "corpus");
  savePath = join(root, "index", "index.bin");
  await mkdir(corpusDir, { recursive: true });
  for (const [file, text] of Object.entries(CORPUS)) await writeFile(join(corpusDir, file), text);
  await saveIndex(corpusDir);
  const sources = Object.entries(CORPUS)
    .map(([file, text]) => ({ file, text }))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
  eager = eagerIndex(extractCorpus(sources).knowledge);
}, 60_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("a lazily loaded saved index", () => {
  it("holds the same knowledge as the corpus extracted in memory, with incidents to group", async () => {
    const index = await loaded();
    expect(index.knowledge).toEqual(eager.knowledge);
    expect(eager.incidents.length).toBeGreaterThan(1);
    expect(eager.incidents.some((i) => i.files.length > 1)).toBe(true);
  });

  it("decodes no article at load, and only the articles an answer reads", async () => {
    const index = await loaded();
    expect(index.knowledge.articles.every(undecoded)).toBe(true);
    answers.ask(index, "shelling of Stepanakert");
    const decoded = index.knowledge.articles.filter((a) => !undecoded(a));
    expect(decoded.length).toBeGreaterThan(0);
    expect(decoded.length).toBeLessThan(index.knowledge.articles.length);
  });

  it("saves every section on a multiple of 8 bytes of the file, so loading views the columns in place instead of copying them", async () => {
    const file = await readFile(savePath);
    const sealEnd = file.indexOf(10);
    const bodyStart = file.indexOf(10, sealEnd + 1) + 1;
    expect(bodyStart % 8).toBe(0);
    const header = JSON.parse(file.toString("utf8", sealEnd + 1, bodyStart)) as { sections: { offset: number }[] };
    expect(header.sections.length).toBeGreaterThan(10);
    expect(header.sections.every((section) => section.offset % 8 === 0)).toBe(true);
    const index = await loaded();
    expect(index.search.bm25.docLengths.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it("answers ask, incident, casualties, claims and mediators exactly as an index built in memory with every lookup made up front", async () => {
    expectSameAnswers(await loaded(), eager);
  });

  it("answers the same in any order of questions (each lookup built on first use gives what the full map gives)", async () => {
    const index = await loaded();
    expect(answers.mediators(index)).toEqual(answers.mediators(eager));
    expectSameAnswers(index, eager);
  });

  it("reads its incidents from the saved file, and they equal the incidents grouped from the corpus", async () => {
    const file = await readFile(incidentsPath(savePath));
    expect(file.byteLength).toBeGreaterThan(0);
    const index = await loaded();
    // Read from the file, an incident decodes only its own articles; grouping would read every article.
    const stepanakert = eager.incidents.find((i) => i.places.includes("Stepanakert"));
    const sentenceId = stepanakert?.claims[0]?.sentenceId ?? "";
    expect(index.incidentOfSentence.get(sentenceId)?.id).toBe(stepanakert?.id);
    expect(index.knowledge.articles.filter(undecoded).length).toBeGreaterThan(0);
    for (const incident of eager.incidents) {
      for (const item of [...incident.claims, ...incident.figures])
        expect(index.incidentOfSentence.get(item.sentenceId)).toEqual(eager.incidentOfSentence.get(item.sentenceId));
      for (const id of incident.passageIds) expect(index.incidentsOfPassage.get(id)).toEqual(eager.incidentsOfPassage.get(id));
    }
    expect(index.incidents).toEqual(eager.incidents);
    expect(index.incidentsAtPlace.get("Ganja")).toEqual(eager.incidentsAtPlace.get("Ganja"));
    expect(index.incidentOfSentence.get("no such sentence")).toBeUndefined();
  });

  it("groups the incidents itself, with the same answers, when the incidents file is missing, damaged or another index's", async () => {
    const path = incidentsPath(savePath);
    const good = await readFile(path);
    try {
      await rm(path);
      expectSameAnswers(await loaded(), eager);
      const damaged = Buffer.from(good);
      damaged[damaged.length - 5] = (damaged[damaged.length - 5] ?? 0) ^ 1;
      await writeFile(path, damaged);
      expectSameAnswers(await loaded(), eager);
    } finally {
      await writeFile(path, good);
    }
  });

  it("looks up claims, figures and passages like full maps, and iterates like them", async () => {
    const index = await loaded();
    for (const claim of eager.allClaims) {
      expect(index.claimsBySentence.get(claim.sentenceId)).toEqual(eager.claimsBySentence.get(claim.sentenceId));
      expect(index.claimsByPassage.get(claim.passageId)).toEqual(eager.claimsByPassage.get(claim.passageId));
      expect(index.passageById.get(claim.passageId)?.passage).toEqual(eager.passageById.get(claim.passageId)?.passage);
    }
    for (const figure of eager.allFigures) expect(index.figuresBySentence.get(figure.sentenceId)).toEqual(eager.figuresBySentence.get(figure.sentenceId));
    expect(index.claimsBySentence.get("a_ganja_strike.txt#p99.s0")).toBeUndefined();
    expect(index.passageById.get("a_ganja_strike.txt#p99")).toBeUndefined();
    expect(index.passageById.has("nothing")).toBe(false);
    expect(index.claimsBySentence.size).toBe(eager.claimsBySentence.size);
    expect([...index.figuresByPassage]).toEqual([...eager.figuresByPassage]);
    expect(index.allClaims).toEqual(eager.allClaims);
  });
});

describe("the lazy lookups of an index whose ids do not follow ingest's pattern", () => {
  it("fall back to full maps and find what full maps find", () => {
    const knowledge = extractCorpus([{ file: "odd.txt", text: CORPUS["a_ganja_strike.txt"] ?? "" }]).knowledge;
    // Renumber every id so none follows `${file}#p${n}` / `${passageId}.s${k}`.
    const renamed = (id: string) => `x-${id.replaceAll("#p", "~").replaceAll(".s", "~")}`;
    for (const article of knowledge.articles) {
      for (const passage of article.passages) {
        passage.id = renamed(passage.id);
        for (const sentence of passage.sentences) {
          sentence.id = renamed(sentence.id);
          sentence.passageId = renamed(sentence.passageId);
        }
      }
      for (const item of [...article.claims, ...article.casualties]) {
        item.passageId = renamed(item.passageId);
        item.sentenceId = renamed(item.sentenceId);
      }
    }
    const lazy = buildAnswerIndex(knowledge);
    const full = eagerIndex(knowledge);
    expect(lazy.allClaims.length).toBeGreaterThan(0);
    for (const claim of full.allClaims) {
      expect(lazy.claimsBySentence.get(claim.sentenceId)).toEqual(full.claimsBySentence.get(claim.sentenceId));
      expect(lazy.passageById.get(claim.passageId)?.passage).toEqual(full.passageById.get(claim.passageId)?.passage);
      expect(lazy.passageById.get(claim.passageId)?.passage.id).toBe(claim.passageId);
    }
    for (const q of QUESTIONS.slice(0, 3)) expect(answers.ask(lazy, q)).toEqual(answers.ask(full, q));
    expect(answerIndexFrom(knowledge, lazy.search).figuresByPassage.size).toBe(full.figuresByPassage.size);
  });
});
