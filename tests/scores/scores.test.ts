// The scorer from ../shared judges the CLI against hand annotations: the seeds' gold, our held-out
// set and the blind sets written and annotated by people who never saw the code. `npm run score`
// prints every set, the question sets too; this gate runs the annotated article sets concurrently.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../cli/runCli.ts";

// The shared scorer and seed annotations when the checkout has them beside it, else the copies
// kept in tests/scores/shared: the gate never skips itself.
const shared = (path: string, copy: string) =>
  existsSync(join(projectRoot, "..", "shared", path)) ? join(projectRoot, "..", "shared", path) : join(projectRoot, "tests", "scores", "shared", copy);
const scorer = shared("eval/score.mjs", "score.mjs");
const seedsGold = shared("gold/seeds.json", "seeds.json");

interface Report {
  claims: { precision: number; recall: number };
  casualties: { f1: number };
  metadata: { accuracy: number };
  boilerplate: { leaks: number };
  questions?: { hitAt3: number; mrr: number; wrongSide?: number };
}

const run = promisify(execFile);

async function score(gold: string, corpus: string): Promise<{ report: Report; misses: string[] }> {
  const { stdout } = await run(process.execPath, [scorer, "--gold", gold, "--corpus", corpus, "--json"], {
    cwd: projectRoot,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { report: Report; misses: string[] };
}

/** What a set must reach: the targets for sets we have fixed, regression floors for the rest. */
interface Gate {
  precision: number;
  recall: number;
  casualties: number;
  metadata: number;
  hitAt3: number;
  wrongSide: number;
  leaks: number;
}

const TARGET: Gate = { precision: 0.95, recall: 0.9, casualties: 0.9, metadata: 0.93, hitAt3: 0.9, wrongSide: 0.02, leaks: 0 };

const fixture = (set: string) => [join(projectRoot, "tests", "fixtures", `${set}-gold.json`), `tests/fixtures/${set}`] as const;

// The sets written for issue 7 (blind4–blind14) are not yet at the targets: their floors are the
// scores reached so far, a little under, so that a change that loses ground on them fails here.
// To keep the suite near a minute it gates on the seeds and six sets of different genres; the
// other sets (heldout, blind, blind4, blind6, blind9, blind11, blind12) are scored by `npm run score` with the same figures.
const SETS: [string, string, string, Gate][] = [
  ["the seed articles", seedsGold, "corpus", { ...TARGET, casualties: 1, hitAt3: 1 }],
  ["the second blind articles", ...fixture("blind2"), TARGET],
  ["the third blind articles", ...fixture("blind3"), TARGET],
  [
    "the official documents (blind5)",
    ...fixture("blind5"),
    { precision: 0.95, recall: 0.95, casualties: 0.85, metadata: 0.9, hitAt3: 0.8, wrongSide: 0.02, leaks: 4 },
  ],
  [
    "the live blogs and web pages (blind7)",
    ...fixture("blind7"),
    { precision: 0.94, recall: 0.83, casualties: 0.78, metadata: 0.95, hitAt3: 0.8, wrongSide: 0.02, leaks: 0 },
  ],
  [
    "the UN, rights and 1988-94 reports (blind8)",
    ...fixture("blind8"),
    { precision: 0.91, recall: 0.74, casualties: 0.6, metadata: 0.78, hitAt3: 0.9, wrongSide: 0.03, leaks: 0 },
  ],
  [
    "the web pages (html): blind articles in the page furniture of wires, broadcasters, ministries, blogs and live blogs",
    ...fixture("html"),
    { precision: 0.92, recall: 0.87, casualties: 0.84, metadata: 0.95, hitAt3: 0.85, wrongSide: 0.02, leaks: 0 },
  ],
  [
    "the court, digest, debate, newsletter and forum pages (blind10)",
    ...fixture("blind10"),
    { precision: 0.95, recall: 0.7, casualties: 0.69, metadata: 0.92, hitAt3: 0.4, wrongSide: 0.02, leaks: 0 },
  ],
  [
    "the interviews, NGO release, chronology, blog and briefing (blind13)",
    ...fixture("blind13"),
    { precision: 0.93, recall: 0.84, casualties: 0.57, metadata: 0.85, hitAt3: 0.55, wrongSide: 0.04, leaks: 0 },
  ],
  [
    "everyday news from ten outlets, 1993–2023 (blind14)",
    ...fixture("blind14"),
    { precision: 0.93, recall: 0.85, casualties: 0.8, metadata: 0.95, hitAt3: 0.55, wrongSide: 0.02, leaks: 0 },
  ],
];

// The suite gates the seeds and four sets of different kinds (targets, web pages, the newest
// genres, HTML) to stay near a minute; `npm run score:gate` (SCORE_GATE=all) gates every set above.
const IN_SUITE = new Set(["corpus", "tests/fixtures/blind2", "tests/fixtures/blind7", "tests/fixtures/blind13", "tests/fixtures/html"]);
const GATED = process.env.SCORE_GATE === "all" ? SETS : SETS.filter(([, , corpus]) => IN_SUITE.has(corpus));

describe.concurrent("scores against hand annotations", () => {
  it.each(GATED)(
    "meets its gate on %s",
    async (_name, gold, corpus, gate) => {
      const { report, misses } = await score(gold, corpus);
      const why = misses.join("\n");
      expect(report.claims.precision, why).toBeGreaterThanOrEqual(gate.precision);
      expect(report.claims.recall, why).toBeGreaterThanOrEqual(gate.recall);
      expect(report.casualties.f1, why).toBeGreaterThanOrEqual(gate.casualties);
      expect(report.metadata.accuracy, why).toBeGreaterThanOrEqual(gate.metadata);
      expect(report.boilerplate.leaks, why).toBeLessThanOrEqual(gate.leaks);
      expect(report.questions?.hitAt3, why).toBeGreaterThanOrEqual(gate.hitAt3);
      expect(report.questions?.wrongSide ?? 0, why).toBeLessThanOrEqual(gate.wrongSide);
    },
    180_000,
  );
});

/**
 * Each page of the html set is a blind article put into a web page's furniture; `textVersion`
 * names the article's text file. Their text versions, scored with the same annotations, are the
 * yardstick: reading a page must lose no claim, casualty figure or metadata that the text gives.
 */
function textTwin(): { gold: string; corpus: string } {
  const html = JSON.parse(readFileSync(fixture("html")[0], "utf8")) as {
    articles: Record<string, { textVersion: string }>;
    questions: { expect: { file: string }[] }[];
  };
  const dir = mkdtempSync(join(tmpdir(), "counterclaim-html-twin-"));
  const corpus = join(dir, "corpus");
  mkdirSync(corpus);
  const rename = new Map<string, string>();
  const articles: Record<string, unknown> = {};
  for (const [page, article] of Object.entries(html.articles)) {
    const file = basename(article.textVersion);
    rename.set(page, file);
    articles[file] = article;
    copyFileSync(join(projectRoot, "tests", "fixtures", article.textVersion), join(corpus, file));
  }
  const questions = html.questions.map((q) => ({ ...q, expect: q.expect.map((e) => ({ ...e, file: rename.get(e.file) ?? e.file })) }));
  const gold = join(dir, "gold.json");
  writeFileSync(gold, JSON.stringify({ articles, questions }));
  return { gold, corpus };
}

describe("web pages against their text versions", () => {
  it("scores the html pages as well as the same articles as text files", async () => {
    const twin = textTwin();
    const [pages, texts] = await Promise.all([score(...fixture("html")), score(twin.gold, twin.corpus)]);
    const why = `pages:\n${pages.misses.join("\n")}\n\ntexts:\n${texts.misses.join("\n")}`;
    expect(pages.report.claims.precision, why).toBeGreaterThanOrEqual(texts.report.claims.precision);
    expect(pages.report.claims.recall, why).toBeGreaterThanOrEqual(texts.report.claims.recall);
    expect(pages.report.casualties.f1, why).toBeGreaterThanOrEqual(texts.report.casualties.f1);
    expect(pages.report.metadata.accuracy, why).toBeGreaterThanOrEqual(texts.report.metadata.accuracy);
    expect(pages.report.boilerplate.leaks, why).toBe(0);
  }, 180_000);
});
