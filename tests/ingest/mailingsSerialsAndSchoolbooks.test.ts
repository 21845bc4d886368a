// Furniture met on first contact with mailings, serials, schoolbook pages, exhibitions and catalogues:
// opt-outs, a serial's pointers to its other parts, charity and donation notes, a teaching page's small
// print, a layout note printed by mistake, a funder's credit, a publication's word on what it is, a
// pager's strip in Spanish and a reference work's tagline. Every page is written for the test, and
// each has news sentences that must stay.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { parse, texts } from "./helpers.ts";

const NEWS = "The Armenian foreign ministry said on Monday that four soldiers had been wounded near Jermuk.";

describe("a mailing's opt-out and money notes", () => {
  it("drops why the mail came and how to stop it, and keeps the news", () => {
    const article = parse(
      "appeal.txt",
      "Harbour Limb Trust -- Spring appeal",
      "",
      NEWS,
      "",
      "You are receiving this letter because you gave to our autumn appeal.",
      "To stop receiving letters, reply with the word STOP.",
      "Registered charity no. 20455 (Jersey).",
    );
    expect(texts(article)).toContain(NEWS);
    expect(texts(article).join("\n")).not.toMatch(/receiving|Registered charity/);
  });

  it.each([
    "Help our medics: gifts are tax-deductible in Luxembourg.",
    "Support the clinics: The Lantern Letter does not collect donations.",
    "The Lantern Letter is a volunteer bulletin for friends of the clinic in Valletta and is not linked to any party.",
    "This note is general commentary and does not constitute legal advice.",
    "This briefing is circulated for information to members of the committee.",
  ])("takes %j for furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "The defence ministry does not accept donations from abroad, its spokesman said.",
    "To stop receiving Russian gas, Armenia would need a new pipeline.",
    "This briefing is circulated for information, the ministry said, and lists 12 dead.",
  ])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("a serial's pointers to its other parts", () => {
  it.each([
    "Next in this series: Part 3 – What the drone footage shows.",
    "Previously: Part 1 – The law of occupation.",
    "Next notebook: the Goris hearing, if it opens.",
    "Next week in the Lantern Letter: the harvest, and the flood season.",
    "Extract from our court notebook on the border cases. Part 2 of 6.",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each(["Previously: the ministry had reported 12 dead.", "Part of the road to Lachin was shelled on Monday."])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("a schoolbook's, an exhibition's and a catalogue's furniture", () => {
  it("drops a teaching page's boxes and small print, keeping the lesson's sentences", () => {
    const article = parse(
      "textbook.txt",
      "8.2  THE CEASEFIRE OF 1994",
      "",
      "LEARNING OUTCOMES",
      "By the end of this lesson you will be able to:",
      "",
      "In May 1994 the parties signed a protocol in Bishkek, and the Russian defence minister said the ceasefire would hold.",
      "",
      "This page may not be photocopied without a licence.",
      "Teachers' notes for Unit 8 are available from the publisher's website.",
    );
    expect(texts(article).join("\n")).toContain("signed a protocol in Bishkek");
    expect(texts(article).join("\n")).not.toMatch(/LEARNING OUTCOMES|photocopied|Teachers' notes|able to/);
  });

  it.each([
    "[Object file 12/A · do not display this header]",
    "Supported by the Kosice Self-Governing Region.",
    "Funded by the Ministry of Culture of the Slovak Republic",
    "<< Anterior | Siguiente >>   Guardar en mi lista | Imprimir | Enviar por correo",
    "From Lakeside Wiki, the free Geneva-based encyclopaedia",
    "Subscribe to the Ledger's weekly brief on the Caucasus — no spam.",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Supported by Turkish drones, the army advanced on Monday.",
    "Armenia will register its brief with the court in May.",
    "Do not display this flag, the ministry told the schools in Ganja.",
  ])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("a blog's, a digest's and a charity's own lines", () => {
  it("drops a firm's blog strip and its footer of name, street and disclaimer", () => {
    expect(isBoilerplate("Fronti & Corti · Turin · Commentary · 6 min read")).toBe(true);
    expect(isBoilerplate("Studio Rossi Verdi · Via Roma 12, Torino · This note is general commentary and does not constitute legal advice.")).toBe(true);
  });

  it("drops the links under a 'Read more in …' label, keeping the answer above them", () => {
    const answer = "A: The court said in May that the pardon breached the Convention, and the government rejected the ruling.";
    const article = parse(
      "qa.txt",
      "Q&A: The pardon and the treaty",
      "",
      answer,
      "",
      "Read more in Human rights:",
      " - Prisoner transfers in Europe: how they work",
      " - Explainer: amnesties and treaty law",
    );
    expect(texts(article)).toContain(answer);
    expect(texts(article).join("\n")).not.toMatch(/how they work|amnesties/);
  });

  it.each([
    "What this digest covers: rulings and reports of the UN treaty bodies on the Caucasus.",
    "Follow our new coverage for updates after 3 May.",
    "Online: harbourfund.example/spring",
    "By post: Harbour Fund, Quay Street, St Helier, Jersey JE2",
    'DONATIONS: Transfers to our account are received with the reference "SPRING". Ask the treasurer for the account number.',
    "Secretaría: lunes a viernes de 16 a 20 hs.",
    "Editor's note: The Courier is collecting offers of help from surgeons.",
    "Surgeons who wish to be listed can contact the editorial office.",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Families who wish to return can contact the ministry, Baku said.",
    "By phone: the minister said the talks had failed.",
    "More in Baku: 12 killed as shells hit the market",
  ])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("a textbook page's unit and numbered section", () => {
  it("takes the numbered section under the unit, without its number, for the title", () => {
    const article = parse(
      "history.txt",
      "EDITORA LITORAL · PORTO",
      "Unit 4: Empires and Their Borders",
      "",
      "                                   p. 88",
      "--------------------------------------------",
      "4.2  THE CEASEFIRE OF 1994",
      "--------------------------------------------",
      "",
      "In May 1994 the parties signed a protocol in Bishkek, and the Russian defence minister said the ceasefire would hold.",
    );
    expect(article.meta.title).toBe("THE CEASEFIRE OF 1994");
    expect(texts(article).join("\n")).not.toMatch(/Unit 4|p\. 88/);
  });

  it("keeps a unit's heading for the title where no section of its own follows", () => {
    const article = parse(
      "unit.txt",
      "Unit 4: Empires and Their Borders",
      "",
      "In May 1994 the parties signed a protocol in Bishkek, and the Russian defence minister said the ceasefire would hold.",
    );
    expect(article.meta.title).toBe("Unit 4: Empires and Their Borders");
  });
});

describe("a library catalogue's record", () => {
  it("takes the title field, without its dot leader and the slash before its authors, for the title", () => {
    const article = parse(
      "record.txt",
      "BIBLIOTECA DEL CENTRO DE ESTUDIOS CAUCÁSICOS · VALENCIA",
      "",
      "FULL RECORD · Registro n.º c2041187",
      "",
      "Title ............ Armenia : the road to the 1994 ceasefire /",
      "                   Caucasus Research Group.",
      "Publisher ........ London : Caucasus Research Group, 1995.",
      "",
      "ABSTRACT",
      "The report says the ceasefire of May 1994 was mediated by Russia, and the Armenian government said it would hold.",
    );
    expect(article.meta.title).toBe("Armenia : the road to the 1994 ceasefire");
    expect(texts(article).join("\n")).not.toContain("FULL RECORD");
  });
});
