// Archival and internal records met on first contact with blind137, each on a document written for the
// test: a cable in an archive's viewer, a memorandum of conversation, a finding aid. The archive's own
// notes, terms and record fields are furniture; the title is the document's subject, the outlet the
// archive that shows it, the date the record's.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { readParticipants } from "../../src/core/ingest/participants.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

describe("a cable shown in an archive's viewer", () => {
  const page = parse(
    "viewer.txt",
    "BRAVA DOCUMENTS ARCHIVE  ::  Cable viewer",
    "Nova Sintra  |  Collections > Caucasus > 2007",
    "",
    "Archive ID:   BDA-07-0112",
    "Sent:         14 May 2007, 09:40Z",
    "From:         AMEMBASSY BAKU",
    "To:           SECSTATE WASHDC",
    "",
    "Reading-room note: this page reproduces the text of a cable as it",
    "circulated after its release. Header fields have been re-keyed by the archive.",
    "",
    "C O N F I D E N T I A L BAKU 000512",
    "",
    "SIPDIS",
    "",
    "SUBJECT: DEPUTY FM ON THE PRAGUE ROUND",
    "",
    "1. (C) Deputy Foreign Minister Araz Azimov told the Ambassador on May",
    "12 that the Prague round had narrowed the differences on the corridor.",
    "",
    "2. (SBU) Participants: Ambassador, Pol Chief; Deputy FM Azimov and an aide.",
    "",
    "3. (U) The Ambassador has cleared this message.",
    "",
    "Archive note: names of embassy staff are withheld by the archive.",
    "Transcription checked against two circulated copies.",
    "Cite this record | Download plain text | Report an error",
    "Terms of use | Accessibility | Contact the reading room",
    "Texts are reproduced for research and teaching. The archive does not verify the completeness of circulated copies.",
    "Brava Documents Archive is a volunteer project. Not an official record of any government.",
  );

  it("takes the subject field for the title, the archive for the outlet and the day it was sent for the date", () => {
    expect(page.meta.title).toBe("DEPUTY FM ON THE PRAGUE ROUND");
    expect(page.meta.outlet).toBe("Brava Documents Archive");
    expect(page.meta.published).toBe("2007-05-14");
  });

  it("keeps a date cut between its month and its day in one sentence", () => {
    expect(bodyTexts(page)).toContain(
      "1. (C) Deputy Foreign Minister Araz Azimov told the Ambassador on May 12 that the Prague round had narrowed the differences on the corridor.",
    );
  });

  it("drops the archive's notes, terms and links, the participants line and the clearance line", () => {
    const all = texts(page).join("\n");
    for (const furniture of [
      "Reading-room note",
      "re-keyed",
      "withheld",
      "Transcription checked",
      "Cite this record",
      "Accessibility",
      "reproduced for research",
      "does not verify",
      "volunteer project",
      "official record",
      "Participants",
      "cleared this message",
    ])
      expect(all).not.toContain(furniture);
  });
});

describe("an archive's note on the document's history", () => {
  it("keeps a note's sentences that are about the events, not the copy", () => {
    const page = parse(
      "history.txt",
      "Declaration of the district council",
      "",
      "Archive note: The text below was adopted by the district council in 1991. Baku has always called the declaration void.",
      "",
      "The council proclaims the district's autonomy.",
    );
    expect(texts(page).join("\n")).toContain("Baku has always called the declaration void.");
  });
});

describe("a memorandum of conversation", () => {
  const memcon = parse(
    "memcon.md",
    "# Memorandum of Conversation: Meeting with President Levon Ter-Petrosyan of Armenia",
    "",
    "**Flores Presidential Papers** › Foreign leaders › Armenia › 1995",
    "",
    "*Item FPP-AM-95-007 · Document date: March 3, 1995 · Released in part · Digitized copy, transcribed by collection staff*",
    "",
    "MEMORANDUM OF CONVERSATION",
    "",
    "**SUBJECT:** Meeting with President Levon Ter-Petrosyan of Armenia",
    "",
    "**PARTICIPANTS:**",
    "U.S.: The President; [redacted], notetaker",
    "Armenia: President Levon Ter-Petrosyan; interpreter",
    "",
    "The President said that the United States would support the Minsk Group's proposals for a lasting settlement.",
    "",
    "President Ter-Petrosyan said that Armenia was ready to sign the peace agreement.",
    "",
    "Reading room hours: Monday–Friday, 9:00–17:00 · Santa Cruz das Flores",
    "Reproduction requests: use the order form. Copyright in transcriptions © Flores Presidential Papers.",
  );

  it("takes the page's fuller heading for the title, the collection for the outlet", () => {
    expect(memcon.meta.title).toBe("Memorandum of Conversation: Meeting with President Levon Ter-Petrosyan of Armenia");
    expect(memcon.meta.outlet).toBe("Flores Presidential Papers");
  });

  it("drops the record's field strip and the reading room's small print", () => {
    const all = texts(memcon).join("\n");
    expect(all).not.toContain("Digitized copy");
    expect(all).not.toContain("Reading room hours");
    expect(all).not.toContain("Reproduction requests");
  });

  it("reads the participants by delegation", () => {
    expect(memcon.structure.participants).toEqual({ "The President": "U.S.", "President Levon Ter-Petrosyan": "Armenia" });
  });

  it("gives 'The President' the side of the delegation the list puts him in, not the guest's", () => {
    const claims = extractArticle(memcon).claims;
    expect(claims.find((c) => c.sentence.startsWith("The President said"))?.side).toBe("united-states");
    expect(claims.find((c) => c.sentence.startsWith("President Ter-Petrosyan said"))?.side).toBe("armenia");
  });
});

describe("a participants list", () => {
  it("leaves out members it does not name and their roles", () => {
    const page = parse("p.md", "PARTICIPANTS:", "", "Russia: Foreign Minister; [redacted]; interpreter", "", "France: Ambassador Dupont, notetaker");
    expect(readParticipants(page.passages)).toEqual({ "Foreign Minister": "Russia", "Ambassador Dupont": "France" });
  });

  it("is no list without its label", () => {
    const page = parse("p.md", "Russia: the ministry said the talks had failed.", "", "France: the envoy agreed.");
    expect(readParticipants(page.passages)).toBeNull();
  });
});

describe("a finding aid", () => {
  const aid = parse(
    "aid.txt",
    "SANTA LUZIA UNIVERSITY LIBRARY - MANUSCRIPTS",
    "Ribeira Brava",
    "",
    "FINDING AID",
    "Collection: Papers on the Karabakh Talks, 1993-1994 (copies)",
    "Call number: MS-SL 12",
    "Access: Open for research. Copies of released government records.",
    "Finding aid last revised: 2 March 2022",
    "",
    "Box 1, Folder 1",
    "  Letter, President Levon Ter-Petrosyan to President Bill Clinton, 4 May 1994.",
    "  Ter-Petrosyan warned that the ceasefire would not hold without observers.",
    "",
    "Box 1, Folder 2",
    "  Cable, U.S. Embassy Ankara to Secretary of State, 6 May 1994.",
    "  Reports that the Turkish government would keep its border with Armenia closed.",
    "",
    "Box 1, Folder 3",
    "  Memorandum of telephone conversation, President Clinton and Prime Minister Tansu Ciller, 9 May 1994.",
    "  Clinton urged Ciller to support the ceasefire talks.",
    "",
    "Conditions of use: copies may be made for private study only.",
    "Please cite as: Santa Luzia University Library, Manuscripts,",
    "MS-SL 12. Questions: ask the manuscripts desk.",
  );

  it("takes the collection's name for the title and the revision for the date", () => {
    expect(aid.meta.title).toBe("Papers on the Karabakh Talks, 1993-1994 (copies)");
    expect(aid.meta.published).toBe("2022-03-02");
  });

  it("drops the access, use, citation and enquiry fields", () => {
    const all = texts(aid).join("\n");
    for (const furniture of ["Open for research", "Conditions of use", "Please cite as", "Questions:"]) expect(all).not.toContain(furniture);
  });

  it("gives a sentence on what the described document does to its writer, and a party the entry names its side", () => {
    const claims = extractArticle(aid).claims;
    expect(claims.find((c) => c.sentence.startsWith("Reports that the Turkish government"))?.side).toBe("united-states");
    expect(claims.find((c) => c.sentence.startsWith("Clinton urged"))?.side).toBe("united-states");
  });

  it("reads a described letter's writer in the office he held on the letter's day, not the catalogue's", () => {
    const claim = extractArticle(aid).claims.find((c) => c.sentence.startsWith("Ter-Petrosyan warned"));
    expect(claim?.side).toBe("armenia");
  });
});

describe("the archive's small print, line by line", () => {
  it.each([
    "Mirror of public parliamentary research products.",
    "This page reproduces selected sections only.",
    "Footnotes and the statistical appendix are omitted.",
    "Not affiliated with the Library of Congress.",
    "Library reference: PL/IB-04-221 · Format: excerpt, plain text conversion",
  ])("%s is furniture", (line) => expect(isBoilerplate(line)).toBe(true));

  it.each(["The ministry does not verify the accuracy of the reports, its spokesman said.", "Questions remain about who fired first."])("%s is news", (line) =>
    expect(isBoilerplate(line)).toBe(false),
  );
});

describe("minutes of a session in translation", () => {
  const minutes = parse(
    "minutes.txt",
    "MADEIRA RECORDS IN TRANSLATION",
    "",
    "----------------------------------------------------------------------",
    "SESSION OF THE COUNCIL OF MINISTERS, 12 MARCH 1990 (EXCERPT)",
    "Working record. Secret.",
    "----------------------------------------------------------------------",
    "",
    "Chair: N. I. Ryzhkov. Present: L. I. Abalkin, V. V. Bakatin.",
    "",
    "RYZHKOV. The situation in the region has not improved since the last session.",
    "",
    "BAKATIN. We have sent two more regiments to keep order on the roads.",
    "",
    "TRANSLATORS' NOTES",
    "",
    "The record does not say which roads were meant.",
  );

  it("takes the document's title in capitals apart from the line under it", () => {
    expect(minutes.meta.title).toBe("SESSION OF THE COUNCIL OF MINISTERS, 12 MARCH 1990 (EXCERPT)");
  });

  it("reads a surname the attendance names, in capitals with a full stop, as its member's turn, up to the page's notes", () => {
    const answers = Object.values(minutes.structure.turns).filter((t) => t.role === "answer");
    expect(answers.map((t) => t.label)).toEqual(["RYZHKOV", "BAKATIN"]);
    const notes = minutes.passages.find((p) => p.text.startsWith("The record does not say"));
    expect(notes && minutes.structure.turns[notes.id]).toBeUndefined();
  });

  it("reads no such turns where no attendance names the speakers", () => {
    const wire = parse("wire.txt", "Shelling resumes", "", "BAKU. The ministry said two soldiers were wounded.", "", "YEREVAN. The ministry denied it.");
    expect(Object.keys(wire.structure.turns)).toEqual([]);
  });
});

describe("an archive's note under a statement it reproduces", () => {
  it("ends the statement: what follows the note is the archive's page again", () => {
    const page = parse(
      "copy.txt",
      "STATEMENT OF THE HUMAN RIGHTS DEFENDER OF THE REPUBLIC OF ARMENIA",
      "",
      "The Defender recorded the shelling of three villages in Tavush on 12 July.",
      "",
      "ARCHIVE NOTE: This copy is reproduced by the Kura Documents Archive for research purposes. Later editions gave further figures.",
      "",
      "Azerbaijan's Prosecutor General's Office has published its own figures, which this archive does not reproduce.",
    );
    const claims = extractArticle(page).claims;
    expect(claims.find((c) => c.sentence.startsWith("The Defender recorded"))?.side).toBe("armenia");
    expect(claims.find((c) => c.sentence.startsWith("Azerbaijan's Prosecutor"))?.side).toBe("azerbaijan");
    expect(texts(page).join("\n")).not.toContain("This copy is reproduced");
  });
});
