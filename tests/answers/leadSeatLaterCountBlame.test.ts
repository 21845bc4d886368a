// Three lead classes, each with an article of our own: a place named only as where the speaker sits
// ("the Health Ministry in Baku said …") does not make a toll another place's; a count given after the
// first in words that need not say it rose ("eventually reported", "by the following day … put") is
// the latest toll; and "who did Yerevan blame for …" asks the side's own word.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { placesBeyondSeats } from "../../src/core/answers/speakerSeat.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

describe("a place named as the speaker's seat", () => {
  it("is not where what the sentence tells happened", () => {
    expect(placesBeyondSeats("On Friday the Health Ministry in Baku said 150 servicemen had died.")).toEqual([]);
    expect(placesBeyondSeats("Officials in Yerevan said the shelling of Goris killed two.")).toEqual(["Goris"]);
    expect(placesBeyondSeats("She told a news conference in Yerevan that 40 houses in Jermuk were damaged.")).toEqual(["Jermuk"]);
    expect(placesBeyondSeats("The ministry said seven people were killed in Ganja.")).toEqual(["Ganja"]);
  });

  it("leaves the side's toll of the fighting asked in the lead", () => {
    const index = buildAnswerIndex(
      extractCorpus([
        {
          file: "offensive.md",
          text: [
            "# The cost of a short war",
            "",
            "Lowland Review · 29 September 2023",
            "",
            "The fighting in Nagorno-Karabakh lasted a single day.",
            "",
            "Baku was slower to give numbers. President Ilham Aliyev acknowledged that some soldiers had been killed. On Friday the Health Ministry in Baku said 150 servicemen had died and 400 had been wounded. It reported one civilian killed.",
          ].join("\n"),
        },
      ]).knowledge,
    );
    expect(ask(index, "how many soldiers did azerbaijan say it lost in the september 2023 karabakh offensive?").lead?.text).toContain("150 servicemen");
  });
});

describe("a count given after the first", () => {
  it("leads as the latest toll, though it does not say the toll rose", () => {
    const index = buildAnswerIndex(
      extractCorpus([
        {
          file: "border.md",
          text: [
            "# Counting the dead of the border fighting",
            "",
            "Lowland Review · 6 October 2022",
            "",
            "Azerbaijani forces shelled towns in southern Armenia for two days in September.",
            "",
            "On the morning of 14 September the Armenian prime minister told parliament that 37 Armenian servicemen had been confirmed dead. The prime minister eventually reported that at least 180 Armenian servicemen had been killed or gone missing.",
          ].join("\n"),
        },
      ]).knowledge,
    );
    expect(ask(index, "how many armenian soldiers were killed in the september 2022 border fighting?").lead?.text).toContain("at least 180");
  });
});

describe("a later count of something else", () => {
  it("does not update the toll of what is asked", () => {
    const index = buildAnswerIndex(
      extractCorpus([
        {
          file: "helicopter.md",
          text: [
            "# Helicopter downed near the line",
            "",
            "Lowland Review · 14 November 2014",
            "",
            "Armenia's defence ministry said an Mi-24 helicopter had been shot down on Wednesday and that its three crew members were killed.",
            "",
            "Over the whole year, Armenian officials eventually put their losses at 27 soldiers killed.",
          ].join("\n"),
        },
      ]).knowledge,
    );
    expect(ask(index, "How many crew died when the Mi-24 was shot down in November 2014?").lead?.text).toContain("three crew members");
  });
});

describe("whom a side blamed", () => {
  it("is answered by the side's own word, not another side's accusation elsewhere", () => {
    const index = buildAnswerIndex(
      extractCorpus([
        {
          file: "summit.md",
          text: [
            "# Summit in Kazan ends without a deal",
            "",
            "Lowland Review · 25 June 2011",
            "",
            "The presidents of Armenia and Azerbaijan met in Kazan on Friday and parted without agreeing the principles of a settlement.",
            "",
            'Armenian Foreign Minister Edward Nalbandian told journalists that there had been no breakthrough because Azerbaijan "was not ready" to accept the mediators\' text.',
          ].join("\n"),
        },
        {
          file: "mediators.md",
          text: [
            "# Aliyev rebukes mediators",
            "",
            "Lowland Review · 3 April 2016",
            "",
            "President Ilham Aliyev spoke to his Security Council about the talks and their failure.",
            "",
            "He accused the international mediators of tolerating the failure of every summit for twenty years.",
          ].join("\n"),
        },
      ]).knowledge,
    );
    expect(ask(index, "Who did Armenia blame for the failure of the Kazan summit?").lead?.text).toContain("Nalbandian");
  });

  it("but a side named after the charge is the one accused, not the speaker asked", () => {
    const index = buildAnswerIndex(
      extractCorpus([
        {
          file: "protest.md",
          text: [
            "# Border protest grows in Tavush",
            "",
            "Lowland Review · 10 May 2024",
            "",
            'Archbishop Sahak Melikyan, who leads the protest movement in Tavush, accuses the government of "giving away Armenian land" near the border villages.',
            "",
            "The shadow over the talks is the fighting of September 2022, when Armenia said 207 of its servicemen were killed, and the Armenian government says it will not reopen it.",
          ].join("\n"),
        },
      ]).knowledge,
    );
    expect(ask(index, "what did the archbishop accuse the armenian government of over tavush").lead?.text).toContain("giving away Armenian land");
  });
});
