// "What did the Russian peacekeepers say …": the subject after an auxiliary speaks, with or without
// "the" before it; victims named in a question about losses stay the affected side.
import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/core/answers/question.ts";

describe("the subject after 'did the' is the claimant", () => {
  it("reads 'what did the Russian peacekeepers say' as Russia's word", () => {
    expect(understandQuestion("What did the Russian peacekeepers say about the shooting near Khojaly?").claimant).toBe("russia");
  });

  it("reads 'why did the Azerbaijani border guards open fire' as Azerbaijan's reason", () => {
    expect(understandQuestion("Why did the Azerbaijani border guards open fire on the post?").claimant).toBe("azerbaijan");
  });

  it("keeps 'did the Armenian army admit losses' about Armenia's losses", () => {
    const question = understandQuestion("Did the Armenian army admit losses?");
    expect(question.affected).toBe("armenia");
  });
});
