// A press review: each paragraph tells what a paper wrote, under the paper's name. The paper is
// the outermost speaker, a third party, even where it relays an official; a state's own paper is
// not a third party. A page written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const article = parseArticle({
  file: "review.md",
  text: [
    "# Press review: what the Baku papers wrote on Monday",
    "",
    "Caspian Digest · 7 April 2025",
    "",
    "Caspian Digest summarises the Azerbaijani-language press. The views are the papers' own.",
    "",
    "## Yeni Gun",
    "",
    "The paper reports that Armenia's foreign ministry rejected the latest border map as a provocation.",
    "",
    "A presidential aide quoted by the paper denied that talks had stalled.",
    "",
    "## Sahil Xeber",
    "",
    "The opposition-leaning Sahil Xeber claims that the new road will not open before winter.",
    "",
    "It writes that two soldiers were wounded near Lachin last week.",
    "",
    "## Also in the press",
    "",
    "The state-run newspaper publishes the defence ministry's statement in full. The paper quotes Azerbaijan's defence minister as calling the shelling a provocation.",
  ].join("\n"),
});
const knowledge = extractArticle(article);
const sidesOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);

describe("a press review", () => {
  it("gives a paper's report of an official's words to the paper, a third party", () => {
    expect(sidesOf("The paper reports that Armenia's foreign ministry")).toEqual(["other"]);
  });
  it("gives an official quoted by the paper to the paper", () => {
    expect(sidesOf("A presidential aide quoted by the paper")).toEqual(["other"]);
  });
  it("reads a paper named under its heading, and 'it writes', as that paper", () => {
    expect(sidesOf("Sahil Xeber claims")).toEqual(["other"]);
    expect(sidesOf("It writes that two soldiers")).toEqual(["other"]);
  });
  it("names the paper as the speaker", () => {
    expect(knowledge.claims.find((c) => c.sentence.startsWith("It writes"))?.speaker).toBe("Sahil Xeber");
  });
  it("does not make the review's own note or a state's paper a third party's claim", () => {
    expect(sidesOf("The views are the papers' own")).toEqual([]);
    expect(sidesOf("The state-run newspaper publishes")).not.toContain("other");
  });
  it("keeps 'the paper' in a paragraph about a state's paper that state's, not a third party's", () => {
    expect(sidesOf("The paper quotes Azerbaijan's defence minister")).not.toContain("other");
  });
});

describe("an article that is no press review", () => {
  it("keeps an official quoted by a paper the official's", () => {
    const news = extractArticle(
      parseArticle({
        file: "n.txt",
        text: "Border talks stall\nLowland Press · 7 April 2025\n\nArmenia's foreign ministry said the paper it received was unacceptable.",
      }),
    );
    expect(news.claims.map((c) => c.side)).toEqual(["armenia"]);
  });
});
