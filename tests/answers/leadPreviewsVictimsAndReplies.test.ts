// Classes of lead error read in the newest sets of issue 8, each on a small corpus written for it: a
// page's preview of itself never leads; a first toll of civilians is not the first of the soldiers';
// a bare denial keeps the lead over the side's confirming part of the charge; the outlet's account of a
// side's act with the condition it set answers why; a side's reply to the claim before it answers
// whether it agreed to that claim.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { previewsItsPage } from "../../src/core/answers/pageSelfPreview.ts";
import { countsWhatIsAsked, deedAsked, tellsDoerOfDeed } from "../../src/core/answers/leadScore.ts";
import { sentenceDoer } from "../../src/core/answers/doer.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

describe("a page's preview of itself never leads", () => {
  it("reads a page announcing what it covers", () => {
    expect(previewsItsPage("We look at who fired first, how the toll grew and why the monitors left the valley.")).toBe(true);
    expect(previewsItsPage("In this episode we ask what the border deal changed for the herders.")).toBe(true);
    expect(previewsItsPage("This video explains how the dam came to be shelled.")).toBe(true);
    expect(previewsItsPage("Below, we trace the talks from Tbilisi to Vienna.")).toBe(true);
  });

  it("does not read an official's 'we' or a report as a preview", () => {
    expect(previewsItsPage("We look forward to the next round of talks.")).toBe(false);
    expect(previewsItsPage("We ask the co-chairs to send observers at once.")).toBe(false);
    expect(previewsItsPage("We lost eleven men on the ridge.")).toBe(false);
    expect(previewsItsPage("This report was corrected on Monday.")).toBe(false);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "valley-podcast.md",
      published: "2024-05-10",
      paragraphs: [
        "We look at who killed the monitors in the Arpa valley, how the toll grew and why the mission left.",
        filler,
        "The regional prosecutor said three monitors had been killed when an artillery unit fired on their convoy near Arpa.",
      ],
      places: ["Arpa"],
      claims: [{ paragraph: 2, fragment: "three monitors", side: "armenia", speaker: "The regional prosecutor", kind: "casualties" }],
      casualties: [{ paragraph: 2, fragment: "three monitors", claimedBy: "armenia", affected: "other", killed: 3, wounded: null, qualifier: null }],
    }),
  );

  it("leads 'who killed the monitors in the Arpa valley' with the account of the killing, not the preview", () => {
    expect(ask(index, "Who killed the monitors in the Arpa valley?").lead?.text).toContain("three monitors had been killed");
  });

  it("reads 'who killed' as asking the doer of the killing", () => {
    const stem = deedAsked({ asked: "who", text: "who killed the monitors" });
    expect(stem).not.toBeNull();
    expect(tellsDoerOfDeed(stem ?? "", "Three monitors were killed by an artillery unit.")).toBe(true);
  });
});

describe("a first toll of civilians is not the first toll of the soldiers", () => {
  it("counts servicemen as the soldiers asked and a number in words as a count", () => {
    expect(countsWhatIsAsked("how many soldiers died", "fourteen servicemen had been killed")).toBe(true);
    expect(countsWhatIsAsked("how many soldiers died", "a woman and her son had been killed")).toBe(false);
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "first-day.txt",
      published: "2021-04-02",
      paragraphs: [
        "Fighting broke out along the northern front on the first day of the offensive.",
        "A spokesman for the Syunik governor said a woman and her son had been killed by shelling of Goris on the first day.",
        "The Armenian defence ministry said fourteen servicemen had been killed on the first day of the offensive and more than fifty wounded.",
      ],
      places: ["Goris", "Syunik"],
      claims: [
        { paragraph: 1, fragment: "a woman and her son", side: "armenia", speaker: "A spokesman for the Syunik governor", kind: "casualties" },
        { paragraph: 2, fragment: "fourteen servicemen", side: "armenia", speaker: "The Armenian defence ministry", kind: "casualties" },
      ],
      casualties: [
        { paragraph: 1, fragment: "a woman and her son", claimedBy: "armenia", affected: "armenia", killed: 2, wounded: null, qualifier: null },
        { paragraph: 2, fragment: "fourteen servicemen", claimedBy: "armenia", affected: "armenia", killed: 14, wounded: 50, qualifier: null },
      ],
    }),
  );

  it("leads 'how many Armenian soldiers died on the first day' with the soldiers' toll", () => {
    expect(ask(index, "How many Armenian soldiers died on the first day of the offensive?").lead?.text).toContain("fourteen servicemen");
  });
});

describe("a bare denial keeps the lead over the part of the charge the side confirms", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "drones.txt",
      published: "2022-09-14",
      paragraphs: [
        "The Georgian interior ministry said its air defences had brought down three Russian drones over the Kodori gorge.",
        "Russia's defence ministry denied the claim. It did confirm that one of its reconnaissance drones had been lost near Kodori, and said it had crashed.",
      ],
      places: ["Kodori"],
      claims: [
        { paragraph: 0, fragment: "brought down three", side: "other", speaker: "The Georgian interior ministry", kind: "accusation" },
        { paragraph: 1, fragment: "denied the claim", side: "russia", speaker: "Russia's defence ministry", kind: "denial" },
        { paragraph: 1, fragment: "did confirm", side: "russia", speaker: "Russia's defence ministry", kind: "statement" },
      ],
    }),
  );

  it("leads 'did Russia deny that Georgia shot down three of its drones' with the denial", () => {
    expect(ask(index, "Did Russia deny that Georgia shot down three of its drones over Kodori?").lead?.text).toContain("denied the claim");
  });
});

describe("the outlet's account of a side's act with the condition it set answers why", () => {
  it("reads a doer before an adverb of time", () => {
    expect(sentenceDoer("Azerbaijan then suspended all traffic on the bridge.")).toBe("azerbaijan");
  });

  const index = buildAnswerIndex(
    corpusFixture({
      file: "bridge.md",
      published: "2023-07-01",
      paragraphs: [
        '"The peacekeepers are talking with both sides in order to reopen the Hakari bridge for lorries," the Russian commander said.',
        "Azerbaijan's foreign ministry said Yerevan was smuggling fuel across the bridge in order to supply its units.",
        'Azerbaijan then suspended all traffic on the Hakari bridge "until Armenia stops the smuggling it has organised".',
      ],
      places: ["Hakari"],
      claims: [
        { paragraph: 0, fragment: "peacekeepers are talking", side: "russia", speaker: "the Russian commander", kind: "mediation" },
        { paragraph: 1, fragment: "smuggling fuel", side: "azerbaijan", speaker: "Azerbaijan's foreign ministry", kind: "accusation" },
      ],
    }),
  );

  it("leads 'why did Azerbaijan close the Hakari bridge' with the condition it set", () => {
    const lead = ask(index, "Why did Azerbaijan close the Hakari bridge completely?").lead;
    expect(lead?.text).toContain("until Armenia stops the smuggling");
    // The outlet tells the act; the words quoted on it are Azerbaijan's.
    expect(lead?.side).toBe("azerbaijan");
  });
});

describe("a side's reply to the claim before it answers whether it agreed", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "monitors.html",
      published: "2020-11-12",
      paragraphs: [
        '"The agreement will bring peace to the region," the Russian president said in a televised address, announcing that Russian peacekeepers would patrol the Lachin corridor.',
        "Aliyev said Turkish observers would take part in monitoring the ceasefire alongside Russia. Kremlin spokesman Dmitry Peskov contradicted this, telling reporters the signed text made no mention of it.",
      ],
      places: ["Lachin"],
      claims: [
        { paragraph: 0, fragment: "will bring peace", side: "russia", speaker: "the Russian president", kind: "mediation" },
        { paragraph: 1, fragment: "Turkish observers", side: "azerbaijan", speaker: "Aliyev", kind: "statement" },
        { paragraph: 1, fragment: "contradicted this", side: "russia", speaker: "Dmitry Peskov", kind: "denial" },
      ],
    }),
  );

  it("leads 'did Russia agree that Turkish observers would monitor the ceasefire' with Peskov's reply", () => {
    expect(ask(index, "Did Russia agree that Turkish observers would monitor the ceasefire?").lead?.text).toContain("contradicted this");
  });
});

describe("a purpose to avoid something is a reason", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "memorial.txt",
      published: "2022-05-09",
      paragraphs: [
        "Veterans' families gathered at the hilltop memorial in Gyumri on Monday to stop the defence minister from laying a wreath.",
        "This time the defence minister and his deputies did not go to the Gyumri memorial. According to local media, they wished to avoid a confrontation with the families at the memorial.",
      ],
      places: ["Gyumri"],
    }),
  );

  it("leads 'why did the defence minister not go to the Gyumri memorial' with what they wished to avoid", () => {
    expect(ask(index, "Why did the defence minister not go to the Gyumri memorial?").lead?.text).toContain("wished to avoid a confrontation");
  });
});
