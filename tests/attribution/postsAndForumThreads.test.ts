// Classes met on first contact with social and forum formats (blind134): a surname that opens a
// sentence before a pronoun, an outlet that "has" an analyst making a link, a named spokesman of an
// office left unplaced, a channel's post quoted or named as "the post", the toll that follows a report,
// a post a news story embeds after a lead-in. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const read = (text: string) => extractArticle(parseArticle({ file: "thread.txt", text: `Border talk\nHarbour Post\n14 May 2021\n\n${text}` }));
const claimsOf = (text: string) => read(text).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, fragment: string) => claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);

describe("a surname opening a sentence that also names someone else", () => {
  const claims = claimsOf(
    'Hillary Clinton arrives in Baku this evening.\n\nAnyway, Clinton held a press conference with Mammadyarov. She told reporters she was "deeply worried by the shooting" and urged restraint.',
  );
  it("is the one a later pronoun means", () => {
    expect(sideOf(claims, "deeply worried by the shooting")).toEqual(["united-states"]);
  });
});

describe("an outlet that has an analyst linking one event to another", () => {
  const claims = claimsOf("News.am has political analyst Ruben Karapetyan tying the shelling directly to the envoy's trip.");
  it("reports the analyst, a third party", () => {
    expect(sideOf(claims, "tying the shelling")).toEqual(["other"]);
  });
  it("leaves roads linking villages alone", () => {
    expect(sideOf(claimsOf("Roads linking the analyst's village to Goris were closed."), "Roads linking")).toEqual([]);
  });
});

describe("a named spokesman of a ministry the sentence does not place", () => {
  it("speaks for the state whose own agency he told", () => {
    const claims = claimsOf(
      "And Yerevan is disputing the Azerbaijani figures. Tigran Voskanyan, who heads the Defence Ministry press service, told Armenpress that the reports were invented.",
    );
    expect(sideOf(claims, "the reports were invented")).toEqual(["armenia"]);
  });
  it("leaves the figure he denies with the side whose reports gave it", () => {
    const { casualties } = read("Azerbaijan's Defence Ministry said Armenian claims of 30 Azerbaijani soldiers killed were lies.");
    expect(casualties.map((c) => [c.claimedBy, c.affected, c.killed])).toEqual([["armenia", "azerbaijan", 30]]);
  });
});

describe("a channel's post", () => {
  const claims = claimsOf(
    "The Azerbaijani Prosecutor General's Office said Armenian forces fired rockets at Tartar overnight. As a result, 4 civilians, 2 of them children, were killed. The post said 20 houses had been destroyed.\n\n" +
      '"Another rocket strike by Armenian forces on homes in Tartar, four dead," the foreign ministry posted.',
  );
  it("is its author's, whether named as the post, quoted with 'posted', or the toll after the report", () => {
    expect(sideOf(claims, "20 houses had been destroyed")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "Another rocket strike")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "2 of them children")).toEqual(["azerbaijan"]);
  });
  it("is no speaker when deleted, nor as a border post", () => {
    expect(sideOf(claimsOf("Azerbaijani forces shelled an Armenian border post on Monday. The post was abandoned."), "The post was")).toEqual([]);
  });
});

describe("a post a news story embeds after its lead-in", () => {
  const claims = claimsOf(
    "The Armenian Defence Ministry said five soldiers were missing.\n\nBy Thursday morning the ministry had revised those numbers in a further post:\n\n" +
      '"Two soldiers killed, eight captured on the Armenian side."',
  );
  it("is the words of the party whose post the lead-in announces", () => {
    expect(sideOf(claims, "revised those numbers")).toEqual(["armenia"]);
    expect(sideOf(claims, "eight captured")).toEqual(["armenia"]);
  });
});

describe("a digest of posts under their authors' labels", () => {
  const claims = claimsOf(
    [
      'Azerbaijani Ministry of Defence (Twitter): "Armenian units shelled our positions near Kalbajar overnight."',
      'Armenian Ministry of Defence (Facebook): "Azerbaijan opened fire first at 01:10," the ministry wrote.',
      'Azerbaijani Ministry of Defence, an hour later: "Armenia keeps violating the truce with mortars."',
      'Armenian MoD spokesman Hayk Vardanyan: He rejected the accusation as "pure invention" and said the shelling went on.',
    ].join("\n\n"),
  );
  it("gives a label with a role in lower case to its own official, not to the answer before it", () => {
    expect(sideOf(claims, "pure invention")).toEqual(["armenia"]);
  });
});
