// A belligerent state's legislator named by nationality, what a party cites as evidence, the
// Karabakh authorities' and Azerbaijan's state utilities, and a notice's advice to its readers.
import { describe, expect, it } from "vitest";
import { extractLines } from "./readSides.ts";

const claimsOf = (...paragraphs: string[]) => extractLines(["News from the region", ...paragraphs].join("\n\n")).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, part: string) => claims.find((c) => c.sentence.includes(part))?.side;

describe("a legislator named by nationality", () => {
  it("speaks for a belligerent state, as its MPs do", () => {
    const claims = claimsOf("Azerbaijani lawmaker Sevda Mammadova said the report was one-sided.");
    expect(sideOf(claims, "the report was one-sided")).toBe("azerbaijan");
  });

  it("does so in apposition after the name too", () => {
    const claims = claimsOf("Sevda Mammadova, an Azerbaijani lawmaker, said the report was one-sided.");
    expect(sideOf(claims, "the report was one-sided")).toBe("azerbaijan");
  });

  it("is no government's voice when the state is a third one", () => {
    const claims = claimsOf("Dutch lawmaker Pieter de Vries said the report was one-sided.");
    expect(sideOf(claims, "the report was one-sided")).toBe("other");
  });
});

describe("what a party cites as evidence", () => {
  it("is the citing party's claim, not the source's it names", () => {
    const claims = claimsOf(
      "Azerbaijan's foreign ministry accused Armenia of felling forests in Kalbajar.",
      "The ministry cited the UN Environment Programme as having found that thousands of hectares were lost.",
    );
    expect(sideOf(claims, "as having found that thousands of hectares")).toBe("azerbaijan");
  });
});

describe("state utilities", () => {
  it("speak for the authorities that own them", () => {
    const claims = claimsOf(
      "Artsakhgaz, the local distributor, reported that deliveries had stopped again.",
      "AzerGold said illegal mining had damaged the deposit.",
    );
    expect(sideOf(claims, "deliveries had stopped again")).toBe("nagorno-karabakh");
    expect(sideOf(claims, "illegal mining had damaged")).toBe("azerbaijan");
  });
});

describe("a notice's advice to its readers", () => {
  const notice = [
    "Notice to consumers",
    "Artsakhenergo",
    "Rolling blackouts are in force from 10 January because the line was damaged in an area Azerbaijan controls.",
    "Advice to consumers:",
    "- Do not switch on several heaters at the same time.",
    "- Use candles carefully.",
    "- Report damaged wires to the hotline.",
  ];

  it("is no claim of the issuer", () => {
    const claims = extractLines(notice.join("\n\n")).claims;
    expect(sideOf(claims, "Do not switch on several heaters")).toBeUndefined();
    expect(sideOf(claims, "Use candles carefully")).toBeUndefined();
    expect(sideOf(claims, "Report damaged wires")).toBeUndefined();
  });

  it("leaves a sentence opening with a noun alike ('Use of cluster munitions …') a sentence like any other", () => {
    const claims = claimsOf("Use of cluster munitions in towns is a war crime, Human Rights Watch said.");
    expect(sideOf(claims, "Use of cluster munitions")).toBe("other");
  });
});

describe("views put as a state of mind or an argument", () => {
  it("are the holders' claims: remain adamant that, point out that, escalated accusations that", () => {
    const claims = claimsOf(
      "Armenian officials remain adamant that the restored unit is safe.",
      "Western engineers point out that the design lacks a containment dome.",
      "Azerbaijani officials have escalated accusations that mining is poisoning the river.",
    );
    expect(sideOf(claims, "the restored unit is safe")).toBe("armenia");
    expect(sideOf(claims, "the design lacks a containment dome")).toBe("other");
    expect(sideOf(claims, "mining is poisoning the river")).toBe("azerbaijan");
  });

  it("leaves a repeated deed no claim", () => {
    const claims = claimsOf("The battalion repeated the exercise twice.");
    expect(sideOf(claims, "repeated the exercise")).toBeUndefined();
  });
});

describe("an author named with the book he argues in", () => {
  it("is a third party, and 'De Waal' at a sentence's start keeps the capitalised particle of his name", () => {
    const claims = claimsOf("Anna van Dijk argues in her book that the war was avoidable.", "Van Dijk concludes that the conflict is anything but frozen.");
    expect(sideOf(claims, "the war was avoidable")).toBe("other");
    expect(claims.find((c) => c.sentence.includes("anything but frozen"))?.speaker).toBe("Van Dijk");
  });
});
