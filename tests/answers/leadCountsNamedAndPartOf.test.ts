// Counts that answer "how many" and counts that only look as if they do: a count of people from
// another place than the one asked ("how many people from Armenia …" is not "850 missing persons" of
// a paragraph on Azerbaijan), and a part of a toll told just after the toll itself ("It said the
// bodies of 30 of them had been flown home") where the extraction kept no figure of the toll.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { countsWhatIsAsked } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("'how many people from Armenia' counts the people the sentence says come from there", () => {
  const question = "How many people from Armenia are still missing, according to the committee?";

  it("counts 'people from Armenia', not the Armenians of an earlier war nor the missing of a paragraph on Azerbaijan", () => {
    expect(countsWhatIsAsked(question, "Going by the requests of families, 260 people from Armenia are still unaccounted for.")).toBe(true);
    expect(countsWhatIsAsked(question, "Some 700 Armenians have been listed as missing since the first war, on top of these.")).toBe(false);
    expect(countsWhatIsAsked(question, "In Azerbaijan: our teams visited the relatives of 850 missing persons this spring.")).toBe(false);
  });

  it("reads the counted noun before the phrase that says where they come from", () => {
    const asked = "How many refugees from the mountains had reached the capital by the end of the month?";
    expect(countsWhatIsAsked(asked, "By Friday more than 40,000 refugees had crossed into the valley.")).toBe(true);
    expect(countsWhatIsAsked(asked, "Some 90 villages in the mountains were empty by then.")).toBe(false);
  });
});

describe("a part of a toll told after the toll does not take the toll's place", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "fighters.md",
      published: "2020-10-20",
      paragraphs: [
        "Three weeks into the war, the question of foreign fighters is still argued over in both capitals.",
        "A monitoring group based in London said on Monday that at least 57 foreign fighters had been killed in the fighting since September. It said the bodies of 30 of them had been flown home.",
        "Officials on both sides traded statements through the day while diplomats urged calm.",
      ],
      claims: [
        { paragraph: 1, fragment: "at least 57", side: "other", speaker: "A monitoring group based in London", kind: "casualties", date: "2020-10-19" },
        { paragraph: 1, fragment: "bodies of 30", side: "other", speaker: "A monitoring group based in London", kind: "statement", date: "2020-10-19" },
      ],
      // As the extraction may leave it: a figure for the second sentence only.
      casualties: [{ paragraph: 1, fragment: "bodies of 30", claimedBy: "other", affected: "other", killed: 30, wounded: null, qualifier: null }],
    }),
  );

  it("leads 'how many foreign mercenaries were killed in the war' with the toll, not the bodies flown home", () => {
    expect(ask(index, "how many foreign mercenaries were killed in the war").lead?.text).toContain("at least 57 foreign fighters");
  });
});

describe("a toll told after the sentence telling the incident still takes its share", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "motorway.md",
      published: "2020-10-30",
      paragraphs: [
        "On Friday 23 October, protesters blocking the N9 motorway near the Lanterne toll gate were set upon by a group of men, the prefecture said. Three people were injured, one of them badly.",
        "Officials on both sides traded statements through the day while diplomats urged calm.",
      ],
      places: ["Lanterne"],
      casualties: [
        { paragraph: 0, fragment: "Three people were injured", claimedBy: "unattributed", affected: "unspecified", killed: null, wounded: 3, qualifier: null },
      ],
    }),
  );

  it("leads 'how many were hurt in the motorway clash near Lanterne' with the toll: a 'toll gate' and a road's number count no losses", () => {
    expect(ask(index, "how many were hurt in the motorway clash near Lanterne").lead?.text).toContain("Three people were injured");
  });
});
