// Leads that pick a sentence of the right topic but the wrong speaker or the wrong span:
// - "What did Ter-Grigoryan claim …": the person asked speaks, though his word was given no side
//   of the question's (a former official speaks for nobody any more), not his side's current leader.
// - "Did the Karabakh army own up to shooting the shepherd?": the side's report of its own wounded is
//   not its word on the deed.
// - "Why does Baku say the treaty cannot be signed yet?": a cause the side gives for another act, in a
//   paragraph the search did not keep, does not replace the sentence that answers.
// - "How many died in the rocket attack on Goris on 3 May?": a war's toll ("including in the strikes on
//   Goris") is not that attack's.
// - "What did Yerevan say about the sabotage accusations?": in a UN report every line is the UN's, but
//   "The Government of Armenia rejects the accusation" is Yerevan's word; "accusations" is the topic.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { relayedSide } from "../../src/core/answers/doer.ts";
import { speaksAsAsked } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

describe("the person the question asks to hear", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "bridge.md",
      published: "2019-03-02",
      paragraphs: [
        "In a message on the anniversary, President Samvel Oganov called the collapse of the Tekhut bridge a crime and said those who sabotaged it had not escaped justice.",
        "Former transport minister Arsen Ter-Grigoryan, who resigned in 1996, later told a Moscow weekly that the bridge had been weakened by years of neglect and suggested his rivals had used the collapse against him.",
        "He later said his words had been twisted.",
      ],
      places: ["Tekhut"],
      claims: [
        { paragraph: 0, fragment: "called the collapse", side: "armenia", speaker: "Samvel Oganov" },
        { paragraph: 1, fragment: "later told a Moscow weekly", side: "other", speaker: "Arsen Ter-Grigoryan" },
        { paragraph: 2, fragment: "twisted", side: "other", speaker: "Arsen Ter-Grigoryan" },
      ],
    }),
  );

  it("leads 'what did ter-grigoryan claim about the tekhut bridge' with his own words", () => {
    expect(ask(index, "what did ter-grigoryan claim about the tekhut bridge")?.lead?.text).toContain("later told a Moscow weekly");
  });

  it("hears the asked person only as the subject of the asking, not one the question mentions", () => {
    expect(speaksAsAsked("What did Ter-Grigoryan claim about the bridge?", [{ speaker: "Arsen Ter-Grigoryan" }])).toBe(true);
    expect(speaksAsAsked("according to Arsen Ter-Grigoryan, who broke the bridge?", [{ speaker: "Arsen Ter-Grigoryan" }])).toBe(true);
    expect(speaksAsAsked("Did Oganov say the bridge was discussed at the meeting with Ter-Grigoryan?", [{ speaker: "Arsen Ter-Grigoryan" }])).toBe(false);
    expect(speaksAsAsked("how did Stepanakert respond to Ter-Grigoryan's remarks", [{ speaker: "Arsen Ter-Grigoryan" }])).toBe(false);
    // (How a person reacted, in a user's lower case: his reaction is his word.)
    expect(speaksAsAsked("how did oganov react to the collapse of the bridge?", [{ speaker: "President Samvel Oganov" }])).toBe(true);
    expect(speaksAsAsked("how did ter-grigoryan respond?", [{ speaker: "Arsen Ter-Grigoryan" }])).toBe(true);
  });
});

describe("whether a side owned up to a deed", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "shepherd.md",
      published: "2021-06-10",
      paragraphs: [
        "A shepherd from the border village was shot dead on Tuesday while grazing his flock near the Karabakh line. Hours later the Karabakh army reported that three of its soldiers manning a post nearby had been wounded by fire from across the line.",
        "The Karabakh army rejected any responsibility for his death.",
      ],
      casualties: [
        {
          paragraph: 0,
          fragment: "three of its soldiers",
          claimedBy: "nagorno-karabakh",
          affected: "nagorno-karabakh",
          killed: null,
          wounded: 3,
          qualifier: null,
        },
      ],
      claims: [
        { paragraph: 0, fragment: "Hours later", side: "nagorno-karabakh", speaker: "the Karabakh army", date: "2021-06-08" },
        { paragraph: 1, fragment: "rejected any responsibility", side: "nagorno-karabakh", speaker: "The Karabakh army", kind: "denial", date: "2021-06-08" },
      ],
    }),
  );

  it("leads 'did the karabakh army admit shooting the shepherd' with its word on the shooting, not its own wounded", () => {
    expect(ask(index, "did the karabakh army admit shooting the shepherd in june 2021")?.lead?.text).toContain("rejected any responsibility");
  });
});

describe("a cause of another act in the same page", () => {
  const paragraphs = [
    "Baku has said many times that the peace treaty can be signed only after Armenia amends its constitution, which it says lays claim to Azerbaijani land.",
    "Armenia answers that its constitution is a domestic matter.",
    ...Array.from(
      { length: 4 },
      (_, i) => `Border commissions met for the ${["second", "third", "fourth", "fifth"][i]} time in the spring to go over maps and coordinates.`,
    ),
    "The State Border Service of Azerbaijan then called its fire on the post a retaliation operation for a wounded serviceman.",
  ];
  const index = buildAnswerIndex(
    corpusFixture({
      file: "treaty.md",
      published: "2025-05-01",
      paragraphs,
      claims: [
        { paragraph: 0, fragment: "can be signed only after", side: "azerbaijan", speaker: "Baku" },
        { paragraph: 1, fragment: "domestic matter", side: "armenia", speaker: "Armenia" },
        { paragraph: 6, fragment: "retaliation operation", side: "azerbaijan", speaker: "The State Border Service of Azerbaijan" },
      ],
    }),
  );

  it("leads 'why does azerbaijan say the peace treaty can't be signed yet' with its condition, not another act's cause", () => {
    expect(ask(index, "Why does Azerbaijan say the peace treaty can't be signed yet? constitution")?.lead?.text).toContain("only after Armenia amends");
  });
});

describe("one attack's toll against the war's", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "goris.md",
      published: "2020-05-06",
      paragraphs: [
        "Armenia's Prosecutor General's Office says 61 Armenian civilians were killed and more than 300 wounded by shelling, including in the rocket attacks on Goris.",
        "On 3 May a rocket hit a block of flats in central Goris. As a result of the rocket attack, seven civilians were killed and 22 people were wounded, prosecutors said.",
      ],
      places: ["Goris"],
      casualties: [
        { paragraph: 0, fragment: "61 Armenian civilians", claimedBy: "armenia", affected: "armenia", killed: 61, wounded: 300, qualifier: null },
        { paragraph: 1, fragment: "seven civilians", claimedBy: "armenia", affected: "armenia", killed: 7, wounded: 22, qualifier: null, date: "2020-05-03" },
      ],
      claims: [
        { paragraph: 0, fragment: "61 Armenian civilians", side: "armenia", speaker: "Armenia's Prosecutor General's Office" },
        { paragraph: 1, fragment: "seven civilians", side: "armenia", speaker: "prosecutors", date: "2020-05-03" },
      ],
    }),
  );

  it("leads 'goris rocket attack 3 may civilian death toll according to armenian prosecutors' with that attack's toll", () => {
    expect(ask(index, "goris rocket attack may 3 2020 civilian death toll according to armenia prosecutors")?.lead?.text).toContain("seven civilians");
  });
});

describe("a side's word relayed in a page whose issuer speaks every line", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "report.md",
      genre: "press-release",
      published: "2024-02-01",
      paragraphs: [
        "Azerbaijani officials describe the works as sabotage and have accused Armenia of poisoning the reservoir.",
        "The Government of Armenia rejects the accusation that it poisoned the reservoir and says that engineers of both sides may inspect the dam.",
      ],
      claims: [
        { paragraph: 0, fragment: "accused Armenia", side: "united-nations", speaker: "UNEP" },
        { paragraph: 1, fragment: "rejects the accusation", side: "united-nations", speaker: "UNEP" },
      ],
    }),
  );

  it("leads 'what did yerevan say about the sabotage accusations' with the words Yerevan gave", () => {
    expect(ask(index, "What did Yerevan say about the poisoning accusations at the reservoir?")?.lead?.text).toContain("rejects the accusation");
  });

  it("reads the side speaking as a sentence's subject", () => {
    expect(relayedSide("The Government of Armenia rejects the accusation.")).toBe("armenia");
    expect(relayedSide("Azerbaijan's foreign ministry said the road was open.")).toBe("azerbaijan");
    expect(relayedSide("Engineers visited the dam in Armenia and said it was sound.")).toBe(null);
  });
});

// "How did the Kremlin react when Yerevan froze its membership?": the sentence that reports what the
// spokesman said ("told the channel that Armenia had taken no official step …") answers; the quotation
// after it adds to it. Where the words themselves are asked ("what did he call the move"), the quotation leads.
describe("a quotation after a sentence that already reports what was said", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "bloc.md",
      published: "2024-02-24",
      paragraphs: [
        "Armenia froze its participation in the regional security bloc on Friday, Prime Minister Davit Harutyunyan said.",
        'Kremlin spokesman Oleg Voronin told a television channel that Armenia had taken no official step to leave the bloc and that Moscow would wait for one. "We will get in touch with our colleagues and clarify what these statements mean," Voronin said.',
      ],
      claims: [
        { paragraph: 0, fragment: "froze its participation", side: "armenia", speaker: "Prime Minister Davit Harutyunyan" },
        { paragraph: 1, fragment: "told a television channel", side: "russia", speaker: "Kremlin spokesman Oleg Voronin" },
        { paragraph: 1, fragment: "We will get in touch", side: "russia", speaker: "Voronin" },
      ],
    }),
  );

  it("leads 'how did the kremlin react when yerevan froze its membership of the bloc' with the report of the spokesman's words", () => {
    expect(ask(index, "how did the kremlin react when yerevan froze its membership of the security bloc")?.lead?.text).toContain("had taken no official step");
  });

  it("leads 'what did Voronin call the statements' with the quotation", () => {
    expect(ask(index, "What did Voronin call the statements from Yerevan on the bloc?")?.lead?.text).toContain("We will get in touch");
  });
});

// "How many Azerbaijani soldiers died in the 2008 clash, according to Baku's defence ministry?": a toll
// in a report of 2023 ("192 of its servicemen") counts another war's dead, though it holds more of the
// question's words than the count of 2008 ("four servicemen were killed", told by no one the page names).
describe("a toll reported years from the time asked", () => {
  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "cable.txt",
        published: "2008-03-06",
        paragraphs: ["Four Azerbaijani soldiers were killed and one wounded in the fighting near Levonarkh on March 4, embassy contacts said."],
        places: ["Levonarkh"],
        casualties: [{ paragraph: 0, fragment: "Four Azerbaijani", claimedBy: "unattributed", affected: "azerbaijan", killed: 4, wounded: 1, qualifier: null }],
      },
      {
        file: "exodus.md",
        published: "2023-10-06",
        paragraphs: ["Azerbaijan's defence ministry said 192 of its servicemen were killed and 511 wounded in the fighting."],
        casualties: [{ paragraph: 0, fragment: "192 of its", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 192, wounded: 511, qualifier: null }],
        claims: [{ paragraph: 0, fragment: "192 of its", side: "azerbaijan", speaker: "Azerbaijan's defence ministry" }],
      },
    ),
  );

  it("leads 'how many azerbaijani soldiers died in the 2008 fighting according to baku's defence ministry' with the count of 2008", () => {
    expect(ask(index, "how many azerbaijani soldiers died in the 2008 fighting according to baku's defence ministry")?.lead?.text).toContain(
      "Four Azerbaijani",
    );
  });
});
