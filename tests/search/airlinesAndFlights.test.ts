// "Which airlines stopped flying to Baku?" (issue 8): aviation reporting calls an airline a carrier and
// tells flying by the flights flown, so the carrier's own notice ("not operating any flights to Baku,
// the German carrier said") meets the question's words, not only a later line naming "the airline".
// Article of our own.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/search/analyze.ts";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

describe("airlines and their flights", () => {
  it("reads a carrier as an airline, and flights as flying", () => {
    expect(analyze("the carrier")).toEqual(analyze("the airline"));
    expect(analyze("flights")).toEqual(analyze("flying"));
  });

  const text = [
    "Gulf Route Notice",
    "2 October 2023",
    "",
    '"Condor is not operating any flights to or from Baku until further notice," the German carrier said on Thursday. Its rival later resumed service, but the other airline has kept clear of the border.',
    "",
    "Dispatchers were told to check the notices before each release.",
  ].join("\n");
  const index = buildAnswerIndex(extractCorpus([{ file: "routes.txt", text }]).knowledge);

  it("leads 'which airlines stopped flying to baku' with the carrier's own notice", () => {
    expect(ask(index, "which airlines stopped flying to baku after the offensive?").lead?.text).toContain("Condor is not operating");
  });
});
