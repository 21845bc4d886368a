// Classes of lead error first seen on forum threads, post roundups and reviews (issue 8): a side's
// word on the other side's dead is not its count of its own; a statement announced with only its
// mood gives way to what it asked; "who killed …" is answered by the sentence naming the killer,
// not by the one telling the deaths in the passive; "what did X tell Y" is X's own word, not the
// outlet's account of the meeting; a quoted post introduced by "the ministry … in a further post:"
// is that ministry's; a topic asked about ("food") is named by its kinds ("flour and milk").
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { missesTopicAsked, tellsDeedWithoutDoer, tellsDoerOfDeed } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Residents of nearby villages said they had heard gunfire for most of the night.";

describe("victims named before a participle are whose losses the question is about", () => {
  it("reads 'the Azerbaijani soldiers killed near the reservoir' as Azerbaijan's dead", () => {
    const question = understandQuestion("what did yerevan say about the azerbaijani soldiers killed near the reservoir in may 2014?");
    expect(question.claimant).toBe("armenia");
    expect(question.affected).toBe("azerbaijan");
  });

  it("still reads troops that killed someone as the doers, not the victims", () => {
    expect(understandQuestion("did azerbaijani troops killed two shepherds near the reservoir?").affected).toBeNull();
  });
});

describe("a side's word on the other side's dead is not its count of its own", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "reservoir.txt",
      published: "2014-05-21",
      paragraphs: [
        "Armenia's defence ministry said two of its own soldiers were killed on 20 May near the reservoir when Azerbaijani soldiers attacked its posts.",
        "Yerevan also rejected Baku's account of the two Azerbaijani soldiers killed that day, saying the pair had stepped on their own army's mines.",
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "two of its own soldiers", side: "armenia", speaker: "Armenia's defence ministry", kind: "casualties" },
        { paragraph: 1, fragment: "stepped on their own army's mines", side: "armenia", speaker: "Yerevan", kind: "denial" },
      ],
      casualties: [
        {
          paragraph: 0,
          fragment: "two of its own soldiers",
          claimedBy: "armenia",
          affected: "armenia",
          killed: 2,
          wounded: null,
          qualifier: null,
          date: "2014-05-20",
        },
      ],
      places: [],
    }),
  );

  it("leads 'what did yerevan say about the azerbaijani soldiers killed near the reservoir' with its word on them", () => {
    const answer = ask(index, "what did yerevan say about the azerbaijani soldiers killed near the reservoir in may 2014?");
    expect(answer.lead?.text).toContain("stepped on their own army's mines");
  });
});

describe("a statement announced with only its mood gives way to what it asked", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "envoys.txt",
      published: "2016-04-03",
      paragraphs: [
        'The three envoys of the mediating group issued a statement expressing "grave concern". They called on both armies to "return at once to the line of contact" and to let monitors in.',
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "grave concern", side: "osce-minsk-group", speaker: "The three envoys of the mediating group", kind: "mediation" },
        { paragraph: 0, fragment: "return at once", side: "osce-minsk-group", speaker: "The three envoys of the mediating group", kind: "mediation" },
      ],
    }),
  );

  it("leads 'what did the minsk group envoys say about the fighting' with their call", () => {
    const answer = ask(index, "what did the minsk group envoys say about the fighting in april 2016?");
    expect(answer.lead?.text).toContain("return at once to the line of contact");
  });
});

describe("'who killed …' is answered by the sentence naming the killer", () => {
  it("reads a passive with no 'by' as the deed without its doer", () => {
    const passive = "The border service said that both guards in the tower were killed before dawn.";
    expect(tellsDoerOfDeed("kil", passive)).toBe(false);
    expect(tellsDeedWithoutDoer("kil", passive)).toBe(true);
    expect(tellsDoerOfDeed("kil", "Both guards were killed by a sniper from across the river.")).toBe(true);
    expect(tellsDoerOfDeed("kil", "Prosecutors said a drunk conscript had killed both guards.")).toBe(true);
    expect(tellsDoerOfDeed("kil", "Both guards had been killed when Georgian troops fired on the tower by mistake.")).toBe(true);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "tower.txt",
      published: "2019-08-12",
      paragraphs: [
        "The Georgian border service announced that both guards in the watchtower near Sadakhlo were killed before dawn on Sunday. Two days later Armenian prosecutors said a conscript from their own unit had killed them after a quarrel.",
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "both guards in the watchtower", side: "other", speaker: "The Georgian border service" },
        { paragraph: 0, fragment: "a conscript from their own unit", side: "armenia", speaker: "Armenian prosecutors" },
      ],
      places: ["Sadakhlo"],
    }),
  );

  it("leads 'who killed the guards in the watchtower near sadakhlo' with the prosecutors' finding", () => {
    const answer = ask(index, "who killed the guards in the watchtower near sadakhlo in august 2019?");
    expect(answer.lead?.text).toContain("a conscript from their own unit had killed them");
  });
});

describe("what someone told others is their own word, not the account of the meeting", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "dacha.txt",
      published: "2011-06-30",
      paragraphs: [
        "In late June Dmitry Medvedev hosted Ilham Aliyev and Serzh Sargsyan at Kazan for a day of talks on the basic principles.",
        'Medvedev told them that "a chance like this does not come twice" and urged them to sign.',
        filler,
      ],
      claims: [{ paragraph: 1, fragment: "a chance like this", side: "russia", speaker: "Medvedev", kind: "mediation" }],
      places: ["Kazan"],
    }),
  );

  it("leads 'what did medvedev tell aliyev and sargsyan at kazan' with what he told them", () => {
    const answer = ask(index, "what did medvedev tell aliyev and sargsyan at kazan in 2011?");
    expect(answer.lead?.text).toContain("a chance like this does not come twice");
  });
});

describe("a quoted post introduced by a title is the word of the body named before", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "posts.txt",
      published: "2021-11-18",
      paragraphs: [
        "The Armenian defence ministry said on Tuesday that two of its soldiers were missing after the clash near Jermuk.",
        "On Thursday the ministry corrected itself in another post:",
        '"Four servicemen were taken prisoner near Jermuk. Their families have been informed."',
        filler,
      ],
      claims: [{ paragraph: 0, fragment: "two of its soldiers were missing", side: "armenia", speaker: "The Armenian defence ministry" }],
      places: ["Jermuk"],
    }),
  );

  it("gives the lead of 'how many servicemen were taken prisoner near jermuk' to Armenia", () => {
    const answer = ask(index, "how many servicemen were taken prisoner near jermuk in november 2021?");
    expect(answer.lead?.text).toContain("Four servicemen were taken prisoner");
    expect(answer.lead?.side).toBe("armenia");
  });
});

describe("a topic asked about is named by its kinds too", () => {
  it("counts 'flour and milk' as telling of food, and a sentence about the road as not", () => {
    expect(missesTopicAsked("what did the aid agency say about food in the city?", "It said flour and milk had run out in the shops.")).toBe(false);
    expect(missesTopicAsked("what did the aid agency say about food in the city?", "It said its trucks could not use the road.")).toBe(true);
  });
});
