import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

const extract = (file: string, text: string) => extractArticle(parseArticle({ file, text }));

describe("one article's knowledge", () => {
  it("reads an unnamed ministry in state media as that state's", () => {
    const text = [
      "---",
      "title: Provocation on the border",
      "outlet: Report.az",
      "published: 2021-11-16",
      "---",
      "",
      "Shots were fired at the border overnight, the Ministry of Defense said.",
    ].join("\n");
    expect(extract("state.md", text).claims.map((c) => c.side)).toEqual(["azerbaijan"]);
  });

  it("places a wounded reporter 'of' a state channel on that state's side", () => {
    const text = "Shelling of Tartar\n\nA reporter of the AzTV channel was also wounded when the crew's vehicle came under fire.";
    expect(extract("aztv.txt", text).casualties.map((c) => [c.affected, c.wounded])).toEqual([["azerbaijan", 1]]);
  });

  it("gives a figure that one camp's two voices put forward together to the first named", () => {
    const text =
      "Losses\n\nYerevan and Stepanakert put their own military losses at first at 18 and later at 91, while claiming that Azerbaijan had lost hundreds.";
    const figures = extract("camp.txt", text).casualties.map((c) => [c.claimedBy, c.affected, c.killed]);
    expect(figures).toEqual([
      ["armenia", "armenia", 18],
      ["armenia", "armenia", 91],
    ]);
  });

  it("gives a figure in a two-speaker sentence to the clause that states it", () => {
    const text = "Losses mount\n\nAzerbaijan's Defense Ministry admitted losing 31 servicemen, while Armenian officials put their losses at 92 dead.";
    const figures = extract("two.txt", text).casualties.map((c) => [c.claimedBy, c.affected, c.killed]);
    expect(figures).toEqual([
      ["azerbaijan", "azerbaijan", 31],
      ["armenia", "armenia", 92],
    ]);
  });

  it("dates a claim from the article's date and names the places it mentions", () => {
    const text = "Clashes near Hadrut\n\nDecember 14, 2020\n\nThe Defense Army said on Saturday that Azerbaijani forces shelled Hadrut.";
    const knowledge = extract("dated.txt", text);
    expect(knowledge.claims[0]?.date).toMatchObject({ start: "2020-12-12", precision: "day" });
    expect(Object.values(knowledge.places).flat()).toContain("Hadrut");
  });
});
