// A detention asked about (issue 8): "why was the farmer arrested?" is answered by the charge
// ("accuses him of smuggling weapons"), which gives no cause in so many words; the outlet's account
// of the arrest, and the side's other words on it, tell what happened, not why.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { asksCharge, givesCharge } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("the charge answers why someone was arrested", () => {
  it.each([
    "Why was Levon Arakelyan arrested by Azerbaijan?",
    "why were the committee's members jailed in 1988",
    "What charges does the former minister face?",
  ])("reads %s as asking the charge", (q) => {
    expect(asksCharge(q)).toBe(true);
  });

  it.each(["Why were the trucks held up at the border?", "Why did Baku close the road?"])("does not read %s as asking a charge", (q) => {
    expect(asksCharge(q)).toBe(false);
  });

  it.each([
    "The prosecutors accused him of smuggling weapons.",
    "He had been charged in absentia in 2015.",
    "She was convicted of espionage.",
    "The border service said the farmer is wanted over a raid on a village in 1992.",
  ])("reads %s as naming a charge", (text) => {
    expect(givesCharge(text)).toBe(true);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "arrest.txt",
      published: "2023-08-01",
      paragraphs: [
        "Levon Arakelyan, a farmer from the village of Norashen, was arrested at the river checkpoint on Saturday while travelling with a group of patients to a hospital.",
        "An Azerbaijani official said the checkpoint exists to prevent criminals from escaping across the river.",
        "The State Security Service of Azerbaijan said Arakelyan had been wanted since 2015. It accuses him of smuggling weapons across the river.",
      ],
      claims: [
        { paragraph: 1, fragment: "exists to prevent", side: "azerbaijan", speaker: "An Azerbaijani official", kind: "statement" },
        { paragraph: 2, fragment: "had been wanted", side: "azerbaijan", speaker: "The State Security Service of Azerbaijan", kind: "statement" },
        { paragraph: 2, fragment: "accuses him of smuggling", side: "azerbaijan", speaker: "The State Security Service of Azerbaijan", kind: "accusation" },
      ],
    }),
  );

  it("leads 'why was Arakelyan arrested by Azerbaijan' with the charge", () => {
    expect(ask(index, "Why was Levon Arakelyan arrested by Azerbaijan?").lead?.text).toContain("accuses him of smuggling");
  });
});
