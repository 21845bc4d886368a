// Lead classes met across the annotated sets, each on articles of our own: a count of people sent
// (not of the dead) asked for by "how many" or "how large", and a denial that says only that it denies.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { countsWhatIsAsked } from "../../src/core/answers/leadScore.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a count of people sent, not of the dead", () => {
  const index = indexOf(
    [
      "evacuation.txt",
      [
        "Peacekeepers evacuate civilians from the valley",
        "Lowland Press · 14 November 2020",
        "",
        "Russian peacekeepers have evacuated more than 4,000 civilians from Nagorno-Karabakh, the Russian Defense Ministry said on Thursday.",
      ],
    ],
    [
      "deal.txt",
      [
        "Ceasefire deal signed",
        "Lowland Press · 10 November 2020",
        "",
        "Armenia and Azerbaijan signed a ceasefire deal brokered by Moscow on Tuesday.",
        "",
        "The Russian defence ministry said 1,700 troops and 80 armoured vehicles would be sent to Nagorno-Karabakh for five years.",
      ],
    ],
  );

  it("reads 'how large' as a size, and a size as no toll", () => {
    const q = understandQuestion("How large is the Russian peacekeeping contingent under the deal?");
    expect(q.asked).toBe("figure");
    expect(q.notCasualties).toBe(true);
  });

  it("counts peacekeepers and a contingent in troops, and refugees as people", () => {
    expect(countsWhatIsAsked("How many peacekeepers were sent?", "1,700 troops would be sent")).toBe(true);
    expect(countsWhatIsAsked("How large is the peacekeeping contingent?", "1,700 troops would be sent")).toBe(true);
    expect(countsWhatIsAsked("How many refugees reached Armenia?", "28,000 people had crossed into Armenia")).toBe(true);
    expect(countsWhatIsAsked("How many peacekeepers were sent?", "evacuated more than 4,000 civilians")).toBe(false);
  });

  it("leads with the count of what is asked, not a count of others in the peacekeepers' words", () => {
    expect(ask(index, "how many russian peacekeepers were sent to karabakh after the deal").lead?.text).toContain("1,700 troops");
  });
});

describe("a denial that only says it denies", () => {
  const index = indexOf([
    "shelling.txt",
    [
      "Azerbaijan says Armenian shelling hit Tartar",
      "Lowland Press · 28 September 2020",
      "",
      "Azerbaijan said on Monday that Armenian forces had shelled the town of Tartar overnight, killing two civilians.",
      "",
      'Armenia denied the accusation. "Our units did not fire at any town or village," said Armenian Defence Ministry spokeswoman Shushan Stepanyan.',
    ],
  ]);

  it("leads with the denial's own words, which follow it", () => {
    const answer = ask(index, "what did armenia say about the tartar shelling?");
    expect(answer.lead?.text).toContain("did not fire at any town");
    expect(answer.lead?.side).toBe("armenia");
  });
});
