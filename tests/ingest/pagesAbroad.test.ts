// Pages of outlets abroad that print their head in their own language: a date line in Spanish,
// Portuguese or French, a section label or a section word, a comment count, a follow-us line.
import { describe, expect, it } from "vitest";
import { articleText } from "../../src/adapters/corpus/articleText.ts";
import { inEnglishMonths } from "../../src/core/ingest/metadata.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { parse, texts } from "./helpers.ts";

describe("a date line in the page's own language", () => {
  it("reads the month of a Spanish, Portuguese or French date, and drops its weekday", () => {
    expect(inEnglishMonths("Martes 16 de diciembre de 2003")).toBe("16 December 2003");
    expect(inEnglishMonths("Miércoles 22 de mayo de 2019 | Actualizado: 08:15")).toBe("22 May 2019 | Actualizado: 08:15");
    expect(inEnglishMonths("sexta-feira, 13 de novembro de 2020")).toBe("13 November 2020");
    expect(inEnglishMonths("jeudi 1 octobre 2020")).toBe("1 October 2020");
  });

  it("leaves an English line and a sentence without such a date alone", () => {
    expect(inEnglishMonths("Tuesday, 16 December 2003")).toBe("Tuesday, 16 December 2003");
    expect(inEnglishMonths("Marzo Petrosyan said the talks would resume.")).toBe("Marzo Petrosyan said the talks would resume.");
  });

  it("dates a page whose head prints it in Spanish, under a section label that is no title", () => {
    const article = parse(
      "a.txt",
      "LA GACETA DEL SUR — Quito",
      "Sección: Obituarios / Internacional",
      "Martes 16 de diciembre de 2003",
      "",
      "A veteran of the Karabakh war dies at 80",
      "",
      "By Ana Ruiz",
      "",
      "The former commander died on Friday in Yerevan, his family said.",
    );
    expect(article.meta.published).toBe("2003-12-16");
    expect(article.meta.title).toBe("A veteran of the Karabakh war dies at 80");
  });
});

describe("a section word of the page's own language over the headline", () => {
  it("takes 'DEPORTES > Fútbol internacional' for a breadcrumb, and the comment count for no outlet", () => {
    const article = parse(
      "b.txt",
      "DIARIO LA BRISA · Tegucigalpa",
      "DEPORTES > Fútbol internacional",
      "Miércoles 22 de mayo de 2019",
      "",
      "Armenian midfielder will not travel to Baku for the final",
      "",
      "The club said on Tuesday that the player would stay home.",
      "",
      "Comentarios (38) — Inicie sesión para comentar",
      "📲 Siga a La Brisa Deportes en Facebook, Instagram y X",
    );
    expect(article.meta.title).toBe("Armenian midfielder will not travel to Baku for the final");
    expect(article.meta.outlet).toBe("Diario La Brisa");
    expect(texts(article).some((t) => /Comentarios|Siga a/.test(t))).toBe(false);
  });
});

describe("a tab title that ends on the page's section", () => {
  it("names the site before the section, not the section", () => {
    const html = `<!doctype html><html><head><title>Arms for oil: envoy recalled | The Harbour Ledger – Business</title></head>
<body><h1>Arms for oil: envoy recalled</h1>
<p>Armenia recalled its ambassador on Thursday over arms sales to its neighbour, the foreign ministry in Yerevan said in a statement.</p>
<p>The ministry said the sales had continued throughout the fighting, and that the decision had been taken after repeated protests went unanswered.</p>
<p>Officials in the other capital declined to comment on the recall, and the ministry there gave no statement of its own on Thursday.</p></body></html>`;
    const article = parseArticle({ file: "c.html", text: articleText("c.html", Buffer.from(html)) });
    expect(article.meta.outlet).toBe("The Harbour Ledger");
  });
});

describe("a letters page titled by its day", () => {
  it("keeps 'Letters to the Editor — Tuesday, March 2, 2021' as the title and reads its date", () => {
    const article = parse(
      "a.md",
      "**THE HARBOUR GAZETTE** · Port Town · Opinion",
      "",
      "# Letters to the Editor — Tuesday, March 2, 2021",
      "",
      "*Readers on the prisoners still held in Baku*",
      "",
      "## Bring them home",
      "",
      "Sir — The foreign ministry in Yerevan said on Monday that dozens of prisoners were still held in Baku.",
    );
    expect(article.meta.title).toBe("Letters to the Editor — Tuesday, March 2, 2021");
    expect(article.meta.published).toBe("2021-03-02");
  });

  it("still drops a prompt to write letters to the editor", () => {
    const article = parse(
      "b.txt",
      "Prisoners still held in Baku",
      "",
      "Yerevan said on Monday that dozens were held.",
      "",
      "We welcome letters to the editor: letters@gazette.example",
    );
    expect(texts(article).join(" ")).not.toContain("letters@gazette");
  });
});

describe("a student paper's tagline under its masthead", () => {
  it("is never the title: the headline under the section label is", () => {
    const article = parse(
      "a.txt",
      "THE HARBOUR TORCH",
      "Independent student newspaper of the National University of Port Town",
      "Vol. 12, No. 9  |  13 November 2008",
      "",
      "Diplomat talks peace on campus",
      "",
      "By Jane Roe, Staff Reporter",
      "",
      "A diplomat told students on Tuesday that the talks were a breakthrough, the university said.",
    );
    expect(article.meta.title).toBe("Diplomat talks peace on campus");
  });
});

describe("a section's name in capitals over the headline", () => {
  it("is no masthead: the paper's name above it is the outlet", () => {
    const article = parse(
      "a.txt",
      "THE HARBOUR TORCH",
      "",
      "CAMPUS NEWS",
      "",
      "Diplomat talks peace on campus",
      "",
      "A diplomat told students on Tuesday that the talks were a breakthrough, the university said.",
    );
    expect(article.meta.outlet).toBe("The Harbour Torch");
  });
});
