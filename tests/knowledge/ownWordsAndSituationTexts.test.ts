// A speaker's own words in full and the situation texts of institutions: a body's page relays the
// parties in its own voice, a translated bulletin is its ministry's, a press point's labelled turns
// run on until the next label, an address's thanks and prayers claim nothing. Each article is
// small and written for this test, read through the whole pipeline.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function read(file: string, ...lines: string[]) {
  const article = parseArticle({ file, text: lines.join("\n") });
  const knowledge = extractArticle(article);
  const claimOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
  return { article, knowledge, claimOf };
}

describe("an institution's own page relays the parties in its voice", () => {
  it("makes a UN situation report's every sentence the UN's, whatever unit of it the site names", () => {
    const { claimOf } = read(
      "report.md",
      "---",
      "title: Syunik arrivals – Situation Update No. 2",
      "outlet: United Nations in Armenia / Refugee Coordination Team",
      "published: 2023-09-27",
      "---",
      "",
      "The Government of Armenia reports that 41,000 people have arrived in Goris since Sunday.",
      "",
      "The Government of Azerbaijan says that residents who stay will be safe.",
      "",
      "The United Nations is not in a position to verify these figures.",
    );
    expect(claimOf("The Government of Armenia reports")).toEqual(["united-nations"]);
    expect(claimOf("The Government of Azerbaijan says")).toEqual(["united-nations"]);
  });

  it("leaves the parties their words on the UN headquarters' pages, a venue where they speak", () => {
    const { claimOf } = read(
      "meeting.md",
      "---",
      "title: Security Council hears both sides on the border clashes",
      "outlet: United Nations",
      "published: 2022-09-15",
      "---",
      "",
      "The representative of Armenia said Azerbaijani forces had shelled Jermuk and Goris.",
      "",
      "The representative of Azerbaijan said his country had responded to provocations.",
    );
    expect(claimOf("shelled Jermuk")).toEqual(["armenia"]);
    expect(claimOf("responded to provocations")).toEqual(["azerbaijan"]);
  });

  it("makes a Red Cross release's account of a joint statement the Red Cross's", () => {
    const { claimOf } = read(
      "release.md",
      "---",
      "title: ICRC facilitates the return of six detainees",
      "outlet: International Committee of the Red Cross",
      "published: 2022-04-02",
      "---",
      "",
      "The International Committee of the Red Cross today acted as a neutral intermediary in the return of six detainees.",
      "",
      "In a joint statement, Azerbaijan said it would hand over four Armenian soldiers and Armenia said it would return two Azerbaijani soldiers.",
    );
    expect(claimOf("In a joint statement")).toEqual(["icrc"]);
  });

  it("makes a travel advisory on the Department of State's site the United States' words", () => {
    const { claimOf } = read(
      "advisory.md",
      "---",
      "title: Azerbaijan Travel Advisory",
      "outlet: U.S. Department of State",
      "published: 2021-08-01",
      "---",
      "",
      "The Government of Azerbaijan reported that three of its soldiers were killed near Kalbajar, and Armenian officials said Azerbaijani forces fired first.",
      "",
      "The Department of State cannot verify these reports.",
    );
    expect(claimOf("The Government of Azerbaijan reported")).toEqual(["united-states"]);
  });
});

describe("a ministry's bulletin as a monitoring service translates it", () => {
  const { article, knowledge, claimOf } = read(
    "bulletin.txt",
    "SOUTH CAUCASUS MONITOR — TRANSLATION SERVICE",
    "Source: Ministry of Defence of the Republic of Armenia, official website",
    "Original language: Armenian",
    "Date of original: 12 September 2022, issued in two parts between 01:00 and 09:30 Yerevan time",
    "",
    "[Translator's summary: the ministry's two statements of the night, combined.]",
    "",
    "INFORMATION OF THE MINISTRY OF DEFENCE",
    "",
    "1. The Azerbaijani armed forces opened intensive fire towards Jermuk and Vardenis using artillery and drones.",
    "",
    "2. Fifteen servicemen of the Armenian Armed Forces were killed in the fighting.",
    "",
    "3. May God rest the souls of our fallen heroes.",
    "",
    "[Translator's note — the other side's version. The Azerbaijani defence ministry said its units were responding to Armenian provocations near Lachin. End of note.]",
  );

  it("is issued by the ministry its Source line names", () => {
    expect(article.structure.issuer).toBe("Ministry of Defence of the Republic of Armenia");
  });

  it("makes the bulletin's statements of fact the ministry's claims, and its figures the ministry's", () => {
    expect(claimOf("opened intensive fire towards Jermuk")).toEqual(["armenia"]);
    expect(claimOf("Fifteen servicemen")).toEqual(["armenia"]);
    expect(knowledge.casualties.map((f) => [f.claimedBy, f.affected, f.killed])).toEqual([["armenia", "armenia", 15]]);
  });

  it("leaves the translator's note to the speakers it names, the header's fields and the prayer to no one", () => {
    expect(claimOf("responding to Armenian provocations")).toEqual(["azerbaijan"]);
    expect(claimOf("Date of original")).toEqual([]);
    expect(claimOf("May God rest")).toEqual([]);
  });
});

describe("a press point printed with its speakers' roles", () => {
  const { claimOf } = read(
    "presspoint.txt",
    "Joint press point by the EU High Representative and the Foreign Minister of Armenia",
    "",
    "EU High Representative Josep Borrell: Minister, welcome to Brussels.",
    "",
    "We discussed the situation along the border. The European Union stands ready to support confidence-building measures.",
    "",
    "Foreign Minister of Armenia Ararat Mirzoyan: Thank you, High Representative.",
    "",
    "Azerbaijani forces still hold positions on the sovereign territory of Armenia.",
    "",
    "Question (Public Radio): Will the EU send more monitors?",
    "",
    "Josep Borrell: That is for the member states to decide.",
    "",
    "Question (Euronews): Minister, is a peace treaty close?",
    "",
    "Ararat Mirzoyan: The text is ready to be signed on our side.",
  );

  it("gives the paragraphs after a labelled turn to the same speaker until the next label", () => {
    expect(claimOf("The European Union stands ready")).toEqual(["european-union"]);
    expect(claimOf("Azerbaijani forces still hold positions")).toEqual(["armenia"]);
  });

  it("claims nothing with a welcome or a thank-you", () => {
    expect(claimOf("welcome to Brussels")).toEqual([]);
    expect(claimOf("Thank you, High Representative")).toEqual([]);
  });
});

describe("a post copied from a social network", () => {
  const { claimOf } = read(
    "post.txt",
    "Ilham Aliyev",
    "October 4, 2020 · ",
    "",
    "Today the Azerbaijani Army liberated the city of Jabrayil and several villages of the district.",
    "",
    "The Armenian side claims that its forces are holding their positions. This is a lie.",
    "",
    "I thank our heroic soldiers.",
    "",
    "👍 52K 💬 9.1K comments ↗ 3K shares",
  );

  it("is its author's statement throughout, the relayed claims of the other side included", () => {
    expect(claimOf("liberated the city of Jabrayil")).toEqual(["azerbaijan"]);
    expect(claimOf("The Armenian side claims")).toEqual(["azerbaijan"]);
    expect(claimOf("This is a lie")).toEqual(["azerbaijan"]);
  });

  it("claims nothing with its thanks", () => {
    expect(claimOf("I thank our heroic soldiers")).toEqual([]);
  });
});

describe("an address to the nation", () => {
  const { claimOf } = read(
    "address.txt",
    "Address of the President of the Republic of Azerbaijan Ilham Aliyev to the nation",
    "",
    "Dear compatriots!",
    "",
    "Today our army liberated the town of Jabrayil and nine villages from occupation.",
    "",
    "I sincerely congratulate the people of Azerbaijan on this victory. I thank our soldiers and officers.",
    "",
    "The enemy is shelling our cities from Armenian territory, and this is a war crime.",
    "",
    "Our martyrs will always be in our hearts. Glory to the Azerbaijani Army!",
    "",
    "Jabrayil is Azerbaijan!",
  );

  it("makes the address's assertions the president's", () => {
    expect(claimOf("liberated the town of Jabrayil")).toEqual(["azerbaijan"]);
    expect(claimOf("this is a war crime")).toEqual(["azerbaijan"]);
  });

  it("claims nothing with congratulations, thanks, homage or a rallying cry", () => {
    expect(claimOf("I sincerely congratulate")).toEqual([]);
    expect(claimOf("I thank our soldiers")).toEqual([]);
    expect(claimOf("Our martyrs will always be")).toEqual([]);
    expect(claimOf("Glory to the Azerbaijani Army")).toEqual([]);
    expect(claimOf("Jabrayil is Azerbaijan!")).toEqual([]);
  });
});

describe("speakers news stories mix up", () => {
  it("gives religious leaders no state's side", () => {
    const { claimOf } = read(
      "church.txt",
      "The Catholicos of All Armenians, Karekin II, said on Sunday that the shelling of the cathedral was a crime against faith.",
      "",
      "In Baku, the Sheikh-ul-Islam said the war was a just struggle for the liberation of Azerbaijani lands.",
    );
    expect(claimOf("crime against faith")).toEqual(["other"]);
    expect(claimOf("just struggle")).toEqual(["other"]);
  });

  it("does not join a name that ends one clause to the speaker of the next", () => {
    const { claimOf } = read(
      "welcome.txt",
      'Turkey\'s foreign ministry welcomed the deal as a "great success" for Azerbaijan, and Ankara said it would help to monitor the truce.',
    );
    expect(claimOf("great success")).toEqual(["turkey"]);
  });

  it("gives a civilian role held at a place in a state to its holder, a third party", () => {
    const { claimOf } = read(
      "roles.txt",
      "Father Grigor of the Armenian church in Tbilisi said the monastery had been spared.",
      "",
      "A lecturer at Yerevan State University said the talks would stall again.",
      "",
      "The foreign minister of Armenia said the talks would resume in Geneva.",
    );
    expect(claimOf("monastery had been spared")).not.toContain("armenia");
    expect(claimOf("would stall again")).toEqual(["other"]);
    expect(claimOf("would resume in Geneva")).toEqual(["armenia"]);
    const deputies = read("deputies.txt", "A group of deputies of the Armenian SSR Supreme Soviet has demanded an extraordinary session.");
    expect(deputies.claimOf("extraordinary session")).toEqual(["armenia"]);
  });

  it("makes the paragraphs of a text printed in quotation marks after its lead-in its author's", () => {
    const { claimOf } = read(
      "appeal.md",
      "Catholicos Aram I on Friday addressed the faithful, accusing Azerbaijani forces of shelling the cathedral in Shusha.",
      "",
      "The appeal was read out after the Sunday liturgy. We publish it below.",
      "",
      '"Our churches have been shelled for weeks.',
      "",
      'The world must not stay silent while our sanctuaries are destroyed."',
      "",
      "The Azerbaijani defence ministry said its forces had not fired on the town.",
    );
    expect(claimOf("Our churches have been shelled")).toEqual(["other"]);
    expect(claimOf("must not stay silent")).toEqual(["other"]);
    expect(claimOf("had not fired on the town")).toEqual(["azerbaijan"]);
  });

  it("gives an unqualified ministry to the state whose capital a story was filed from, with no agency credited", () => {
    const local = read(
      "local.txt",
      "BAKU, MARCH 3. Two servicemen were wounded near Lachin, the Ministry of Defence said on Friday.",
      "",
      "The ministry said Armenian forces had opened fire first.",
    );
    expect(local.claimOf("opened fire first")).toEqual(["azerbaijan"]);
    const wire = read("wire.txt", "BAKU, March 3 (Reuters) - Two servicemen were wounded near Lachin, the Ministry of Defence said on Friday.");
    expect(wire.claimOf("Two servicemen were wounded")).not.toContain("azerbaijan");
  });

  it("gives an unqualified ministry to the capital a national agency filed from, but not across items from two capitals", () => {
    const agency = read("agency.txt", "BAKU, March 3 /Kura-Info/. Two servicemen were wounded near Lachin, the Ministry of Defence said on Friday.");
    expect(agency.claimOf("Two servicemen were wounded")).toEqual(["azerbaijan"]);
    const feed = read(
      "feed.txt",
      "BAKU, March 3 /Kura-Info/. Two servicemen were wounded near Lachin, the Azerbaijani Ministry of Defence said on Friday.",
      "",
      "YEREVAN, March 4 /Kura-Info/. One conscript was wounded near Berd, the Ministry of Defence said.",
    );
    expect(feed.claimOf("One conscript was wounded")).toEqual(["armenia"]);
    const wires = read(
      "wires.txt",
      "BAKU, March 3 (Reuters) - Two servicemen were wounded near Lachin, the Azerbaijani Ministry of Defence said on Friday.",
      "",
      "YEREVAN, March 4 (Reuters) - One conscript was wounded near Berd, the Ministry of Defence said.",
    );
    expect(wires.claimOf("One conscript was wounded")).not.toContain("azerbaijan");
  });

  it("reads a noun before 'of' as a noun, not as the verb 'states'", () => {
    const { claimOf } = read("appeal.txt", "We appeal to the co-chair states of the OSCE Minsk Group to take decisive measures against the aggression.");
    expect(claimOf("co-chair states")).not.toContain("osce-minsk-group");
  });

  it("takes no speaker from a body that only owns what is named", () => {
    const { claimOf } = read(
      "protest.txt",
      "In Yerevan, hundreds of protesters stormed government buildings overnight, accusing the prime minister of betrayal.",
    );
    expect(claimOf("stormed government buildings")).not.toContain("armenia");
  });
});
