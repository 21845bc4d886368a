// "What kind of missile hit the town?", "which rockets were used?", "what kinds of torture did they
// describe?": a kind is asked, and a sentence that only names the thing does not say which. On
// articles of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { givesKind, kindAsked } from "../../src/core/answers/kindAsked.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("reading a kind asked", () => {
  it("reads the noun of 'what kind of' and of 'which' for a thing with model names", () => {
    expect(kindAsked("What kind of missile hit Tartar?")?.asked).toContain("missile");
    expect(kindAsked("Which drones were used against the convoy?")?.asked).toContain("drones");
    expect(kindAsked("Which villages were shelled?")).toBeNull();
    expect(kindAsked("How many missiles hit Tartar?")).toBeNull();
  });

  it("takes a model's name or designation before the noun as a kind, not a country's name", () => {
    const missile = kindAsked("what kind of missile was it")!;
    expect(givesKind(missile, "Officials said a Tochka-U tactical missile had been fired.")).toBe(true);
    expect(givesKind(missile, "Investigators found parts of a 9K79 missile in the yard.")).toBe(true);
    expect(givesKind(missile, "An Armenian missile attack killed four people.")).toBe(false);
    expect(givesKind(missile, "Missile fragments were found near the school.")).toBe(false);
  });

  it("takes the ways prisoners were hurt as kinds of torture", () => {
    const torture = kindAsked("What kinds of torture did the prisoners describe?")!;
    expect(givesKind(torture, "One man said guards had given him electric shocks.")).toBe(true);
    expect(givesKind(torture, "The torture of prisoners is a war crime.")).toBe(false);
  });
});

describe("the lead of a question asking a kind", () => {
  const index = indexOf([
    "tartar.md",
    [
      "# Missile attack on Tartar kills four",
      "",
      "Plains Courier · 4 November 2020",
      "",
      "A missile attack on the Azerbaijani town of Tartar killed four civilians on Tuesday, the prosecutor's office said.",
      "",
      "The missile struck a market street in the early afternoon, witnesses said.",
      "",
      "A ministry spokesman said later that the missile that hit Tartar was a Tochka-U ballistic missile.",
    ],
  ]);

  it("leads with the sentence naming the missile's model", () => {
    expect(ask(index, "What kind of missile struck Tartar?").lead?.text).toContain("Tochka-U ballistic missile");
  });

  const prisons = indexOf([
    "prisoners.md",
    [
      "# Freed soldiers describe abuse",
      "",
      "Hill Gazette · 2 March 2021",
      "",
      '"The torture of prisoners of war is a grave crime," said the director of a rights group that interviewed former prisoners.',
      "",
      "The former prisoners said guards had beaten them with batons and given them electric shocks.",
    ],
  ]);

  it("leads with the ways the prisoners were tortured, not the sentence that names torture", () => {
    expect(ask(prisons, "What kind of torture did the former prisoners describe?").lead?.text).toContain("electric shocks");
  });
});

describe("the kind of weapon used at a place", () => {
  const index = indexOf([
    "report.md",
    [
      "# Cluster munitions in two towns",
      "",
      "Field Report · 10 December 2020",
      "",
      "Our researchers examined the strike on Barda and found remnants of rockets in three streets.",
      "",
      "In Barda we identified Smerch 9M55K cluster rockets at the strike site.",
      "",
      "In Stepanakert the researchers documented attacks in which LAR-160 cluster rockets were used by the other side.",
    ],
  ]);

  it("leads with the kind found at the place asked about, not the kind used elsewhere", () => {
    expect(ask(index, "Which rockets were used in the Barda strike?").lead?.text).toContain("Smerch 9M55K");
  });
});
