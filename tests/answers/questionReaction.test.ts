// "How did the Kremlin react to …": the side before a verb of reaction is the one whose word is
// asked, even when the question then names another side's official ("JD Vance's trip").
import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/core/answers/question.ts";

describe("a side's reaction asked for", () => {
  it("reads the side before 'react', 'reply' or 'retort' as the claimant", () => {
    expect(understandQuestion("How did the Kremlin react to JD Vance's trip to Yerevan and Baku?").claimant).toBe("russia");
    expect(understandQuestion("how did the kremlin react when yerevan suspended its CSTO membership").claimant).toBe("russia");
    expect(understandQuestion("How did Baku reply to the Pelosi visit?").claimant).toBe("azerbaijan");
  });
});
