// Classes met when the session's last set (ordinary news from ten countries) was scored, fixed with
// sentences written for this test: troops and forces are "they"; a verb after ", but" shares the subject.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function sideOf(start: string, ...paragraphs: string[]): string | undefined {
  const claims = extractArticle(parseArticle({ file: "a.txt", text: paragraphs.join("\n\n") })).claims;
  return claims.find((c) => c.sentence.startsWith(start))?.side;
}

describe("forces named as a subject", () => {
  it("are the 'they' that speaks next, not officials who spoke a paragraph before", () => {
    const side = sideOf(
      "Quoted by",
      "Officials in Yerevan said the fighting was the work of the Karabakh Armenians alone.",
      "The Karabakh self-defence forces gave a different picture. Quoted by a Moscow news agency, they said they did not yet hold the town.",
    );
    expect(side).toBe("nagorno-karabakh");
  });
});

describe("a verb after ', but'", () => {
  it("shares the subject the sentence opened with, not the state named in between", () => {
    const side = sideOf(
      "It did not name",
      "The UN Security Council demanded the withdrawal of the occupying forces from the district.",
      "It did not name Armenia as the aggressor, but urged the Armenian government to use its influence.",
    );
    expect(side).toBe("united-nations");
  });
});
