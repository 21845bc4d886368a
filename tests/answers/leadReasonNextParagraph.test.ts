// "Why did Armenia break off relations with Hungary?": the act stands in one paragraph and the reason
// the side gave for it, an accusation, in the next. Article of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const index = buildAnswerIndex(
  extractCorpus([
    {
      file: "ties.md",
      text: [
        "# Yerevan cuts ties with Budapest",
        "",
        "Upland Ledger · 3 September 2012",
        "",
        'Armenian President Serzh Sargsyan announced the suspension of ties at a meeting with ambassadors in Yerevan. "I declare that from today we cease diplomatic relations with Hungary," he said.',
        "",
        "Mr Sargsyan accused the Hungarian authorities of striking a deal with Baku over the officer's transfer.",
        "",
        "Hungary's government said it had received assurances that the sentence would be served.",
      ].join("\n"),
    },
  ]).knowledge,
);

describe("the reason a side gave, in the paragraph after its act", () => {
  it("leads a 'why' question with the side's accusation rather than the act itself", () => {
    expect(ask(index, "Why did Armenia break off diplomatic relations with Hungary?").lead?.text).toContain("accused the Hungarian authorities");
  });
});
