// An organisation's own publication on its own site (a rights group's field notes, the Red Cross's
// operational update): the site names itself in its navigation strip, and every sentence is the
// organisation's word, including what it relays of the belligerents. Pages written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function read(...lines: string[]) {
  const article = parseArticle({ file: "org.md", text: lines.join("\n") });
  const knowledge = extractArticle(article);
  const claimOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
  return { article, claimOf };
}

describe("a rights group's field notes", () => {
  const { article, claimOf } = read(
    "[Skip to main content](#main) · Caucasus Rights Watch · Donate Now",
    "",
    "# Field Notes: Shelling of Border Villages in Tavush",
    "",
    "**Dispatches** · July 20, 2020 · By Lena Ortiz, Researcher",
    "",
    "We visited four villages in Tavush province in the week after the shelling stopped and spoke to eleven residents.",
    "",
    "Azerbaijan's defence ministry said its forces had only returned fire at military positions.",
  );

  it("takes the organisation named in the navigation strip as the outlet", () => {
    expect(article.meta.outlet).toBe("Caucasus Rights Watch");
  });

  it("reads the page as the organisation's own statement", () => {
    expect(article.meta.genre).toBe("press-release");
  });

  it("gives what it relays of a belligerent to the organisation, a third party", () => {
    expect(claimOf("only returned fire")).toEqual(["other"]);
  });
});

describe("the Red Cross's operational update", () => {
  const { article, claimOf } = read(
    "International Committee of the Red Cross · [What we do](#) › [Where we work](#) › [Caucasus](#)",
    "",
    "# Armenia–Azerbaijan: ICRC operational update on the border villages",
    "",
    "**Operational update** | 12 May 2021 | Armenia, Azerbaijan",
    "",
    "Our teams delivered water tanks and blankets to families in six villages on both sides of the border this week, and the authorities said more families would return home.",
  );

  it("is issued by the committee, whose every sentence is its own", () => {
    expect(article.meta.outlet).toBe("International Committee of the Red Cross");
    expect(article.meta.genre).toBe("press-release");
    expect(claimOf("Our teams delivered water tanks")).toEqual(["icrc"]);
  });
});

describe("a district paper whose name is written in Azerbaijani", () => {
  const { claimOf } = read(
    "GƏDƏBƏY SƏSİ",
    "",
    "Gədəbəy Səsi · weekly of Gadabay district · 14 July 2020",
    "",
    "# Shells land near the school in Gadabay",
    "",
    "According to the Prosecutor General's Office, two houses were destroyed in the shelling on Tuesday night.",
  );

  it("gives its unqualified state bodies the country it is written in", () => {
    expect(claimOf("two houses were destroyed")).toEqual(["azerbaijan"]);
  });
});
