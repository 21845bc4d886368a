// Page heads of saved pages, written for these tests: mastheads, breadcrumbs, label strips and
// date stamps above the headline give the outlet, the section and the date, never the title.
import { describe, expect, it } from "vitest";
import { bodyTexts, parse } from "./helpers.ts";

describe("the page head", () => {
  it("takes an all-caps masthead for the outlet and the line under the labels for the title", () => {
    const a = parse(
      "a.txt",
      "STEPPE HERALD",
      "Fact Check | Conflict | Armenia-Azerbaijan",
      "",
      "Did a drone hit the dam at Sarsang?",
      "",
      "By Anna Lee",
      "",
      "A video shared on Monday claimed the dam had been hit. It had not.",
    );
    expect(a.meta.title).toBe("Did a drone hit the dam at Sarsang?");
    expect(a.meta.outlet).toBe("Steppe Herald");
  });

  it("drops a breadcrumb and keeps a named institution out of the title", () => {
    const a = parse(
      "b.txt",
      "The Ministry of Foreign Affairs of the Republic of Armenia",
      "Home / Press service / Statements",
      "",
      "On the shelling of Sotk",
      "",
      "On 13 September the armed forces of Azerbaijan shelled Sotk and Jermuk, the ministry said.",
    );
    expect(a.meta.title).toBe("On the shelling of Sotk");
    expect(a.meta.outlet).toBe("Ministry of Foreign Affairs of the Republic of Armenia");
  });

  it("reads a masthead with its long form, and prefers the long form to the acronym a dateline credits", () => {
    const a = parse(
      "c.txt",
      "SWN | STEPPE WIRE NETWORK",
      "",
      "TWO KILLED IN BORDER SHOOTING",
      "",
      "YEREVAN, May 3 (SWN) - Two soldiers were killed, the ministry said.",
    );
    expect(a.meta.outlet).toBe("Steppe Wire Network");
    expect(a.meta.title).toBe("TWO KILLED IN BORDER SHOOTING");
  });

  it("reads wire stamps with two-digit years", () => {
    expect(parse("d.txt", "WIRE SERVICE", "07-JUN-93  10:05 GMT", "", "FIGHTING NEAR AGDAM", "", "AGDAM, June 7 - Shelling continued.").meta.published).toBe(
      "1993-06-07",
    );
    expect(parse("e.txt", "BULLETIN", "21.09.95", "", "TALKS RESUME", "", "MOSCOW - Talks resumed.").meta.published).toBe("1995-09-21");
  });

  it("finds the date in a title when nothing else gives one", () => {
    expect(parse("f.txt", "Briefing by the ministry spokesman, Baku, March 3, 2021", "", "Q: Was there shooting?", "", "A: No.").meta.published).toBe(
      "2021-03-03",
    );
  });

  it("takes a release number as a label, not as the title", () => {
    const a = parse("g.txt", "Press release No: 77/22", "", "On the situation on the border", "", "The ministry states that the situation is calm.");
    expect(a.meta.title).toBe("On the situation on the border");
  });
});

describe("furniture sentences inside a paragraph", () => {
  it("drops the furniture sentences and keeps the news", () => {
    const a = parse("h.txt", "Border quiet", "", "Archive document. The ministry said the border was quiet on Tuesday.");
    expect(bodyTexts(a)).toEqual(["The ministry said the border was quiet on Tuesday."]);
  });

  it("drops an author's bio with the sentences about its subject", () => {
    const a = parse(
      "i.txt",
      "Border quiet",
      "",
      "The ministry said the border was quiet.",
      "",
      "Mariam Sahakyan is a correspondent for the Steppe Herald. She previously worked in Tbilisi.",
    );
    expect(bodyTexts(a)).toEqual(["The ministry said the border was quiet."]);
  });

  it("drops widget strips, print-edition stamps and meeting headers", () => {
    const a = parse(
      "j.txt",
      "Truce holds",
      "",
      "[Print] [Share: Facebook | X]",
      "",
      "Home Edition, Section A, Page 4",
      "",
      "The truce held, officials said.",
      "",
      "Comments (12) · Share · Save for later",
    );
    expect(bodyTexts(a)).toEqual(["The truce held, officials said."]);
  });
});

describe("heads of other kinds of page", () => {
  it("reads a saved e-mail's headers for the title, the sender and the date, and indexes none of them", () => {
    const a = parse(
      "a.txt",
      "From: Syunik Morning Note <editor@syunik-note.example>",
      "To: subscriber",
      "Subject: Shelling near Sotk, and what Baku says",
      "Date: Tue, 13 Sep 2022 07:30:00 +0400",
      "",
      "Good morning. Armenia's Defence Ministry said its positions near Sotk came under fire overnight.",
    );
    expect(a.meta).toMatchObject({ title: "Shelling near Sotk, and what Baku says", outlet: "Syunik Morning Note", published: "2022-09-13" });
    expect(bodyTexts(a).join(" ")).not.toMatch(/Subject:|editor@/);
  });

  it("takes a podcast's maker for the outlet and the episode for the title", () => {
    const a = parse("a.txt", "FRONTLINE HOUR - a podcast from Caspian Radio", "Episode 4: The road through Lachin", "", "HOST: Welcome back to the programme.");
    expect(a.meta).toMatchObject({ title: "Episode 4: The road through Lachin", outlet: "Caspian Radio" });
  });

  it("takes a printed masthead with its page number for the outlet, and a section label for no outlet", () => {
    const a = parse(
      "a.txt",
      "SHIRAK EVENING POST          PAGE 5",
      "",
      "LETTERS",
      "",
      "Two shepherds wounded by sniper fire near Chinari",
      "",
      "Two shepherds were wounded by sniper fire near the village of Chinari on Sunday, police said.",
    );
    expect(a.meta).toMatchObject({ title: "Two shepherds wounded by sniper fire near Chinari", outlet: "Shirak Evening Post" });
  });

  it("takes the site at the head of a path of pages for the outlet", () => {
    const a = parse(
      "a.md",
      "**Ararat Boards** › Politics › Armenia–Azerbaijan",
      "",
      "# Official statements on the Jermuk shelling",
      "",
      "Posting the ministry's line here.",
    );
    expect(a.meta.outlet).toBe("Ararat Boards");
  });

  it.each([
    ["14/09/2022 - 10:40", "2022-09-14"],
    ["05/03/2021 - 18:15", "2021-03-05"],
    ["22.09.2023, 09:12 (updated: 22.09.2023, 11:30)", "2023-09-22"],
  ])("reads the date line %j as %s", (line, iso) => {
    expect(parse("a.txt", "Shelling resumes near Jermuk", "", line, "", "The ministry said shelling resumed on Tuesday morning.").meta.published).toBe(iso);
  });
});
