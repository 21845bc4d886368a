// "How many soldiers did Karabakh lose on the first day of the 2020 war?": the first toll may be
// relayed by the same camp's other voice (Yerevan's defence ministry giving the Karabakh army's
// count), and it must count what is asked: an earlier count of civilians killed, or of the
// wounded, is not the soldiers' first toll.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Foreign capitals called on both sides to stop the fighting at once.";
const nobody = { qualifier: null } as const;

describe("a first toll relayed by the same camp, of what is asked", () => {
  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "day-one.txt",
        published: "2020-09-27",
        paragraphs: [
          "In the evening, a spokeswoman for Armenia's defence ministry said 16 Karabakh servicemen had been killed that day.",
          "Earlier, the Karabakh ombudsman said two civilians had been killed in the shelling of Martuni.",
          filler,
        ],
        claims: [
          { paragraph: 0, fragment: "16 Karabakh servicemen", side: "armenia", speaker: "Armenia's defence ministry", kind: "casualties", date: "2020-09-27" },
          { paragraph: 1, fragment: "two civilians", side: "nagorno-karabakh", speaker: "the Karabakh ombudsman", kind: "casualties", date: "2020-09-27" },
        ],
        casualties: [
          {
            paragraph: 0,
            fragment: "16 Karabakh servicemen",
            claimedBy: "armenia",
            affected: "nagorno-karabakh",
            killed: 16,
            wounded: null,
            date: "2020-09-27",
            ...nobody,
          },
          {
            paragraph: 1,
            fragment: "two civilians",
            claimedBy: "nagorno-karabakh",
            affected: "nagorno-karabakh",
            killed: 2,
            wounded: null,
            date: "2020-09-27",
            ...nobody,
          },
        ],
      },
      {
        file: "day-two.txt",
        published: "2020-09-28",
        paragraphs: ["The Karabakh army said 84 of its soldiers had been killed in the 2020 war since Sunday.", filler],
        claims: [
          { paragraph: 0, fragment: "84 of its soldiers", side: "nagorno-karabakh", speaker: "The Karabakh army", kind: "casualties", date: "2020-09-28" },
        ],
        casualties: [
          {
            paragraph: 0,
            fragment: "84 of its soldiers",
            claimedBy: "nagorno-karabakh",
            affected: "nagorno-karabakh",
            killed: 84,
            wounded: null,
            date: "2020-09-28",
            ...nobody,
          },
        ],
      },
    ),
  );

  it("leads with the soldiers' first toll, not the civilians' nor the later total", () => {
    const answer = ask(index, "How many soldiers did Karabakh lose on the first day of the 2020 war?");
    expect(answer.lead?.text).toContain("16 Karabakh servicemen");
  });
});
