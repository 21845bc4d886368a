// The scorer from ../shared judges the CLI against hand annotations: the seeds' gold, and
// two of the blind sets written and annotated by people who never saw the code. (`npm run score`
// scores all five sets; the suite gates on these three to stay well under a minute.)
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../cli/runCli.ts";

const scorer = join(projectRoot, "..", "shared", "eval", "score.mjs");

interface Report {
  claims: { precision: number; recall: number };
  casualties: { f1: number };
  metadata: { accuracy: number };
  boilerplate: { leaks: number };
  questions?: { hitAt3: number; mrr: number };
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

describe.skipIf(!existsSync(scorer)).concurrent("scores against hand annotations", () => {
  it.each([
    ["the seed articles", join(projectRoot, "..", "shared", "gold", "seeds.json"), "corpus", 1],
    ["the second blind articles", join(projectRoot, "tests", "fixtures", "blind2-gold.json"), "tests/fixtures/blind2", 0.9],
    ["the third blind articles", join(projectRoot, "tests", "fixtures", "blind3-gold.json"), "tests/fixtures/blind3", 0.9],
  ])("meets the targets on %s", async (_name, gold, corpus, minHitAt3) => {
    const { report, misses } = await score(gold, corpus);
    const why = misses.join("\n");
    expect(report.claims.precision, why).toBeGreaterThanOrEqual(0.95);
    expect(report.claims.recall, why).toBeGreaterThanOrEqual(0.9);
    expect(report.casualties.f1, why).toBeGreaterThanOrEqual(0.9);
    expect(report.metadata.accuracy, why).toBeGreaterThanOrEqual(0.93);
    expect(report.boilerplate.leaks, why).toBe(0);
    expect(report.questions?.hitAt3, why).toBeGreaterThanOrEqual(minHitAt3);
  }, 120_000);
});
