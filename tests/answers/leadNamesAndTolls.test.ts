// Lead classes met on unseen sets, each on a small article of our own: the names a "which …"
// question asks for, a toll a few paragraphs after the incident whose speaker
// could not be resolved, and a war's toll over many towns that does not answer one strike's.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("'which soldiers died': the sentence that names them", () => {
  const index = indexOf([
    "sotk.txt",
    [
      "Two soldiers killed in clash near Sotk",
      "Lowland Press · 14 June 2021",
      "",
      "Two Armenian soldiers were killed on Monday in an exchange of fire near Sotk, Armenia's defence ministry said.",
      "",
      "The ministry said Azerbaijani units had opened fire first from positions across the lake.",
      "",
      "It later named the dead as Junior Sergeant Aram Melkonyan and Private Tigran Avagyan.",
    ],
  ]);

  it("leads with the names, not with the count", () => {
    expect(ask(index, "Which soldiers died in the clash near Sotk?").lead?.text).toContain("named the dead as");
  });
});

describe("a toll that stands paragraphs after the incident, its speaker unresolved", () => {
  const index = indexOf([
    "crackdown.txt",
    [
      "Troops enter the city",
      "Lowland Press · 21 January 1990",
      "",
      "Army units entered the city of Baku overnight, breaking through barricades on the approach roads.",
      "",
      "The commandant's office said the troops had met resistance from armed groups.",
      "",
      "A spokesman said there were dead and wounded on both sides and that the figures were being checked.",
      "",
      "By the evening the ministry reported that at least 37 civilians had been killed in the city.",
    ],
  ]);

  it("leads with the count of the dead, not the account of the troops' entry", () => {
    expect(ask(index, "How many people were killed when the troops entered Baku?").lead?.text).toContain("at least 37 civilians");
  });
});

describe("a war's toll over many towns", () => {
  const index = indexOf(
    [
      "strike.txt",
      [
        "Rocket strike on Barda",
        "Lowland Press · 29 October 2020",
        "",
        "Rockets hit the centre of Barda on Wednesday afternoon as shoppers crowded the market.",
        "",
        "The prosecutor's office of Azerbaijan said 21 civilians had been killed and 70 wounded.",
      ],
    ],
    [
      "trial.txt",
      [
        "Prosecutors sum up",
        "Lowland Press · 4 March 2025",
        "",
        "Azerbaijani prosecutors said shelling of Ganja, Barda, Tartar and other towns had killed 100 civilians during the war.",
      ],
    ],
  );

  it("does not answer the question about one strike's dead", () => {
    expect(ask(index, "How many civilians died in the rocket strike on Barda?").lead?.text).toContain("21 civilians");
  });
});

describe("'who was the man killed': a name in apposition", () => {
  const index = indexOf([
    "shelling.txt",
    [
      "Shelling hits border village",
      "Lowland Press · 3 August 2021",
      "",
      "Two Azerbaijani soldiers were wounded on Monday near the village, the defence ministry said, among them Captain Elnur Huseynov.",
      "",
      "Later that day a 68-year-old shepherd from the village, Rauf Mammadli, was killed by mortar fire.",
    ],
  ]);

  it("leads with the sentence that names the victim asked about, not another named person", () => {
    expect(ask(index, "Who was the old shepherd killed by mortar fire near the village?").lead?.text).toContain("Rauf Mammadli");
  });
});

describe("'what did they agree': the sentence saying what was agreed", () => {
  const index = indexOf([
    "geneva.txt",
    [
      "Ministers meet in Geneva",
      "Lowland Press · 16 January 2019",
      "",
      "The foreign ministers of Armenia and Azerbaijan met in Geneva on Wednesday for their first talks in a year, hosted by the co-chairs of the Minsk Group.",
      "",
      "The co-chairs said the ministers had agreed to take concrete measures to prepare their populations for peace.",
    ],
  ]);

  it("leads with 'agreed to …', not with the sentence that tells the meeting", () => {
    expect(ask(index, "What did the Armenian and Azerbaijani foreign ministers agree in Geneva?").lead?.text).toContain("agreed to take concrete measures");
  });
});

describe("'which villages': two names and what they are", () => {
  const index = indexOf([
    "ring.txt",
    [
      "Villagers deported in joint operation",
      "Lowland Press · 6 May 1991",
      "",
      "Armenian leaders accused army units of driving hundreds of villagers from their homes in a week-long operation.",
      "",
      "The accusations centre on Areni and Voskehat, two Armenian villages that troops surrounded before dawn.",
    ],
  ]);

  it("leads with the sentence naming the villages", () => {
    expect(ask(index, "Which Armenian villages were surrounded in the operation?").lead?.text).toContain("Areni and Voskehat");
  });
});
