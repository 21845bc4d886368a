// Page heads met on first contact with blind53: a state agency's own name in capitals above its
// dateline (not the "… State News Agency" line under another masthead), and a byline that ends in
// its publication stamp.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.ts";

describe("a state agency's masthead", () => {
  it("takes 'SHIRAKINFORM STATE NEWS AGENCY' above its dateline as the outlet", () => {
    const article = parse(
      "a.txt",
      "SHIRAKINFORM STATE NEWS AGENCY",
      "Gyumri, 3 March 1994",
      "",
      "FRONT QUIET AFTER WINTER FIGHTING",
      "",
      "The Ministry of Defence reported that the front had been quiet for two days.",
    );
    expect(article.meta.outlet?.toLowerCase()).toBe("shirakinform state news agency");
    expect(article.meta.title).toBe("FRONT QUIET AFTER WINTER FIGHTING");
  });
});

describe("a byline with its publication stamp", () => {
  it("reads 'By A. Writer, Tbilisi. Published 12 May 1994' as the published date", () => {
    const article = parse(
      "b.txt",
      "Truce takes hold along the front",
      "",
      "By Nino Kapanadze, Tbilisi. Published 12 May 1994",
      "",
      "A cease-fire came into force at midnight, and by evening all sides said the front was quiet.",
    );
    expect(article.meta.published).toBe("1994-05-12");
  });
});

describe("a byline with helpers credited", () => {
  it("keeps 'By A in Baku, with additional reporting by B in Yerevan' out of the body", () => {
    const article = parse(
      "c.txt",
      "Fighting spreads to the north",
      "",
      "By Lena Holm in Baku, with additional reporting by Aram Petrosian in Yerevan",
      "",
      "Fighting spread to the northern districts on Monday, the defence ministry said.",
    );
    expect(article.passages.map((p) => p.text).join(" ")).not.toContain("additional reporting");
  });
});

describe("a national outlet's house-style dateline in mixed case", () => {
  it("reads 'Yerevan, 3 May, Hayk News.' as the place filed from, and the story after it", () => {
    const article = parse(
      "d.txt",
      "Border guard wounded near Sotk",
      "",
      "Yerevan, 3 May, Hayk News. Azerbaijani units opened fire on a border post near Sotk, the ministry said.",
    );
    expect(article.structure.filedFrom).toBe("Yerevan");
    expect(article.passages.at(-1)?.text).toMatch(/^Azerbaijani units opened fire/);
  });
});

describe("a newsletter's and a live page's names", () => {
  it("takes the front matter's 'newsletter' as the outlet", () => {
    const article = parse(
      "e.md",
      "---",
      "title: Shelling near Sotk",
      "newsletter: Border Notes",
      "date: 2024-02-14",
      "---",
      "",
      "The ministry said two houses were hit.",
    );
    expect(article.meta.outlet).toBe("Border Notes");
  });

  it("reads 'Name | Live updates | Wednesday 27 September 2023' as the outlet and the date", () => {
    const article = parse(
      "f.txt",
      "LIVE: Exodus from Karabakh",
      "",
      "Caucasus Daily | Live updates | Wednesday 27 September 2023",
      "",
      "09:42 CEST",
      "The ombudsman said at least 68 people had died.",
    );
    expect(article.meta.outlet).toBe("Caucasus Daily");
    expect(article.meta.published).toBe("2023-09-27");
  });

  it("takes no label or edition for the outlet in 'REPORT | date' and 'date | World | Final Edition'", () => {
    const report = parse(
      "g.txt",
      "BORDER WATCH",
      "Home | Reports | Data",
      "",
      "REPORT | 17 December 2020",
      "",
      "Shelling hit two villages, the observers said.",
    );
    expect(report.meta.outlet).not.toBe("REPORT");
    expect(report.meta.published).toBe("2020-12-17");
    const paper = parse(
      "h.txt",
      "THE HARBOUR POST",
      "Saturday, March 5, 1988  |  World  |  Final Edition",
      "",
      "Riots in Sumgait",
      "",
      "Officials said the curfew held.",
    );
    expect(paper.meta.outlet).toBe("The Harbour Post");
    expect(paper.meta.published).toBe("1988-03-05");
  });
});

describe("a byline with the wires it was written from", () => {
  it.each([
    "By Petra Lund, foreign desk, with Reuters, AP and New York Times reports",
    "By Ole Berg, Courier correspondent, with AFP and Interfax",
    "By Ane Dahl · Post world desk, based on Trend and Armenpress reports",
  ])("keeps '%s' out of the body", (byline) => {
    const article = parse("w.txt", "Shelling resumes near Tartar", "", byline, "", "Shelling resumed near Tartar on Monday, the defence ministry said.");
    expect(article.passages.map((p) => p.text).join(" ")).not.toContain(byline.slice(3, 12));
  });

  it("still reads 'By Sunday, with Russian help, …' as the story's prose", () => {
    const article = parse("p.txt", "Army holds the town", "", "By Sunday, with Russian help, the army held the town, the ministry said.");
    expect(article.passages.at(-1)?.text).toMatch(/^By Sunday, with Russian help/);
  });
});

describe("a digitised paper's links to its other pages", () => {
  it("drops the list under 'ALSO IN THE ARCHIVE', and the weather box", () => {
    const article = parse(
      "a.txt",
      "HARBOUR GAZETTE",
      "Monday, 3 May 1993",
      "",
      "Shelling reported near Tartar",
      "",
      "The defence ministry said shelling near Tartar continued overnight.",
      "",
      "----------------------------------------",
      "ALSO IN THE ARCHIVE",
      " > Dock strike ends after two weeks (May 1993)",
      " > Letters: the bus shelter, again",
      "----------------------------------------",
      "Gazette weather: Marstal 9°C, light rain. Ferry to Svendborg running to timetable.",
    );
    const text = article.passages.map((p) => p.text).join(" ");
    expect(text).not.toMatch(/Dock strike|bus shelter|ALSO IN THE ARCHIVE|Marstal 9°C/);
    expect(text).toContain("shelling near Tartar continued overnight");
  });
});

describe("a headline in capitals over its standfirst", () => {
  it("takes 'BAKU DENIES SHELLING BORDER VILLAGES' as the title, not as a masthead", () => {
    const article = parse(
      "h.txt",
      "Tuesday, 14 June 2012  |  Page 3  |  WORLD",
      "",
      "BAKU DENIES SHELLING BORDER VILLAGES",
      "Ministry says its troops only returned fire after night attack",
      "",
      "The defence ministry in Baku denied on Monday that its troops had shelled villages in Tavush.",
      "",
      "© 2012 Harbour Gazette.",
    );
    expect(article.meta.title).toBe("BAKU DENIES SHELLING BORDER VILLAGES");
    expect(article.meta.outlet).not.toBe("Baku Denies Shelling Border Villages");
  });

  it("still reads a paper's name in capitals as its masthead", () => {
    const article = parse(
      "m.txt",
      "CASPIAN EVENING NEWS",
      "",
      "Shelling resumes near Tartar",
      "",
      "Shelling resumed near Tartar on Monday, the ministry said.",
    );
    expect(article.meta.outlet?.toLowerCase()).toBe("caspian evening news");
    expect(article.meta.title).toBe("Shelling resumes near Tartar");
  });
});

describe("a masthead with its town, and a section strip under it", () => {
  it("names the paper, not its town, and takes the headline under the section strip as the title", () => {
    const article = parse(
      "t.txt",
      "GOLFO POST — Puerto del Rosario, Fuerteventura",
      "Politics & Defence | Briefings, in short",
      "=====================================",
      "",
      "ARMY SAYS FRONT QUIET AFTER NIGHT OF SHELLING",
      "",
      "Published 4 October 2020",
      "",
      "The defence ministry said on Sunday that the front had been quiet since dawn.",
    );
    expect(article.meta.outlet).toBe("Golfo Post");
    expect(article.meta.title).toBe("ARMY SAYS FRONT QUIET AFTER NIGHT OF SHELLING");
  });
});
