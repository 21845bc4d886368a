// Two classes of wrong lead, on articles of our own: a "which general" question answered by the
// incident's other victim, and a strike's toll replaced by the same ministry's count of the whole
// war's soldiers (an "update" of other victims). And a negative contraction read as a typo.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { whichNoun } from "../../src/core/answers/leadScore.ts";
import { countsOtherVictims } from "../../src/core/answers/tollChanges.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";
import { isStopWord } from "../../src/core/search/stopWords.ts";
import { searchTerms } from "../../src/core/search/tokenize.ts";

const index = buildAnswerIndex(
  extractCorpus([
    {
      file: "tovuz.md",
      text: [
        "# Border fighting near Tovuz claims a general",
        "",
        "Caspian Courier · 15 July 2020",
        "",
        "An Azerbaijani pensioner, Kamran Huseynov, was killed in the July 2020 Tovuz fighting when shells hit the village of Alibeyli, Azerbaijan's Foreign Ministry said.",
        "",
        "The Defence Ministry in Baku said Major General Rauf Nadirov, a corps chief of staff, had died at the front on Tuesday.",
        "",
        "Officials in Baku said the retired officer Hasan Guliyev could not be reached.",
      ].join("\n"),
    },
    {
      file: "crescent.md",
      text: [
        "# Aid office shuts",
        "",
        "Caspian Courier · 30 October 2024",
        "",
        "The aid office in Ganja stopped working this autumn, its staff said.",
        "",
        "The office in Ganja stopped working at the beginning of September, when the city withdrew its permit.",
        "",
        "The tribunal must rule on the aid office's permit, the city's lawyers said.",
        "",
        "The tribunal must rule on the permit within eight weeks.",
      ].join("\n"),
    },
    {
      file: "mingachevir.md",
      text: [
        "# Rocket hits Mingachevir",
        "",
        "Caspian Courier · 20 October 2020",
        "",
        "A rocket struck a block of flats in Mingachevir on Monday night.",
        "",
        "Azerbaijan's Prosecutor General's Office said the rocket strike on Mingachevir killed 7 people and wounded 22.",
        "",
        "Azerbaijan's Defence Ministry said on Monday the number of its soldiers who had died in the war had risen to 2,900.",
      ].join("\n"),
    },
  ]).knowledge,
);

describe("a 'which' question's noun", () => {
  it("is the last word before its verb", () => {
    expect(whichNoun("which district couldn't the applicants return to?")).toBe("district");
    expect(whichNoun("which Azerbaijani general was killed near Tovuz?")).toBe("gener");
    expect(whichNoun("which border areas does the advice warn against?")).toBe("area");
  });
  it("is none where the names of several people are asked, or no noun stands before the verb", () => {
    expect(whichNoun("which former leaders did prosecutors want jailed for life?")).toBeNull();
    expect(whichNoun("which of the objections did the court accept?")).toBeNull();
  });
  it("leads with the sentence naming the general, not the civilian killed the same day", () => {
    expect(ask(index, "which azerbaijani general was killed in the july 2020 tovuz fighting?").lead?.text).toContain("Major General Rauf Nadirov");
  });
});

describe("a toll of other victims", () => {
  it("tells people killed apart from soldiers, not a count that names both or neither", () => {
    expect(countsOtherVictims("the strike killed 7 people and wounded 22", "the number of its soldiers who had died had risen to 2,900")).toBe(true);
    expect(countsOtherVictims("the strike killed 7 people", "the death toll had risen to 9")).toBe(false);
    expect(countsOtherVictims("killed 12 soldiers", "the toll has risen to 14 servicemen")).toBe(false);
  });
  it("reads a part named after the toll ('including two civilians') as among the dead, not as whom it counts", () => {
    expect(countsOtherVictims("at least 49 of its soldiers were killed", "the council raised its toll to 64 killed, including two civilians")).toBe(false);
    expect(countsOtherVictims("12 of its servicemen died", "the toll rose to 30, two of them civilians")).toBe(false);
    expect(countsOtherVictims("12 of its servicemen died", "the toll rose to 30, with some civilians still missing")).toBe(false);
    expect(countsOtherVictims("12 of its servicemen died", "the toll of civilians rose to 30")).toBe(true);
  });
  it("does not update a strike's toll of people with the war's count of soldiers", () => {
    expect(ask(index, "how many people died in the rocket strike on Mingachevir?").lead?.text).toContain("killed 7 people");
  });
});

describe("a negative contraction", () => {
  it("is a function word, not a typo of a corpus word", () => {
    // "Which district couldn't they go back to" was read as "which district could …".
    for (const word of searchTerms("couldn't, wouldnt, hasn’t")) expect(isStopWord(word)).toBe(true);
  });
});

describe("a time given in words", () => {
  it("answers 'when' by a part of a month, a day in words or a time limit", () => {
    expect(ask(index, "When did the aid office in Ganja stop working?").lead?.text).toContain("beginning of September");
    expect(ask(index, "When must the tribunal rule on the office's permit?").lead?.text).toContain("within eight weeks");
  });
});
