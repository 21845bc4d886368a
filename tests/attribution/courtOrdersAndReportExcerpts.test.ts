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

describe("a court's rulings and findings", () => {
  const judgment = [
    "The European Court of Human Rights has ruled that Azerbaijan breached the convention when it freed the officer.",
    "In its judgment, the court found a procedural violation of Article 2.",
    "The Court agreed that Armenia had jurisdiction over the village.",
    "It nevertheless ruled that Armenia had failed to offer any remedy.",
    "But the court stopped short of finding that the state had adopted the act as its own.",
  ];

  it("are the court's, its later 'it' included", () => {
    const claims = claimsOf(...judgment);
    expect(sideOf(claims, "has ruled that Azerbaijan breached")).toBe("other");
    expect(sideOf(claims, "found a procedural violation")).toBe("other");
    expect(sideOf(claims, "agreed that Armenia had jurisdiction")).toBe("other");
    expect(sideOf(claims, "nevertheless ruled that Armenia")).toBe("other");
    expect(sideOf(claims, "stopped short of finding")).toBe("other");
  });

  it("leaves 'ruled out' no ruling", () => {
    const claims = claimsOf("Moscow ruled out any new talks before spring.");
    expect(sideOf(claims, "ruled out any new talks")).toBeUndefined();
  });
});

describe("a ministry of the self-declared republic", () => {
  it("is the republic's, whom a later 'it' means, not the other ministry named before", () => {
    const claims = claimsOf(
      "Azerbaijan's foreign ministry responded within hours, calling the ruling one-sided.",
      "The foreign ministry of the self-declared Nagorno-Karabakh Republic took the opposite view.",
      "In a statement on Friday, it said the pardon was part of a state policy.",
    );
    expect(sideOf(claims, "the pardon was part of a state policy")).toBe("nagorno-karabakh");
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
