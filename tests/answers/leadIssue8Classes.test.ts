// Classes of lead error found on the annotated sets blind–blind12, html and the question sets
// (issue 8), each on a small corpus written for it: a side named as the speaker is answered by its
// own word, not by the other side's accusation that holds the question's words; "what did X call"
// is answered by the quotation after the sentence introducing X; a toll raised later the same day
// is the answer, unless the first figure is asked for; "who denied" asks for the denial;
// "fatalities" asks for a figure; a capital in a question speaks for its country.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a side named as the speaker is answered by its own word", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "martuni.txt",
      published: "2020-10-06",
      paragraphs: [
        "Azerbaijan said on Tuesday that Armenian forces had shelled the village of Martuni overnight, killing a shepherd.",
        filler,
        'Yerevan\'s defence ministry answered within the hour. "Our units did not open fire on any settlement," spokeswoman Anna Grigoryan wrote.',
        "Talks between the foreign ministers are expected next week.",
      ],
      places: ["Martuni"],
      claims: [
        { paragraph: 0, fragment: "Azerbaijan said", side: "azerbaijan", speaker: "Azerbaijan", kind: "accusation", date: "2020-10-06" },
        { paragraph: 2, fragment: "Our units", side: "armenia", speaker: "Anna Grigoryan", kind: "denial", date: "2020-10-06" },
      ],
    }),
  );

  it("leads 'what did Armenia say about the Martuni shelling' with Armenia's reply, not Azerbaijan's accusation", () => {
    const answer = ask(index, "what did armenia say about the martuni shelling?");
    expect(answer.lead?.text).toContain("Our units did not open fire");
    expect(answer.lead?.side).toBe("armenia");
  });

  it("still leads with the accusation when nobody's word is asked for", () => {
    expect(ask(index, "was martuni shelled overnight?").lead?.text).toContain("had shelled the village of Martuni");
  });
});

describe("'what did X call' is answered by X's quoted words after the sentence introducing X", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "barda.txt",
      published: "2020-10-28",
      paragraphs: [
        'Farid Mammadov, spokesman for Azerbaijan\'s foreign ministry, told reporters that the rocket attack on Barda was a deliberate strike on civilians. "This is a massacre of peaceful people," he said.',
        filler,
      ],
      places: ["Barda"],
      claims: [
        { paragraph: 0, fragment: "told reporters", side: "azerbaijan", speaker: "Farid Mammadov", kind: "accusation" },
        { paragraph: 0, fragment: "massacre", side: "azerbaijan", speaker: "Farid Mammadov", kind: "accusation" },
      ],
    }),
  );

  it("leads with the quotation", () => {
    expect(ask(index, "What did Farid Mammadov call the attack on Barda?").lead?.text).toContain("This is a massacre of peaceful people");
  });

  it("leads with the introduction when the question asks about a thing, not for the words", () => {
    expect(ask(index, "Was the attack on Barda a deliberate strike on civilians?").lead?.text).toContain("told reporters");
  });
});

describe("a toll raised later the same day is the answer to 'how many'", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "tartar.txt",
      published: "2020-10-20",
      paragraphs: [
        "Prosecutors in Baku said 6 people were killed when a rocket hit a market in Tartar early on Tuesday.",
        filler,
        "By evening the prosecutor's office had raised the toll from the market strike to 9.",
      ],
      places: ["Tartar"],
      claims: [
        { paragraph: 0, fragment: "Prosecutors in Baku", side: "azerbaijan", speaker: "Prosecutors in Baku", kind: "casualties", date: "2020-10-20" },
        { paragraph: 2, fragment: "raised the toll", side: "azerbaijan", speaker: "the prosecutor's office", kind: "casualties", date: "2020-10-20" },
      ],
      casualties: [
        { paragraph: 0, fragment: "6 people", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 6, wounded: null, qualifier: null, date: "2020-10-20" },
        { paragraph: 2, fragment: "to 9", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 9, wounded: null, qualifier: null, date: "2020-10-20" },
      ],
    }),
  );

  it("leads with the raised toll", () => {
    expect(ask(index, "How many people died when a rocket hit a market in Tartar?").lead?.text).toContain("raised the toll");
  });

  it("leads with the first figure when the initial toll is asked for", () => {
    expect(ask(index, "What was the initial toll when a rocket hit a market in Tartar?").lead?.text).toContain("6 people were killed");
  });
});

describe("question reading", () => {
  it("reads 'who denied that …' as asking for the denial", () => {
    expect(understandQuestion("Who denied that snipers shot the conscript?").asked).toBe("denial");
    expect(understandQuestion("Who shot the conscript?").asked).toBe("who");
  });

  it("reads a question about fatalities as asking for a figure", () => {
    expect(understandQuestion("armenian military fatalities as of 8 nov 2020?").asked).toBe("figure");
  });
});

describe("a belligerent's capital in a question speaks for its country", () => {
  const knowledge = corpusFixture({
    file: "analysis.txt",
    published: "2010-03-01",
    paragraphs: [
      "By about 2013, when its gas revenue is expected to peak, Azerbaijan may be tempted to try a military solution, the analysts wrote.",
      "The report also looked at the arms trade in the wider region and at the economies of its neighbours.",
      "Armenia has raised its own spending more slowly, and Georgia has cut its army since the last election.",
    ],
  });
  const index = buildSearchIndex(knowledge);

  it("finds the passage about Azerbaijan for a question about Baku", () => {
    const result = searchPassages(index, "when might Baku be tempted to try a military solution?");
    expect(result.hits[0]?.record.passage.text).toContain("Azerbaijan may be tempted");
    expect(result.query.terms.some((t) => t.term === "=azerbaijan")).toBe(true);
  });
});
