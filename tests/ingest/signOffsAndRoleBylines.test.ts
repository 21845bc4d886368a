// Page heads and sign-offs met on first contact with blind71/72 (hedged sourcing, casualty-dense
// texts), on articles written for this test: a slug with its take in brackets above the headline, a
// byline giving the outlet before the reporter's role, a name and its section parted by a dash, a
// desk's sign-off and an update note with its time.
import { describe, expect, it } from "vitest";
import { parse, texts } from "./helpers.ts";

const BODY =
  "Azerbaijan's defence ministry said on Thursday that three of its soldiers had been wounded, and Armenia's defence ministry said the shelling had come from the other side.";

describe("a wire slug with its take in brackets", () => {
  it("is never the title; the headline under it is", () => {
    const article = parse("slug.txt", "KARABAKH-CLASHES-TOLL (ROUNDUP 2)", "Three soldiers wounded in overnight shelling", "", BODY);
    expect(article.meta.title).toBe("Three soldiers wounded in overnight shelling");
  });

  it("is not one after an URGENT marker either", () => {
    const article = parse("urgent.txt", "URGENT -- ARMENIA-AZERBAIJAN-BORDER (SCHEDULED)", "Shelling resumes on the border", "", BODY);
    expect(article.meta.title).toBe("Shelling resumes on the border");
  });
});

describe("a byline naming the outlet before the reporter's role", () => {
  it("gives the outlet", () => {
    const article = parse("byline.txt", "Shelling resumes on the border", "By Anahit Sargsyan, Ararat Courier correspondent", "", BODY);
    expect(article.meta.outlet).toBe("Ararat Courier");
  });

  it("gives no outlet for a city correspondent", () => {
    const article = parse("city.txt", "Shelling resumes on the border", "By Anahit Sargsyan, Yerevan correspondent", "", BODY);
    expect(article.meta.outlet).not.toBe("Yerevan");
  });
});

describe("an outlet's name and its section parted by a dash", () => {
  it("gives the outlet and leaves the label out of the passages", () => {
    const article = parse("label.txt", "The offensive, by the numbers", "Ararat Courier -- explainer", "Published 2 October 2023", "", BODY);
    expect(article.meta.outlet).toBe("Ararat Courier");
    expect(texts(article).join(" ")).not.toContain("explainer");
  });
});

describe("credits and notes around the story", () => {
  it("keeps a desk's sign-off and an update note with its time out of the passages", () => {
    const article = parse(
      "credits.txt",
      "Shelling resumes on the border",
      "",
      "Updated 16:20 GMT with comments from the mediators.",
      "",
      BODY,
      "",
      "-- Caspian Wire Tbilisi desk, reporting by Nino Kapanadze; additional reporting from Baku",
    );
    const text = texts(article).join(" ");
    expect(text).not.toContain("Updated 16:20");
    expect(text).not.toContain("reporting by Nino");
    expect(text).toContain("three of its soldiers");
  });
});

describe("a labelled section line and a comments widget", () => {
  it("are neither the title nor passages", () => {
    const article = parse(
      "section.txt",
      "Section: World / Caucasus",
      "2 May 1990",
      "",
      "Baku says the border is calm",
      "",
      BODY,
      "",
      "Talkbacks (7) | Share | Print",
    );
    expect(article.meta.title).toBe("Baku says the border is calm");
    const text = texts(article).join(" ");
    expect(text).not.toContain("Talkbacks");
    expect(text).not.toContain("Section:");
  });
});
