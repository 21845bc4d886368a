// Classes of lead error first seen in business press and opinion formats (issue 8): "since" that
// tells a time ("since 3 May") gives no reason, while what a protest is "against" does; a side's
// adjective before a movement ("Armenian protesters") names no government that speaks; "who was
// killed" is answered by the dead told by what they were ("two border guards"), not by a count of people.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { asksWhoDied, givesReasonIn, namesVictimsByRole } from "../../src/core/answers/leadScore.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Traders in the capital said the market had been quiet for most of the week.";

describe("'since' gives a reason only when it does not tell a time", () => {
  it("reads 'since 3 May' and 'since then' as times", () => {
    expect(givesReasonIn("Since 3 May, a crowd of students has stood at the checkpoint.")).toBe(false);
    expect(givesReasonIn("Since then the pass has stayed shut.")).toBe(false);
    expect(givesReasonIn("Since the start of the month the crossing has been closed.")).toBe(false);
    expect(givesReasonIn("It is the editor's third fast since her detention; the last one lasted a week.")).toBe(false);
    expect(givesReasonIn("He has lost weight since his arrest in May.")).toBe(false);
  });

  it("still reads 'since' before a clause as a cause", () => {
    expect(givesReasonIn("The depot was shut since the bridge to it is unsafe.")).toBe(true);
    expect(givesReasonIn("The talks stalled since his government refuses to meet.")).toBe(true);
  });

  it("reads what a protest is against as its reason", () => {
    expect(givesReasonIn("The marchers say they are demonstrating against the sale of the quarry.")).toBe(true);
    expect(givesReasonIn("Farmers rallied against the new water tariff.")).toBe(true);
    expect(givesReasonIn("The editor began a hunger strike against what she calls a rigged trial.")).toBe(true);
    expect(givesReasonIn("The bishop has spent a month leading protests against the border deal.")).toBe(false);
  });
});

describe("a side's adjective before a movement names no speaking government", () => {
  it("reads 'armenian protesters' as nobody's state", () => {
    expect(understandQuestion("why were armenian protesters occupying the square in june 2018?").claimant).toBeNull();
    expect(understandQuestion("what did the azerbaijani eco-activists demand at the quarry?").claimant).toBeNull();
  });

  it("still reads 'armenian officials' as the side that speaks", () => {
    expect(understandQuestion("why were armenian officials closing the pass in june 2018?").claimant).toBe("armenia");
  });
});

describe("a why-question about a protest is answered by what it is against", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "quarry.txt",
      published: "2019-06-14",
      paragraphs: [
        "Since 3 June, a group of Armenian activists calling themselves defenders of the gorge has blocked the quarry road near Dilijan.",
        "The activists say they are demonstrating against the felling of old forest for the quarry's new access track.",
        "Armenian officials insist the road remains open for safety purposes and that lorries can pass at night.",
        filler,
      ],
      claims: [
        { paragraph: 1, fragment: "demonstrating against the felling", side: "other", speaker: "The activists", kind: "accusation" },
        { paragraph: 2, fragment: "remains open", side: "armenia", speaker: "Armenian officials", kind: "statement" },
      ],
    }),
  );

  it("leads 'why were armenian activists blocking the quarry road' with the activists' reason", () => {
    const answer = ask(index, "why were armenian activists blocking the quarry road in june 2019?");
    expect(answer.lead?.text).toContain("demonstrating against the felling");
  });
});

describe("'who was killed' is answered by the dead told by what they were", () => {
  it("reads who-died questions", () => {
    expect(asksWhoDied("who was killed in the ambush near the pass?")).toBe(true);
    expect(asksWhoDied("who killed the two guards?")).toBe(false);
  });

  it("tells victims named by their role from a count of people", () => {
    expect(namesVictimsByRole("The ministry said two border guards were shot dead at the post.")).toBe(true);
    expect(namesVictimsByRole("Four people were killed in the ambush.")).toBe(false);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "ambush.txt",
      published: "2021-08-12",
      paragraphs: [
        "On 9 August four people were killed in an ambush on a mountain track near the pass. The local council said two forest rangers were shot dead as they drove to their post. Officials of the other side said two of their sappers were killed while clearing the verge.",
        filler,
      ],
      claims: [
        { paragraph: 0, fragment: "two forest rangers were shot dead", side: "armenia", speaker: "The local council", kind: "casualties" },
        { paragraph: 0, fragment: "two of their sappers were killed", side: "azerbaijan", speaker: "Officials of the other side", kind: "casualties" },
      ],
    }),
  );

  it("leads 'who was killed in the ambush near the pass' with a sentence saying who", () => {
    const answer = ask(index, "who was killed in the august 2021 ambush near the pass?");
    expect(answer.lead?.text).toMatch(/forest rangers|sappers/);
  });
});

describe("'did X deny …' after a sentence of charges traded is answered by X's denial further on", () => {
  const paragraph = (n: number) =>
    `Shepherds from the valley said the herds had been moved to the lower pastures for the ${n === 1 ? "first" : "second"} time that month, and that the road to the market town stayed open.`;
  const index = buildAnswerIndex(
    corpusFixture({
      file: "pass.txt",
      published: "2022-05-16",
      paragraphs: [
        "Armenia and Azerbaijan traded accusations on Monday over a stand-off at a mountain pass, where Azerbaijani troops have dug in beside a reservoir on the Armenian side.",
        "Armenia says Azerbaijani units crossed into its territory near the reservoir on the morning of 12 May and advanced about two kilometres.",
        paragraph(1),
        paragraph(2),
        'Baku calls this a fabrication. Asked about it, the foreign ministry\'s spokeswoman said on Monday the claims were "groundless".',
      ],
      claims: [
        { paragraph: 0, fragment: "traded accusations", side: "armenia", speaker: "Armenia", kind: "accusation" },
        { paragraph: 0, fragment: "traded accusations", side: "azerbaijan", speaker: "Azerbaijan", kind: "accusation" },
        { paragraph: 1, fragment: "Armenia says Azerbaijani units crossed", side: "armenia", speaker: "Armenia", kind: "accusation" },
        { paragraph: 4, fragment: "Baku calls this a fabrication", side: "azerbaijan", speaker: "Baku", kind: "denial" },
        { paragraph: 4, fragment: "the claims were", side: "azerbaijan", speaker: "the foreign ministry's spokeswoman", kind: "denial" },
      ],
    }),
  );

  it("leads 'did azerbaijan deny that its troops crossed into armenia near the reservoir' with Baku's denial", () => {
    const answer = ask(index, "did azerbaijan deny that its troops crossed into armenia near the reservoir?");
    expect(answer.lead?.text).toMatch(/fabrication|groundless/);
  });
});

describe("the dead 'named as' a source gave them are that source's word", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "orchard.txt",
      published: "2015-09-30",
      paragraphs: [
        "According to the regional radio station, two villagers were killed when mortar rounds fell on the orchards. The victims were named as Anahit Melikyan, 71, and Gevorg Sahakyan, 58, both of the upper village.",
        filler,
      ],
      claims: [{ paragraph: 0, fragment: "two villagers were killed", side: "armenia", speaker: "the regional radio station", kind: "casualties" }],
    }),
  );

  it("gives 'who was killed in the orchards' the radio station's side", () => {
    const answer = ask(index, "who was killed when mortar rounds fell on the orchards in september 2015?");
    expect(answer.lead?.text).toContain("were named as");
    expect(answer.lead?.side).toBe("armenia");
  });
});

describe("a short name typed in lower case", () => {
  it("reads 'according to the un' and 'did the icrc say' as the bodies that speak", () => {
    expect(understandQuestion("how many people were displaced according to the un?").claimant).toBe("united-nations");
    expect(understandQuestion("what did the icrc say about the convoy?").claimant).toBe("icrc");
  });

  it("leaves 'us' and 'who' as the words they spell", () => {
    expect(understandQuestion("tell us who shelled the village").claimant).toBeNull();
    expect(understandQuestion("who was the envoy in 1993?").claimant).toBeNull();
  });

  it("reads 'the us' as the United States", () => {
    expect(understandQuestion("what did the us envoy say about the talks?").sides).toContain("united-states");
  });
});
