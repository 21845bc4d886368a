// Where a briefing's or a press conference's last answer ends: at the outlet's own "Context" box, at a
// rule, at a stage note closing the exchange. What the page adds there is its own reporting, whose
// sentences keep the speakers they name. Pages written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const claimsOf = (file: string, ...lines: string[]) => extractArticle(parseArticle({ file, text: lines.join("\n") })).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, words: string) => claims.filter((c) => c.sentence.includes(words)).map((c) => c.side);

describe("the outlet's background box under a briefing", () => {
  const briefing = [
    "Transcript: the State Department on the border talks",
    "",
    "Briefing by State Department spokesman Matthew Miller, 4 March 2024 (excerpts).",
    "",
    "QUESTION: Are the two sides still talking about the border?",
    "",
    "MR MILLER: We continue to believe that a durable peace is within reach, and we have urged both governments to keep talking.",
    "",
    "QUESTION: Will the Secretary travel to the region?",
    "",
    "MR MILLER: I have no travel to announce today, but we remain closely engaged with both capitals.",
    "",
  ];

  it("is not the spokesman's answer after a heading", () => {
    const claims = claimsOf(
      "ctx.md",
      ...briefing,
      "## Background",
      "",
      "Azerbaijan's Foreign Ministry said on Monday that Armenian forces had fired on its positions near Kalbajar.",
      "",
      "Armenia's Defence Ministry denied the report and said its troops had not opened fire.",
    );
    expect(sideOf(claims, "durable peace")).toEqual(["united-states"]);
    expect(sideOf(claims, "fired on its positions")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "had not opened fire")).toEqual(["armenia"]);
  });

  it("is not the spokesman's answer after a stage note and a rule, with no heading", () => {
    const claims = claimsOf(
      "rule.txt",
      ...briefing,
      "[The briefing continued on other topics.]",
      "",
      "----------------------------------------",
      "",
      "Azerbaijan's Foreign Ministry said on Monday that Armenian forces had fired on its positions near Kalbajar.",
    );
    expect(sideOf(claims, "no travel to announce")).not.toContain("azerbaijan");
    expect(sideOf(claims, "fired on its positions")).toEqual(["azerbaijan"]);
  });

  it("leaves a question set as a heading over its answer asked", () => {
    const claims = claimsOf(
      "asked.md",
      "# Interview: the foreign minister on the talks",
      "",
      "Q: Minister, will the talks resume?",
      "",
      "MIRZOYAN: We are ready to resume them at any moment, and we have said so to our partners.",
      "",
      "Q: And the peace treaty?",
      "",
      "MIRZOYAN: The text is almost agreed, and we expect Baku to sign it this year.",
      "",
      "## Is the border quiet now?",
      "",
      "It is quieter, but Azerbaijani forces fired on Sotk again on Sunday night.",
    );
    expect(sideOf(claims, "fired on Sotk")).toEqual(["armenia"]);
  });
});

describe("a reporter's follow-up", () => {
  it("asks, under its own label, and claims nothing", () => {
    const claims = claimsOf(
      "followup.txt",
      "Weekly briefing by the spokeswoman of the Russian Foreign Ministry",
      "",
      "Question: Who is responsible for the closure of the road?",
      "",
      "Zakharova: The situation is a consequence of decisions taken in Prague, and the peacekeepers are not to blame for it.",
      "",
      "Follow-up: So Moscow says Yerevan is to blame for the closure of the road?",
      "",
      "Zakharova: I have already answered that question, and our position has not changed.",
    );
    expect(claims.filter((c) => c.sentence.includes("Follow-up"))).toEqual([]);
  });
});
