// More classes of lead error from the development sets of issue 8 (blind–blind12, html, the
// question sets), each on a small corpus written for it: a headline that holds the question's
// words gives the lead to the paragraph under it; "who denied that …" is answered by the denial
// even when the accusation holds more of the question's words; "were any civilians hurt" is
// answered by the casualty figure, not by a scene that shares the question's words.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { countsWhatIsAsked, questionFit, type SentenceFacts } from "../../src/core/answers/leadScore.ts";
import type { CasualtyFigure } from "../../src/core/types.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a headline gives the lead to the paragraph under it", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "sarsang.md",
      title: "Above Lake Sarsang: what drone footage shows about the new positions",
      published: "2021-06-02",
      paragraphs: [
        "Reading time: 6 min",
        "Comparing clips recorded before and after the clashes, we counted twelve fresh trenches and two supply tracks on the ridge.",
        "The reservoir supplies water to farms on both sides of the line.",
        filler,
      ],
      places: ["Sarsang"],
    }),
  );

  it("leads 'what does drone footage show at lake sarsang' with the summary, not the headline", () => {
    const answer = ask(index, "what does drone footage show at lake sarsang");
    expect(answer.lead?.text).toContain("we counted twelve fresh trenches");
  });
});

describe("'who denied that …' is answered by the denial, not by the accusation it answers", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "conscript.txt",
      published: "2017-03-10",
      paragraphs: [
        "Officials in Stepanakert said conscript Arman Petrosyan was shot dead by sniper fire from Azerbaijani positions near Talish on Thursday.",
        filler,
        "Baku's defence ministry rejected the account, saying there had been no shooting in that area.",
      ],
      places: ["Talish"],
      claims: [
        { paragraph: 0, fragment: "shot dead", side: "nagorno-karabakh", speaker: "Officials in Stepanakert", kind: "accusation", date: "2017-03-09" },
        { paragraph: 2, fragment: "rejected the account", side: "azerbaijan", speaker: "Baku's defence ministry", kind: "denial", date: "2017-03-10" },
      ],
      casualties: [
        {
          paragraph: 0,
          fragment: "shot dead",
          claimedBy: "nagorno-karabakh",
          affected: "nagorno-karabakh",
          killed: 1,
          wounded: null,
          qualifier: null,
          date: "2017-03-09",
        },
      ],
    }),
  );

  it("leads 'who denied that Azerbaijani snipers shot Arman Petrosyan' with Baku's denial", () => {
    const answer = ask(index, "Who denied that Azerbaijani snipers shot Arman Petrosyan?");
    expect(answer.lead?.text).toContain("rejected the account");
    expect(answer.lead?.side).toBe("azerbaijan");
  });

  it("still leads 'who shot Arman Petrosyan' with the account of the shooting", () => {
    expect(ask(index, "Who shot Arman Petrosyan?").lead?.text).toContain("shot dead by sniper fire");
  });
});

describe("a yes-or-no question about losses is answered by the casualty figure", () => {
  const sentence = (id: string, text: string) => ({ id, passageId: "p", text });
  const scene: SentenceFacts = {
    sentence: sentence("s1", "All afternoon, people in the valley heard the shelling where the armies fought."),
    heading: false,
    claims: [],
    figures: [],
    places: [],
    published: null,
  };
  const figure: CasualtyFigure = {
    claimedBy: "armenia",
    affected: "armenia",
    killed: null,
    wounded: 0,
    qualifier: null,
    date: null,
    file: "f.txt",
    passageId: "p",
    sentenceId: "s2",
    sentence: "The governor said no civilians had been injured.",
  };
  const governor: SentenceFacts = { ...scene, sentence: sentence("s2", "The governor said no civilians had been injured."), figures: [figure] };

  it("lifts a sentence with a casualty figure for 'were any people hurt in the fighting?' as a figure question would", () => {
    const question = understandQuestion("were any people in the valley villages hurt in the fighting?");
    expect(questionFit(question, governor) / questionFit(question, scene)).toBeGreaterThanOrEqual(1.5);
  });

  it("does not lift it for a question that asks nothing about losses", () => {
    const question = understandQuestion("were the valley villages shelled in the fighting?");
    expect(questionFit(question, governor)).toBe(questionFit(question, scene));
  });
});

describe("a toll that follows the sentence telling its incident", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "mingachevir.txt",
      published: "2020-10-18",
      paragraphs: [
        "Baku accused Armenian forces of firing a rocket at the city of Mingachevir early Sunday. The prosecutor's office said four civilians had been killed and 12 wounded when a school was hit.",
        filler,
        "Hundreds of people died in the battles along the southern front, officials in both capitals said.",
      ],
      places: ["Mingachevir"],
      claims: [{ paragraph: 0, fragment: "Baku accused", side: "azerbaijan", speaker: "Baku", kind: "accusation", date: "2020-10-18" }],
      casualties: [
        {
          paragraph: 0,
          fragment: "four civilians",
          claimedBy: "azerbaijan",
          affected: "azerbaijan",
          killed: 4,
          wounded: 12,
          qualifier: null,
          date: "2020-10-18",
        },
      ],
    }),
  );

  it("leads 'how many people died in the rocket strike on Mingachevir?' with the toll, not the accusation", () => {
    expect(ask(index, "How many people died in the rocket strike on Mingachevir?").lead?.text).toContain("four civilians had been killed");
  });
});

describe("'how many crew died' is answered by a count of crew", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "helicopter.txt",
      published: "2014-11-13",
      paragraphs: [
        "Azerbaijan's defence ministry said on Thursday that 12 of its soldiers had been killed this month and that one of its Mi-24 helicopters had been shot down.",
        "The ministry said the helicopter had been on a training flight and that its three crew members died when it was shot down.",
      ],
      casualties: [
        {
          paragraph: 0,
          fragment: "12 of its soldiers",
          claimedBy: "azerbaijan",
          affected: "azerbaijan",
          killed: 12,
          wounded: null,
          qualifier: null,
          date: "2014-11-13",
        },
        {
          paragraph: 1,
          fragment: "three crew members",
          claimedBy: "azerbaijan",
          affected: "azerbaijan",
          killed: 3,
          wounded: null,
          qualifier: null,
          date: "2014-11-12",
        },
      ],
    }),
  );

  it("reads the counted noun after 'how many' and finds it after a number", () => {
    expect(countsWhatIsAsked("How many crew died when the Mi-24 was shot down?", "its three crew members died")).toBe(true);
    expect(countsWhatIsAsked("How many crew died when the Mi-24 was shot down?", "12 of its soldiers had been killed")).toBe(false);
    expect(countsWhatIsAsked("how many azerbaijani troops died?", "12 servicemen were killed")).toBe(true);
  });

  it("leads with the crew's count, not the month's toll of soldiers", () => {
    expect(ask(index, "How many crew died when the Mi-24 was shot down?").lead?.text).toContain("three crew members");
  });
});

describe("'which officer died' is answered by the sentence that names him", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "patrol.txt",
      published: "2021-09-02",
      paragraphs: [
        "A car carrying Russian peacekeepers came under fire near the village of Tagavard on Wednesday, and the officers in the car were killed, the ministry said.",
        "Among the dead was Colonel Pavel Orlov, deputy chief of staff of the contingent, the ministry said later.",
        "The contingent has patrolled the area since the 2020 agreement.",
      ],
      places: ["Tagavard"],
      claims: [{ paragraph: 0, fragment: "came under fire", side: "russia", speaker: "the ministry", kind: "casualties", date: "2021-09-01" }],
    }),
  );

  it("reads 'which senior naval officer died …' as asking who, not as a question for the mediators", () => {
    expect(understandQuestion("Which senior Russian officer died when the peacekeepers' car was shot at?").asked).toBe("who");
  });

  it("leads with the named officer, not the account of the shooting", () => {
    expect(ask(index, "Which senior Russian officer died when the peacekeepers' car was shot at?").lead?.text).toContain("Colonel Pavel Orlov");
  });
});

describe("'how many had died by <date>' is answered by the running total of that time", () => {
  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "april2016.txt",
        published: "2016-04-03",
        paragraphs: ["Officials in Stepanakert put their own losses at 18 servicemen killed and 35 wounded in the fighting."],
        claims: [
          {
            paragraph: 0,
            fragment: "put their own losses",
            side: "nagorno-karabakh",
            speaker: "Officials in Stepanakert",
            kind: "casualties",
            date: "2016-04-03",
          },
        ],
        casualties: [
          {
            paragraph: 0,
            fragment: "18 servicemen",
            claimedBy: "nagorno-karabakh",
            affected: "nagorno-karabakh",
            killed: 18,
            wounded: 35,
            qualifier: null,
            date: "2016-04-03",
          },
        ],
      },
      {
        file: "october2020.txt",
        published: "2020-10-10",
        paragraphs: ["The Karabakh defence ministry has so far confirmed the deaths of 404 of its servicemen since the war began on 27 September."],
        claims: [{ paragraph: 0, fragment: "404", side: "nagorno-karabakh", speaker: "The Karabakh defence ministry", kind: "casualties", date: "2020-10-10" }],
        casualties: [
          {
            paragraph: 0,
            fragment: "404",
            claimedBy: "nagorno-karabakh",
            affected: "nagorno-karabakh",
            killed: 404,
            wounded: null,
            qualifier: null,
            date: "2020-10-10",
          },
        ],
      },
    ),
  );

  it("leads 'how many Karabakh troops had died by 10 October 2020 according to Stepanakert' with that autumn's total, not a 2016 toll", () => {
    expect(ask(index, "how many karabakh troops had died by 10 october 2020 according to stepanakert?").lead?.text).toContain("404");
  });
});

describe("a question's word the article does not use", () => {
  const index = buildAnswerIndex(
    corpusFixture(
      {
        file: "state-funeral.txt",
        published: "2003-12-16",
        paragraphs: ["Presidents and ministers from a dozen countries came to Baku on Monday. Yerevan sent no one to the ceremony."],
      },
      {
        file: "funeral-costs.txt",
        published: "2003-12-20",
        paragraphs: ["Officials in Baku said the funeral costs of the late leader were covered by the state budget and they would send no bill to anyone."],
      },
    ),
  );

  it("answers 'did Yerevan send anyone to the funeral' with who came to the ceremony", () => {
    expect(ask(index, "Did Yerevan send anyone to the funeral in Baku?").lead?.text).toContain("sent no one to the ceremony");
  });
});

describe("'how many died' is not answered by a count of wounded only", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "border2022.txt",
      published: "2022-09-13",
      paragraphs: [
        "Azerbaijan's border service said one of its servicemen was wounded in the border fighting near Kalbajar on Tuesday.",
        '"As a result of the provocation, 50 servicemen of the army were martyred," the defence ministry said in a statement.',
      ],
      places: ["Kalbajar"],
      claims: [
        { paragraph: 0, fragment: "border service", side: "azerbaijan", speaker: "Azerbaijan's border service", kind: "casualties", date: "2022-09-13" },
        { paragraph: 1, fragment: "martyred", side: "azerbaijan", speaker: "the defence ministry", kind: "casualties", date: "2022-09-13" },
      ],
      casualties: [
        {
          paragraph: 0,
          fragment: "was wounded",
          claimedBy: "azerbaijan",
          affected: "azerbaijan",
          killed: null,
          wounded: 1,
          qualifier: null,
          date: "2022-09-13",
        },
        {
          paragraph: 1,
          fragment: "martyred",
          claimedBy: "azerbaijan",
          affected: "azerbaijan",
          killed: 50,
          wounded: null,
          qualifier: null,
          date: "2022-09-13",
        },
      ],
    }),
  );

  it("leads 'how many Azerbaijani troops died in the border fighting near Kalbajar' with the 50 dead", () => {
    expect(ask(index, "how many azerbaijani troops died in the border fighting near kalbajar according to baku?").lead?.text).toContain("50 servicemen");
  });
});
