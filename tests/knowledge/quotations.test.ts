// A quotation of several sentences is split into them, and each is its speaker's: the speaker who
// opens it or the one named after it. Sentences of our own.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function read(...paragraphs: string[]) {
  const knowledge = extractArticle(parseArticle({ file: "quotes.txt", text: ["Border talks", "", ...paragraphs].join("\n\n") }));
  const sidesOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
  return { sidesOf, knowledge };
}

describe("a quotation of several sentences", () => {
  it("gives every sentence of it to the speaker named after it", () => {
    const { sidesOf, knowledge } = read('"We are ready to talk. We will answer any attack," Pashinyan told reporters. The talks were postponed.');
    expect(sidesOf("We are ready to talk")).toEqual(["armenia"]);
    expect(sidesOf("We will answer any attack")).toEqual(["armenia"]);
    expect(knowledge.claims.some((c) => c.sentence.includes("We are ready") && c.sentence.includes("We will answer"))).toBe(false);
  });
  it("gives every sentence of it to the speaker who opens it", () => {
    const { sidesOf } = read('Azerbaijan\'s defence ministry said: "Our units hold the heights. The enemy retreated."');
    expect(sidesOf("The enemy retreated")).toEqual(["azerbaijan"]);
  });
  it("reads a side named inside the quotation as quoted, not as its speaker", () => {
    const { sidesOf } = read('"Baku says it won the battle. That is a lie," Pashinyan said.');
    expect(sidesOf("Baku says it won")).toEqual(["armenia"]);
  });
  it("counts a figure in one sentence of the quotation apart from one in the next", () => {
    const { knowledge } = read('"There are at least 43 wounded troops. We had four killed troops this morning," the governor of Gegharkunik said.');
    expect(knowledge.casualties.map((c) => [c.killed, c.wounded])).toEqual([
      [null, 43],
      [4, null],
    ]);
  });
});
