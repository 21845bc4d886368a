// Lead classes from the issue 8 development sets, each on a small corpus written for it: "why did
// X act against Y" is answered by X's accusation of Y (Y named by its demonym), or by a cause put
// as "in light of …", "citing …", "the reason was …"; a toll asked with its claimant named ("what
// death toll did Baku give") is that side's count, even where the other side's toll in the
// paragraph after the incident holds more of the question's words.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { analyze } from "../../src/core/search/analyze.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a country and its demonym meet in the search", () => {
  it("reads Hungarian as Hungary and Georgian as Georgia", () => {
    expect(analyze("Hungarian")).toEqual(analyze("Hungary"));
    expect(analyze("Georgian")).toEqual(analyze("Georgia"));
  });
});

describe("'why did X act against Y' is answered by X's accusation of Y", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "envoy.txt",
      published: "2019-05-04",
      paragraphs: [
        "Armenia recalled its ambassador from Hungary on Friday and froze all official contacts with Budapest, the foreign ministry in Yerevan announced.",
        filler,
        "Foreign Minister Arman Hakobyan accused the Hungarian government of breaking its word on the extradition of a convicted officer.",
        "He also accused Stepanakert's critics of spreading rumours about the talks.",
      ],
      claims: [
        { paragraph: 0, fragment: "recalled its ambassador", side: "armenia", speaker: "the foreign ministry in Yerevan", kind: "statement" },
        { paragraph: 2, fragment: "accused the Hungarian government", side: "armenia", speaker: "Foreign Minister Arman Hakobyan", kind: "accusation" },
        { paragraph: 3, fragment: "accused Stepanakert's critics", side: "armenia", speaker: "Foreign Minister Arman Hakobyan", kind: "accusation" },
      ],
    }),
  );

  it("leads 'why did Armenia recall its ambassador from Hungary' with the accusation of the Hungarian government", () => {
    const answer = ask(index, "Why did Armenia recall its ambassador from Hungary?");
    expect(answer.lead?.text).toContain("accused the Hungarian government");
  });
});

describe("'why' is answered by a cause put as 'in light of …'", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "drone.txt",
      published: "2021-08-12",
      paragraphs: [
        "Azerbaijan admitted on Wednesday that its air defence unit had shot down an Iranian cargo drone over the Araz valley.",
        "The ministry said the unit had fired after the drone crossed the border without a flight plan.",
        filler,
        "In light of the drills held on the other side of the river the day before, the unit treated the aircraft as hostile, the ministry said.",
      ],
      claims: [
        { paragraph: 0, fragment: "admitted on Wednesday", side: "azerbaijan", speaker: "Azerbaijan", kind: "statement" },
        { paragraph: 3, fragment: "In light of the drills", side: "azerbaijan", speaker: "the ministry", kind: "statement" },
      ],
    }),
  );

  it("leads 'why did Azerbaijan say it shot down the Iranian drone' with the cause", () => {
    const answer = ask(index, "Why did Azerbaijan say it shot down the Iranian drone?");
    expect(answer.lead?.text).toContain("In light of the drills");
  });
});

describe("a toll asked with its claimant named is that side's count", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "sotk.txt",
      published: "2022-09-16",
      paragraphs: [
        "The Armenian defence ministry said Azerbaijani artillery and drones had shelled Armenian troops near Sotk and Vardenis overnight, killing and wounding soldiers as the shelling went on until dawn.",
        "On Wednesday, Pashinyan put the toll at 38 dead.",
        filler,
        "Azerbaijan's defence ministry said on Friday that 54 of its men had died in the fighting.",
      ],
      places: ["Sotk", "Vardenis"],
      claims: [
        {
          paragraph: 0,
          fragment: "had shelled Armenian troops",
          side: "armenia",
          speaker: "The Armenian defence ministry",
          kind: "accusation",
          date: "2022-09-14",
        },
        { paragraph: 1, fragment: "put the toll at 38", side: "armenia", speaker: "Pashinyan", kind: "casualties", date: "2022-09-14" },
        { paragraph: 3, fragment: "54 of its men", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "casualties", date: "2022-09-16" },
      ],
      casualties: [
        {
          paragraph: 1,
          fragment: "put the toll at 38",
          claimedBy: "armenia",
          affected: "armenia",
          killed: 38,
          wounded: null,
          qualifier: null,
          date: "2022-09-14",
        },
        {
          paragraph: 3,
          fragment: "54 of its men",
          claimedBy: "azerbaijan",
          affected: "azerbaijan",
          killed: 54,
          wounded: null,
          qualifier: null,
          date: "2022-09-16",
        },
      ],
    }),
  );

  it("leads 'what death toll did Baku give for its troops after the shelling of Sotk' with Baku's own figure", () => {
    const answer = ask(index, "What death toll did Baku give for its own troops after the shelling of Sotk and Vardenis?");
    expect(answer.lead?.text).toContain("54 of its men");
    expect(answer.lead?.side).toBe("azerbaijan");
  });
});
