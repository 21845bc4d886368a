// A spokesperson's briefing: greetings, floor-passing and agenda lines are no claims; what the
// spokesperson says about the conflict is the government's. A transcript written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const knowledge = extractArticle(
  parseArticle({
    file: "briefing.txt",
    text: [
      "Department Press Briefing",
      "Lowland Wire · 5 April 2016",
      "",
      "MR TONER: Hi, everybody.",
      "",
      "Couple of things at the top. The Secretary travels to Brussels tomorrow.",
      "",
      "With that, Matt.",
      "",
      "QUESTION: Can we go to Nagorno-Karabakh?",
      "",
      "MR TONER: Sure. We remain deeply concerned by the fighting along the line of contact.",
      "",
      "QUESTION: Thank you.",
    ].join("\n"),
  }),
);
const sidesOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);

describe("a briefing's courtesies", () => {
  it("reads greetings, agenda lines and passing the floor as no claims", () => {
    expect(sidesOf("Hi, everybody")).toEqual([]);
    expect(sidesOf("Couple of things at the top")).toEqual([]);
    expect(sidesOf("With that, Matt")).toEqual([]);
  });
  it("keeps the spokesperson's words on the conflict the government's", () => {
    expect(sidesOf("We remain deeply concerned")).toEqual(["united-states"]);
  });
});
