// Furniture of paid briefings, small papers, blogs and community pages (issue 7): a service's licence
// terms, a paper's disclaimers of its position, promotions of its other editions, its teasers, notices to
// members and the notes around a dispatch. Articles written for this test.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers.ts";

const CLAIM =
  "Armenia's defence ministry said on Thursday that one of its soldiers had been killed near Jermuk, and Azerbaijan's defence ministry said its positions had come under fire from the Armenian side.";

/** The indexed text of an article made of the claim and the given furniture lines, each its own paragraph. */
function indexedWith(file: string, head: readonly string[], tail: readonly string[]): string {
  const lines = [...head, "", CLAIM, "", ...tail.flatMap((line) => [line, ""])];
  const indexed = texts(parse(file, ...lines)).join("\n");
  expect(indexed).toContain("one of its soldiers had been killed");
  return indexed;
}

describe("a paid service's licence terms", () => {
  it("are never indexed, while a report's own caveat is", () => {
    const indexed = indexedWith(
      "brief.txt",
      ["CASPIAN METALS WEEKLY", "", "BORDER FIRING NEAR JERMUK"],
      [
        "The casualty figures have not been independently verified.",
        "Quotes shown are indicative, not offers to trade.",
        "Forwarding of this bulletin outside the subscribing company is prohibited.",
        "Statements printed on this page are reproduced in full as issued and have not been independently verified.",
      ],
    );
    for (const note of ["indicative", "subscribing company", "reproduced in full"]) expect(indexed).not.toContain(note);
    expect(indexed).toContain("The casualty figures have not been independently verified.");
  });
});

describe("a page's word on whose view it prints", () => {
  it("is never indexed, while a ministry's view is", () => {
    const indexed = indexedWith(
      "opinion.md",
      ["# The line must hold", "", "The Editors — Leaders represent the collective view of the Harbour Herald and are written by the board."],
      [
        "This blog post reflects my own views and does not constitute legal advice.",
        "The opinions expressed in these letters are those of their authors and do not necessarily reflect the views of the Harbour Herald.",
        "How to give: two charities collect blankets for families from Karabakh. The Harbour Herald has no affiliation with either charity.",
        "The defence ministry has no ties with either group, Baku said.",
      ],
    );
    for (const note of ["collective view", "legal advice", "these letters", "no affiliation"]) expect(indexed).not.toContain(note);
    expect(indexed).toContain("no ties with either group");
  });
});

describe("a page's calls to its readers", () => {
  it("are never indexed: its comment rules, its quiz and its social page", () => {
    const indexed = indexedWith(
      "column.txt",
      ["THE WEEK IN REVIEW: A HARD WEEK ON THE BORDER", "Plus this week's news quiz. Answers at the foot of the page, no peeking."],
      [
        "Did you score 5/5? Tell us via our Instagram account. Have a quiz question?",
        "Harbour Herald reader comments are moderated. Please be civil and on topic.",
      ],
    );
    for (const call of ["news quiz", "no peeking", "5/5", "Instagram", "quiz question", "moderated", "on topic"]) expect(indexed).not.toContain(call);
  });
});

describe("an outlet's promotion of its other editions", () => {
  it("is never indexed, while a broadcast reported as news is", () => {
    const indexed = indexedWith(
      "station.txt",
      ["BORDER FIRING NEAR JERMUK"],
      [
        "See the complete interview on Harbour Tonight at 9pm.",
        "Pick up the Herald in print at kiosks across the island.",
        "The minister's address on Monday will be streamed live on our sister channels.",
        "Subscriptions for 1994 are accepted at all post offices. Index 40218.",
        "Abonnez-vous à notre lettre internationale, chaque matin dans votre boîte.",
        "The talks will be broadcast live on state television, the ministry said.",
      ],
    );
    for (const promo of ["complete interview", "in print", "sister channels", "post offices", "40218", "Abonnez-vous"]) expect(indexed).not.toContain(promo);
    expect(indexed).toContain("broadcast live on state television");
  });
});

describe("a printed paper's teasers for its other pages and days", () => {
  it("are never indexed, while a meeting planned for tomorrow is", () => {
    const indexed = indexedWith(
      "paper.txt",
      ["BORDER FIRING NEAR JERMUK"],
      [
        "INSIDE PAGE 4: Rice prices climb  *  School term starts early",
        'NEXT ISSUE IN "LETTERS FROM HOME": a teacher in Goris.',
        "COMING UP IN SUNDAY REVIEW: the harbour festival.",
        "Tomorrow in Geneva, the co-chairs meet both foreign ministers, the OSCE said.",
      ],
    );
    for (const teaser of ["Rice prices", "a teacher in Goris", "harbour festival"]) expect(indexed).not.toContain(teaser);
    expect(indexed).toContain("Tomorrow in Geneva");
  });
});

describe("the notes under a dispatch", () => {
  it("are never indexed, while what the correspondent reports is", () => {
    const indexed = indexedWith(
      "dispatch.md",
      ["# Letter from Moscow"],
      [
        "*Kalani Mahoe files for The Island Courier from Baku. Telex traffic from the Caucasus is often interrupted; details in this report were current at the time of transmission.*",
        "Sources: wire reports and ministry statements gathered by our foreign desk.",
        "Kalani Mahoe reports for The Island Courier from Baku that the ceasefire held overnight.",
      ],
    );
    for (const note of ["files for The Island Courier", "Telex traffic", "time of transmission", "gathered by our foreign desk"])
      expect(indexed).not.toContain(note);
    expect(indexed).toContain("the ceasefire held overnight");
  });
});

describe("a community page's notices to its members", () => {
  it("are never indexed, while an attack dated by its day is", () => {
    const indexed = indexedWith(
      "newsletter.txt",
      ["THE HARBOUR LINK", "Newsletter of the Armenian Community of Suva", "", "BORDER FIRING NEAR JERMUK"],
      [
        "NOTICES",
        "* Vardanants supper: Friday 9 February, details to follow.",
        "* Annual dues for this year should be paid to the secretary, Mrs Anahit Sargsyan.",
        "Open day: “Letters Home” — a reading by the youth group, Sunday 4 March, 3 pm. Admission free; registration required.",
        "On Sunday 4 March, two soldiers were wounded near Tavush, the ministry said.",
      ],
    );
    for (const notice of ["Vardanants", "Annual dues", "Letters Home", "registration required"]) expect(indexed).not.toContain(notice);
    expect(indexed).toContain("two soldiers were wounded near Tavush");
  });
});

describe("a column's or a newsletter's word on itself", () => {
  it("is never indexed, in its masthead strip or under the text", () => {
    const indexed = indexedWith(
      "explainer.md",
      ["**SUVA WORLD DESK** · *the news behind the news* · Suva, Fiji", "", "# Why the border is firing again"],
      [
        "*Suva World Desk unpacks one story each week about the world beyond the reef.*",
        "Morning Link — the news you need to know, before the first bus. Subscribe today",
      ],
    );
    for (const line of ["news behind the news", "unpacks one story", "the first bus", "Subscribe today"]) expect(indexed).not.toContain(line);
  });
});
