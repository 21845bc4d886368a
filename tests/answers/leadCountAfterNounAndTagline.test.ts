// Classes of lead error met on unseen sets of refugees' and broadcast pages, on sentences and pages of
// our own: a count written after the noun it counts ("the number of refugees had reached 4,500"); flats
// counted as apartments; a page's tagline under its headline is no opening to lead with; a reporter's
// sentence in which a side speaks as the subject ("Armenia's government says …") gives that side's word;
// a mediator's position held over years ("the co-chairs have long listed …") is the mediator's word.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { countsWhatIsAsked, questionFit } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { facts } from "./sentenceFacts.ts";
import { relayedSide } from "../../src/core/answers/doer.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a count written after the noun it counts", () => {
  it("reads 'the number of refugees … had reached 4,500' as a count of refugees", () => {
    expect(
      countsWhatIsAsked(
        "How many refugees had the ministry registered?",
        "By Monday the number of refugees from the border villages had reached 4,500, the ministry said.",
      ),
    ).toBe(true);
  });

  it("does not read a figure of something else after 'the number of refugees' as their count", () => {
    expect(countsWhatIsAsked("How many refugees had the ministry registered?", "The number of refugees is unknown, though 12 buses left the town.")).toBe(
      false,
    );
  });

  it("counts flats asked for in apartments", () => {
    expect(countsWhatIsAsked("How many flats are in the new block?", "The block has 96 apartments on nine floors.")).toBe(true);
  });
});

describe("a count of what is only planned", () => {
  const built = facts("The new block has 96 apartments on nine floors.");
  const planned = facts("A second block, with 120 apartments, is planned for next year.");

  it("answers 'how many flats are in the new block' with what was built, not what is planned", () => {
    const question = understandQuestion("How many flats are in the new block?");
    expect(questionFit(question, built)).toBeGreaterThan(questionFit(question, planned));
  });

  it("still answers a question about the plans with the planned count", () => {
    const question = understandQuestion("How many flats are planned in the second block?");
    expect(questionFit(question, planned)).toBeGreaterThanOrEqual(questionFit(question, built));
  });
});

describe("a tagline under the headline is no opening", () => {
  const index = indexOf([
    "bulletin.md",
    [
      "**Shelter Monitor** · Bulletin No. 3 · 2 February 2024",
      "",
      "# Fuel-aid reprieve for displaced families",
      "",
      "*Notes and figures on the families who left their villages in the war*",
      "",
      "The housing ministry said on Tuesday that it would keep paying the winter grant until the end of March.",
      "",
      "Officials on both sides traded statements through the day while diplomats urged calm.",
    ],
  ]);

  it("leads a question in the headline's words with the paragraph after the tagline", () => {
    const answer = ask(index, "fuel aid reprieve for displaced families");
    expect(answer.lead?.text).toContain("keep paying the winter grant");
  });
});

describe("a side's word in a reporter's sentence", () => {
  it("reads a position held over years as the body's word", () => {
    expect(relayedSide("The OSCE Minsk Group co-chairs have for years listed the return of displaced people among the principles of a settlement.")).toBe(
      "osce-minsk-group",
    );
    expect(relayedSide("Azerbaijan has long insisted that the talks cover the return of displaced people.")).toBe("azerbaijan");
  });

  it("does not read a body's other doings over the years as its word", () => {
    expect(relayedSide("Azerbaijan has for years built new roads in the district.")).toBeNull();
  });
});

describe("a side speaking as the subject of a correspondent's sentence", () => {
  const index = indexOf([
    "bulletin.txt",
    [
      "EVENING BULLETIN, 14 MARCH 1992",
      "",
      "NEWSREADER: Fighting has flared again in the mountains. Villages near the front line came under fire overnight, and the Azerbaijani defence ministry says its positions were shelled.",
      "",
      "From Baku, our correspondent Anna Holt.",
      "",
      "HOLT: The mood here is tense. Few people expect the truce to return soon. The foreign minister has called on the world to act. Armenia's government says it does not arm the volunteers fighting inside Karabakh, but that position is met with doubt here. Anna Holt, Radio Example, Baku.",
      "",
      "NEWSREADER: The summit in the region issued a joint statement calling for an end to the fighting.",
    ],
  ]);

  it("leads 'did Armenia deny arming the volunteers' with the government's word, given to Armenia", () => {
    const answer = ask(index, "did Armenia deny arming the volunteers in Karabakh in 1992?");
    expect(answer.lead?.text).toContain("does not arm the volunteers");
    expect(answer.lead?.side).toBe("armenia");
  });
});
