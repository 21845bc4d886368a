import { describe, expect, it } from "vitest";
import { comparable, wordCount } from "../../src/core/ingest/text.ts";

/** comparable and wordCount as they were written with patterns, before they read characters. */
const byPattern = {
  comparable: (text: string) =>
    text
      .normalize("NFKC")
      .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
      .replace(/[\u201C\u201D\u201E\u2033«»]/g, '"')
      .replace(/[\u2013\u2014]/g, "-")
      .toLowerCase()
      .replace(/\s+/gu, " ")
      .trim()
      .replace(/[\s.,;:!?…"')\]-]+$/u, ""),
  wordCount: (text: string) => {
    const trimmed = text.trim();
    return trimmed === "" ? 0 : trimmed.split(/\s+/u).length;
  },
};

describe("comparing and counting words without patterns", () => {
  it("drops a paragraph's closing punctuation, quotes and spaces, and keeps what is inside", () => {
    expect(comparable("The talks “resumed” in Geneva…  ")).toBe('the talks "resumed" in geneva');
    expect(comparable("(Shelling went on.) -")).toBe("(shelling went on");
    expect(comparable("...")).toBe("");
  });
  it("counts the words between any runs of white space", () => {
    expect(wordCount("  Three\u00a0words\there ")).toBe(3);
    expect(wordCount(" \n ")).toBe(0);
    expect(wordCount("one")).toBe(1);
  });
  it("answers as the patterns did for every character of the BMP alone and between words, stops and spaces", () => {
    const around = [
      ["", ""],
      ["a ", " .)"],
      ["…\u00a0", " "],
    ] as const;
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const [before, after] of around) {
        const text = before + c + after;
        if (comparable(text) !== byPattern.comparable(text)) expect.fail(`comparable disagrees on ${JSON.stringify(text)}`);
        if (wordCount(text) !== byPattern.wordCount(text)) expect.fail(`wordCount disagrees on ${JSON.stringify(text)}`);
      }
    }
  }, 60_000);
});
