// "Did Yerevan deny any wrongdoing when it released the pilot?": Yerevan's denial of another matter in
// another article ("denied that the convoy carried weapons") shares only "deny" with the question; the
// article the search finds first tells the release. Yerevan's word there, its denial nearest the
// paragraph telling the release, answers.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a denial of the matter asked, from the article that tells it", () => {
  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "pilot-release.md",
        published: "2015-06-10",
        paragraphs: [
          "Three days after the captured pilot was released and flown home to Yerevan, the row over the release of the pilot has reached several capitals.",
          filler,
          "Armenian officials say nothing wrong was done. The foreign ministry said the handover of the pilot followed the law.",
          filler,
          "A deputy speaker of parliament dismissed the criticism from abroad as hypocrisy.",
        ],
        claims: [
          { paragraph: 2, fragment: "nothing wrong was done", side: "armenia", speaker: "Armenian officials", date: "2015-06-09" },
          { paragraph: 2, fragment: "followed the law", side: "armenia", speaker: "The foreign ministry", date: "2015-06-09" },
          { paragraph: 4, fragment: "dismissed the criticism", side: "armenia", speaker: "A deputy speaker of parliament", kind: "denial", date: "2015-06-09" },
        ],
      },
      {
        file: "convoy.md",
        published: "2015-03-02",
        paragraphs: ["Yerevan has consistently denied that the convoy stopped at the border carried weapons.", filler],
        claims: [{ paragraph: 0, fragment: "consistently denied", side: "armenia", speaker: "Yerevan", kind: "denial", date: "2015-03-01" }],
      },
    ),
  );

  it("leads 'did Yerevan deny any wrongdoing when it released the pilot' with its word on the release", () => {
    expect(ask(index, "Did Yerevan deny any wrongdoing when it released the pilot?").lead?.text).toContain("nothing wrong was done");
  });
});
