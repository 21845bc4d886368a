// The five seed articles against the hand-made gold: metadata and boilerplate.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

interface GoldArticle {
  title: string | null;
  outlet: string | null;
  published: string | null;
  boilerplate?: string[];
}

const CORPUS = new URL("../../corpus/", import.meta.url);
const GOLD = "/work/shared/gold/seeds.json";
const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { articles: Record<string, GoldArticle> };

/** The scorer's comparison: case, quotes, dashes and white space folded. */
const norm = (s: string | null): string =>
  (s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

describe("seed articles", () => {
  const files = readdirSync(CORPUS)
    .filter((f) => f in gold.articles)
    .sort();

  it("finds all five seed files", () => {
    expect(files).toHaveLength(5);
  });

  it.each(files)("%s: title, outlet and published match the gold, and no boilerplate is indexed", (file) => {
    const want = gold.articles[file]!;
    const { meta, passages } = parseArticle({ file, text: readFileSync(new URL(file, CORPUS), "utf8") });
    expect(norm(meta.title)).toBe(norm(want.title));
    expect(meta.published).toBe(want.published);
    if (want.outlet === null) expect(meta.outlet).toBeNull();
    else expect(norm(want.outlet).includes(norm(meta.outlet)) || norm(meta.outlet).includes(norm(want.outlet))).toBe(true);
    for (const boilerplate of want.boilerplate ?? []) {
      for (const passage of passages) expect(norm(passage.text)).not.toContain(norm(boilerplate));
    }
    for (const passage of passages) expect(passage.sentences.length).toBeGreaterThan(0);
  });
});
