// "final military death count given by the minister" (issue 8): a death count, a body count or a
// casualty count asks a figure, as a death toll does; a count of anything else does not.
import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/core/answers/question.ts";

describe("a count of the dead asks a figure", () => {
  it.each([
    "final army death count given by the minister after the clashes",
    "what body count did the hospital give",
    "casualty count first day of the offensive",
  ])("reads '%s' as asking a figure", (q) => {
    expect(understandQuestion(q).asked).toBe("figure");
  });

  it("does not read 'what did the count of Paris say about the vote' as asking a figure", () => {
    expect(understandQuestion("what did the count of Paris say about the vote").asked).not.toBe("figure");
  });
});
