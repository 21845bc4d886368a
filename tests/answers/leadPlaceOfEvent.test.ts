// A question asking when, why or whether something happened at a named place: a sentence whose
// own places are all other ones tells another event, and gives way to one at the place asked.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a time asked of an event at a named place", () => {
  const index = indexOf([
    "returns.txt",
    [
      "A year of returns: how resettlement went district by district",
      "Lowland Press · 30 December 2026",
      "",
      "3 March — The first displaced families start moving back under the resettlement programme, to the villages of Talish and Sugovushan in the Tartar district.",
      "",
      "9 June — A hospital reopens in Aghdam after thirty years.",
      "",
      "14 November — Twenty families of former residents move back into new flats in Lachin town, the district governor says.",
    ],
  ]);

  it("leads with the day the families came to the town asked about", () => {
    const answer = ask(index, "When did displaced families start moving back to Lachin?");
    expect(answer.lead?.text).toContain("14 November");
  });
});

describe("a yes-or-no question about a named place", () => {
  const index = indexOf(
    [
      "shelter.txt",
      [
        "Shelters opened as shelling spreads",
        "Lowland Press · 5 April 2026",
        "",
        "The regional authorities said residents of Martuni and Askeran had been warned by loudspeakers to go down to the shelters before the shelling began.",
        "",
        "In Shusha, officials said, residents were warned to shelter in the cellars of the old school overnight.",
      ],
    ],
    ["weather.txt", ["Snow closes passes", "Lowland Press · 6 April 2026", "", "Heavy snow closed the mountain passes on Tuesday."]],
  );

  it("leads with the sentence about the place asked", () => {
    const answer = ask(index, "Did the authorities say residents of Shusha were warned to go to the shelters?");
    expect(answer.lead?.text).toContain("In Shusha");
  });
});
