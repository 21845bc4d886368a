// Two classes of lead error on first contact with institutional documents (blind124): a yes-or-no
// question about things ("did shells … land in Iran") answered by a sentence that never names them,
// and a count of people who arrived or crossed read as a death toll. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { missesThingAsked, questionFit } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import type { CasualtyFigure } from "../../src/core/types.ts";

const facts = (text: string, figures: { killed: number | null; wounded: number | null }[] = []) => ({
  sentence: { id: "a.txt#p1.s0", passageId: "a.txt#p1", text },
  heading: false,
  claims: [],
  figures: figures.map(
    (f): CasualtyFigure => ({
      ...f,
      file: "a.txt",
      passageId: "a.txt#p1",
      sentenceId: "a.txt#p1.s0",
      sentence: text,
      claimedBy: "armenia",
      affected: "armenia",
      qualifier: null,
      date: null,
    }),
  ),
  places: [],
  published: "2023-10-02",
});

describe("the things a yes-or-no question asks about", () => {
  it("are a plural common noun after its auxiliary, never a name the gazetteer knows", () => {
    const question = "did rockets from the fighting hit villages in georgia?";
    expect(missesThingAsked(question, "The foreign ministry said no aggression on its soil would be tolerated.")).toBe(true);
    expect(missesThingAsked(question, "The governor said two rockets had hit a field near the village.")).toBe(false);
    expect(missesThingAsked("did armenians leave the city?", "Most residents left within days.")).toBe(false);
  });

  it("make a sentence that never names them answer less well", () => {
    const question = understandQuestion("did rockets from the fighting hit villages in georgia?");
    const vague = questionFit(question, facts("The foreign ministry said no aggression on its soil would be tolerated."));
    const named = questionFit(question, facts("The governor said two rockets had hit a field near the village."));
    expect(vague).toBeLessThan(named);
  });
});

describe("a count of people who arrived or crossed", () => {
  it("is no casualty question, and a toll answers it less well than the count of arrivals", () => {
    const question = understandQuestion("how many people from karabakh had arrived in armenia by october 1?");
    expect(question.notCasualties).toBe(true);
    const toll = questionFit(question, facts("The offensive left more than 200 people dead in Karabakh.", [{ killed: 200, wounded: null }]));
    const arrivals = questionFit(question, facts("The government said 90,000 people had entered Armenia from Karabakh."));
    expect(toll).toBeLessThan(arrivals);
  });
});
