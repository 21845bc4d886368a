// "What was the death toll of the blast?" (issue 8): a notice inviting to a vigil "at 6 pm, in memory of
// those who died in the blast" holds the question's words and a number, but a time of day counts no
// one; the sentence giving the toll leads. Article of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { holdsCount } from "../../src/core/search/search.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

describe("a time of day", () => {
  it("is no count", () => {
    expect(holdsCount("a vigil on the seafront on Friday at 6 pm")).toBe(false);
    expect(holdsCount("the hall opens at 7.30 p.m. for members")).toBe(false);
    expect(holdsCount("at least 6 people died")).toBe(true);
  });

  const text = [
    "Island Notices",
    "4 October 2023",
    "",
    "VIGIL. The Harbour Circle invites everyone to a silent vigil on the seafront on Friday at 6 pm, in memory of those who died in the warehouse explosion near Askeran.",
    "",
    "The explosion happened on a Monday evening as cars queued for petrol.",
    "",
    "The next day the region's health department said at least 41 people had died in the explosion.",
  ].join("\n");
  const index = buildAnswerIndex(extractCorpus([{ file: "vigil.txt", text }]).knowledge);

  it("leads 'death toll of the warehouse explosion near askeran' with the toll, not the vigil's hour", () => {
    expect(ask(index, "what was the death toll of the warehouse explosion near askeran?").lead?.text).toContain("at least 41 people");
  });
});
