import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/core/ingest/sentences.ts";

describe("splitSentences", () => {
  it("splits plain sentences ending in full stops, question and exclamation marks", () => {
    expect(splitSentences("Shelling resumed at dawn. Was anyone hurt? Nobody knows! The army is silent.")).toEqual([
      "Shelling resumed at dawn.",
      "Was anyone hurt?",
      "Nobody knows!",
      "The army is silent.",
    ]);
  });

  it("keeps a quote that spans two sentences in one sentence", () => {
    expect(splitSentences("“We will respond. They will pay,” he said. Yerevan did not comment.")).toEqual([
      "“We will respond. They will pay,” he said.",
      "Yerevan did not comment.",
    ]);
  });

  it("treats a mistyped opening quote as the closing one", () => {
    const paragraph =
      "Pashinyan said Baku “must stop now.” “Our patience has limits. We will answer any attack. Nobody should doubt it, “Pashinyan told reporters.";
    expect(splitSentences(paragraph)).toEqual([
      "Pashinyan said Baku “must stop now.”",
      "“Our patience has limits. We will answer any attack. Nobody should doubt it, “Pashinyan told reporters.",
    ]);
  });

  it("ignores quotes for splitting when a paragraph's quotes are unbalanced", () => {
    expect(splitSentences("He called it “a provocation. The ministry agreed. Talks resumed.")).toEqual([
      "He called it “a provocation.",
      "The ministry agreed.",
      "Talks resumed.",
    ]);
  });

  it("splits after a closing quote when the next sentence starts with a quote or a capital", () => {
    expect(splitSentences("The envoy said the talks were “useful.” “We are hopeful,” he added. Moscow agreed.")).toEqual([
      "The envoy said the talks were “useful.”",
      "“We are hopeful,” he added.",
      "Moscow agreed.",
    ]);
  });

  it("does not split after U.S., U.N., titles, ranks or month abbreviations", () => {
    const paragraph = "The U.S. and U.N. envoys met Gen. Aliyev and Lt. Col. Petrosyan with Mr. Brown and Dr. Lee on Sept. 30 in Geneva.";
    expect(splitSentences(paragraph)).toEqual([paragraph]);
  });

  it("does not split inside a cleric's titles", () => {
    const paragraph = '"We pray for the soldiers," said Rev. Fr. Hovsep Baghdasaryan after the service in Glendale.';
    expect(splitSentences(paragraph)).toEqual([paragraph]);
  });

  it("does not split after No. before a number", () => {
    expect(splitSentences("Shells hit School No. 5 in Martuni. Two people were hurt.")).toEqual([
      "Shells hit School No. 5 in Martuni.",
      "Two people were hurt.",
    ]);
  });

  it("does not split after initials", () => {
    expect(splitSentences("The report by J. R. Hovhannisyan was published on Monday. It was disputed.")).toEqual([
      "The report by J. R. Hovhannisyan was published on Monday.",
      "It was disputed.",
    ]);
  });

  it("does not split inside decimals", () => {
    expect(splitSentences("Troops pulled back 2.5 km from the line. The withdrawal took 1.5 days.")).toEqual([
      "Troops pulled back 2.5 km from the line.",
      "The withdrawal took 1.5 days.",
    ]);
  });

  it("does not split at ellipses inside a sentence", () => {
    expect(splitSentences("The statement read: “We reject … any such claim” and went on... at length. Baku replied.")).toEqual([
      "The statement read: “We reject … any such claim” and went on... at length.",
      "Baku replied.",
    ]);
  });

  it("splits only when the next word starts a sentence", () => {
    expect(splitSentences("Casualties rose to 12. 40 more were wounded. the rest is lowercase.")).toEqual([
      "Casualties rose to 12.",
      "40 more were wounded. the rest is lowercase.",
    ]);
  });

  it("folds white space and keeps curly quotes and apostrophes", () => {
    expect(splitSentences("  Armenia’s  ministry\nsaid “no”.  ")).toEqual(["Armenia’s ministry said “no”."]);
  });

  it("returns no sentences for an empty paragraph", () => {
    expect(splitSentences("   ")).toEqual([]);
  });

  it("cuts a sentence over 1,000 characters at spaces, so a run-on file cannot make attribution take minutes", () => {
    const runOn = "Armenia said ".repeat(200).trim();
    const pieces = splitSentences(runOn);
    expect(pieces.length).toBe(3);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(1_000);
    expect(pieces.join(" ")).toBe(runOn);
    expect(splitSentences("x".repeat(2_500)).map((p) => p.length)).toEqual([1_000, 1_000, 500]);
  });
});

describe("a reference work's citation marks", () => {
  it("ends the sentence after the marks that follow its full stop", () => {
    expect(splitSentences("Baku put its losses at 31.[4][5] The same source listed 90 civilians.[6] Yerevan disagreed.[citation needed]")).toEqual([
      "Baku put its losses at 31.[4][5]",
      "The same source listed 90 civilians.[6]",
      "Yerevan disagreed.[citation needed]",
    ]);
  });

  it("ends the sentence after a Markdown footnote mark ('.[^22] Next')", () => {
    expect(splitSentences("Two soldiers died near Chaylu.[^22] The ministry denied it.[^23] Talks resumed.")).toEqual([
      "Two soldiers died near Chaylu.[^22]",
      "The ministry denied it.[^23]",
      "Talks resumed.",
    ]);
  });

  it("ends the sentence after a paper's footnote mark: '(1)', a superscript, a number that lost its superscript", () => {
    expect(splitSentences("Baku counted 600,000 displaced.(1) A relief group counted fewer.² Neither figure was checked.3 The talks went on.")).toEqual([
      "Baku counted 600,000 displaced.(1)",
      "A relief group counted fewer.²",
      "Neither figure was checked.3",
      "The talks went on.",
    ]);
  });

  it("takes no decimal or year for a footnote mark", () => {
    expect(splitSentences("Turnout rose to 3.2 Percent of voters stayed away. He was born in 1990.2 Others came.")).toEqual([
      "Turnout rose to 3.2 Percent of voters stayed away.",
      "He was born in 1990.2 Others came.",
    ]);
  });

  it("keeps a bracketed word that is no citation inside the sentence", () => {
    expect(splitSentences("He said [the army] had left. It had.")).toEqual(["He said [the army] had left.", "It had."]);
  });

  it("goes on past a clock time that opens a reported clause, and ends after one that closes a sentence", () => {
    expect(splitSentences("The army said that at around 7:15 a.m. Azerbaijani forces opened fire. Nobody was hurt.")).toEqual([
      "The army said that at around 7:15 a.m. Azerbaijani forces opened fire.",
      "Nobody was hurt.",
    ]);
    expect(splitSentences("The army said shelling began at 7 a.m. The ombudsman said a school was hit.")).toEqual([
      "The army said shelling began at 7 a.m.",
      "The ombudsman said a school was hit.",
    ]);
  });

  it("goes on past a clock time followed by its other zone in brackets", () => {
    expect(splitSentences("Shelling began at 6 a.m. (0200 GMT) near Sotk, the ministry said. It stopped at noon.")).toEqual([
      "Shelling began at 6 a.m. (0200 GMT) near Sotk, the ministry said.",
      "It stopped at noon.",
    ]);
  });

  it("goes on past a compound rank, a case's 'v.' and a paragraph reference", () => {
    expect(splitSentences("The DAO spoke with Gen-Lt. Sargsyan, who denied it. Lt.-Col. Petrosyan agreed.")).toEqual([
      "The DAO spoke with Gen-Lt. Sargsyan, who denied it.",
      "Lt.-Col. Petrosyan agreed.",
    ]);
    expect(splitSentences("In Armenia v. Azerbaijan the Court ruled (paras. 13-14) on the detainees. It met again.")).toEqual([
      "In Armenia v. Azerbaijan the Court ruled (paras. 13-14) on the detainees.",
      "It met again.",
    ]);
  });

  it("still ends a sentence at a lower-case word that is no abbreviation", () => {
    expect(splitSentences("The talks went on in the capital. Yerevan said nothing.")).toEqual(["The talks went on in the capital.", "Yerevan said nothing."]);
  });

  it("keeps a quoted question with the name that asks it, and ends it where no one is named", () => {
    expect(splitSentences('"Do you think money wins wars?" Ter-Petrosyan asked in 1997. "No." The hall was silent.')).toEqual([
      '"Do you think money wins wars?" Ter-Petrosyan asked in 1997.',
      '"No."',
      "The hall was silent.",
    ]);
  });
});
