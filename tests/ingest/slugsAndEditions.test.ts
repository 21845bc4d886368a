// Where first contact with ordinary news found the outlet missing: a wire's slug under the
// headline with its desk or its city, and a paper's edition after its name in the page's title.
// Pages written for this test.
import { describe, expect, it } from "vitest";
import { htmlArticleText } from "../../src/adapters/html/articleText.ts";
import { readHtmlPage } from "../../src/adapters/html/readHtmlPage.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { parse, texts } from "./helpers.ts";

const BODY =
  "Azerbaijan's defence ministry said on Wednesday that its troops had taken two heights near the village, and Armenia's defence ministry denied that any ground had been lost.";

describe("a wire's slug under the headline", () => {
  it("names the outlet without the city it was filed from", () => {
    const article = parse(
      "slug.txt",
      "AZERBAIJAN CLAIMS HEIGHTS NEAR BORDER VILLAGE",
      "",
      "Steppe Wire Agency (Astana)",
      "28 June 2018, 16:05",
      "By Aigerim Nurlanovna",
      "",
      BODY,
    );
    expect(article.meta.outlet).toBe("Steppe Wire Agency");
    expect(article.meta.title).toBe("AZERBAIJAN CLAIMS HEIGHTS NEAR BORDER VILLAGE");
    expect(texts(article).join(" ")).not.toContain("Astana)");
  });

  it("names the outlet without the desk that filed it", () => {
    const article = parse("desk.txt", "BORDER DEAL SPARKS PROTESTS", "", "Delta Gazette Foreign Desk", "Cairo, 27 April 2024", "By Mona Saleh", "", BODY);
    expect(article.meta.outlet).toBe("Delta Gazette");
  });

  it("leaves a line under the headline that names no outlet to the body", () => {
    const article = parse("sub.txt", "BORDER DEAL SPARKS PROTESTS", "", "Villagers Block Roads (Tavush)", "27 April 2024", "", BODY);
    expect(article.meta.outlet).not.toBe("Villagers Block Roads");
  });
});

describe("a paper's edition after its name", () => {
  const page = (title: string) =>
    parseArticle({
      file: "ed.html",
      text: htmlArticleText(
        readHtmlPage(
          `<html><head><title>${title}</title></head><body><main><h1>Fizuli falls</h1><p>${BODY}</p><p>${BODY}</p><p>${BODY}</p></main></body></html>`,
        ),
      ),
    });

  it("is no part of the outlet's name", () => {
    expect(page("Fizuli falls | Correio do Cerrado International").meta.outlet).toBe("Correio do Cerrado");
    expect(page("Fizuli falls - La Gazzetta del Golfo English").meta.outlet).toBe("La Gazzetta del Golfo");
  });

  it("stays on a short name that goes by it", () => {
    expect(page("Fizuli falls | Caspian Wire English").meta.outlet).toBe("Caspian Wire English");
  });
});

describe("a ministry's own page whose title names it in full", () => {
  it("takes the ministry's full name after the bar for the outlet, however long", () => {
    const text = htmlArticleText(
      readHtmlPage(
        `<html><head><title>Statement on the situation in Tavush | Ministry of Defence of the Republic of Armenia</title></head><body><main><h1>Statement on the situation in Tavush</h1><p>${BODY}</p><p>${BODY}</p><p>${BODY}</p></main></body></html>`,
      ),
    );
    expect(parseArticle({ file: "mod.html", text }).meta.outlet).toBe("Ministry of Defence of the Republic of Armenia");
  });
});
