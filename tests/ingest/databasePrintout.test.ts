// A news database's printout of a wire story (the LexisNexis form): a document count, a copyright
// block, the date with its wire cycle, labelled fields, then BODY. A printout written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

const printout = [
  "                              12 of 340 DOCUMENTS",
  "",
  "                 Copyright 1993 Caspian Wire Service",
  "                          All Rights Reserved",
  "",
  "                  June 4, 1993, Friday, AM cycle",
  "",
  "SECTION: International News",
  "",
  "LENGTH: 412 words",
  "",
  "HEADLINE: Shelling resumes near Martuni; both sides report losses",
  "",
  "BYLINE: By Tomas Berg, Caspian Wire Service Writer",
  "",
  "DATELINE: STEPANAKERT, Azerbaijan",
  "",
  "BODY:",
  "",
  "   Artillery fire resumed overnight around Martuni, officials on both sides said on Friday.",
  "",
  "LOAD-DATE: June 5, 1993",
].join("\n");

describe("a database printout of a wire story", () => {
  const article = parseArticle({ file: "printout.txt", text: printout });
  const texts = article.passages.map((p) => p.text);

  it("takes the HEADLINE field as the title, the date with its cycle, and the copyright holder as the outlet", () => {
    expect(article.meta).toMatchObject({
      title: "Shelling resumes near Martuni; both sides report losses",
      published: "1993-06-04",
      outlet: "Caspian Wire Service",
    });
  });

  it("indexes the story, never the printout's fields", () => {
    expect(texts.some((t) => t.startsWith("Artillery fire resumed overnight"))).toBe(true);
    for (const field of ["12 of 340 DOCUMENTS", "LOAD-DATE", "BYLINE", "DATELINE", "BODY:", "LENGTH"]) expect(texts.some((t) => t.includes(field))).toBe(false);
  });
});
