// Classes of lead error by the question's shape (issue 8): the lead should be the sentence that
// answers what the question asks, not the one that best repeats its words. Each class is shown on
// a small corpus written for it.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { givesCredit, questionFit, type SentenceFacts } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

/** How well a lone body sentence, with no claims or figures of its own, fits a question. */
const fitTo = (question: ReturnType<typeof understandQuestion>) => (text: string) =>
  questionFit(question, { sentence: { id: "a#p0.s0", passageId: "a#p0", text }, heading: false, claims: [], figures: [], places: [], published: null });
describe("a day asked without its year is still the day asked", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "lankaran.txt",
      published: "2020-03-09",
      paragraphs: [
        "On 3 March, artillery shelling of Lankaran killed 4 civilians, the prosecutor's office said, in the first strike on the town.",
        "It put the toll of the shelling at 7 dead.",
        filler,
      ],
      places: ["Lankaran"],
      casualties: [
        { paragraph: 0, fragment: "killed 4", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 4, wounded: null, qualifier: null },
        { paragraph: 1, fragment: "7 dead", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 7, wounded: null, qualifier: null },
      ],
    }),
  );

  it("does not lead with a toll the sentence dates another day", () => {
    expect(ask(index, "lankaran artillery shelling march 8 death toll according to the prosecutor's office").lead?.text).not.toContain("killed 4");
  });

  it("leads with that toll when its day is the one asked", () => {
    expect(ask(index, "lankaran artillery shelling march 3 death toll according to the prosecutor's office").lead?.text).toContain("killed 4");
  });
});

describe("a 'why' question is answered by a mistake or an accident given as the cause", () => {
  const why = understandQuestion("Why did the Azerbaijani troops fire on the patrol truck?");
  const fitScore = fitTo(why);

  it("fits a sentence telling the troops mistook the truck for another better than one telling only the shooting", () => {
    expect(fitScore("The troops fired on the truck after mistaking it in the fog for an enemy vehicle.")).toBeGreaterThan(
      fitScore("The troops fired on the truck near the village."),
    );
    expect(fitScore("The ministry said the shooting was an accident.")).toBeGreaterThan(fitScore("The ministry said the shooting was a tragedy."));
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "patrol.txt",
      published: "2021-03-02",
      paragraphs: [
        "Azerbaijani troops fired on a patrol truck of the Russian peacekeepers near Khojavend, Azerbaijan's defence ministry said. A seventh Russian soldier, it said, was wounded in the same sector by unknown gunmen.",
        "It said the troops fired on the patrol truck after mistaking it at night for a vehicle of Armenian units. By the morning the two commands had agreed a joint inquiry to stop such incidents.",
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "Azerbaijani troops fired", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "incident" },
        { paragraph: 0, fragment: "A seventh Russian soldier", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "casualties" },
        { paragraph: 1, fragment: "It said the troops", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "incident" },
        { paragraph: 1, fragment: "By the morning", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "statement" },
      ],
    }),
  );

  it("leads with the mistake the side gives as the cause", () => {
    expect(ask(index, "Why did Azerbaijani troops fire on the Russian peacekeepers' patrol truck?").lead?.text).toContain("mistaking it");
  });
});

describe("a number that only describes a noun is no count", () => {
  const tollAsked = understandQuestion("How many soldiers were killed near Sotk in May?");
  const fitScore = fitTo(tollAsked);

  it("does not read 'its four-day sitting' or 'a 19-year-old conscript' as a toll", () => {
    const toll = fitScore("Three soldiers were killed near Sotk, officials said.");
    expect(fitScore("Parliament opened its four-day sitting with a minute of silence for the soldiers killed near Sotk.")).toBeLessThan(toll);
    expect(fitScore("A 19-year-old conscript was among the soldiers killed near Sotk.")).toBeLessThan(toll);
  });
});

describe("a count of hostages or prisoners is not answered by a death toll", () => {
  it("reads a question about hostages or abductions as asking no casualty count", () => {
    expect(understandQuestion("How many hostages did the gunmen take in Tsitsernavan?").notCasualties).toBe(true);
    expect(understandQuestion("How many shepherds were abducted near Sotk?").notCasualties).toBe(true);
    expect(understandQuestion("How many shepherds were killed near Sotk?").notCasualties).toBe(false);
  });

  it("fits a sentence counting the people taken better than one giving the toll of the raid", () => {
    const question = understandQuestion("How many hostages did the gunmen take in Tsitsernavan?");
    const fitScore = (text: string, figures: SentenceFacts["figures"]) =>
      questionFit(question, { sentence: { id: "a#p0.s0", passageId: "a#p0", text }, heading: false, claims: [], figures, places: [], published: null });
    const toll: SentenceFacts["figures"][number] = {
      file: "a",
      passageId: "a#p0",
      sentenceId: "a#p0.s0",
      sentence: "",
      claimedBy: "unattributed",
      affected: "unspecified",
      killed: 12,
      wounded: null,
      qualifier: null,
      date: null,
    };
    expect(fitScore("The gunmen shot dead 12 villagers in Tsitsernavan.", [toll])).toBeLessThan(
      fitScore("The gunmen led away 40 people from Tsitsernavan.", []),
    );
  });
});

describe("words that make a sentence ask whether or who, not for a count", () => {
  it("reads keywords naming losses as a count, and a statement put as a question as no count", () => {
    expect(understandQuestion("karabakh army deaths november 2020").asked).toBe("figure");
    expect(understandQuestion("Yerevan said the soldier killed near Sotk died of a heart attack?").asked).not.toBe("figure");
    expect(understandQuestion("Which officer was killed near Sotk in May?").asked).not.toBe("figure");
  });
});

describe("a go-between named by 'under the mediation of' is credited", () => {
  it("reads 'under the mediation of the Russian side' as naming who mediated", () => {
    expect(givesCredit("Under the mediation of the Russian side, an agreement was reached to cease fire from 18:30.")).toBe(true);
    expect(givesCredit("An agreement was reached to cease fire from 18:30.")).toBe(false);
  });
});

describe("the people counted by 'how many' are whose losses are asked", () => {
  it("reads 'how many Armenians were killed' as asking Armenia's losses, not 'how many Armenians fled'", () => {
    expect(understandQuestion("How many Armenians were killed in the shelling of Sotk?").affected).toBe("armenia");
    expect(understandQuestion("How many Azerbaijanis died in the 1992 fighting?").affected).toBe("azerbaijan");
    expect(understandQuestion("How many Armenians fled Karabakh in 2023?").affected).toBeNull();
  });
});

describe("whether a side blamed anyone is answered by the sentence that speaks of blame", () => {
  it("fits 'declined to blame either side' better than a call for calm", () => {
    const question = understandQuestion("Did Moscow blame either side for the shelling of Sotk?");
    const fitScore = (text: string) =>
      questionFit(question, { sentence: { id: "a#p0.s0", passageId: "a#p0", text }, heading: false, claims: [], figures: [], places: [], published: null });
    expect(fitScore("The Kremlin declined to blame either side for the shelling.")).toBeGreaterThan(
      fitScore("The Kremlin urged both sides to show restraint."),
    );
  });
});

describe("a toll does not answer a question that asks no losses", () => {
  const toll: SentenceFacts["figures"][number] = {
    file: "a",
    passageId: "a#p0",
    sentenceId: "a#p0.s0",
    sentence: "",
    claimedBy: "unattributed",
    affected: "unspecified",
    killed: 3,
    wounded: null,
    qualifier: null,
    date: null,
  };
  const fitOf = (question: string, text: string, figures: SentenceFacts["figures"]) =>
    questionFit(understandQuestion(question), {
      sentence: { id: "a#p0.s0", passageId: "a#p0", text },
      heading: false,
      claims: [],
      figures,
      places: [],
      published: null,
    });

  it("fits the decision's day better than a toll of the same day, when only the decision is asked", () => {
    const question = "When did the council decide to close the Sotk mine?";
    expect(fitOf(question, "On 3 May three miners were killed at the Sotk mine.", [toll])).toBeLessThan(
      fitOf(question, "On 5 May the council decided to close the Sotk mine.", []),
    );
  });

  it("still lets the toll answer where losses are named", () => {
    const question = "When were the miners killed at the Sotk mine?";
    expect(fitOf(question, "On 3 May three miners were killed at the Sotk mine.", [toll])).toBeGreaterThanOrEqual(
      fitOf(question, "On 5 May the council decided to close the Sotk mine.", []),
    );
  });
});
