// Pieces whose author is the speaker (an op-ed by a minister, a letter signed by an ambassador) and
// the printed records of the US Congress, whose members speak for the United States.
import { describe, expect, it } from "vitest";
import { readHtmlPage } from "../../src/adapters/html/readHtmlPage.ts";
import { htmlArticleText } from "../../src/adapters/html/articleText.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { extractLines, readSentences, sidesOf } from "./readSides.ts";

const claimsOf = (...paragraphs: string[]) => extractLines(paragraphs.join("\n\n")).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, part: string) => claims.find((c) => c.sentence.includes(part))?.side;

describe("an op-ed whose closing line names its author's office of state", () => {
  const oped = [
    "The border must not become the next front",
    "By Karen Abelyan",
    "Last week a patrol crossed our border near the village of Sotk. Two of our soldiers were wounded.",
    "The other side's defence ministry called it a response to provocations. Nothing could be further from the truth.",
    "We remain ready to talk, and we expect the mediators to say plainly who opened fire.",
    "Karen Abelyan is the Minister of Foreign Affairs of the Republic of Armenia.",
    "Opinion pieces reflect the views of their authors.",
  ];

  it("gives every sentence of the piece to the author's state, the other side's words it relays included", () => {
    const claims = claimsOf(...oped);
    expect(sideOf(claims, "a patrol crossed our border")).toBe("armenia");
    expect(sideOf(claims, "called it a response to provocations")).toBe("armenia");
    expect(sideOf(claims, "we expect the mediators to say plainly")).toBe("armenia");
  });

  it("leaves the closing line itself and the page's note under it to the page", () => {
    const claims = claimsOf(...oped);
    expect(sideOf(claims, "is the Minister of Foreign Affairs")).toBeUndefined();
    expect(sideOf(claims, "reflect the views of their authors")).toBeUndefined();
  });

  it("does not speak for a state when the author's office is a former one", () => {
    const claims = claimsOf(...oped.slice(0, -2), "Karen Abelyan is a former Minister of Foreign Affairs of the Republic of Armenia.");
    expect(sideOf(claims, "a patrol crossed our border")).toBeUndefined();
    expect(sideOf(claims, "we expect the mediators to say plainly")).toBeUndefined();
  });
});

describe("a letter to the editor signed by an ambassador", () => {
  const page = `<!doctype html><html><head><title>Letters | The Harbour Gazette</title></head><body>
    <nav><a href="/">Home</a> <a href="/opinion">Opinion</a></nav>
    <article>
      <h1>Your map of the region was wrong</h1>
      <div class="letter-body">
        <p>Your report of 3 May described the district of Lachin as disputed land. It is part of Azerbaijan, as every resolution of the Security Council on the conflict has recognised, and our government has said so at every round of talks.</p>
        <p>Armenia's claim that its troops only defended the border does not survive a look at where the fighting took place. Our forces acted within the country's own territory, and the international community has not disputed that.</p>
        <p class="signature"><strong>Farid Guliyev</strong><br>Ambassador of the Republic of Azerbaijan to Ireland</p>
      </div>
    </article>
    <footer>Write to the letters editor. All rights reserved.</footer>
  </body></html>`;

  it("keeps a sign-off naming an office of state, and gives the letter's sentences to that state", () => {
    const article = parseArticle({ file: "l.html", text: htmlArticleText(readHtmlPage(page)) });
    const claims = extractArticle(article).claims;
    expect(article.passages.some((p) => p.text.includes("Ambassador of the Republic of Azerbaijan to Ireland"))).toBe(true);
    expect(sideOf(claims, "It is part of Azerbaijan")).toBe("azerbaijan");
    expect(sideOf(claims, "Armenia's claim that its troops only defended the border")).toBe("azerbaijan");
  });
});

describe("the Congressional Record", () => {
  const floor = [
    "[Congressional Record Volume 170, Number 12 (Tuesday, January 23, 2024)]",
    "[Senate]",
    "Mr. HALLORAN. Mr. President, I rise to speak about the people of Nagorno-Karabakh.",
    "The blockade lasted ten months. Then the offensive came, and the region emptied in a week.",
    "Baku says it restored its sovereignty. I say we should not reward force with our aid.",
    "The PRESIDING OFFICER. The Senator's time has expired.",
    "Mr. HALLORAN. I ask unanimous consent that my full statement be printed in the Record.",
    "The PRESIDING OFFICER. Without objection, it is so ordered.",
  ];

  it("gives a senator's floor speech to the United States, the chair's rulings to no one", () => {
    const claims = claimsOf(...floor);
    expect(sideOf(claims, "The blockade lasted ten months")).toBe("united-states");
    expect(sideOf(claims, "Baku says it restored its sovereignty")).toBe("united-states");
    expect(sideOf(claims, "Without objection, it is so ordered")).toBeUndefined();
  });

  it("gives a committee chairman's statement at a hearing to the United States as well", () => {
    const hearing = [
      "HEARING BEFORE THE COMMITTEE ON FOREIGN RELATIONS",
      "UNITED STATES SENATE",
      "The CHAIRMAN. This hearing will come to order. The corridor has been closed for eight months and the shelves are empty.",
      "Ms. DORAN. Thank you, Mr. Chairman. We have told Baku that the corridor must reopen.",
      "The CHAIRMAN. Senator Pike.",
      "Senator PIKE. Russia says its peacekeepers keep the road open. They do not.",
    ];
    const claims = claimsOf(...hearing);
    expect(sideOf(claims, "The corridor has been closed for eight months")).toBe("united-states");
    expect(sideOf(claims, "the corridor must reopen")).toBe("united-states");
    expect(sideOf(claims, "Russia says its peacekeepers keep the road open")).toBe("united-states");
  });

  it("leaves the same labels on a page that is no chamber's record unresolved", () => {
    const claims = claimsOf("Debate digest", ...floor.slice(2));
    expect(sideOf(claims, "The blockade lasted ten months")).not.toBe("united-states");
  });
});

describe("the CSCE's organs other than the Minsk Group", () => {
  it("reads the Committee of Senior Officials as a third party, not the mediators", () => {
    expect(sidesOf("The CSCE Committee of Senior Officials asked participating states to stop arms deliveries to the forces.")).toEqual(["other"]);
    expect(sidesOf("Senior officials of the CSCE, meeting in Prague, called for a ceasefire.")).toEqual(["other"]);
    expect(sidesOf("The CSCE said it would send a fact-finding mission.")).toEqual(["osce-minsk-group"]);
  });
});

describe("a parliament named without its article", () => {
  it("is the one the text named before, and so are its 'it' and its resolution", () => {
    const read = readSentences(
      "The European Parliament on Thursday called on member states to impose targeted sanctions.",
      'In the text, Parliament condemns "in the strongest terms" what it calls an unjustified attack by Azerbaijan against the Armenians of Nagorno-Karabakh.',
      "It considers that the flight of the population amounts to ethnic cleansing.",
      "The resolution calls for the suspension of gas imports from Azerbaijan.",
    );
    expect(read.slice(1).map((r) => r.sides)).toEqual([["european-union"], ["european-union"], ["european-union"]]);
  });
});

describe("one mediating body named in the singular", () => {
  it("is the 'it' whose chairman speaks next, not the officials quoted before it", () => {
    const read = readSentences(
      "Officials in Yerevan stressed that Armenia was not at war, a position that Baku rejects.",
      "The Conference on Security and Co-operation in Europe, whose Minsk Group has tried to broker a settlement, welcomed the truce.",
      "Its chairman, the Swedish diplomat Jan Eliasson, said the CSCE was ready to send monitors.",
    );
    expect(read[2]?.sides).toEqual(["osce-minsk-group"]);
  });
});
