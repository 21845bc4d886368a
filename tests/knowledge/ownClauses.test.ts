// A sentence in which each of two speakers has a clause of its own: each side's claim quotes its own
// clause, so that no side's line carries the other side's words. An article of our own.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const article = `Border shooting near Tegh

YEREVAN, 3 June 2023 -- Armenia's Defence Ministry said two of its soldiers were wounded near Tegh; Azerbaijan's Defence Ministry said its positions had come under fire first.

Baku said 14 Armenian soldiers were killed, while the Karabakh Defence Army put Azerbaijani losses at 20.

Yerevan accused Baku of shelling a school near Sotk, a charge Baku denies.
`;

describe("two speakers with a clause each", () => {
  const { claims } = extractArticle(parseArticle({ file: "tegh.txt", text: article }));
  const quoted = (side: string, words: string) => claims.find((c) => c.side === side && c.sentence.includes(words))?.sentence;

  it("quotes each side's own clause after a semicolon", () => {
    expect(quoted("armenia", "two of its soldiers")).toBe("Armenia's Defence Ministry said two of its soldiers were wounded near Tegh");
    expect(quoted("azerbaijan", "come under fire")).toBe("Azerbaijan's Defence Ministry said its positions had come under fire first.");
  });

  it("quotes each side's own clause around 'while'", () => {
    expect(quoted("azerbaijan", "14 Armenian soldiers")).toBe("Baku said 14 Armenian soldiers were killed");
    expect(quoted("nagorno-karabakh", "losses at 20")).toBe("the Karabakh Defence Army put Azerbaijani losses at 20.");
  });

  it("keeps the whole sentence for a denial that cannot be read alone", () => {
    const denial = claims.filter((c) => c.sentence.includes("a charge Baku denies"));
    expect(denial.map((c) => c.side).sort()).toEqual(["armenia", "azerbaijan"]);
    expect(denial.every((c) => c.sentence.startsWith("Yerevan accused Baku"))).toBe(true);
  });
});
