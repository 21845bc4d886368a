// Lead classes of issue 8 about what counts: "how many mines" is not answered by "tens of thousands
// of mines" when another sentence gives the number, and a hyphenated word ("anti-tank") is one word
// between a number and what it counts; "Section 2" or "Article 7" labels a part of a text and counts
// no one.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { countOfAsked, countsWhatIsAsked, questionFit, tellsUnrecordedToll } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";
import { facts, filler } from "./sentenceFacts.ts";

describe("a rough count says that, not how many", () => {
  const question = "How many shells were stored in the old depot?";

  it("reads a count whose noun stands after hyphenated words as a count of it", () => {
    expect(countsWhatIsAsked(question, "The depot held 4,500 high-explosive and anti-armour shells.")).toBe(true);
    expect(countOfAsked(question, "The depot held 4,500 high-explosive and anti-armour shells.")).toBe("exact");
  });

  it("reads 'thousands of shells' as a rough count, and a sentence not counting shells as none", () => {
    expect(countOfAsked(question, "Investigators found tens of thousands of shells in the depot.")).toBe("vague");
    expect(countsWhatIsAsked(question, "Investigators found tens of thousands of shells in the depot.")).toBe(false);
    expect(countOfAsked(question, "Twelve guards watched the depot.")).toBeNull();
  });

  it("weighs the number above the rough count", () => {
    const asked = understandQuestion(question);
    const rough = facts("Investigators found tens of thousands of shells stored in the old depot near the river.");
    const exact = facts("The inventory listed 4,500 high-explosive and anti-armour shells.");
    expect(questionFit(asked, exact)).toBeGreaterThan(questionFit(asked, rough) * 1.5);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "depot.txt",
      published: "2018-05-04",
      paragraphs: [
        "Army engineers on Thursday emptied the old depot outside the town, where tens of thousands of shells had been stored since the war.",
        filler,
        "According to the inventory, 4,500 high-explosive and anti-armour shells were stored in the depot.",
      ],
    }),
  );

  it("leads 'how many shells were stored in the old depot' with the inventory's number", () => {
    const answer = ask(index, question);
    expect(answer.lead?.text).toContain("4,500");
  });
});

describe("a numbered part of a text counts no one", () => {
  const question = understandQuestion("How many civilians were killed in the region in the first week, according to the ombudsman?");

  it("does not take 'Section 2' or 'Article 7' for a toll", () => {
    expect(tellsUnrecordedToll(question, facts("Deaths among civilians are listed separately in Section 2 of this report."))).toBe(false);
    expect(tellsUnrecordedToll(question, facts("Under Article 7, the killing of civilians is a crime."))).toBe(false);
    expect(tellsUnrecordedToll(question, facts("At least 14 civilians were killed in the first week, the ombudsman said."))).toBe(true);
  });

  it("weighs the toll above a sentence whose only number labels a section", () => {
    const label = facts("Deaths among civilians in the region are listed separately in Section 2 of this report.");
    const toll = facts("At least 14 civilians were killed in the first week, the ombudsman said.");
    expect(questionFit(question, toll)).toBeGreaterThan(questionFit(question, label));
  });
});
