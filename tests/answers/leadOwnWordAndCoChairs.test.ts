// Lead classes met on an unseen set, each on a small article of our own: the losses a side reported
// when another side's account holds the question's words, the three co-chair states named together
// as the co-chairs, and a "why" answered by the sentence of the side's that gives its reason.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("'what losses did Baku report': the side's own figure, not the other side's account", () => {
  const index = indexOf([
    "clash.txt",
    [
      "Border clash leaves dead on both sides",
      "Upland Courier · 18 May 2021",
      "",
      "Armenia's defence ministry said Azerbaijani units attacked its positions on the eastern border near Vardenis on Sunday and seized two posts on the Armenian border.",
      "",
      "Azerbaijan's defence ministry gave its own account. On Monday it said four of its servicemen had died and six more were wounded.",
    ],
  ]);
  it("leads with Azerbaijan's figure", () => {
    const lead = ask(index, "What losses did Azerbaijan report after the May 2021 clash on the Armenian border?").lead;
    expect(lead?.text).toContain("four of its servicemen had died");
    expect(lead?.side).toBe("azerbaijan");
  });
});

describe("the co-chair states named together", () => {
  it("reads France, Russia and the United States asked about together as the Minsk Group's co-chairs", () => {
    expect(understandQuestion("Why did France, Russia and the US oppose the resolution?").claimant).toBe("osce-minsk-group");
    expect(understandQuestion("Why did France oppose the resolution?").claimant).toBe("france");
  });

  const index = indexOf([
    "assembly.txt",
    [
      "Assembly adopts text on occupied districts",
      "Assembly Records · 14 March 2008",
      "",
      "The President: I give the floor to the representative of Azerbaijan.",
      "",
      "Ms. Guliyeva (Azerbaijan): We regret that France, Russia and the United States have offered no clear proposals on the occupied districts and we urge every member to vote in favour of the resolution.",
      "",
      "The President: I now give the floor to the representative of France.",
      "",
      "Mr. Brun (France): I speak on behalf of France, the Russian Federation and the United States as co-chairs of the OSCE Minsk Group. Our three countries have proposed basic principles to the sides. Because the draft picks only some of those principles, the co-chair countries will vote against the resolution.",
    ],
  ]);
  it("answers 'why' with the co-chairs' sentence that gives their reason", () => {
    const lead = ask(index, "Why did France, Russia and the US vote against the resolution on the occupied districts?").lead;
    expect(lead?.text).toContain("Because the draft picks only some");
    expect(lead?.side).toBe("osce-minsk-group");
  });
});
