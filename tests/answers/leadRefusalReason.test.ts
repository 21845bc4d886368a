// "Why did Armenia recall its envoy?", "why does Baku refuse to sign?": a side that refuses or
// withdraws gives its reason as a judgement of what it refuses ("is unacceptable to us", "makes no
// sense"), not in causal words. On articles of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { judgesRefusal } from "../../src/core/answers/refusalReason.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a refusal's reason given as a judgement", () => {
  it("reads a judgement of what was refused as the reason of a refusal, a recall or a walk-out", () => {
    expect(judgesRefusal("Why did Armenia pull its envoy out of Athens?", '"These arms sales are unacceptable to us," she said.')).toBe(true);
    expect(judgesRefusal("Why does Baku refuse to sign the treaty?", "Signing it now makes no sense to us.")).toBe(true);
    expect(judgesRefusal("Why did Yerevan reject the plan?", "The president said Armenia could not accept a text that decided the status in advance.")).toBe(
      true,
    );
  });

  it("does not read a condemnation as the reason of an act that is no refusal", () => {
    expect(judgesRefusal("Why did Azerbaijan shell the village?", "Yerevan called the shelling unacceptable.")).toBe(false);
  });

  const index = indexOf([
    "envoy.md",
    [
      "# Armenia recalls its ambassador from Greece",
      "",
      "Harbour Times · 3 October 2020",
      "",
      'Armenia\'s foreign ministry recalled its ambassador from Greece on Thursday, a week after he had presented his credentials in Athens. "The sale of Greek drones to Azerbaijan is unacceptable to us, especially now," spokeswoman Lilit Avagyan said.',
      "",
      "Greece's foreign ministry said it regretted the recall and valued its relations with Yerevan.",
    ],
  ]);

  it("leads with the side's judgement after the sentence telling the recall", () => {
    expect(ask(index, "Why did Armenia recall its ambassador from Greece?").lead?.text).toContain("unacceptable to us");
  });
});
