// Furniture of long-form features, news agencies' English services and opinion pages (issue 7): a
// masthead's tagline, share bars, adverts, service boxes, archive and funding notes, a wire's end marks
// and terms of use, contributors' bios and a page's appeals. Articles written for this test.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers.ts";

const CLAIM =
  "Azerbaijan's defence ministry said on Tuesday that two of its soldiers had been wounded near Tovuz, and Armenia's defence ministry said its positions had come under mortar fire.";

/** The indexed text of an article made of the claim and the given furniture lines, each its own paragraph. */
function indexedWith(file: string, head: readonly string[], tail: readonly string[]): string {
  const lines = [...head, "", CLAIM, "", ...tail.flatMap((line) => [line, ""])];
  const indexed = texts(parse(file, ...lines)).join("\n");
  expect(indexed).toContain("two of its soldiers had been wounded");
  return indexed;
}

describe("a paper's tagline naming the region it serves", () => {
  it("is never indexed", () => {
    const indexed = indexedWith("feature.txt", ["HARBOUR TOWN REVIEW", "The English-language weekly of the Horn", "", "A LONG SUMMER ON THE LINE"], []);
    expect(indexed).not.toContain("weekly of the Horn");
  });
});

describe("a share bar", () => {
  it("is never indexed, whatever its print link says", () => {
    const indexed = indexedWith(
      "share.txt",
      ["A LONG SUMMER ON THE LINE", "", "By Ama Owusu, Foreign Desk", "Share: Facebook | Twitter | E-mail | Print this article"],
      [],
    );
    expect(indexed).not.toContain("Print this article");
  });
});

describe("an advert under its label", () => {
  it("is never indexed, bracketed or not", () => {
    const indexed = indexedWith(
      "advert.txt",
      ["A LONG SUMMER ON THE LINE", "", "[Advertisement: Fly Lakeside Air to Tbilisi - three departures a week]"],
      ["Advertisement - Harbour Insurance: cover for your boat this storm season"],
    );
    for (const advert of ["Lakeside Air", "Harbour Insurance"]) expect(indexed).not.toContain(advert);
  });
});

describe("a feature's credit for its words and pictures", () => {
  it("is never indexed, while a report of what pictures showed is", () => {
    const indexed = indexedWith(
      "credit.txt",
      ["A LONG SUMMER ON THE LINE", "", "Words and pictures by Ama Owusu"],
      ["Words and pictures by soldiers on both sides showed the same ruined school."],
    );
    expect(indexed).not.toContain("Words and pictures by Ama Owusu");
    expect(indexed).toContain("the same ruined school");
  });
});

describe("a box of practical advice for the reader", () => {
  it("is never indexed, while a report that uses its words is", () => {
    const indexed = indexedWith(
      "travel.txt",
      ["A LONG SUMMER ON THE LINE"],
      [
        "GETTING THERE: Visas are issued on arrival at Tbilisi airport. The border crossing at Sadakhlo is open to foreigners.",
        "Where to see it: On release in Yerevan in May. Check local listings for other dates.",
        "Getting there: the convoy took six hours to reach Lachin, the ICRC said.",
      ],
    );
    for (const advice of ["Visas are issued", "Check local listings"]) expect(indexed).not.toContain(advice);
    expect(indexed).toContain("the convoy took six hours");
  });
});

describe("a note that the text comes from a book", () => {
  it("is never indexed, while an excerpt of a statement is", () => {
    const indexed = indexedWith(
      "excerpt.html",
      [
        "A LONG SUMMER ON THE LINE",
        "",
        "Editor's note: The following is adapted from Winter Roads: A Journey Through the Caucasus (Harbour Press, 2009). Footnotes have been removed.",
      ],
      ["The following is excerpted from the ministry's statement: two soldiers were killed on Monday."],
    );
    for (const note of ["Winter Roads", "Footnotes"]) expect(indexed).not.toContain(note);
    expect(indexed).toContain("two soldiers were killed on Monday");
  });
});

describe("a republished archive piece's notes", () => {
  it("are never indexed", () => {
    const indexed = indexedWith(
      "archive.html",
      [
        "A LONG SUMMER ON THE LINE",
        "",
        "FROM THE ARCHIVE: This photo feature first appeared in the print edition of the Harbour Weekly on Sunday, 4 June 1995.",
      ],
      ["Archive material is reproduced for historical reference. Language and terminology reflect the time of original publication."],
    );
    for (const note of ["first appeared", "historical reference", "terminology"]) expect(indexed).not.toContain(note);
  });
});

describe("a feature's funding note", () => {
  it("is never indexed, while support for a side's offensive is news", () => {
    const indexed = indexedWith(
      "funding.txt",
      ["A LONG SUMMER ON THE LINE"],
      [
        "This offensive was supported by Turkish drones, Armenia's defence ministry said.",
        "This Long Read was produced with support from the Review's travel fund. Interviews were conducted in Russian.",
      ],
    );
    expect(indexed).not.toContain("travel fund");
    expect(indexed).toContain("supported by Turkish drones");
  });
});

describe("a programme's notes on the text beside it", () => {
  it("are never indexed", () => {
    const indexed = indexedWith(
      "episode.md",
      [
        "# A long summer on the line",
        "",
        "This essay accompanies this week's episode of Frontline Notes. It expands on the reporting in the show with material we had no time for on air.",
      ],
      ["Transcripts are available to subscribers within a day of broadcast."],
    );
    for (const note of ["accompanies", "on air", "Transcripts"]) expect(indexed).not.toContain(note);
  });
});

describe("a wire's marks at the end of its item", () => {
  it("are never indexed", () => {
    const indexed = indexedWith("wire.txt", ["SOUTHERN WIRE -- FOREIGN DESK"], ["MORE TO FOLLOW ON THIS CIRCUIT", "END ITEM SW-FD-0412-03"]);
    for (const mark of ["MORE TO FOLLOW", "END ITEM"]) expect(indexed).not.toContain(mark);
  });
});

describe("a service's terms for using its copy", () => {
  it("are never indexed, alone or closing an editor's note", () => {
    const indexed = indexedWith(
      "terms.txt",
      ["SOUTHERN WIRE -- FOREIGN DESK"],
      [
        'EDITOR\'S NOTE: This item combines two agency dispatches. Subscribers using this item should credit "Harbour Wire".',
        'Items may be used with the credit "Weekly Caucasus File".',
        'Reprinting permitted with attribution: "Southern Agency".',
      ],
    );
    for (const terms of ["should credit", "may be used", "Reprinting"]) expect(indexed).not.toContain(terms);
  });
});

describe("a service's note on what it is", () => {
  it("is never indexed", () => {
    const indexed = indexedWith(
      "service.txt",
      ["SOUTHERN WIRE -- FOREIGN DESK"],
      [
        "Harbour Wire relays regional agency copy for its island subscribers.",
        "The Weekly Caucasus File is issued each Monday to members.",
        "Our Tbilisi stringer files under a content exchange agreement.",
        "Russia relays the proposals to its partners in the Minsk Group, the Kremlin said.",
      ],
    );
    for (const note of ["island subscribers", "issued each Monday", "content exchange"]) expect(indexed).not.toContain(note);
    expect(indexed).toContain("Russia relays the proposals");
  });
});

describe("a service's note on how its texts are set", () => {
  it("is never indexed, and takes the note on what the service is with it", () => {
    const indexed = indexedWith(
      "conventions.md",
      ["# Ministry bulletin"],
      [
        "Relayed bulletin. HWS reproduces ministry texts as received from its partner desks. Place names are given as transliterated by the source.",
        "Quotations from Council documents follow the official English text.",
      ],
    );
    for (const note of ["as received", "transliterated", "official English text"]) expect(indexed).not.toContain(note);
  });
});

describe("a wire item's desk editor", () => {
  it("is never indexed, after the service's name or alone", () => {
    const indexed = indexedWith(
      "desk.txt",
      ["SOUTHERN WIRE -- FOREIGN DESK"],
      ["Harbour Wire English Service | Duty editor: M. Osei", "Desk editor: Europe Desk 3"],
    );
    for (const line of ["Duty editor", "Desk editor"]) expect(indexed).not.toContain(line);
  });
});

describe("a wire's note on what its new version adds", () => {
  it("is never indexed", () => {
    const indexed = indexedWith(
      "update.txt",
      [
        "SOUTHERN WIRE -- ENGLISH SERVICE",
        "Lome, 4 March 2015 | 09:10 GMT",
        "Updated with reactions from Ankara and Tehran",
        "",
        "Helicopter downed near the line",
      ],
      [],
    );
    expect(indexed).not.toContain("Updated with reactions");
  });
});

describe("a desk's or a bookshop's address line", () => {
  it("is never indexed", () => {
    const indexed = indexedWith(
      "address.txt",
      ["SOUTHERN WIRE -- FOREIGN DESK"],
      [
        "Harbour Wire Foreign Desk, Bay Road, Port Louis, Mauritius -- desk staffed overnight",
        "Available from: Harbour Books, Quay Street, Port Louis (ask for the order desk), and by post.",
      ],
    );
    for (const address of ["Bay Road", "Quay Street"]) expect(indexed).not.toContain(address);
  });
});

describe("how a reader writes to the page", () => {
  it("is never indexed", () => {
    const indexed = indexedWith(
      "letters.html",
      ["A LONG SUMMER ON THE LINE"],
      [
        "To contact the readers' editor, write to readers@harbour.example or to 4 Quay Street, Port Louis.",
        "Have your say: letters@harbour.example (250 words at most, with your name and town).",
      ],
    );
    for (const line of ["readers' editor", "Have your say"]) expect(indexed).not.toContain(line);
  });
});

describe("an editorial's note on whose opinion it is", () => {
  it("is never indexed", () => {
    const indexed = indexedWith("leader.txt", ["OUR VIEW: HOLD THE LINE"], ["The Harbour View represents the opinion of the paper's editorial board."]);
    expect(indexed).not.toContain("editorial board");
  });
});

describe("a page's appeal to its readers to pay", () => {
  it("is never indexed", () => {
    const indexed = indexedWith(
      "review.md",
      ["# A film about the blockade"],
      ["Like our reviews? Support independent film criticism from the Quarterly. Become a Friend of the Review from €5 a month."],
    );
    for (const appeal of ["Like our reviews", "film criticism", "Friend of the Review"]) expect(indexed).not.toContain(appeal);
  });
});

describe("a debate page's promotion of its events", () => {
  it("is never indexed, while the next round of talks is news", () => {
    const indexed = indexedWith(
      "debate.md",
      ["# Should the corridor open?"],
      [
        "The next session of the talks is on 3 June, the OSCE said.",
        "Harbour Debates is a monthly series organised by the Review with the City Debating Union. The next debate, on fisheries, is on 3 June. Tickets: harbour.example/events",
      ],
    );
    for (const promo of ["monthly series", "on fisheries", "Tickets"]) expect(indexed).not.toContain(promo);
    expect(indexed).toContain("The next session of the talks");
  });
});

describe("an opinion page's notes on its writers", () => {
  it("are never indexed", () => {
    const indexed = indexedWith(
      "debate.txt",
      ["SHOULD THE CORRIDOR OPEN?"],
      [
        "Ani Serobyan is a political commentator in Gyumri. Lena Ortiz writes on foreign affairs for a Lisbon weekly. Both write in a personal capacity.",
        "Kofi Mensah teaches history at a school in Cape Coast and reviews books for this page.",
      ],
    );
    for (const note of ["political commentator", "Lisbon weekly", "personal capacity", "for this page"]) expect(indexed).not.toContain(note);
  });
});

describe("writers' notes hard-wrapped across lines", () => {
  it("are never indexed, not even the half of a sentence a line leaves", () => {
    const article = parse(
      "wrapped.txt",
      "SHOULD THE CORRIDOR OPEN?",
      "",
      CLAIM,
      "",
      "Ani Serobyan is a political commentator in Gyumri. Lena Ortiz",
      "writes on foreign affairs for a Lisbon weekly. Both write in a personal",
      "capacity.",
    );
    const indexed = texts(article).join("\n");
    for (const note of ["political commentator", "Lisbon weekly", "personal capacity"]) expect(indexed).not.toContain(note);
  });
});
