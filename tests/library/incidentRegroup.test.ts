// Grouping again after a patch (incidentRegroup.ts) gives exactly the incidents a full grouping of
// the new corpus gives: for articles added at the end and at the front, changed, removed, and for
// patches in a row, on a corpus where one place has more reports than a report is compared with
// (the first 50 sharing a key), so that changes near the front move that window.
import { describe, expect, it } from "vitest";
import { regroup, type PreviousGrouping, type Regrouped } from "../../src/adapters/library/incidentRegroup.ts";
import { buildIncidents, type Incident } from "../../src/core/answers/incidents.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";
import type { ArticleKnowledge } from "../../src/core/types.ts";
import { report, wireReport as source } from "./wireReports.ts";

const extracted = new Map<string, ArticleKnowledge>();
/** Articles in file order, each extracted once for the whole file (extraction is pure). */
function corpus(sources: { file: string; text: string }[]): ArticleKnowledge[] {
  const missing = sources.filter((s) => !extracted.has(`${s.file}\n${s.text}`));
  const { knowledge } = extractCorpus(missing);
  missing.forEach((s, i) => {
    const article = knowledge.articles[i];
    if (article) extracted.set(`${s.file}\n${s.text}`, article);
  });
  return [...sources].sort((a, b) => (a.file < b.file ? -1 : 1)).map((s) => extracted.get(`${s.file}\n${s.text}`) as ArticleKnowledge);
}

const BASE = Array.from({ length: 150 }, (_, n) => source(n));

/** What the next regrouping reads of this one, as the incidents file keeps it. */
function keptGrouping(articles: ArticleKnowledge[], result: Regrouped): PreviousGrouping {
  return {
    files: articles.map((a) => a.meta.file),
    reportArticle: result.reportArticle,
    reportIncident: result.reportIncident,
    incidents: result.incidents.length,
    profile: (r) => result.profiles[r] as Regrouped["profiles"][number],
  };
}

const incidentsOf = (result: Regrouped, previous: Incident[]): Incident[] =>
  result.incidents.map((item) => ("kept" in item ? (previous[item.kept] as Incident) : item.made));

interface Grouped {
  articles: ArticleKnowledge[];
  result: Regrouped;
  incidents: Incident[];
}

function groupInFull(sources: { file: string; text: string }[]): Grouped {
  const articles = corpus(sources);
  const result = regroup(articles, new Set(), null);
  return { articles, result, incidents: incidentsOf(result, []) };
}

/** Regroups `sources` from `before`, where `fresh` are the files added or changed, and checks it against a full grouping. */
function regroupAndCompare(before: Grouped, sources: { file: string; text: string }[], fresh: string[]): Grouped {
  const articles = corpus(sources);
  const result = regroup(articles, new Set(fresh), keptGrouping(before.articles, before.result));
  const incidents = incidentsOf(result, before.incidents);
  expect(incidents).toEqual(buildIncidents({ articles }));
  return { articles, result, incidents };
}

describe("grouping incidents again after a patch", () => {
  const base = groupInFull(BASE);

  it("groups the written corpus as buildIncidents does, with one place past the 50 reports a report is compared with", () => {
    expect(base.incidents).toEqual(buildIncidents({ articles: base.articles }));
    const atTartar = base.result.profiles.filter((p) => p.places.has("Tartar")).length;
    expect(atTartar).toBeGreaterThan(50);
    expect(base.incidents.length).toBeGreaterThan(20);
  });

  it("adds an article at the end that joins an incident, and keeps the incidents it does not touch", () => {
    const added = { file: "z-new.txt", text: report(900, "Martuni", 24) };
    const after = regroupAndCompare(base, [...BASE, added], [added.file]);
    expect(after.result.made).toBeGreaterThan(0);
    expect(after.result.made).toBeLessThan(after.incidents.length / 4);
    expect(after.incidents.some((i) => i.files.includes(added.file) && i.files.length > 1)).toBe(true);
  });

  it("adds articles at the front, which move the first 50 reports at Tartar", () => {
    const added = Array.from({ length: 4 }, (_, k) => ({ file: `0-front-${k}.txt`, text: report(700 + k, "Tartar", 8 * k) }));
    regroupAndCompare(
      base,
      [...added, ...BASE],
      added.map((a) => a.file),
    );
  });

  it("changes an article in the middle to another day and place", () => {
    const changed = { file: BASE[40]?.file ?? "", text: report(40, "Fuzuli", 12, { place: "Tartar", offset: 29 }) };
    regroupAndCompare(base, [...BASE.slice(0, 40), changed, ...BASE.slice(41)], [changed.file]);
  });

  it("removes an article among the first reports at Tartar, and one that reported two strikes", () => {
    const removed = new Set([BASE[2]?.file, BASE[3]?.file, BASE[10]?.file]);
    const after = regroupAndCompare(
      base,
      BASE.filter((s) => !removed.has(s.file)),
      [],
    );
    expect(after.incidents.some((i) => i.files.some((f) => removed.has(f)))).toBe(false);
  });

  it("stays exact over patches in a row, each regrouped from the last", () => {
    let sources = BASE;
    let grouped = base;
    for (let step = 0; step < 4; step++) {
      const added = { file: `${step % 2 === 0 ? "0" : "z"}-step-${step}.txt`, text: report(800 + step, step % 2 === 0 ? "Tartar" : null, 4 * step + 1) };
      const kept = sources.filter((_, i) => i !== 5 + step);
      const changedAt = 20 + step * 9;
      const changed = { file: kept[changedAt]?.file ?? "", text: report(500 + step, "Martuni", 8 * step) };
      sources = [...kept.map((s, i) => (i === changedAt ? changed : s)), added];
      grouped = regroupAndCompare(grouped, sources, [added.file, changed.file]);
    }
  });

  it("refuses a previous grouping that lacks an unchanged article, rather than guess", () => {
    const stranger = { file: "m-unknown.txt", text: report(950, "Fuzuli", 16) };
    const articles = corpus([...BASE, stranger]);
    expect(() => regroup(articles, new Set(), keptGrouping(base.articles, base.result))).toThrow(/neither changed nor in the previous grouping/);
  });
});
