// Heads and feet of small publications met with science, environment and teaching pages (issue 7): a
// naturalists' quarterly, a study guide, a forum's conference report, an association's field note, an
// institute's research note, a museum's visitor guide and a course reader. Their mastheads, strips and
// notes to readers are furniture; their own headline, publisher and date are the metadata. Written for this test.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readPageMetadata } from "../../src/adapters/html/pageMetadata.ts";
import { parse, texts } from "./helpers.ts";

const CLAIM =
  "Azerbaijan's defence ministry said on Sunday that two of its servicemen had been killed near Tovuz, and Armenia's defence ministry said its positions had come under artillery fire overnight.";

describe("a small publication's masthead strip above the headline", () => {
  it("is never the title: its town, its motto and its issue number go, and the headline below is the title", () => {
    const article = parse(
      "naturalist.txt",
      "THE SOLWAY NATURALIST",
      "Dumfries  |  A journal of birds, shore and moss  |  Vol. 9, No. 3",
      "Published 4 May 1996",
      "==========================================",
      "",
      "Drained mosses lose their curlews",
      "",
      "By Ewan Grierson, wildlife editor",
      "",
      CLAIM,
      "",
      "------------------------------------------",
      "FROM THE LOGBOOK: Whooper swans back on the loch this week; first swallows over the river on 2 April.",
      "Letters to the Naturalist are welcome and may be edited for length.",
    );
    expect(article.meta).toMatchObject({ title: "Drained mosses lose their curlews", outlet: "The Solway Naturalist", published: "1996-05-04" });
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("two of its servicemen");
    expect(indexed).not.toMatch(/journal of birds|Whooper swans|are welcome/);
  });

  it("names the publisher at its head, and a revision line's date outranks the timeline's dates", () => {
    const article = parse(
      "sheet.md",
      "**Western Isles Study Guides** · Stornoway, Lewis · *Advanced Geography & Civics support series*",
      "",
      "Study sheet 4 of 10 · Updated 2 June 2021 · Photocopiable for classroom use only",
      "",
      "# Study Sheet 4: The Karabakh War, 1991–1994",
      "",
      "## 1. Key dates",
      "",
      "| Date | Event |",
      "|---|---|",
      "| 3 Mar 1991 | Village council votes to join the republic |",
      "| 12 May 1994 | Ceasefire signed; the front line is frozen |",
      "",
      "## 2. Overview",
      "",
      CLAIM,
    );
    expect(article.meta).toMatchObject({ title: "Study Sheet 4: The Karabakh War, 1991–1994", outlet: "Western Isles Study Guides", published: "2021-06-02" });
    expect(texts(article).join("\n")).not.toContain("support series");
  });

  it("drops a column's standing head beside its town, and takes the titled event it reports on as the title", () => {
    const article = parse(
      "forum.txt",
      "FORUM ADRIATICO AMBIENTE E SOCIETA",
      "Trieste, Friuli | Notes from the conference floor",
      "-----------------------------------------------",
      "PANEL REPORT | COP28, Dubai | Posted 8 December 2023",
      "Rapporteur: Paolo Zanetti",
      'Event: "Rivers across the line: water sharing and the peace talks"',
      "-----------------------------------------------",
      "",
      "WHY THIS PANEL",
      "",
      CLAIM,
    );
    expect(article.meta).toMatchObject({ title: "Rivers across the line: water sharing and the peace talks", published: "2023-12-08" });
    expect(article.meta.outlet?.toLowerCase()).toBe("forum adriatico ambiente e societa");
    expect(texts(article).join("\n")).not.toMatch(/conference floor|Zanetti/);
  });
});

describe("a page whose head has its own date line", () => {
  it("is dated by it, never by a date standing alone in the story below its first paragraph", () => {
    const article = parse(
      "revision.md",
      "**Western Isles Study Guides** · Stornoway, Lewis",
      "",
      "Study sheet 5 of 10 · Revised 9 September 2022",
      "",
      "# Study Sheet 5: The ceasefire years",
      "",
      CLAIM,
      "",
      "## Key dates",
      "",
      "**12 May 1994**",
      "",
      "A ceasefire is signed in Bishkek and the front line is frozen for a generation.",
    );
    expect(article.meta).toMatchObject({ title: "Study Sheet 5: The ceasefire years", outlet: "Western Isles Study Guides", published: "2022-09-09" });
    expect(texts(article).join("\n")).toContain("front line is frozen");
  });

  it("but a reporter's name beside a town is no publisher's strip", () => {
    const article = parse("byline.txt", "Shelling resumes near Tovuz", "", "Anna Petrosyan · Gyumri", "", CLAIM);
    expect(article.meta.outlet).not.toBe("Anna Petrosyan");
  });
});

describe("a field note whose head gives its title as a field", () => {
  it("takes the title after its label, the body's English name as the outlet, and drops its series, address and trail", () => {
    const article = parse(
      "fieldnote.txt",
      "ASSOCIAÇÃO DE PASTORES DA SERRA DA ESTRELA",
      "Serra da Estrela Shepherds' Association - Manteigas",
      "FIELD REPORT 2023/9 | Pastures and borders series",
      "Filed: 3 March 2023",
      "Field team: Rui Matos Pereira, Ana Lopes",
      "==========================================",
      "",
      "TITLE: Shepherds without pastures: herders displaced from the Karabakh uplands",
      "",
      "1. WHY WE ARE LOOKING AT THIS",
      "",
      CLAIM,
      "",
      "==========================================",
      "Associação de Pastores da Serra da Estrela, Rua das Flores 3, Manteigas, Portugal.",
      "Next field note: grazing rights on the summer pastures.",
    );
    expect(article.meta).toMatchObject({
      title: "Shepherds without pastures: herders displaced from the Karabakh uplands",
      outlet: "Serra da Estrela Shepherds' Association",
      published: "2023-03-03",
    });
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("two of its servicemen");
    expect(indexed).not.toMatch(/Pastures and borders|Rua das Flores|grazing rights|Ana Lopes/);
  });
});

describe("a body's name in capitals in its own language above the headline", () => {
  it("is a masthead however long, and the English name under it is the outlet", () => {
    const article = parse(
      "douro.txt",
      "ASSOCIAÇÃO DE AGRICULTORES DAS ENCOSTAS DO DOURO E DO COA",
      "Douro Slope Farmers' Association - Peso da Régua",
      "Field report 2022/3 | Filed: 9 May 2022",
      "",
      "Vineyards without hands: seasonal workers who never came",
      "",
      CLAIM,
    );
    expect(article.meta).toMatchObject({
      title: "Vineyards without hands: seasonal workers who never came",
      outlet: "Douro Slope Farmers' Association",
      published: "2022-05-09",
    });
  });

  it("is the outlet itself where no English name stands under it", () => {
    const article = parse(
      "douro.txt",
      "ASSOCIAÇÃO DE AGRICULTORES DAS ENCOSTAS DO DOURO E DO COA",
      "Filed: 9 May 2022",
      "",
      "Vineyards without hands: seasonal workers who never came",
      "",
      CLAIM,
    );
    expect(article.meta.title).toBe("Vineyards without hands: seasonal workers who never came");
    expect(article.meta.outlet?.toLowerCase()).toBe("associação de agricultores das encostas do douro e do coa");
  });

  it("leaves a motto on its own line under a masthead out of the title", () => {
    const article = parse(
      "orcadian.txt",
      "THE ORCADIAN FIELD REVIEW",
      "A quarterly of natural history, land and sea",
      "Published 3 March 1995",
      "",
      "Geese return to the Loch of Harray",
      "",
      CLAIM,
    );
    expect(article.meta).toMatchObject({ title: "Geese return to the Loch of Harray", outlet: "The Orcadian Field Review" });
  });
});

describe("a title in capitals broken over two lines", () => {
  it("is joined where its second line gives the span it covers", () => {
    const article = parse(
      "scars.txt",
      "CENTRO DI RICERCA ALPINA (CRA)",
      "Date of issue: 2 February 2022",
      "",
      "BURN SCARS FROM ORBIT: FIRES IN THE KARABAKH",
      "HIGHLANDS, SEPTEMBER - NOVEMBER 2020",
      "",
      CLAIM,
    );
    expect(article.meta.title).toBe("BURN SCARS FROM ORBIT: FIRES IN THE KARABAKH HIGHLANDS, SEPTEMBER - NOVEMBER 2020");
  });

  it("but a headline in capitals keeps its dateline apart", () => {
    const article = parse(
      "truce.txt",
      "ARMENIA AND AZERBAIJAN AGREE TO A TRUCE",
      "MOSCOW, 12 MAY 1994",
      "",
      "The two sides agreed on Thursday to stop fighting from midnight, Russian mediators said after a day of talks in the Kyrgyz capital.",
    );
    expect(article.meta).toMatchObject({ title: "ARMENIA AND AZERBAIJAN AGREE TO A TRUCE", published: "1994-05-12" });
  });
});

describe("an institute's research note", () => {
  it("joins its title in capitals broken at a joining word, and never takes a numbered section for the outlet", () => {
    const article = parse(
      "note.txt",
      "ISTITUTO LIGURE DI STUDI COSTIERI (ILSC)",
      "Ligurian Institute of Coastal Studies - Genoa",
      "Date of issue: 9 March 2021",
      "-------------------------------------------",
      "",
      "MAPPING FLOODED FIELDS FROM ORBIT: RADAR SIGNATURES IN AND AROUND",
      "THE ARAS VALLEY, 1 APRIL - 30 JUNE 2020",
      "",
      "1. PURPOSE",
      "",
      CLAIM,
      "",
      "3. FINDINGS IN BRIEF",
      "",
      CLAIM,
      "",
      "-------------------------------------------",
      "Istituto Ligure di Studi Costieri, Via dei Mille 12, Genoa, Liguria.",
      "Funded in part by regional research grants.",
    );
    expect(article.meta.title).toBe("MAPPING FLOODED FIELDS FROM ORBIT: RADAR SIGNATURES IN AND AROUND THE ARAS VALLEY, 1 APRIL - 30 JUNE 2020");
    expect(article.meta.outlet?.toLowerCase()).toContain("istituto ligure di studi costieri");
    expect(article.meta.published).toBe("2021-03-09");
    expect(texts(article).join("\n")).not.toMatch(/Via dei Mille|research grants/);
  });
});

describe("a visitor guide's, a trust's and a course page's notes to their readers", () => {
  it("are never indexed, while the text beside them is", () => {
    const article = parse(
      "guide.md",
      "> **Harbour Wetlands Trust** · Harbour Road 7, Port Ellen",
      "> Independent briefings on rivers, wetlands and the people who use them.",
      "> *This note is part of our Upland Waters series.*",
      "",
      "# Water on the line",
      "",
      "*Gallery guide: please return to the rack after your visit. Large-print guides at the desk.*",
      "",
      CLAIM,
      "",
      "2.1 Overview (this page) · 2.2 The treaty · 2.3 Rivers and dams",
      "",
      "Workshop questions for 2.3 will be posted on the portal a week before the session.",
      "",
      "**Accessibility:** all rooms are step-free. Audio description available on request.",
      "**Support the gallery:** become a Friend from £25 a year. Ask at the desk.",
    );
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("two of its servicemen");
    for (const note of [
      "Independent briefings",
      "Upland Waters",
      "return to the rack",
      "2.2 The treaty",
      "Workshop questions",
      "Audio description",
      "become a Friend",
    ]) {
      expect(indexed).not.toContain(note);
    }
  });
});

describe("a page naming its publisher in Dublin Core", () => {
  it("takes the publisher over the course's name in the tab title", () => {
    const { document } = parseHTML(
      `<html><head><title>Unit 2: Rivers as evidence | GEO 210 Course Reader</title><meta name="dc.publisher" content="Harbour School of Earth Sciences"></head><body><main><h1>Unit 2: Rivers as evidence</h1><p>${CLAIM}</p></main></body></html>`,
    );
    expect(readPageMetadata(document, null)).toMatchObject({ title: "Unit 2: Rivers as evidence", outlet: "Harbour School of Earth Sciences" });
  });
});

describe("a lettered list's third item", () => {
  it("is the text, never a copyright line, while a copyright line under it still goes", () => {
    const article = parse(
      "scars.txt",
      "Burn scars near the villages",
      "",
      CLAIM,
      "",
      "(a) Forest scars. Large scars appear on wooded slopes in late October.",
      "",
      "(b) Village fires. Smaller hotspots coincide with settlements near the front in early November.",
      "",
      "(c) Hillside farms. A cluster of point fires appears around the farms before the handover.",
      "",
      "(c) Harbour Press 2020. Reproduction by permission only.",
    );
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("A cluster of point fires appears around the farms");
    expect(indexed).not.toContain("Reproduction by permission");
    expect(article.meta.outlet).toBe("Harbour Press");
  });
});

describe("a numbered section heading with a comma", () => {
  it("stays whole, never its bare number", () => {
    const article = parse(
      "report.txt",
      "Burn scars near the villages",
      "",
      CLAIM,
      "",
      "5. EARLIER REPORTS, EARLIER MAPS",
      "",
      "Shelling was reported near Martuni on Monday, the district's administration said in a statement.",
    );
    const indexed = texts(article);
    expect(indexed).toContain("5. EARLIER REPORTS, EARLIER MAPS");
    expect(indexed).not.toContain("5.");
  });
});
