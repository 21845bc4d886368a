// Words the articles do not use (issue 8): a question about "the missile strike" on a town whose
// articles only speak of a rocket (or the other way round) still finds them, instead of reading
// "missile" as a typo of another word ("missing") and finding nothing reliable.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("a missile asked about is found as a rocket", () => {
  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "strike.txt",
        published: "2020-10-11",
        paragraphs: [
          "A rocket hit a residential block in central Mingachevir overnight, the prosecutor's office said.",
          "Prosecutor Kamran Aliyev said the death toll had reached six, with 20 injured.",
        ],
        places: ["Mingachevir"],
        claims: [{ paragraph: 1, fragment: "death toll had reached six", side: "azerbaijan", speaker: "Prosecutor Kamran Aliyev", kind: "casualties" }],
        casualties: [
          { paragraph: 1, fragment: "death toll had reached six", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 6, wounded: 20, qualifier: null },
        ],
      },
      {
        file: "missing.txt",
        published: "2020-10-12",
        paragraphs: ["Relatives said three shepherds were still missing after the shelling near the border."],
      },
    ),
  );

  it("answers 'Mingachevir missile strike death toll given by the prosecutor' from the rocket strike", () => {
    const answer = ask(index, "Mingachevir missile strike death toll given by the prosecutor");
    expect(answer.lead?.text).toContain("death toll had reached six");
    expect(answer.note ?? "").not.toContain("missing");
  });
});
