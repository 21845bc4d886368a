// A side's word the extraction recorded no claim for, but whose sentence names the side as its
// speaker ("Azerbaijan's foreign ministry called her remarks …"); a yes-or-no question about a
// judgement a side passed ("did Moscow blame Baku …"); a third party's toll, which is not its
// own losses; a span of time written as a compound number, which counts no one; and a count of
// reporters written as journalists. Articles of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { tellsUnrecordedToll } from "../../src/core/answers/leadScore.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a side named as the speaker of a sentence with no recorded claim", () => {
  const index = indexOf([
    "visit.md",
    [
      "# Senator's visit angers Baku",
      "",
      "Lowland Press · 20 September 2022",
      "",
      "Senator Jane Holloway flew to Yerevan on Sunday and condemned what she called an unprovoked attack on Armenian towns, saying it had to stop.",
      "",
      'Azerbaijan\'s foreign ministry called her remarks "biased and unfair" and "a blow to the peace process".',
      "",
      "Baku told another story about the fighting: its defence ministry said Armenian troops had planted mines near its positions.",
    ],
  ]);

  it("leads with the side's reply, and names the side the sentence names", () => {
    const answer = ask(index, "How did Baku respond to Senator Holloway's remarks about the attack?");
    expect(answer.lead?.text).toContain("called her remarks");
    expect(answer.lead?.side).toBe("azerbaijan");
  });
});

describe("whether a side passed a judgement", () => {
  const index = indexOf([
    "heights.md",
    [
      "# Baku takes heights near Lowpass; Moscow blames Baku for truce breach",
      "",
      "Lowland Press · 4 August 2022",
      "",
      "Azerbaijan's defence ministry said Armenian units had attacked its posts near Lowpass; in response, it said, its troops took the Lowpass heights and were fortifying them.",
      "",
      '"Near Lowpass, the Azerbaijani armed forces broke the ceasefire," the Russian defence ministry said on Wednesday, adding that its peacekeepers were working to calm the situation.',
    ],
  ]);

  it("leads with the judging side's word, not the accused side's account of the fighting", () => {
    const answer = ask(index, "Did Moscow blame Azerbaijan for the Lowpass fighting?");
    expect(answer.lead?.text).toContain("broke the ceasefire");
    expect(answer.lead?.side).toBe("russia");
  });
});

describe("a toll asked of a third party", () => {
  it("does not take the toll a mediator gives for its own losses", () => {
    expect(understandQuestion("What death toll did Putin give for the autumn 2020 fighting?").affected).toBeNull();
    // A belligerent naming no other side still reports its own.
    expect(understandQuestion("What losses did Azerbaijan's defence ministry report?").affected).toBe("azerbaijan");
  });
});

describe("a span of time written as a compound number", () => {
  const question = understandQuestion("How many people died in the riots?");
  const facts = (text: string) => ({ figures: [], sentence: { id: "a#p0.s0", passageId: "a#p0", text } });

  it("counts no one", () => {
    expect(tellsUnrecordedToll(question, facts("Twenty-five years after the riots, those who fled still argue about how many of their neighbours died."))).toBe(
      false,
    );
  });

  it("while a compound count of the dead is a toll", () => {
    expect(tellsUnrecordedToll(question, facts("Thirty-two people died in the riots, the prosecutor's office said."))).toBe(true);
  });
});

describe("a count of reporters written as journalists", () => {
  const index = indexOf([
    "church.md",
    [
      "# Church in Lowtown shelled twice",
      "",
      "Lowland Press · 9 October 2020",
      "",
      "The church in Lowtown was shelled twice on Thursday, and officials in the town said nobody was killed in the first strike, though a woman and her three children had been inside.",
      "",
      "The regional ombudsman said three journalists filming the damage after the first strike were wounded in the second, one of them seriously.",
    ],
  ]);

  it("leads with the count of journalists", () => {
    const answer = ask(index, "How many reporters were wounded when the church in Lowtown was shelled?");
    expect(answer.lead?.text).toContain("three journalists");
  });
});

describe("why a side objects, where the outlet's account of the act leads the search", () => {
  const index = indexOf([
    "bridge.md",
    [
      "# Old bridge at Lowford rebuilt",
      "",
      "Lowland Press · 3 October 2021",
      "",
      "Repairs to the old stone bridge at Lowford, which Karabakh Armenian forces have held since 1993, are nearly finished, and the bridge has become the latest object of a quarrel with Baku.",
      "",
      "The bridge was built in the 1870s and had stood unused for decades.",
      "",
      "Azerbaijan's Foreign Ministry spokeswoman said the repairs were part of a policy of the occupying side to appropriate Azerbaijan's monuments and change their origin.",
    ],
  ]);

  it("leads with the side's word on the act, not the outlet's account of it", () => {
    const answer = ask(index, "Why did Baku object to the repairs of the Lowford bridge?");
    expect(answer.lead?.text).toContain("policy of the occupying side");
    expect(answer.lead?.side).toBe("azerbaijan");
  });
});

describe("the tally of a vote", () => {
  const index = indexOf([
    "assembly.md",
    [
      "# Assembly refuses Lowland delegation's credentials",
      "",
      "Lowland Press · 24 January 2024",
      "",
      "The Northern Assembly voted on Wednesday evening not to ratify the credentials of the Lowland parliamentary delegation, citing its failure to honour commitments on human rights.",
      "",
      "The resolution was adopted by 76 votes to 10, with 4 abstentions. It followed a report by the monitoring committee, which had met the day before.",
    ],
  ]);

  it("leads with the sentence giving the tally, not the one telling the decision", () => {
    const answer = ask(index, "By how many votes did the Northern Assembly refuse the Lowland delegation's credentials?");
    expect(answer.lead?.text).toContain("76 votes to 10");
  });
});
