import { describe, expect, it } from "vitest";
import { CounterclaimError } from "../../src/core/errors.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { parse, texts } from "./helpers.ts";

function errorOf(run: () => unknown): CounterclaimError {
  try {
    run();
  } catch (error) {
    if (error instanceof CounterclaimError) return error;
    throw error;
  }
  throw new Error("expected a CounterclaimError");
}

describe("front matter", () => {
  it("reads title, outlet, published and url from quoted and unquoted values", () => {
    const article = parse(
      "azatutyun.md",
      "---",
      'title: "Yerevan: \\"No talks\\" until prisoners return"',
      "outlet: 'RFE/RL''s Armenian Service'",
      "published: 2021-05-12",
      "url: https://www.azatutyun.am/a/31250000.html",
      "---",
      "",
      "Armenia's acting prime minister said on Wednesday that talks would not resume.",
    );
    expect(article.meta).toEqual({
      file: "azatutyun.md",
      genre: "news",
      title: 'Yerevan: "No talks" until prisoners return',
      outlet: "RFE/RL's Armenian Service",
      published: "2021-05-12",
      url: "https://www.azatutyun.am/a/31250000.html",
    });
  });

  it("wins over metadata inferred from the body and ignores unknown keys", () => {
    const article = parse(
      "wins.txt",
      "---",
      "title: Ceasefire holds for a second day",
      "outlet: Eurasianet",
      "published: 2020-10-20T08:15:00+04:00",
      "tags:",
      "  - karabakh",
      "author: Joshua Kucera # a comment",
      "---",
      "Ceasefire holds for a second day",
      "Published: 21 October 2020",
      "BAKU (AFP) - Both sides reported only sporadic fire overnight.",
    );
    expect(article.meta.title).toBe("Ceasefire holds for a second day");
    expect(article.meta.outlet).toBe("Eurasianet");
    expect(article.meta.published).toBe("2020-10-20");
    expect(texts(article)).toEqual(["Ceasefire holds for a second day", "Both sides reported only sporadic fire overnight."]);
  });

  it("folds a block-scalar title and accepts `date` as a spelling of published", () => {
    const article = parse(
      "block.md",
      "---",
      "title: >",
      "  Armenia and Azerbaijan",
      "  swap prisoners",
      "date: 2020-12-15",
      "---",
      "The exchange took place at the border.",
    );
    expect(article.meta).toMatchObject({ title: "Armenia and Azerbaijan swap prisoners", published: "2020-12-15" });
  });

  it("is recognised by content in a .txt file and puts its title first as the headline", () => {
    const article = parse("plain.txt", "---", "title: Shelling near Tartar", "---", "Two civilians were hurt, the ministry said.");
    expect(article.passages[0]).toMatchObject({ text: "Shelling near Tartar", heading: true, id: "plain.txt#p0" });
    expect(article.passages[1]?.text).toBe("Two civilians were hurt, the ministry said.");
  });

  it("leaves a horizontal rule followed by prose alone", () => {
    const article = parse("rule.txt", "---", "Armenia said the talks failed.", "---", "Baku disagreed.");
    expect(article.meta.title).toBeNull();
    expect(texts(article)).toContain("Baku disagreed.");
  });

  it("throws a CounterclaimError naming the file and the field for an impossible date", () => {
    const error = errorOf(() => parse("bad-date.md", "---", "published: 2020-02-30", "---", "Text."));
    expect(error.where).toEqual({ file: "bad-date.md", field: "published" });
    expect(error.message).toContain('bad-date.md: front matter field "published"');
    expect(error.message).toContain("2020-02-30");
  });

  it("throws for a published date that is not YYYY-MM-DD", () => {
    const error = errorOf(() => parse("us-date.md", "---", 'published: "12/14/2020"', "---", "Text."));
    expect(error.where?.field).toBe("published");
  });

  it("throws a CounterclaimError naming the url field for a value that is not a URL", () => {
    const error = errorOf(() => parseArticle({ file: "bad-url.txt", text: "---\ntitle: Fine\nurl: not a link\n---\nText." }));
    expect(error).toBeInstanceOf(CounterclaimError);
    expect(error.where).toEqual({ file: "bad-url.txt", field: "url" });
    expect(error.message).toMatch(/^counterclaim: bad-url\.txt: front matter field "url" must be a URL/);
  });
});
