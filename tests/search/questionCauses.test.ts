// Ranking causes found on a second blind question set, each on a small corpus written for it:
// abbreviated months, a bare year as a soft hint, acronyms, verbs that name the same act
// (attacked/targeted, ask/appealed, offer/ready, shot at/came under fire), "which towns"
// questions that want places, and the weak-evidence line for short questions.
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

const rankOf = (index: ReturnType<typeof buildSearchIndex>, question: string, fragment: string) =>
  searchPassages(index, question).hits.findIndex((h) => h.record.passage.text.includes(fragment)) + 1;

describe("an abbreviated month in the question is read as a date", () => {
  const index = buildSearchIndex(
    corpusFixture(
      { file: "old.txt", published: "2020-10-05", paragraphs: ["Border villages were shelled overnight, the ministry said.", filler] },
      { file: "new.txt", published: "2022-09-14", paragraphs: ["Border villages were shelled overnight, the defence ministry said.", filler] },
    ),
  );

  for (const month of ["sept", "sep", "Sept."]) {
    it(`reads "${month} 2022" as September 2022 and puts that month's report first`, () => {
      const result = searchPassages(index, `which villages were shelled ${month} 2022`);
      expect(result.query.date).toMatchObject({ start: "2022-09-01", end: "2022-09-30" });
      expect(result.query.terms.map((t) => t.term)).not.toContain("sept");
      expect(result.hits[0]?.record.article.meta.file).toBe("new.txt");
    });
  }

  it('reads "oct 2020" as October 2020 and puts the older report first', () => {
    expect(searchPassages(index, "villages shelled oct 2020").hits[0]?.record.article.meta.file).toBe("old.txt");
  });
});

describe("a bare year is a soft hint, weaker than a month", () => {
  const index = buildSearchIndex(
    corpusFixture(
      { file: "dated.txt", published: "2016-04-05", paragraphs: ["Clashes erupted along the line of contact on April 2, 2016, the ministry said.", filler] },
      {
        file: "later.txt",
        published: "2020-10-01",
        paragraphs: ["Clashes erupted along the line of contact and spread to the north, the ministry said and added more.", filler],
      },
    ),
  );

  it("lifts the passage of that year, but less than a month and year would", () => {
    const byYear = searchPassages(index, "clashes line of contact 2016").hits[0];
    const byMonth = searchPassages(index, "clashes line of contact april 2016").hits[0];
    expect(byYear?.record.article.meta.file).toBe("dated.txt");
    expect(byMonth?.record.article.meta.file).toBe("dated.txt");
    expect(byYear?.boost ?? 0).toBeGreaterThan(1);
    expect(byYear?.boost ?? 0).toBeLessThan(byMonth?.boost ?? 0);
  });
});

describe("an acronym and the organisation's full name meet, in either direction and any case", () => {
  const index = buildSearchIndex(
    corpusFixture(
      { file: "full.txt", paragraphs: ["Armenia appealed to the Collective Security Treaty Organization under Article 4 of the treaty.", filler] },
      { file: "short.txt", paragraphs: ["The Red Cross said it had reached the city with medical supplies.", filler] },
      { file: "other.txt", paragraphs: ["Armenia appealed to its neighbours for calm at the border.", filler] },
    ),
  );

  it("finds the Collective Security Treaty Organization when asked about the CSTO", () => {
    for (const question of ["what about the CSTO", "what about the csto"]) {
      const result = searchPassages(index, question);
      expect(result.weak).toBe(false);
      expect(result.hits[0]?.record.passage.text).toContain("Collective Security Treaty Organization");
    }
  });

  it("finds the Red Cross when asked about the ICRC", () => {
    expect(rankOf(index, "what did the ICRC deliver", "The Red Cross")).toBe(1);
  });
});

describe("a question's verb finds the report that names the same act in other words", () => {
  const index = buildSearchIndex(
    corpusFixture(
      {
        file: "mfa.txt",
        paragraphs: [
          "The armed forces of Azerbaijan unleashed an aggression in the directions of Jermuk and Goris, targeting military positions.",
          "Armenia officially appealed to the Collective Security Treaty Organization, the Security Council said.",
          "Iran was ready to use all its capacities to restore calm, the Iranian foreign minister told both sides.",
          "A vehicle carrying Russian peacekeepers came under small-arms fire near the village of Dzhanyatag.",
          filler,
        ],
      },
      {
        file: "noise.txt",
        paragraphs: ["Azerbaijan and Armenia exchanged prisoners, and Iran and Russia welcomed the exchange of peacekeepers' reports.", filler],
      },
    ),
  );

  it("reads 'attacked' as 'aggression … targeting'", () => {
    expect(rankOf(index, "which towns were attacked by azerbaijan", "unleashed an aggression")).toBe(1);
  });

  it("reads 'ask … for help' as 'appealed to', and does not call the answer weak", () => {
    const result = searchPassages(index, "did armenia ask the CSTO for help");
    expect(result.weak).toBe(false);
    expect(result.hits[0]?.record.passage.text).toContain("officially appealed");
  });

  it("reads 'offer to mediate' as being ready to help", () => {
    const result = searchPassages(index, "iran offer to mediate");
    expect(result.weak).toBe(false);
    expect(result.hits[0]?.record.passage.text).toContain("ready to use all its capacities");
  });

  it("reads 'shot at' as 'came under fire'", () => {
    expect(rankOf(index, "where were russian peacekeepers shot at", "came under small-arms fire")).toBe(1);
  });
});

describe("a question that asks for places lifts the passages that name them", () => {
  const index = buildSearchIndex(
    corpusFixture({
      file: "towns.txt",
      places: ["Jermuk", "Goris", "Kapan"],
      paragraphs: [
        "Attacks on the border were condemned by several governments.",
        "Azerbaijani forces attacked positions near Jermuk, Goris and Kapan overnight, the ministry said.",
        filler,
      ],
    }),
  );

  it("puts the passage naming the towns first for 'which towns were attacked'", () => {
    const result = searchPassages(index, "which towns were attacked");
    expect(result.query.placeAsked).toBe(true);
    expect(result.hits[0]?.record.passage.text).toContain("Jermuk, Goris and Kapan");
    // Without the lift, the shorter passage that names no place would win.
    const unlifted = searchPassages(index, "which towns were attacked", { placeAskedBoost: 1 });
    expect(unlifted.hits[0]?.record.passage.text).toContain("condemned");
  });

  it("does not treat a question that asks no place as one", () => {
    expect(searchPassages(index, "how many attacks were reported").query.placeAsked).toBe(false);
  });
});
