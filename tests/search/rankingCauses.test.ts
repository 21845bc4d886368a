// Ranking causes found on a blind question set, each on a small corpus written for it:
// a misspelled verb, a month and year in the question, plurals, synonyms, count questions,
// and evidence split over two neighbouring paragraphs.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { analyze } from "../../src/core/search/analyze.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

const topTexts = (index: ReturnType<typeof buildSearchIndex>, question: string, n = 3) =>
  searchPassages(index, question)
    .hits.slice(0, n)
    .map((h) => h.record.passage.text);

describe("a misspelled verb is corrected and the passage that uses it ranks first", () => {
  const index = buildSearchIndex(
    corpusFixture({
      file: "b1.txt",
      published: "2021-11-17",
      paragraphs: [
        "Heavy fighting broke out along the border between the two armies on Tuesday morning.",
        "The ceasefire was brokered by Moscow late on November 16, the defence ministry said.",
        filler,
      ],
    }),
  );

  it("reads 'brokerd' as 'brokered' and finds who brokered the ceasefire", () => {
    const result = searchPassages(index, "who brokerd the ceasefire");
    expect(result.query.corrections).toContainEqual(expect.objectContaining({ typed: "brokerd", corrected: "brokered" }));
    expect(result.hits[0]?.record.passage.text).toContain("brokered by Moscow");
  });
});

describe("a month and year in the question boost passages of that time without filtering others", () => {
  const index = buildSearchIndex(
    corpusFixture(
      {
        file: "old.txt",
        published: "2020-10-05",
        paragraphs: ["Seven Azerbaijani soldiers were killed in clashes near the border, the ministry said.", filler],
      },
      {
        file: "new.txt",
        published: "2022-09-14",
        paragraphs: ["Dozens of Azerbaijani soldiers were killed in the clashes, the defence ministry said.", filler],
      },
      { file: "dated.txt", published: "2022-09-20", paragraphs: ["The ministry recalled that soldiers were killed on 4 October 2020 during clashes.", filler] },
    ),
  );

  it("ranks the article published in September 2022 first for a question about September 2022", () => {
    expect(topTexts(index, "how many azerbaijani soldiers were killed in the september 2022 clashes", 1)[0]).toContain("Dozens of Azerbaijani soldiers");
  });

  it("ranks the October 2020 article first when the question names October 2020", () => {
    const texts = topTexts(index, "how many azerbaijani soldiers were killed in the october 2020 clashes");
    expect(texts[0]).toContain("near the border");
    expect(texts).toHaveLength(3);
  });

  it("prefers a passage's own date to its article's publication day", () => {
    const hits = searchPassages(index, "soldiers killed in clashes in october 2020").hits.map((h) => h.record.passage.file);
    expect(hits.indexOf("dated.txt")).toBeLessThan(hits.indexOf("new.txt"));
  });
});

describe("plurals and singulars meet", () => {
  it("analyzes 'refugees' and 'refugee' to the same term", () => {
    expect(analyze("refugees")).toEqual(analyze("refugee"));
    expect(analyze("martyrs")).toEqual(analyze("martyred"));
  });

  it("finds a passage about one refugee for a question about refugees", () => {
    const index = buildSearchIndex(corpusFixture({ file: "r.txt", paragraphs: ["A refugee from Karabakh described the journey to Goris.", filler] }));
    expect(topTexts(index, "what did refugees say about goris", 1)[0]).toContain("A refugee from Karabakh");
  });
});

describe("synonyms of conflict reporting meet", () => {
  const index = buildSearchIndex(
    corpusFixture(
      {
        file: "exodus.txt",
        published: "2023-09-26",
        paragraphs: [
          "Tens of thousands of people fled Karabakh for Armenia this week, officials said.",
          "By Tuesday evening 28,120 people had crossed into Armenia from Karabakh, the government said.",
          "No final agreement had been reached on the future of the region, diplomats in Karabakh said.",
        ],
      },
      {
        file: "losses.txt",
        published: "2022-09-14",
        paragraphs: ["As a result of the provocation, 50 servicemen of the army were martyred, the ministry said.", filler],
      },
      {
        file: "talks.txt",
        published: "2023-09-21",
        paragraphs: [
          "Representatives of both sides met in the city of Yevlakh on Thursday.",
          "After the meeting, officials said the sides had discussed reintegration and humanitarian supplies.",
          filler,
        ],
      },
    ),
  );

  it("reads 'refugees have reached Armenia' as people who crossed into Armenia, and prefers the count", () => {
    expect(topTexts(index, "how many refugees have reached armenia from karabakh", 1)[0]).toContain("28,120 people");
  });

  it("treats 'martyred' as killed", () => {
    expect(topTexts(index, "how many soldiers were killed", 1)[0]).toContain("martyred");
  });

  it("treats a meeting as talks and answers a short question whose words span two paragraphs", () => {
    const result = searchPassages(index, "what was discussed at the yevlakh talks");
    expect(result.weak).toBe(false);
    expect(
      result.hits
        .slice(0, 2)
        .map((h) => h.record.passage.text)
        .join(" "),
    ).toContain("discussed reintegration");
  });

  it("corrects a misspelled word of the synonym table even when the corpus only uses its synonyms", () => {
    const result = searchPassages(index, "when did the refugess leave karabakh");
    expect(result.query.corrections).toContainEqual(expect.objectContaining({ typed: "refugess", corrected: "refugees" }));
    expect(result.hits[0]?.record.passage.text).toContain("fled Karabakh");
  });

  it("reads the chat shorthand 'ppl' as people", () => {
    expect(analyze("ppl")).toEqual(analyze("people"));
  });
});

describe("words the question puts side by side", () => {
  it("rank a passage where they stand together above one where they are far apart", () => {
    const index = buildSearchIndex(
      corpusFixture(
        {
          file: "far.txt",
          paragraphs: ["The ceasefire held for a week, officials said, and later the talks that Moscow had brokered stalled over prisoners and the border."],
        },
        { file: "near.txt", paragraphs: ["Moscow brokered the ceasefire after talks with both defence ministers, and the guns fell silent over the border."] },
      ),
    );
    expect(topTexts(index, "who brokered the ceasefire", 1)[0]).toContain("Moscow brokered the ceasefire");
  });
});
