import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/core/rules/rule.ts";
import { COLOPHON_RULES } from "../../src/core/ingest/colophonCues.ts";
import { FURNITURE_RULES } from "../../src/core/ingest/furnitureCues.ts";
import { GENRE_RULES } from "../../src/core/ingest/genreCues.ts";
import { COPY_NOTE_RULES, MONITORING_RULES } from "../../src/core/ingest/monitoringCues.ts";
import { PAGE_HEAD_RULES } from "../../src/core/ingest/pageHeadCues.ts";
import { RECORD_FURNITURE_RULES } from "../../src/core/ingest/recordCues.ts";
import { KeyFinder, requiredTexts, searchable } from "../../src/core/ingest/requiredText.ts";

/** True when the text holds one of the keys, as the boilerplate rules' plan asks. */
function holdsKey(text: string, keys: readonly string[]): boolean {
  const lower = searchable(text);
  return keys.some((key) => lower.includes(key));
}

/** A pattern with the `v` flag, which this project's TypeScript target cannot write as a literal. */
const UNICODE_SETS = new RegExp(["f", "o", "o"].join(""), "v");

describe("the text a pattern requires", () => {
  it.each([
    [/\bfollow us\b/i, ["follow us"]],
    [/^[Ff]ollow\s+@?\w+/u, ["follow"]],
    [/\b(?:telegram|whatsapp)\b/i, ["telegram", "whatsapp"]],
    [/^[^|]{2,120}\|\s*\d+/, ["|"]],
    [/^(?:a|b)c/, ["ac", "bc"]],
    [/^©\s*\d{4}/, ["©"]],
    [/colou?r/i, ["colour", "color"]],
    [/(?=news)\w+ wire/i, [" wire"]],
  ])("%s requires one of %j", (pattern, keys) => {
    expect(requiredTexts(pattern)?.sort()).toEqual([...keys].sort());
  });

  it.each([/\d+/, /^.{3,40}$/, /news|\d/i, /(?:report)?\s*/, /[a-z]+/, /^читать/iu, /(\w)\1/, /[\p{Lu}]{3}/u, /x*/, UNICODE_SETS])(
    "knows nothing %s requires: it runs on every line",
    (pattern) => {
      expect(requiredTexts(pattern)).toBeNull();
    },
  );

  it("compares in lower case, the long s read as s and the Kelvin sign as k (the `iu` flags match them)", () => {
    const pattern = /\bsky\b/iu;
    for (const text of ["SKY", "Sky", "\u017Fky", "s\u212Ay"]) {
      expect(pattern.test(text), text).toBe(true);
      expect(holdsKey(text, requiredTexts(pattern) ?? []), text).toBe(true);
    }
  });
});

const TABLES: Record<string, Record<string, Rule>> = {
  furniture: FURNITURE_RULES,
  colophon: COLOPHON_RULES,
  records: RECORD_FURNITURE_RULES,
  "copy notes": COPY_NOTE_RULES,
  monitoring: MONITORING_RULES,
  genre: GENRE_RULES,
  "page head": PAGE_HEAD_RULES,
};

/** Lines of the seed corpus, each also in capitals (case must not hide a key). */
function seedLines(): string[] {
  const dir = fileURLToPath(new URL("../../corpus/", import.meta.url));
  const lines = readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n"))
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return [...lines, ...lines.map((l) => l.toUpperCase())];
}

describe("every rule table's patterns", () => {
  const lines = seedLines();
  const rules = Object.entries(TABLES).flatMap(([table, rules]) => Object.entries(rules).map(([name, rule]) => ({ table, name, rule })));

  it.each(rules)("$table rule '$name': every text it matches holds a key", ({ rule }) => {
    const keys = requiredTexts(rule.pattern);
    if (keys === null) return;
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, ""));
    const texts = [...rule.examples, ...rule.counterExamples, ...rule.examples.map((e) => e.toUpperCase()), ...lines];
    for (const text of texts) if (pattern.test(text)) expect(holdsKey(text, keys), text).toBe(true);
  });
});

describe("the key finder", () => {
  it("finds exactly the keys a text contains, overlapping and nested ones too", () => {
    const keys = ["he", "she", "his", "hers", "|", "follow us", "us", "©", "s"];
    const finder = new KeyFinder(keys);
    for (const text of ["ushers", "follow us on x | ©2020", "nothing", "", "hishe", "follow ufollow us"]) {
      const found = new Set<number>();
      finder.some(text, (key) => {
        found.add(key);
        return false;
      });
      expect(
        [...found].sort().map((k) => keys[k]),
        text,
      ).toEqual(
        keys
          .map((k, i) => [k, i] as const)
          .filter(([k]) => text.includes(k))
          .map(([, i]) => i)
          .sort()
          .map((k) => keys[k]),
      );
    }
  });

  it("stops at the first key the caller accepts", () => {
    const finder = new KeyFinder(["a", "b"]);
    const asked: number[] = [];
    expect(
      finder.some("xaxb", (key) => {
        asked.push(key);
        return key === 0;
      }),
    ).toBe(true);
    expect(asked).toEqual([0]);
  });
});
