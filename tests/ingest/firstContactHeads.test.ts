// Page heads met on first contact with business wires, community newsletters and advisories (issue 7): a
// masthead's place line in a territory, its motto, a subject's country kicker, a register's "Compiled:" date,
// an advisory's numbered headline. Articles written for this test.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers.ts";

const LEAD =
  "Azerbaijan's defence ministry said on Sunday that two of its servicemen had been killed near Tovuz, and Armenia's defence ministry said its positions had come under artillery fire.";

describe("a masthead's place line", () => {
  it("in a territory, beside its edition and issue, is neither the title nor indexed", () => {
    const article = parse(
      "bulletin.txt",
      "HARBOUR PIPELINE BULLETIN",
      "Christiansted, St. Croix, U.S. Virgin Islands  |  Subscriber edition  |  Vol. 11, No. 38",
      "",
      "Baku says it foiled a strike on the pipeline",
      "",
      LEAD,
    );
    expect(article.meta.title).toBe("Baku says it foiled a strike on the pipeline");
    expect(texts(article).join("\n")).not.toContain("Christiansted");
  });

  it("with the desk that issues it is no title either", () => {
    const article = parse(
      "flash.txt",
      "ISLAND EXPORT CREDIT COVER",
      "Fakaofo Atoll, Tokelau  --  Political & Trade Credit Risk Unit",
      "",
      "Border fighting flares",
      "",
      LEAD,
    );
    expect(article.meta.title).toBe("Border fighting flares");
    expect(texts(article).join("\n")).not.toContain("Fakaofo");
  });
});

describe("a subject field's country kicker", () => {
  it("is no part of the title", () => {
    const article = parse("flash.txt", "SUBJECT: AZERBAIJAN / ARMENIA -- Nagorno-Karabakh: worst fighting since the ceasefire", "", LEAD);
    expect(article.meta.title).toBe("Nagorno-Karabakh: worst fighting since the ceasefire");
  });
});

describe("a club's English name beside its island", () => {
  it("is neither the title nor indexed", () => {
    const article = parse(
      "noticeboard.txt",
      "CERCLE DES AMIS DU PORT",
      "Harbour International Friendship Circle — Wallis (Uvea), Wallis and Futuna",
      "",
      "Talk on the Caucasus draws forty",
      "",
      LEAD,
    );
    expect(article.meta.title).toBe("Talk on the Caucasus draws forty");
    expect(texts(article).join("\n")).not.toContain("Friendship Circle");
  });
});

describe("a masthead's motto and its word on what it is", () => {
  it("are never the title", () => {
    for (const motto of ["Serving Stanley, Camp and the Outer Islands since 1979", "Quarterly of the Harbour Ex-Services Fellowship, Ascension Island"]) {
      const article = parse("paper.txt", "THE HARBOUR DISPATCH", motto, "", "A long way from the Caucasus", "", LEAD);
      expect(article.meta.title).toBe("A long way from the Caucasus");
      expect(texts(article).join("\n")).not.toContain(motto);
    }
  });
});

describe("a register's and a newsletter's dates", () => {
  it("are read from 'Compiled:' and from an issue strip with its reading time", () => {
    const register = parse("note.txt", "HARBOUR ARMS REGISTER", "Subject:   Armenia - France (radars)", "Compiled:  6 December 2023", "", LEAD);
    expect(register.meta.published).toBe("2023-12-06");
    const letter = parse(
      "brief.md",
      "**HARBOUR BRIEF** — a newsletter on small wars",
      "",
      "*Issue 87 · 29 September 2023 · 9 min read*",
      "",
      "# One day in September",
      "",
      LEAD,
    );
    expect(letter.meta.published).toBe("2023-09-29");
  });
});

describe("a members' bulletin's issue line and its association's registered name", () => {
  it("are never indexed", () => {
    const article = parse(
      "bulletin.txt",
      "HARBOUR TWINNING ASSOCIATION",
      "Members' Bulletin — No. 4/1994 — 1 December 1994",
      "Vänortsföreningen i Mariehamn r.f. | English-language edition",
      "",
      "KARABAKH: A CEASEFIRE THAT HOLDS",
      "",
      LEAD,
    );
    const indexed = texts(article).join("\n");
    expect(indexed).not.toContain("No. 4/1994");
    expect(indexed).not.toContain("r.f.");
    expect(article.meta.published).toBe("1994-12-01");
  });
});

describe("an advisory's numbered headline", () => {
  it("is the title without its number, over its risk levels", () => {
    const article = parse(
      "alert.txt",
      "HARBOUR EXPAT SECURITY BULLETIN",
      "==========",
      "ALERT 2022-117  |  ARMENIA / AZERBAIJAN BORDER FIGHTING",
      "Issued: 14 September 2022, 07:30 AST",
      "Severity: HIGH (border regions)  |  Yerevan city: MODERATE",
      "==========",
      "",
      "WHAT HAPPENED",
      "",
      LEAD,
    );
    expect(article.meta.title).toBe("ARMENIA / AZERBAIJAN BORDER FIGHTING");
    expect(texts(article).join("\n")).not.toContain("Severity");
  });
});

describe("a statement's own title under its issuer's name", () => {
  it("is the title, not the issuer's masthead", () => {
    const article = parse(
      "statement.txt",
      "UNION OF STUDENTS OF THE HARBOUR UNIVERSITY",
      "Executive Committee · Port Louis",
      "",
      "Statement No. 2024/07",
      "",
      "STATEMENT ON THE CLOSURE OF THE ROAD TO STEPANAKERT AND THE SITUATION OF ITS PEOPLE",
      "",
      LEAD,
    );
    expect(article.meta.title).toBe("STATEMENT ON THE CLOSURE OF THE ROAD TO STEPANAKERT AND THE SITUATION OF ITS PEOPLE");
  });
});
