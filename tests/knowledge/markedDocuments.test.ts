// A page that reproduces a document between marks ("--- BEGIN STATEMENT ---" … "--- END
// STATEMENT ---"): the words between the marks are the issuer's, whose masthead stands above them;
// the page's own context after the end mark is read as news. An article of our own.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const page = `Border guards report shooting near Margushevan; Yerevan disputes it

STATE BORDER SERVICE OF THE REPUBLIC OF AZERBAIJAN
Notice of 4 August 2023, as reposted by a monitoring channel with our translation

--- BEGIN NOTICE ---

On 3 August, at about 21:40, units of the armed forces of Armenia opened fire on our posts from positions near the village of Margushevan.

One border guard was slightly wounded and received medical assistance on the spot.

The responsibility for the provocation lies with the military-political leadership of Armenia.

--- END NOTICE ---

Armenia's Defence Ministry said its units had not opened fire and called the notice disinformation.
`;

describe("a document the page marks where it begins and ends", () => {
  const { claims } = extractArticle(parseArticle({ file: "notice.txt", text: page }));
  const sideOf = (words: string) => claims.filter((c) => c.sentence.includes(words)).map((c) => c.side);

  it("gives the words between the marks to the body of the masthead above them", () => {
    expect(sideOf("opened fire on our posts")).toEqual(["azerbaijan"]);
    expect(sideOf("received medical assistance")).toEqual(["azerbaijan"]);
    expect(sideOf("The responsibility for the provocation")).toEqual(["azerbaijan"]);
  });

  it("reads the page's own text after the end mark as news", () => {
    expect(sideOf("called the notice disinformation")).toEqual(["armenia"]);
  });
});

const announced = `Karabakh ombudsman's office reports shelling of Martuni

Published 9 May 2021

Below is the statement released on Sunday by the office of the Human Rights Defender of Artsakh, with the reaction of Baku after it.

STATEMENT

On the night of 8 May, the Azerbaijani armed forces shelled the outskirts of Martuni with mortars.

Two houses were damaged and a woman was lightly injured by glass.

(END OF STATEMENT)

Azerbaijan's Defence Ministry said the report was false and that its units had not fired.
`;

describe("a document a lead-in announces, up to the line that ends it", () => {
  const { claims } = extractArticle(parseArticle({ file: "announced.txt", text: announced }));
  const sideOf = (words: string) => claims.filter((c) => c.sentence.includes(words)).map((c) => c.side);

  it("is the announced issuer's, and its label is no claim", () => {
    expect(sideOf("shelled the outskirts of Martuni")).toEqual(["nagorno-karabakh"]);
    expect(sideOf("lightly injured by glass")).toEqual(["nagorno-karabakh"]);
    expect(claims.some((c) => c.sentence.trim() === "STATEMENT")).toBe(false);
  });

  it("ends at its end line", () => {
    expect(sideOf("the report was false")).toEqual(["azerbaijan"]);
  });
});
