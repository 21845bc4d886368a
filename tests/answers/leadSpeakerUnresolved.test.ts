// A lead that reports speech whose speaker the extraction could not resolve ("officials told the
// agency") is still someone's word, not the outlet's: the sentence before it in the paragraph may
// name the speaker's side ("the authorities reported …"). The question never does: a side comes
// from the text ("how many did Vesti say …", "… according to Karabakh officials" lend none). The
// outlet keeps a sentence that reports nobody's word.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("the speaker of a lead named only in the sentence before it", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "mines.txt",
      outlet: "Caucasus Wire",
      published: "2005-06-12",
      paragraphs: [
        "Separately, Azerbaijan's defence ministry reported that a farmer was badly hurt when his tractor struck a mine near Tartar on Saturday. Nine Azerbaijani civilians have been killed by land mines so far this year, officials told the agency.",
        "The fields along the front line have been mined since the early 1990s.",
      ],
      places: ["Tartar"],
      claims: [{ paragraph: 0, fragment: "farmer was badly hurt", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", date: "2005-06-11" }],
    }),
  );

  it("gives 'officials told the agency' the side of the ministry named just before", () => {
    const answer = ask(index, "how many landmine deaths did azerbaijan report in 2005");
    expect(answer.lead?.text).toContain("Nine Azerbaijani civilians have been killed by land mines");
    expect(answer.lead?.side).toBe("azerbaijan");
    // The line shows what the extraction found; only the lead reads the speaker from the sentence before.
    expect(answer.lines.find((l) => l.lead)?.side).toBe("outlet");
  });

  it("leaves a sentence that reports nobody's word to the outlet", () => {
    const answer = ask(index, "since when have the fields along the front line been mined");
    expect(answer.lead?.text).toContain("have been mined since the early 1990s");
    expect(answer.lead?.side).toBe("outlet");
  });
});

describe("the speaker whose side the question names", () => {
  const knowledge = corpusFixture({
    file: "riots.txt",
    published: "1988-03-04",
    paragraphs: [
      "Twenty-six people were killed in three days of rioting in the industrial town of Kirovsk, the official news agency Vesti said on Friday.",
      "Troops remained on the streets.",
    ],
    claims: [{ paragraph: 0, fragment: "Twenty-six people", side: "other", speaker: "the official news agency Vesti", date: "1988-03-04" }],
  });
  // The extraction could not place the agency: its claim's side is unclear.
  const unplaced = { articles: knowledge.articles.map((a) => ({ ...a, claims: a.claims.map((c) => ({ ...c, side: "unclear" as const })) })) };
  const index = buildAnswerIndex(unplaced);

  it("keeps a speaker the extraction left unclear unclear, whatever side the question reads his name as", () => {
    const answer = ask(index, "How many people did Moscow's Vesti say were killed in the Kirovsk riots?");
    expect(answer.lead?.text).toContain("Twenty-six people were killed");
    expect(answer.lead?.side).not.toBe("russia");
  });
});

describe("an unnamed speaker the text does not place", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "depot.txt",
      published: "2023-09-27",
      paragraphs: [
        "The fire at the fuel depot outside Stepanakert burned through the night.",
        "The local health authorities reported on Tuesday that 34 people had died in the blast at the fuel depot and that 200 were being treated for burns.",
      ],
      places: ["Stepanakert"],
    }),
  );

  it("does not give 'the local health authorities reported' the side the question asks about", () => {
    const answer = ask(index, "death toll of the fuel depot blast near Stepanakert according to Karabakh officials");
    expect(answer.lead?.text).toContain("34 people had died");
    expect(answer.lead?.side).not.toBe("nagorno-karabakh");
  });
});
