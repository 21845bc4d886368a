// Lead choice, on articles of our own: a toll asked as a whole is not answered by one day's
// increase ("a further 20 died"), nor by the first day's count, but by the total; a question about
// several strikes is answered by their sum; and a count made by the other camp is not the asked
// side's, even where its sentence goes on to that side's word on it.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { asksWholeToll, countsPartOfToll } from "../../src/core/answers/partialCount.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a part of a toll against the whole", () => {
  it("reads increases and first days as part of a toll, and a sentence giving the total too as whole", () => {
    expect(countsPartOfToll("The ministry said a further 20 soldiers had died in the last three days.")).toBe(true);
    expect(countsPartOfToll("Officials said 14 more servicemen were killed on Monday.")).toBe(true);
    expect(countsPartOfToll("On the first day of the shelling two villagers were killed.")).toBe(true);
    expect(countsPartOfToll("Three men were killed and two more were wounded.")).toBe(false);
    expect(countsPartOfToll("The office named 12 people it said were killed and said another 40 were injured.")).toBe(false);
    expect(countsPartOfToll("It reported another 30 deaths, bringing its toll to 510.")).toBe(false);
    expect(countsPartOfToll("More than 300 soldiers were killed.")).toBe(false);
  });

  it("asks the whole toll unless the question asks for an increase, the start or one day", () => {
    expect(asksWholeToll(understandQuestion("How many soldiers died holding the pass, according to Baku?"))).toBe(true);
    expect(asksWholeToll(understandQuestion("How many more soldiers died that week?"))).toBe(false);
    expect(asksWholeToll(understandQuestion("How many died on the first day of the offensive?"))).toBe(false);
    expect(asksWholeToll(understandQuestion("How many soldiers died on 3 March 1994?"))).toBe(false);
  });

  const pass = indexOf([
    "pass.md",
    [
      "# Winter fighting for the Murov pass",
      "",
      "Northern Wire · 20 February 1994",
      "",
      "The fighting for the Murov pass went on for a third week on Sunday.",
      "",
      "Azerbaijan's Defence Ministry said about 250 Azerbaijani servicemen had been killed defending the pass since January, a figure that could not be checked.",
      "",
      "A ministry spokesman said a further 20 Azerbaijani soldiers had died at the pass in the last three days of fighting.",
    ],
  ]);

  it("leads with the total, not the last days' increase", () => {
    const answer = ask(pass, "How many Azerbaijani soldiers died defending the Murov pass according to Baku?");
    expect(answer.lead?.text).toContain("about 250");
  });

  it("still leads with the increase when the question asks for more deaths", () => {
    const answer = ask(pass, "How many more Azerbaijani soldiers died at the Murov pass in the last days of fighting?");
    expect(answer.lead?.text).toContain("a further 20");
  });

  const strikes = indexOf([
    "strikes.md",
    [
      "# The rocket strikes on Mingachevir",
      "",
      "River Herald · 2 December 2020",
      "",
      "On the first day of the rocket attacks on Mingachevir, Azerbaijan's Prosecutor General's Office said, one civilian was killed and 14 civilians were wounded in the city.",
      "",
      "The Office said that in the strikes on Mingachevir on 4, 6 and 9 October, a total of 9 civilians were killed and 41 were wounded.",
    ],
  ]);

  it("leads a question about several strikes with their total, not the first day's count", () => {
    const answer = ask(strikes, "How many civilians died in the Mingachevir rocket strikes, according to Azerbaijan?");
    expect(answer.lead?.text).toContain("a total of 9");
  });

  const counted = indexOf([
    "counts.md",
    [
      "# Counting the dead of the spring offensive",
      "",
      "Valley Times · 14 April 1994",
      "",
      "Armenia's Defence Ministry said more than 3,000 Azerbaijani soldiers had been killed in the spring offensive, a claim Baku dismissed as propaganda.",
      "",
      "Azerbaijan's Defence Ministry later said about 600 of its servicemen had died.",
    ],
  ]);

  it("does not take the other camp's count of the asked side's losses for the asked side's own", () => {
    const answer = ask(counted, "How many Azerbaijani soldiers were killed in the spring offensive according to Baku?");
    expect(answer.lead?.text).toContain("about 600");
  });
});

describe("a toll that grows on a page following the event", () => {
  const live = indexOf([
    "live.md",
    [
      "# Fighting in Karabakh: live updates",
      "",
      "Plateau News · 20 September 2023",
      "",
      "The Karabakh ombudsman says at least 27 people have been killed, among them civilians, since Azerbaijan launched its offensive on Tuesday.",
      "",
      "Russian peacekeepers said they had taken in several thousand civilians at their base.",
      "",
      "Gegham Petrosyan, the Karabakh human rights ombudsman, now says at least 180 people were killed and more than 350 wounded.",
    ],
  ]);

  it("leads the event's toll with the claimant's latest count on the page, though it does not say the toll rose", () => {
    const answer = ask(live, "How many people died in Karabakh in Azerbaijan's one-day offensive of September 2023, according to the ombudsman?");
    expect(answer.lead?.text).toContain("at least 180");
  });
});
