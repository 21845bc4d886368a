// A go-between asked for (issue 8): "whose proposal led to the release?" is answered by the
// sentence that names whose proposal it followed ("the releases followed a proposal made by the
// mediators"), and "who brokered the truce" by the one saying the fighting stopped after someone's
// talks, not by the account of the release or the truce itself.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { asksWhoMediated, givesCredit } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("the go-between named", () => {
  it.each(["Whose proposal led to the prisoner release?", "whose initiative was the exchange of bodies"])("reads %s as asking the go-between", (q) => {
    expect(asksWhoMediated({ text: q })).toBe(true);
  });

  it.each([
    "The releases followed a proposal made by the three co-chairmen.",
    "The exchange came after a proposal by the Swiss envoy.",
    "The fighting had stopped after the defence minister held telephone talks with his counterparts.",
  ])("reads %s as crediting a go-between", (text) => {
    expect(givesCredit(text)).toBe(true);
  });

  it.each(["The fighting stopped after midnight.", "The prisoners were released on Tuesday after a long wait."])(
    "does not read %s as crediting one",
    (text) => {
      expect(givesCredit(text)).toBe(false);
    },
  );

  const index = buildAnswerIndex(
    corpusFixture({
      file: "release.txt",
      published: "1997-04-20",
      paragraphs: [
        "Eight detainees held since the war were released by the authorities on Tuesday and returned home in a prisoner release watched by the Red Cross.",
        "The release followed a proposal made by the three envoys of the mediating group.",
      ],
      claims: [
        { paragraph: 0, fragment: "Eight detainees", side: "icrc", speaker: "the Red Cross", kind: "mediation" },
        { paragraph: 1, fragment: "followed a proposal", side: "icrc", speaker: "the Red Cross", kind: "mediation" },
      ],
    }),
  );

  it("leads 'whose proposal led to the prisoner release' with the proposal's authors", () => {
    expect(ask(index, "Whose proposal led to the prisoner release in April 1997?").lead?.text).toContain("followed a proposal made by");
  });
});
