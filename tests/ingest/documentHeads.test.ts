// Heads of pages that are not news stories: a parliamentary question titled by its subject field, a
// page title with the site's section before the site's name, a bulletin's series label above its
// headline, a newsletter named in its issue's title; and the notes such pages print about themselves.
import { describe, expect, it } from "vitest";
import { bodyTexts, parse, texts } from "./helpers.ts";

describe("a parliamentary question page", () => {
  const article = parse(
    "q.txt",
    "Regional Assembly",
    "Written questions",
    "Home > Written questions > Q-0142/2024",
    "",
    "Available languages: DE EN FR HY RU TR",
    "",
    "Question for written answer Q-0142/2024",
    "to the Commissioner for Neighbourhood",
    "",
    "Ana Ferreira (Greens)",
    "",
    "Subject: Humanitarian access to the villages along the Tavush border",
    "",
    "Since the spring, residents of four villages have reported that the road to their fields is closed at night.",
  );

  it("takes the subject field as the title, not the site's page label", () => {
    expect(article.meta.title).toBe("Humanitarian access to the villages along the Tavush border");
  });

  it("keeps the subject, without its label, as a heading to search", () => {
    const headings = article.passages.filter((p) => p.heading).map((p) => p.text);
    expect(headings).toContain("Humanitarian access to the villages along the Tavush border");
    expect(texts(article).join("\n")).not.toContain("Subject:");
  });

  it("never indexes the row of language codes", () => {
    expect(texts(article).join("\n")).not.toContain("Available languages");
  });

  it("does not take a subject line that comes after the first paragraph of prose", () => {
    const late = parse(
      "l.txt",
      "Ministers trade letters over the border road",
      "",
      "The two ministries exchanged letters on Monday about the road through the villages near Ijevan.",
      "",
      "Subject: Closure of the road at night and the shepherds' passes",
    );
    expect(late.meta.title).toBe("Ministers trade letters over the border road");
  });
});

describe("a page title with the site's section before its name", () => {
  it("keeps the headline and credits the site, without the section", () => {
    const article = parse(
      "f.md",
      "---",
      'title: "Deminers at work near Aghdam | Photo feed | Caspian Picture Agency"',
      "---",
      "",
      "Deminers cleared a field outside Aghdam on Tuesday, the agency's photographer reported from the site.",
    );
    expect(article.meta.title).toBe("Deminers at work near Aghdam");
    expect(article.meta.outlet).toBe("Caspian Picture Agency");
  });

  it("keeps a headline whose bar is part of it", () => {
    const article = parse("h.md", "---", 'title: "Karabakh talks | Live updates"', "---", "", "Talks resumed in Geneva on Monday.");
    expect(article.meta.title).toBe("Karabakh talks | Live updates");
  });
});

describe("a bulletin's series label above its headline", () => {
  it("is a label: the headline under it is the title", () => {
    const article = parse(
      "b.md",
      "BORDER CLEARANCE OBSERVATORY",
      "Landmine Watch · Bulletin No. 9",
      "",
      "# Mine incidents in the Tavush and Gazakh districts, January – March 2025",
      "",
      "Two shepherds were injured by an anti-personnel mine near Kirants in February, the district administration said.",
    );
    expect(article.meta.title).toBe("Mine incidents in the Tavush and Gazakh districts, January – March 2025");
    expect(article.meta.outlet).toBe("Border Clearance Observatory");
  });
});

describe("a newsletter that names itself only in its issue's title", () => {
  it("is its own outlet", () => {
    const article = parse(
      "n.md",
      "---",
      'title: "Tavush Note #41: Talks resume in Almaty; a new crossing at Ijevan"',
      "---",
      "",
      "Dear readers, the two delegations met again in Almaty this week, and the Ijevan crossing opened to trucks.",
    );
    expect(article.meta.outlet).toBe("Tavush Note");
  });

  it("does not take a resolution's number for a newsletter's", () => {
    const article = parse("r.txt", "Resolution 884: the Council demands withdrawal", "", "The Security Council adopted the resolution on 12 November 1993.");
    expect(article.meta.outlet).toBeNull();
  });
});

describe("the notes such pages print about themselves", () => {
  const article = parse(
    "c.md",
    "# Border incidents: a chronology",
    "",
    "12 May: Two soldiers were wounded near Sotk, the Armenian defence ministry said.",
    "",
    "Our method is described on the project page. Please send corrections to desk@observatory.example.",
    "",
    "*Next update scheduled after the June round of talks.*",
    "",
    "**Related questions**",
    "",
    "- Border crossings: Armenians",
    "",
    "*Written questions are answered by the ministry responsible. Answers are the responsibility of the answering minister and do not necessarily reflect the views of Parliament.*",
  );

  it("keeps the chronology's entries and none of the notes", () => {
    const indexed = bodyTexts(article).join("\n");
    expect(indexed).toContain("12 May: Two soldiers were wounded near Sotk, the Armenian defence ministry said.");
    for (const note of [
      "Please send corrections",
      "Next update",
      "Related questions",
      "Border crossings: Armenians",
      "Written questions",
      "necessarily reflect",
    ]) {
      expect(indexed).not.toContain(note);
    }
  });

  it("keeps a sentence that only starts like a note", () => {
    const news = parse("s.txt", "Toll revised", "", "Next update of the death toll is expected on Monday, the ministry said.");
    expect(bodyTexts(news)).toContain("Next update of the death toll is expected on Monday, the ministry said.");
  });
});
