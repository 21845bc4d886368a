// A headline tells in short what a body sentence tells in full, with its speaker: the body
// sentence leads, even when it stands a paragraph or two below the headline.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";
import { restatingSentence } from "../../src/core/answers/restatement.ts";

const indexOf = (file: string, lines: string[]) => buildAnswerIndex(extractCorpus([{ file, text: lines.join("\n") }]).knowledge);

describe("a headline restated further down", () => {
  const index = indexOf("digest.md", [
    "# Regional digest",
    "",
    "Lowland Monitor · 9 May 1994",
    "",
    "## Azerbaijani official says 12 killed in Tovuz shelling",
    "",
    "The head of the Tovuz district executive authority, Ramiz Aliyev, spoke to journalists at his office on Sunday afternoon, after visiting the villages along the border.",
    "",
    "He described a week of nightly bombardment from across the frontier and said several schools had closed.",
    "",
    "Aliyev said that about 12 people had died in the shelling of Tovuz, 20 more were missing, 30 had been taken hostage and 40 were injured. He said that armoured vehicles had led the assault. Fewer than 500 inhabitants reached the district centre.",
    "",
    "## Yerevan rejects the account",
    "",
    "Armenia's foreign ministry said its forces had only returned fire.",
  ]);

  it("leads with the sentence that gives the headline's figure and names the speaker", () => {
    expect(ask(index, "Tovuz death toll according to Azerbaijani officials").lead?.text).toContain("Aliyev said that about 12 people had died");
  });

  it("keeps the paragraph under a headline that no body sentence restates", () => {
    expect(ask(index, "Did Yerevan reject the account?").lead?.text).toContain("only returned fire");
  });
});

describe("which body sentence restates a headline", () => {
  const index = indexOf("wire.txt", [
    "Ministry says 7 soldiers killed near Sotk",
    "Lowland Press · 14 June 2021",
    "",
    "Fighting resumed near Sotk on Monday.",
    "",
    "The ministry said that seven soldiers had been killed near Sotk, without naming them.",
    "",
    "The ministry said that 7 soldiers had been killed near Sotk and two more wounded.",
  ]);
  const records = index.search.passages;
  const restated = (headline: string) => restatingSentence(headline, records)?.[1].text ?? null;

  it("is the sentence that gives the headline's figure in digits and most of its words", () => {
    expect(restated("Ministry says 7 soldiers killed near Sotk")).toBe("The ministry said that 7 soldiers had been killed near Sotk and two more wounded.");
  });
  it("is none when no sentence gives the headline's figure", () => {
    expect(restated("Ministry says 9 soldiers killed near Sotk")).toBeNull();
  });
  it("is none for a label of one or two words", () => {
    expect(restated("Sotk fighting")).toBeNull();
  });
});
