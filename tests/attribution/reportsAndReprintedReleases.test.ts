// Classes met when humanitarian and legal texts (an ombudsman's report summarised, a rights group's
// release reprinted whole with the page's own context after it) were read for the first time, fixed with
// sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractLines, readSentences, sideInArticle } from "./readSides.ts";

describe("a report that spoke for its author is the 'it' of the next sentence", () => {
  it("gives 'It describes …' after 'The report states …' the report's author, not a town the report named", () => {
    const [, , it] = readSentences(
      "The Commissioner for Human Rights of Azerbaijan, Leyla Hasanova, has published a report on the shelling of Tartar.",
      "The report states that this was the fourth time Tartar had been shelled.",
      "It describes the attack as a war crime and says civilians were left without shelter.",
    );
    expect(it?.sides).toEqual(["azerbaijan"]);
  });

  it("then lets 'the ombudsman's office' point back to that ombudsman", () => {
    const side = sideInArticle(
      "On the day",
      "Azerbaijan's ombudsman, Leyla Hasanova, has published a report on the shelling of Tartar.",
      "According to the report, Armenian forces fired rockets from across the border at the town. The report states that this was the fourth time Tartar had been shelled. It describes the attack as a war crime.",
      "On the day of the strike, the ombudsman's office said four people, among them a child, had been killed.",
    );
    expect(side).toBe("azerbaijan");
  });
});

describe("a release reprinted whole ends where the page's own section begins", () => {
  const page = extractLines(
    "RIGHTS BULLETIN",
    "Releases from around the world, republished in full",
    "",
    "WATCHDOG GROUP - PRESS RELEASE",
    "",
    "Azerbaijan: Rockets Hit Homes in Tartar",
    "",
    "(Geneva, November 2, 2020) - Rockets fired at Tartar on October 30 killed two civilians, the Watchdog Group said today.",
    "",
    "The group said it had analysed photographs of rocket remnants taken by residents.",
    "",
    "CONTEXT FROM THE BULLETIN DESK",
    "",
    "Azerbaijan's Defence Ministry has rejected the account of the strike. A ministry spokesman said the claims were groundless.",
  );

  it("gives the desk's sentences to those they quote, not to the release's issuer", () => {
    const rejected = page.claims.find((c) => c.sentence.startsWith("Azerbaijan's Defence Ministry has rejected"));
    expect(rejected?.side).toBe("azerbaijan");
  });

  it("keeps a bare 'Background' heading inside the document as the issuer's own section", () => {
    const release = extractLines(
      "NEWS RELEASE OF THE INTERNATIONAL COMMITTEE OF THE RED CROSS",
      "",
      "Detainees released under ICRC auspices",
      "",
      "Geneva, 12 May 1996 - The ICRC said today that 30 detainees had been released by the parties.",
      "",
      "Background",
      "",
      "The ICRC said it had visited more than 800 people held in connection with the conflict since 1992.",
    );
    expect(release.claims.find((c) => c.sentence.includes("800 people"))?.side).toBe("icrc");
  });
});

describe("a release printed on a newspaper's page ends at the line that says so", () => {
  const page = extractLines(
    "HARBOUR GAZETTE",
    "Documents",
    "",
    "The interior ministry's statement on the night's fighting",
    "",
    "Published: 3 March 2021",
    "",
    "The Gazette prints below the press release the Ministry of Interior of the Republic of Azerbaijan issued this morning. The other side's account follows it.",
    "",
    "MINISTRY OF INTERIOR OF THE REPUBLIC OF AZERBAIJAN",
    "",
    "PRESS RELEASE No: 17/21",
    "",
    "1. Armenian units opened fire on border posts near the river during the night.",
    "",
    "2. The ministry states that the posts returned fire and that no civilians were hurt.",
    "",
    "(End of press release)",
    "",
    "THE OTHER ACCOUNT",
    "",
    "Armenia's defence ministry said the firing had started from the Azerbaijani side and that two of its soldiers had been wounded.",
  );

  it("gives the release's points to its issuer", () => {
    expect(page.claims.find((c) => c.sentence.includes("returned fire"))?.side).toBe("azerbaijan");
  });

  it("gives the page's own report after the end line to the speaker it names", () => {
    expect(page.claims.find((c) => c.sentence.startsWith("Armenia's defence ministry said"))?.side).toBe("armenia");
  });
});
