// A court's orders and rulings on requests, and a rights group's report excerpt on its own page.
import { describe, expect, it } from "vitest";
import { extractLines } from "./readSides.ts";

const claimsOf = (...paragraphs: string[]) => extractLines(["News from the region", ...paragraphs].join("\n\n")).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, part: string) => claims.find((c) => c.sentence.includes(part))?.side;

describe("a court's orders", () => {
  it("are the court's holdings: ordered, directed, did not grant, declined a request", () => {
    const claims = claimsOf(
      'The International Court of Justice has ordered Azerbaijan to "ensure free movement" on the mountain road.',
      "The Court directed Armenia, pending a final decision, to prevent incitement to hatred.",
      "The Court did not grant Baku's request to order the removal of mines.",
      "The Court declined Yerevan's request concerning the museum.",
    );
    expect(sideOf(claims, "has ordered Azerbaijan")).toBe("united-nations");
    expect(sideOf(claims, "directed Armenia, pending a final decision")).toBe("united-nations");
    expect(sideOf(claims, "did not grant Baku's request")).toBe("united-nations");
    expect(sideOf(claims, "declined Yerevan's request")).toBe("united-nations");
  });

  it("leaves a commander's orders and a refusal to comment to no one", () => {
    const claims = claimsOf("The commander ordered his troops to withdraw from the ridge.", "The general declined to comment.");
    expect(sideOf(claims, "ordered his troops")).toBeUndefined();
  });
});

describe("a rights group's report excerpt on its own page", () => {
  const page = [
    "MONITORS FOR RIGHTS",
    "Report excerpt",
    "(Geneva) – Forces on both sides shelled villages during the war, Monitors for Rights said today.",
    "Azerbaijan's prosecutors published the names of 12 people they said had died in one strike.",
    "A representative of Armenia's foreign ministry told Monitors for Rights that Armenia had no such weapons.",
    "[1] Monitors for Rights interview with a surgeon, Barda, 9 November 2020.",
  ];

  it("gives every sentence to the group, what it relays of either side included", () => {
    const claims = extractLines(page.join("\n\n")).claims;
    expect(sideOf(claims, "shelled villages during the war")).toBe("other");
    expect(sideOf(claims, "published the names of 12 people")).toBe("other");
    expect(sideOf(claims, "Armenia had no such weapons")).toBe("other");
  });

  it("makes no claim of a footnote that cites a source", () => {
    const claims = extractLines(page.join("\n\n")).claims;
    expect(sideOf(claims, "interview with a surgeon")).toBeUndefined();
  });

  it("is no release of the group when another publication summarises its report", () => {
    const claims = extractLines(
      [
        "RIGHTS DIGEST | Europe",
        "Report summary",
        "Monitors for Rights said forces on both sides shelled villages.",
        "Azerbaijan's prosecutors said 12 people had died in one strike.",
      ].join("\n\n"),
    ).claims;
    expect(sideOf(claims, "12 people had died")).toBe("azerbaijan");
  });
});
