// What first contact with agency feeds found in their sentences: a quotation that runs on into a
// sentence of its own, a headline with two sides' tolls in one comma splice, and a date whose year
// was read as a count. Small articles written for this test, read through the whole pipeline.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function read(...lines: string[]) {
  const knowledge = extractArticle(parseArticle({ file: "a.txt", text: lines.join("\n") }));
  const claimOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
  const figuresOf = (fragment: string) =>
    knowledge.casualties
      .filter((c) => c.sentence.includes(fragment))
      .map(({ claimedBy, affected, killed, wounded }) => ({ claimedBy, affected, killed, wounded }));
  return { claimOf, figuresOf };
}

describe("a quotation that runs on into a sentence of its own", () => {
  const { claimOf, figuresOf } = read(
    "Three soldiers killed near Tartar",
    "",
    '"Armenian units opened fire on our positions near Tartar overnight," the Azerbaijani Defence Ministry said. "Three of our servicemen died in the clash."',
  );

  it("is the same speaker's, and so is the toll in it", () => {
    expect(claimOf("Three of our servicemen died")).toEqual(["azerbaijan"]);
    expect(figuresOf("Three of our servicemen died")).toEqual([{ claimedBy: "azerbaijan", affected: "azerbaijan", killed: 3, wounded: null }]);
  });
});

describe("a headline that gives both sides' tolls in one comma splice", () => {
  const { claimOf, figuresOf } = read("Yerevan reports 9 soldiers killed near Jermuk, Baku says 11 dead", "", "Fighting went on through the night.");

  it("gives each clause's toll to its own speaker", () => {
    expect(claimOf("Yerevan reports 9").sort()).toEqual(["armenia", "azerbaijan"]);
    expect(figuresOf("Yerevan reports 9")).toEqual([
      { claimedBy: "armenia", affected: "armenia", killed: 9, wounded: null },
      { claimedBy: "azerbaijan", affected: "azerbaijan", killed: 11, wounded: null },
    ]);
  });
});

describe("a date before a toll", () => {
  it("does not count the year as the dead", () => {
    const { figuresOf } = read(
      "Digest of the week",
      "",
      "## 4 Mar 2023 — Two Armenian policemen killed near Stepanakert",
      "",
      "The shooting happened on a dirt road.",
    );
    expect(figuresOf("Two Armenian policemen").map((f) => f.killed)).toEqual([2]);
  });
});

describe("agency items' speakers and victims", () => {
  it("reads 'the headquarters' as the information headquarters the item named", () => {
    const { claimOf, figuresOf } = read(
      "Shelling of Martakert",
      "",
      "The Karabakh Information Headquarters said Azerbaijani artillery had hit Martakert overnight. According to the headquarters, two civilians were killed and five were wounded.",
    );
    expect(claimOf("According to the headquarters")).toEqual(["nagorno-karabakh"]);
    expect(figuresOf("According to the headquarters")).toEqual([{ claimedBy: "nagorno-karabakh", affected: "nagorno-karabakh", killed: 2, wounded: 5 }]);
  });

  it("counts 'has not lost a single soldier' as none killed", () => {
    const { figuresOf } = read("Karabakh army denies losses", "", "The Karabakh army has not lost a single soldier, its spokesman Senor Asratyan said.");
    expect(figuresOf("a single soldier")).toEqual([{ claimedBy: "nagorno-karabakh", affected: "nagorno-karabakh", killed: 0, wounded: null }]);
  });

  it("counts two named soldiers whose second rank is in lower case, and a villager named after where he lived", () => {
    const { figuresOf } = read(
      "Two soldiers and a villager killed",
      "",
      "Private Anar Guliyev and corporal Rashad Huseynov died while repelling the attack, the Azerbaijani Defence Ministry said.",
      "",
      "The ministry said a 60-year-old resident of the village of Alibeyli in Tovuz district, Vagif Mammadov, was killed by shelling.",
    );
    expect(figuresOf("Private Anar Guliyev").map((f) => f.killed)).toEqual([2]);
    expect(figuresOf("Vagif Mammadov").map((f) => [f.claimedBy, f.killed])).toEqual([["azerbaijan", 1]]);
  });

  it("makes a private channel a third party, not its country's voice", () => {
    const { claimOf } = read("Losses reported", "", "A private Armenian television channel reported that four soldiers had been killed near Martuni.");
    expect(claimOf("A private Armenian television channel")).toEqual(["other"]);
  });
});

describe("a feed of items from different years", () => {
  it("dates each item's claims by the item, not by the feed's latest day", () => {
    const article = parseArticle({
      file: "feed.txt",
      text: [
        "KURA WIRE -- ENGLISH FEED EXPORT",
        "",
        "DATE: 12 May 2005 10:00 GMT",
        "",
        "Soldier wounded near Tartar",
        "",
        "BAKU, May 12 /KW/ -- An Azerbaijani soldier was wounded near Tartar, the Azerbaijani Defence Ministry said.",
        "",
        "DATE: 3 June 2007 09:00 GMT",
        "",
        "Yerevan reports sniper fire",
        "",
        "YEREVAN, June 3 /KW/ -- An Armenian conscript was wounded near Berd, the Ministry of Defence said.",
      ].join("\n"),
    });
    const { claims } = extractArticle(article);
    const dayOf = (fragment: string) => claims.find((c) => c.sentence.includes(fragment))?.date?.start;
    expect(dayOf("wounded near Tartar")).toBe("2005-05-12");
    expect(dayOf("wounded near Berd")).toBe("2007-06-03");
    expect(claims.find((c) => c.sentence.includes("wounded near Berd"))?.side).toBe("armenia");
  });
});

describe("the outlet's own caveat after a relayed figure", () => {
  it("is nobody's claim", () => {
    const { claimOf } = read(
      "Losses claimed",
      "",
      "The Karabakh Defence Ministry claimed the Azerbaijani side had lost 60 servicemen. The agency could not independently verify the figure.",
    );
    expect(claimOf("could not independently verify")).toEqual([]);
  });
});

describe("a witness's quotation that runs on", () => {
  it("is colour, not a claim: only a party's quotation runs on as its claim", () => {
    const { claimOf } = read(
      "Shelling in Tartar",
      "",
      '"The shells fell all night," said Leyla Aliyeva, a teacher in Tartar. "We slept in the cellar with the children."',
    );
    expect(claimOf("We slept in the cellar")).toEqual([]);
  });
});

describe("a count that 'its' owns", () => {
  it("is the previous speaker's, toll and claim", () => {
    const { claimOf, figuresOf } = read(
      "The army's list",
      "",
      "The Azerbaijani defence ministry publishes the names of its fallen every evening. By Sunday its tally had reached 2,783 servicemen since the war began.",
    );
    expect(claimOf("its tally had reached")).toEqual(["azerbaijan"]);
    expect(figuresOf("its tally had reached")).toEqual([{ claimedBy: "azerbaijan", affected: "azerbaijan", killed: 2783, wounded: null }]);
  });
});

describe("a local agency's dateline on a line of its own", () => {
  const lines = (credit: string) => [
    "Toll in Tartar rises to four",
    "",
    "Details added (first version posted at 11:40)",
    "",
    `BAKU, Azerbaijan, Nov. 3 (${credit})`,
    "",
    "The death toll from the shelling of Tartar has risen to four, the Prosecutor General's Office said on Tuesday.",
  ];

  it("names the outlet, reads its capital as the home of the offices it quotes, and drops the version note", () => {
    const knowledge = extractArticle(parseArticle({ file: "a.txt", text: lines("Caspian Wire Agency").join("\n") }));
    expect(knowledge.meta.outlet).toBe("Caspian Wire Agency");
    expect(knowledge.claims.map((c) => c.side)).toEqual(["azerbaijan"]);
  });

  it("does not make a world wire's filing city its home", () => {
    const knowledge = extractArticle(parseArticle({ file: "a.txt", text: lines("Reuters").join("\n") }));
    expect(knowledge.meta.outlet).toBe("Reuters");
    expect(knowledge.claims.map((c) => c.side)).not.toContain("azerbaijan");
  });
});
