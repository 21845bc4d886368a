// "Why did the government stop the mine?" (issue 8): a stop "until the inspection is completed" gives
// its reason as the condition for going on, as "until the dispute is resolved" does; the sentence
// saying so answers, not the statement's defence of the mine, which holds more of the question's
// words. Article of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { givesReasonIn } from "../../src/core/answers/leadScore.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const text = [
  "Highland Mining Letter",
  "9 December 2022",
  "",
  'In a statement, the Karabakh government insisted that the Vardan mine, run by a private company, had operated in line with the highest standards. It said it would nevertheless ask for an outside inspection of the deposit. "Together with the company, a decision was made to temporarily stop the operation of the company\'s mine until the inspection is completed," the statement added.',
  "",
  "Shares in the operator were unchanged in London.",
].join("\n");
const index = buildAnswerIndex(extractCorpus([{ file: "mine.txt", text }]).knowledge);

describe("a stop until something is done", () => {
  it("reads 'until the inspection is completed' as a reason, as 'until the dispute is resolved'", () => {
    expect(givesReasonIn("the mine is closed until the inspection is completed")).toBe(true);
    expect(givesReasonIn("the mine is closed until the dispute is resolved")).toBe(true);
    expect(givesReasonIn("the mine worked until the end of the year")).toBe(false);
  });
  it("leads 'why did the karabakh government stop the vardan mine' with the stop until the inspection is completed", () => {
    expect(ask(index, "why did the karabakh government stop the vardan mine?").lead?.text).toContain("until the inspection is completed");
  });
});
