// A passive's agent after a time ("announced on Tuesday by the authorities") and a claim that news
// follows or comes amid ("The clashes follow accusations by X that …").
import { describe, expect, it } from "vitest";
import { extractLines } from "./readSides.ts";

const claimsOf = (...paragraphs: string[]) => extractLines(["News from the region", ...paragraphs].join("\n\n")).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, part: string) => claims.find((c) => c.sentence.includes(part))?.side;

describe("a passive whose agent comes after a time", () => {
  it("is the agent's word", () => {
    const claims = claimsOf(
      "The truce was first announced on Tuesday by the authorities in Nagorno-Karabakh.",
      "The exchange was confirmed yesterday by the Azerbaijani defence ministry.",
      "The deal was announced on 4 April by the Kremlin.",
    );
    expect(sideOf(claims, "first announced on Tuesday")).toBe("nagorno-karabakh");
    expect(sideOf(claims, "confirmed yesterday")).toBe("azerbaijan");
    expect(sideOf(claims, "announced on 4 April")).toBe("russia");
  });

  it("leaves 'by' after a time that is no agent ('reported by Monday') alone", () => {
    const claims = claimsOf("The deaths were reported by Monday in three villages.");
    expect(sideOf(claims, "reported by Monday")).toBeUndefined();
  });
});

describe("a claim the news follows or comes amid", () => {
  it("is its maker's", () => {
    const claims = claimsOf(
      "The clashes follow accusations by Azerbaijani President Ilham Aliyev that Armenia was stalling the talks.",
      "The exchange came amid claims by the Armenian defence ministry that drones had struck Goris.",
    );
    expect(sideOf(claims, "Armenia was stalling the talks")).toBe("azerbaijan");
    expect(sideOf(claims, "drones had struck Goris")).toBe("armenia");
  });

  it("is the rejecting side's when the sentence rejects it", () => {
    const claims = claimsOf("Armenia rejected the claim by Baku that its troops had fired first.");
    expect(sideOf(claims, "its troops had fired first")).toBe("armenia");
  });
});

describe("an outlet that carried another's report", () => {
  it("is the subject of 'carried', not the report it carried", () => {
    const claims = claimsOf("The gas distributor reported that deliveries had stopped again.", "TASS, citing Armenpress, carried the report.");
    expect(sideOf(claims, "carried the report")).toBe("russia");
  });
});
