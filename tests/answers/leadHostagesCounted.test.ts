// "How many hostages …" (issue 8): hostages are counted as people taken ("118 people had been taken
// prisoner"), so that count answers, not the toll of the dead told with more of the question's words.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { countsWhatIsAsked } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("hostages are counted as the people taken", () => {
  it("reads '40 people were taken prisoner' as a count of hostages, and '12 villagers were killed' as none", () => {
    expect(countsWhatIsAsked("How many hostages were taken?", "40 people were taken prisoner")).toBe(true);
    expect(countsWhatIsAsked("How many hostages were taken?", "12 villagers were killed")).toBe(false);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "village.txt",
      published: "1992-02-18",
      paragraphs: [
        "The government in Baku said on Tuesday that attackers had shot dead 21 villagers after overrunning the village of Dashlyk.",
        "A police spokesman said 64 people, among them children, had been taken prisoner and marched away.",
      ],
      places: ["Dashlyk"],
      claims: [
        { paragraph: 0, fragment: "shot dead 21 villagers", side: "azerbaijan", speaker: "The government in Baku", kind: "casualties" },
        { paragraph: 1, fragment: "64 people", side: "azerbaijan", speaker: "A police spokesman", kind: "casualties" },
      ],
      casualties: [{ paragraph: 0, fragment: "shot dead 21", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 21, wounded: null, qualifier: null }],
    }),
  );

  it("leads 'dashlyk 1992 how many hostages according to baku' with the count of people taken", () => {
    expect(ask(index, "dashlyk 1992 how many hostages according to baku").lead?.text).toContain("64 people");
  });
});
