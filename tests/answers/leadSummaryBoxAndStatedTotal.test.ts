// Three classes of lead error on the annotated sets: a numbered headline or an "In brief:" box gives a
// figure in the question's words and led over the body sentence that gives the same figure with its
// speaker; a toll that rose led with its earlier figure where the page later gives "a total of" more;
// and a question put in words the article does not use ("direct rule", "put in charge").
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { countsOf } from "../../src/core/answers/lead.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const bulletin = [
  "CAUCASUS RELIEF BULLETIN",
  "",
  "IN THIS ISSUE",
  "  1. Armenia: health ministry counts 128 shelling victims since 2021",
  "  2. Georgia: relief convoys resume",
  "",
  "1. ARMENIA: HEALTH MINISTRY COUNTS 128 SHELLING VICTIMS SINCE 2021",
  "",
  "Summary prepared by the bulletin's desk from statements of the Armenian government.",
  "",
  "OVERVIEW",
  "Armenia's health ministry said on 4 March that 128 civilians had been wounded by Azerbaijani shelling of border villages since the start of 2021. The ministry said most of them lived in the Syunik and Gegharkunik provinces.",
  "",
  "Relief groups have asked for more money for shelters in the border villages.",
].join("\n");

const sotk = [
  "Drone strike on Sotk: what we know",
  "",
  "In brief: Armenia's human rights defender says an Azerbaijani drone strike on Sotk on 13 September killed 4 civilians. Azerbaijan denies targeting homes.",
  "",
  "The strike hit a row of houses at the edge of the village before dawn, residents said.",
  "",
  "On the day of the strike, Armenia's human rights defender said 4 people, among them a teenager, had been killed and 11 wounded, and that two houses had burnt down.",
  "",
  "Azerbaijan's defence ministry said its forces had only fired at military positions.",
].join("\n");

const depot = [
  "Warehouse blast near Martuni: toll rises",
  "",
  "By our regional desk",
  "",
  "Late on Monday, the Karabakh emergencies ministry said the death toll from the warehouse explosion near Martuni had risen to 19.",
  "",
  "The cause of the blast, at an ammunition warehouse outside the town, has not been established.",
  "",
  "The emergencies ministry said on Thursday that a total of 47 bodies had been recovered from the ruins of the warehouse, sharply raising its previous toll of 19.",
  "",
  "Rescue teams were still searching the site, the ministry said.",
].join("\n");

const decree = [
  "Moscow takes over the enclave",
  "",
  "The Soviet government announced on Saturday that the disputed region will now be governed directly from Moscow, to end a year of unrest.",
  "",
  "A decree of the Supreme Soviet places the region in the hands of a special committee headed by the Kremlin envoy Pavel Orlov, who will hold the powers of the local bodies.",
  "",
  "Local officials in Stepanakert said they had not been consulted.",
].join("\n");

const other = [
  "Ceasefire talks resume in Moscow",
  "",
  "The foreign ministers of Armenia and Azerbaijan met in Moscow on Friday, the Russian foreign ministry said.",
  "",
  "Azerbaijan's defence ministry said two of its soldiers were wounded near Kalbajar on Thursday.",
].join("\n");

describe("summary lines, stated totals and words the article does not use", () => {
  const index = buildAnswerIndex(
    extractCorpus([
      { file: "bulletin.txt", text: bulletin },
      { file: "sotk.md", text: sotk },
      { file: "depot.txt", text: depot },
      { file: "decree.txt", text: decree },
      { file: "other.txt", text: other },
    ]).knowledge,
  );

  it("reads a line's counts without its years, days or list number", () => {
    expect(countsOf("1. ARMENIA: HEALTH MINISTRY COUNTS 128 SHELLING VICTIMS SINCE 2021")).toEqual(["128"]);
    expect(countsOf("a drone strike on Sotk on 13 September killed 4 civilians")).toEqual(["4"]);
    expect(countsOf("on October 17 some 1,200 people fled")).toEqual(["1200"]);
  });

  it("lets a numbered headline give way to the body sentence with the same figure and its speaker", () => {
    const answer = ask(index, "how many shelling victims has armenia had since 2021?");
    expect(answer.lead?.text).toContain("128 civilians had been wounded");
  });

  it("lets an 'In brief:' box give way to the body sentence with the same toll and its speaker", () => {
    const answer = ask(index, "how many people died in the drone strike on sotk on 13 september 2022?");
    expect(answer.lead?.text).toContain("4 people, among them a teenager, had been killed");
  });

  it("leads a toll that rose with the total the page gives last", () => {
    const answer = ask(index, "how many people were killed in the warehouse explosion near martuni?");
    expect(answer.lead?.text).toContain("a total of 47 bodies had been recovered");
  });

  it("finds rule from the centre told as a verb when the question says 'direct rule'", () => {
    const answer = ask(index, "who was put in charge when moscow imposed direct rule on the region?");
    expect(answer.sources.slice(0, 3).some((s) => s.text.includes("headed by the Kremlin envoy Pavel Orlov"))).toBe(true);
  });
});
