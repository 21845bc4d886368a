// A body's own publication on its own site: the site names the body as the outlet (a head of
// state's site, a rights group's), and every sentence is the body's word, including what it
// relays of the parties. A news outlet, a state's included, keeps its sentences' own speakers.
// Pages written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function sidesIn(page: string, fragment: string): string[] {
  const knowledge = extractArticle(parseArticle({ file: "page.md", text: page }));
  return knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
}

const front = (outlet: string, title: string) =>
  ["---", `title: "${title}"`, `outlet: "${outlet}"`, "published: 2013-05-02", "---", "", `# ${title}`, ""].join("\n");

describe("a head of state's own readout", () => {
  const page = `${front("President of Russia", "Meeting with the Presidents of Armenia and Azerbaijan")}
The President of Russia met the Presidents of Armenia and Azerbaijan in Kazan.

The Presidents of Armenia and Azerbaijan expressed their readiness to continue the talks.`;
  it("gives what the parties expressed to the site's body, which reports it", () => {
    expect(sidesIn(page, "The Presidents of Armenia and Azerbaijan expressed")).toEqual(["russia"]);
  });
});

describe("a rights group's own statement", () => {
  const page = `${front("Amnesty International", "Azerbaijan: release the detained journalists")}
Amnesty International urges the authorities to release the journalists.

The Azerbaijani authorities have said the arrests were lawful.`;
  it("gives what the authorities said to the group, which relays it", () => {
    expect(sidesIn(page, "The Azerbaijani authorities have said")).toEqual(["other"]);
  });
});

describe("a state's news agency", () => {
  const page = `${front("TASS", "Baku and Yerevan trade accusations")}
Azerbaijan's defence ministry said Armenian units had opened fire near Tovuz.`;
  it("keeps the speaker the sentence names", () => {
    expect(sidesIn(page, "Azerbaijan's defence ministry said")).toEqual(["azerbaijan"]);
  });
});

describe("pages that are no body's own statement", () => {
  it("keeps a watchdog named after a state from speaking for it", () => {
    const page = `${front("Assembly Watch Armenia", "What the deputies said this week")}
Azerbaijan's foreign ministry said the border talks had stalled.`;
    expect(sidesIn(page, "foreign ministry said the border talks")).toEqual(["azerbaijan"]);
  });
  it("keeps the parties' words in a third party's report that tells events in its own voice", () => {
    const page = `${front("International Crisis Group", "Karabakh: the line of contact")}
A framework for a settlement has been on the table for years.

Azerbaijan's defence ministry said three soldiers had been killed near Tartar.`;
    expect(sidesIn(page, "Azerbaijan's defence ministry said")).toEqual(["azerbaijan"]);
  });
});

describe("an open letter published in full under an outlet's lead-in", () => {
  const page = `${front("Harbour Review", "Historians write to the Council of Europe on the detainees")}
*The Review publishes below an open letter sent on 3 May by a group of historians. Baku has said the detainees will be tried under its laws.*

---

**To:** the Secretary General of the Council of Europe

We, the undersigned historians of the Caucasus, write to ask for your help.

Azerbaijan has held the former officials for eight months without trial. Their families have not been allowed to visit them.

1. Send observers to the trials.

*Signed by forty historians from twelve countries.*

---

*The Review invited Azerbaijan's foreign ministry to comment.*`;
  it("gives the letter's every sentence to its signatories, a third party, what they say of the parties too", () => {
    expect(sidesIn(page, "write to ask for your help")).toEqual(["other"]);
    expect(sidesIn(page, "Azerbaijan has held the former officials")).toEqual(["other"]);
    expect(sidesIn(page, "Send observers")).toEqual(["other"]);
  });
  it("keeps the outlet's lead-in with its own speakers", () => {
    expect(sidesIn(page, "Baku has said the detainees")).toEqual(["azerbaijan"]);
  });
  it("reads the signature line and the outlet's note after the letter as no part of it", () => {
    expect(sidesIn(page, "Signed by forty historians")).toEqual([]);
    expect(sidesIn(page, "invited Azerbaijan's foreign ministry")).not.toContain("other");
  });
});

describe("a resolution adopted by a parliament or a council", () => {
  // Written for this test, in the form such bodies publish: the body alone on a line, recitals, operative paragraphs.
  const resolution = (body: string) => `TEXTS ADOPTED

Resolution of 14 March 2024 on the border between Armenia and Azerbaijan

${body},

- having regard to its earlier resolutions on the South Caucasus,

A. whereas the Azerbaijani authorities have said that the border villages will be demined before any return;

B. whereas Armenia's defence ministry has stated that two of its soldiers were wounded near Sotk;

1. Calls on both governments to resume the delimitation talks without preconditions;

2. Instructs its President to forward this resolution to the governments of Armenia and Azerbaijan.`;

  it("gives every recital to the adopting body, the ones relaying what a party said included", () => {
    const page = resolution("The European Parliament");
    expect(sidesIn(page, "whereas the Azerbaijani authorities have said")).toEqual(["european-union"]);
    expect(sidesIn(page, "whereas Armenia's defence ministry has stated")).toEqual(["european-union"]);
    expect(sidesIn(page, "Calls on both governments")).toEqual(["european-union"]);
  });
  it("takes neither its citations nor its closing instruction for claims", () => {
    const page = resolution("The European Parliament");
    expect(sidesIn(page, "having regard to its earlier resolutions")).toEqual([]);
    expect(sidesIn(page, "Instructs its President to forward")).toEqual([]);
  });
  it("reads any adopting body the same way", () => {
    expect(sidesIn(resolution("The Security Council"), "whereas Armenia's defence ministry has stated")).toEqual(["united-nations"]);
  });
  it("leaves a news report that only quotes a resolution to the speakers it names", () => {
    const page = `The European Parliament,
meeting in Strasbourg, adopted a resolution on Thursday.

Azerbaijan's foreign ministry said the text was biased.`;
    expect(sidesIn(page, "Azerbaijan's foreign ministry said")).toEqual(["azerbaijan"]);
  });
});
