// Lead classes of issue 8 ("answers that answer") from the first contact with blind137–139, each on a
// small corpus written for it: a count of anything but the dead ("how many villages were shelled",
// "how many people crossed") is not answered by a toll, though the speaker asked gave one beside it;
// a party man who "dismissed the report as nonsense" denies it.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { countsWhatIsAsked, deniesInWords, givesReasonIn } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a count asked with no word of loss asks no toll", () => {
  it.each([
    "how many towns and villages did the governor say were shelled in may?",
    "how many people protested in the capital on sunday?",
    "how many settlers did the monitoring team find in the district?",
    "how many drones did the army say it shot down?".replace("shot down", "downed"),
  ])("reads '%s' as a count of something other than casualties", (q) => {
    expect(understandQuestion(q).notCasualties).toBe(true);
  });

  it.each([
    "how many soldiers did the ministry admit losing?",
    "how many people did the troops shoot in the square?",
    "how many civilians were kiled in the strike?",
    "how many remains had the forensic experts examined?",
    "how many mine victims has the region had since the war?",
  ])("still reads '%s' as a toll", (q) => {
    expect(understandQuestion(q).notCasualties).toBe(false);
  });

  it("counts men, women and children as people, and residential areas as towns and villages", () => {
    expect(countsWhatIsAsked("how many people crossed the bridge?", "By evening some 12,000 men, women and children had crossed.")).toBe(true);
    expect(countsWhatIsAsked("how many towns and villages were shelled?", "The artillery shelled 14 residential areas and communities.")).toBe(true);
  });

  it("counts people who fled or came back as refugees", () => {
    expect(countsWhatIsAsked("how many displaced people returned home?", "Officials said about 30,000 refugees had returned to their homes.")).toBe(true);
  });

  it("reads the number a body 'puts' a count at", () => {
    expect(
      countsWhatIsAsked("how many refugees did the ministry report?", "The ministry puts the number of refugees in the country at close to half a million."),
    ).toBe(true);
  });

  it("does not count a span of time as the thing asked", () => {
    expect(countsWhatIsAsked("how many landmines were on the maps?", "The deal came eight days after a landmine killed two reporters.")).toBe(false);
    expect(countsWhatIsAsked("how many landmines were on the maps?", "The maps showed 40,000 anti-tank and anti-personnel landmines.")).toBe(true);
  });
});

describe("the speaker's count of what is asked, not his toll beside it", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "governor.md",
      title: "Governor's address to the regional council",
      published: "2022-05-20",
      paragraphs: [
        "Governor Artak Melikyan addressed the regional council on Friday about the shelling of the province in May.",
        "> In the early hours of 12 May the enemy's artillery shelled 14 residential areas and communities, including the towns of Norashen and Aygut.",
        "He said the number of dead and wounded in the province had passed 40.",
        filler,
      ],
      claims: [{ paragraph: 2, fragment: "number of dead", side: "armenia", speaker: "He", kind: "statement", date: "2022-05-20" }],
      casualties: [
        {
          paragraph: 2,
          fragment: "number of dead",
          claimedBy: "armenia",
          affected: "armenia",
          killed: 40,
          wounded: null,
          qualifier: null,
          date: "2022-05-20",
        },
      ],
    }),
  );

  it("leads 'how many armenian towns and villages did yerevan say were shelled in may 2022' with the count of places", () => {
    const answer = ask(index, "how many armenian towns and villages did yerevan say were shelled in may 2022?");
    expect(answer.lead?.text).toContain("shelled 14 residential areas");
  });
});

describe("a denial in a dismissive word", () => {
  it.each([
    'A senior deputy dismissed the revelation as "nonsense".',
    "The ministry brushed off the report as a provocation.",
    '"I will refrain from commenting on leaked papers," the press secretary said.',
  ])("reads '%s' as a denial", (s) => {
    expect(deniesInWords(s)).toBe(true);
  });

  it("does not read a dismissal from office as a denial", () => {
    expect(deniesInWords("The president dismissed the defence minister as commander of the army.")).toBe(false);
  });
});

describe("'why did she say …' is answered by what she called the cause", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "briefing.md",
      title: "Volkova: blaming the peacekeepers for the mountain road is unjustified",
      published: "2023-08-31",
      paragraphs: [
        "Question: Yerevan says the peacekeepers are to blame for the closure of the mountain road. What is your comment?",
        "Volkova: The situation on the mountain road is a consequence of Yerevan's recognition of the region as part of its neighbour's territory. This was recorded at two summits last year.",
        "In this context, I believe that placing responsibility on the peacekeepers is inappropriate and unjustified.",
        "In the new conditions that have emerged as a result of that recognition, we see the role of the peacekeepers as helping people on the ground.",
        filler,
      ],
      claims: [
        { paragraph: 1, fragment: "is a consequence of", side: "russia", speaker: "Volkova", kind: "statement", date: "2023-08-31" },
        { paragraph: 1, fragment: "This was recorded", side: "russia", speaker: "Volkova", kind: "statement", date: "2023-08-31" },
        { paragraph: 2, fragment: "placing responsibility", side: "russia", speaker: "Volkova", kind: "statement", date: "2023-08-31" },
        { paragraph: 3, fragment: "In the new conditions", side: "russia", speaker: "Volkova", kind: "statement", date: "2023-08-31" },
      ],
    }),
  );

  it("reads what a thing is 'a consequence of' as its reason", () => {
    expect(givesReasonIn("The situation on the road is a direct consequence of the two capitals' decision.")).toBe(true);
    expect(givesReasonIn("The shortages are a consequence of the closure, officials said.")).toBe(true);
  });

  it("does not read the consequences a side warns of as a reason", () => {
    expect(givesReasonIn("The entire responsibility for the consequences of this offensive rests with its leaders.")).toBe(false);
  });

  it("leads 'why did volkova say the peacekeepers were not to blame for the mountain road situation' with the consequence she named", () => {
    const answer = ask(index, "why did volkova say the peacekeepers were not to blame for the mountain road situation?");
    expect(answer.lead?.text).toContain("is a consequence of Yerevan's recognition");
  });
});
