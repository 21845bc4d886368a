// Furniture met on first contact with business wires, community newsletters, letters pages and
// advisories (issue 7): a service's disclaimers, an editor's notes on letters and listings, a parish's
// or a club's notices to its members, a petition's page, revision notes. Articles written for this test.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers.ts";

const CLAIM =
  "Azerbaijan's defence ministry said on Sunday that two of its servicemen had been killed near Tovuz, and Armenia's defence ministry said its positions had come under artillery fire.";

/** The indexed text of an article made of the claim and the given furniture lines, each its own paragraph. */
function indexedWith(file: string, head: readonly string[], tail: readonly string[]): string {
  const lines = [...head, "", CLAIM, "", ...tail.flatMap((line) => [line, ""])];
  const indexed = texts(parse(file, ...lines)).join("\n");
  expect(indexed).toContain("two of its servicemen had been killed");
  return indexed;
}

describe("a paid service's disclaimers", () => {
  it("are never indexed, while a ministry's denial of an offer is", () => {
    const indexed = indexedWith(
      "note.txt",
      ["HARBOUR METALS WEEKLY", "", "TOVUZ FIRING RATTLES PIPELINE TRADERS"],
      [
        "This note is issued by Harbour Metals Desk Ltd for information only and does not constitute an offer or solicitation. Past performance is not a guide to future returns.",
        "This document is for professional investors only. It does not constitute investment advice. Kestrel Capital Ltd is licensed by the Financial Services Commission of Bermuda.",
        "This alert is provided to policyholders for information only and does not amend the terms of any policy.",
        "This bulletin summarises public notices from foreign governments and\nis not an official consular document.",
        "Forwarding this letter outside your licensed organisation breaches your subscription terms.",
        "The ministry said the proposal did not constitute an offer of talks.",
      ],
    );
    for (const note of [
      "information only",
      "Past performance",
      "professional investors",
      "investment advice",
      "licensed by",
      "policyholders",
      "consular document",
      "Forwarding",
    ])
      expect(indexed).not.toContain(note);
    expect(indexed).toContain("did not constitute an offer of talks");
  });
});

describe("a letters page's and a listings page's desk notes", () => {
  it("are never indexed, while a ministry's letter is", () => {
    const indexed = indexedWith(
      "letters.txt",
      ["THE HARBOUR POST", "", "LETTERS TO THE EDITOR", "", "The Editor reserves the right to shorten letters. Deadline for next week: Tuesday noon."],
      [
        "Editor's note: The Harbour Post does not usually reprint open letters that have no local author. The letter represents the views of its signatories, not of this newspaper.",
        "Listings are compiled from information supplied by organisers. Please check times before you travel.",
        "Send your listings to the Arts Desk by Tuesday noon.",
        "We thank Mr Grant for his letter. A world news digest returns to page 6 from next week.",
        "The foreign ministry's letter to the UN said the shelling had killed two civilians in Tovuz.",
      ],
    );
    for (const note of ["reserves the right", "Deadline", "open letters", "signatories", "Listings", "check times", "Arts Desk", "digest returns"])
      expect(indexed).not.toContain(note);
    expect(indexed).toContain("letter to the UN said the shelling had killed two civilians");
  });
});

describe("a community newsletter's notices to its members", () => {
  it("are never indexed, while news dated by its day is", () => {
    const indexed = indexedWith(
      "parish.txt",
      ["THE HARBOUR LANTERN", "", "From the Rectory: prayers for the Caucasus"],
      [
        "Saturday 10 December: Britt and Håkan (baking), Gunnel (raffle).\nPlease bring your own thermos.",
        "Masks are no longer required, but please use the sanitiser at the door.",
        "Harvest Festival is on Sunday. Tinned goods for the food bank please, not fresh produce this year.",
        "Choir practice resumes Thursday 7 pm. New voices, especially altos, very welcome.",
        "Free entry. Kava and cakes afterwards. Talk in French with an English summary.",
        "Single member EUR 20, family EUR 35, students EUR 5.",
        "Church hall, Monday 10 October, 10 am – 1 pm",
        "· Saturday 6 September — Beach clean-up, Halalo beach, 7 am",
        "On Sunday 27 September, Azerbaijani forces shelled Stepanakert from 7 am, Karabakh officials said.",
      ],
    );
    for (const note of ["Gunnel", "thermos", "sanitiser", "Tinned goods", "altos", "Kava", "EUR 20", "Church hall", "clean-up"])
      expect(indexed).not.toContain(note);
    expect(indexed).toContain("shelled Stepanakert from 7 am");
  });
});

describe("a petition page's furniture", () => {
  it("is never indexed, while the petition's text is", () => {
    const indexed = indexedWith(
      "petition.txt",
      ["Ask France to push for a ceasefire", "", "Ana Vidal started this petition to the Minister of Foreign Affairs and 1 other"],
      ["1,284 have signed. Let's get to 2,500!", "Recent signers: Marc L. (Miquelon), Anaïs B. (Saint-Pierre)"],
    );
    for (const note of ["started this petition", "have signed", "Recent signers"]) expect(indexed).not.toContain(note);
  });
});

describe("a page's record of its revisions", () => {
  it("is never indexed, while a ministry's provisional figure is", () => {
    const indexed = indexedWith(
      "register.txt",
      [
        "ARMS REGISTER NOTE 2023/41",
        "",
        "Status: Provisional - deliveries not confirmed by recipient",
        "",
        "LIVE NOTES — This report was first filed at 02:10 local time and updated through Monday. Times are local to Yerevan.",
      ],
      [
        "Correction, 9 December: an earlier version misnamed the manufacturer.",
        "REVISION HISTORY: v1 6 Dec 2023 (initial entry); v2 7 Dec 2023 (Entry D added).",
        "Data: register entries are compiled from public statements and\npress reports. Figures are provisional and may be revised.",
        "The health ministry said its figures were provisional and 40 people remained missing.",
      ],
    );
    for (const note of ["Provisional", "first filed", "local to Yerevan", "misnamed", "REVISION", "compiled from", "may be revised"])
      expect(indexed).not.toContain(note);
    expect(indexed).toContain("its figures were provisional and 40 people remained missing");
  });
});

describe("a newsletter's pitch to its readers", () => {
  it("is never indexed", () => {
    const indexed = indexedWith(
      "brief.md",
      ["# Shusha and the Karabakh road", "", "*Part of our Caucasus Overland series. Prices checked August 2024.*"],
      [
        "*If a colleague forwarded this, you can subscribe here. Paid subscribers get the map pack and the source spreadsheet.*",
        "Members can reply to this bulletin or call the duty line (listed in your welcome pack). Not a member? Membership is free for residents of the island.",
      ],
    );
    for (const note of ["Overland series", "Prices checked", "colleague", "map pack", "duty line", "Membership"]) expect(indexed).not.toContain(note);
  });
});

describe("a small paper's or a parish's imprint", () => {
  it("is never indexed", () => {
    const indexed = indexedWith(
      "lantern.txt",
      ["THE HARBOUR LANTERN", "", "Prayers for the Caucasus"],
      [
        "Le Petit Hebdo — registered weekly, Nouméa. Printed edition every Monday.",
        "The Harbour Lantern is printed in the vestry and distributed free. Registered charity of the Diocese of St Helena.",
        "Printed on recycled paper by Island Print. Not for resale.",
        "c/o Town Library, Mariehamn, Åland",
      ],
    );
    for (const note of ["registered weekly", "Printed edition", "vestry", "charity", "recycled", "resale", "c/o"]) expect(indexed).not.toContain(note);
  });
});

describe("a translation's precedence note", () => {
  it("is never indexed", () => {
    const indexed = indexedWith(
      "statement.txt",
      ["STATEMENT ON THE CORRIDOR"],
      ["[English translation. In case of discrepancy, the Chinese version shall prevail.]"],
    );
    expect(indexed).not.toContain("discrepancy");
  });
});

describe("a publication's notes on its own schedule", () => {
  it("are never indexed, while a postponed meeting reported by a chamber is", () => {
    const indexed = indexedWith(
      "newsletter.txt",
      ["HARBOUR TRADE COUNCIL NEWSLETTER"],
      [
        "Applications for up to $5,000 close on 31 October.",
        "Council AGM -- postponed to January 2021",
        "Desk note: The EM desk will publish London closing levels for both lines in Wednesday's early edition.",
        "The Yerevan chamber said its annual meeting was postponed because of the fighting.",
      ],
    );
    for (const note of ["Applications", "AGM", "closing levels"]) expect(indexed).not.toContain(note);
    expect(indexed).toContain("annual meeting was postponed");
  });
});

describe("a research note's, a teaching page's and an exhibition's notes on themselves", () => {
  it("are never indexed, while the findings beside them are", () => {
    const article = parse(
      "note.txt",
      "HARBOUR EARTH OBSERVATION LAB",
      "Status: working note for partner institutes; figures from the sources cited",
      "",
      "Burn scars around the villages",
      "",
      CLAIM,
      "",
      "Lab research notes are preliminary outputs and have not been peer reviewed.",
      "",
      "Licence: CC BY 4.0",
      "",
      "Museum of the Coast, Quay Street 4 · Open Tue–Sat 09:30–17:00 · Free on Fridays",
    );
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("two of its servicemen had been killed");
    expect(indexed).not.toContain("peer reviewed");
    expect(indexed).not.toContain("CC BY");
    expect(indexed).not.toContain("working note");
    expect(indexed).not.toContain("09:30");
  });
});
