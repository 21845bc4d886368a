// Three classes of lead error on the unseen sets: a count asked for answered by "dozens of soldiers"
// where a sentence further on gives the number; a "what" or "who" question answered by the article's
// lede, which tells the whole story in short, where a sentence further on gives the detail asked; and a
// "why" question answered by "It said … had also …", which adds more to the account and gives no cause.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { countsOnlyVaguely, questionFit } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (file: string, lines: string[]) => buildAnswerIndex(extractCorpus([{ file, text: lines.join("\n") }]).knowledge);

describe("a count given only as 'dozens'", () => {
  it("is told from a number", () => {
    expect(countsOnlyVaguely("Both armies reported dozens of soldiers killed along the border.")).toBe(true);
    expect(countsOnlyVaguely("Tens of thousands of people have crossed into Armenia.")).toBe(true);
    expect(countsOnlyVaguely("The ministry said 37 of its servicemen had been killed.")).toBe(false);
    expect(countsOnlyVaguely("Hundreds fled, and 12 soldiers were killed.")).toBe(false);
    expect(countsOnlyVaguely("The talks went on through the night.")).toBe(false);
  });

  it("does not lead a 'how many' question over the sentence that gives the number", () => {
    const index = indexOf("border.txt", [
      "Heavy fighting on the border",
      "Lowland Press · 14 March 2019",
      "",
      "Armenia and Azerbaijan each reported dozens of soldiers killed on Thursday after a night of fighting along their shared border, the worst in years.",
      "",
      "Shelling hit positions near two villages, and both sides accused the other of starting it.",
      "",
      "By the evening the Azerbaijani ministry said 37 Azerbaijani servicemen had been killed.",
    ]);
    const answer = ask(index, "How many soldiers did Azerbaijan say it lost in the border fighting?");
    expect(answer.lead?.text).toContain("37 Azerbaijani servicemen");
  });
});

describe("the article's lede", () => {
  const sentence = (text: string) => ({ id: "a.txt#p0.s0", passageId: "a.txt#p0", text });
  const facts = (opensArticle: boolean) => ({
    sentence: sentence("Armenia and Azerbaijan signed a border protocol in Tbilisi on Tuesday after talks hosted by Georgia."),
    heading: false,
    claims: [],
    figures: [],
    places: [],
    published: "2018-06-06",
    opensArticle,
  });

  it("answers a 'who' or 'what' question less surely than a sentence further on", () => {
    const question = understandQuestion("Who signed the border protocol in Tbilisi for Armenia?");
    expect(questionFit(question, facts(true))).toBeLessThan(questionFit(question, facts(false)));
  });

  it("answers a count or a time as well as any sentence", () => {
    for (const text of ["How many delegates signed the border protocol in Tbilisi?", "When was the border protocol signed in Tbilisi?"]) {
      const question = understandQuestion(text);
      expect(questionFit(question, facts(true))).toBe(questionFit(question, facts(false)));
    }
  });
});

describe("a 'why' question and a sentence adding more to the account", () => {
  const front = [
    "Fighting flares on the front",
    "Lowland Press · 3 May 2019",
    "",
    "Fighting broke out again on the front line on Tuesday.",
    "",
    "Azerbaijan's defence ministry said two of its soldiers had been killed and that it had shot down a Russian-built helicopter on Tuesday. It said a truck had also been lost after hitting a mine.",
    "",
    "Armenia said the fighting had been started by Azerbaijani units.",
  ].join("\n");
  const apology = [
    "Baku apologises for downing Russian helicopter",
    "Lowland Press · 10 May 2019",
    "",
    "Azerbaijan has apologised to Russia for shooting down a Russian helicopter over Armenia on Monday, killing two of its crew.",
    "",
    "Its foreign ministry said the helicopter had been flying in the dark at low altitude, close to the border, and that its crew on duty had taken the decision to open fire.",
  ].join("\n");
  const index = buildAnswerIndex(
    extractCorpus([
      { file: "front.txt", text: front },
      { file: "apology.txt", text: apology },
    ]).knowledge,
  );

  it("does not inherit the question's words from the sentence before it, as a cause would", () => {
    const answer = ask(index, "Why did Azerbaijan say it shot down the Russian helicopter?");
    expect(answer.lead?.text).not.toContain("also been lost");
  });
});
