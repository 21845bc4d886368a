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
  it("takes a section or a list of categories as a genre hint and never fails on their shape", () => {
    const listed = parse(
      "q.md",
      "---",
      "title: Ten questions",
      "categories: [Interviews, Caucasus]",
      "---",
      "",
      "Q: Will the road open?",
      "",
      "A: Not this week.",
    );
    expect(listed.meta.title).toBe("Ten questions");
    const mapped = parse("m.md", "---", "title: A map", "section:", "  name: Maps", "---", "", "The line of contact runs east of Tartar.");
    expect(mapped.meta.title).toBe("A map");
  });

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

  it("takes a report's publishing organisation as its outlet", () => {
    const article = parse(
      "report.md",
      "---",
      'title: "Detainees held past the deadline"',
      'organisation: "Caucasus Rights Monitor"',
      "published: 2021-04-02",
      "---",
      "We interviewed six former detainees.",
    );
    expect(article.meta.outlet).toBe("Caucasus Rights Monitor");
  });

  it("takes an archive's site name without its tagline as the outlet and its last update as the date", () => {
    const article = parse(
      "archive.md",
      "---",
      'title: "Chronology of the spring offensive"',
      'site: "Lowland Archive – an open record of the first war"',
      "last_updated: 2019-06-12",
      "---",
      "Each entry gives the date and the source of every figure.",
    );
    expect(article.meta).toMatchObject({ outlet: "Lowland Archive", published: "2019-06-12" });
    const exported = parse("export.md", "---", 'title: "Talks stall"', "publication: Upland Ledger", "published: 2012-09-03", "---", "The talks stalled.");
    expect(exported.meta.outlet).toBe("Upland Ledger");
  });

  it("reads an update stamp in a printed form, and leaves out one it cannot read instead of refusing the file", () => {
    const stamped = (updated: string) =>
      parse("tracker.md", "---", 'title: "Prisoner returns"', `updated: "${updated}"`, "---", "Each row gives who announced the figure.");
    expect(stamped("10 January 2024, 12:00 GMT").meta.published).toBe("2024-01-10");
    expect(stamped("every Monday").meta.published).toBeNull();
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

  it("throws a CounterclaimError naming the field and its line, the file only in where (reports print it once)", () => {
    const error = errorOf(() => parse("bad-date.md", "---", "published: 2020-02-30", "---", "Text."));
    expect(error.where).toEqual({ file: "bad-date.md", field: "published" });
    expect(error.message).toBe('counterclaim: front matter field "published" (line 2) must be a real date as YYYY-MM-DD (got "2020-02-30")');
  });

  it("throws for a published date that is not YYYY-MM-DD", () => {
    const error = errorOf(() => parse("us-date.md", "---", 'published: "12/14/2020"', "---", "Text."));
    expect(error.where?.field).toBe("published");
  });

  it("throws a CounterclaimError naming the url field for a value that is not a URL", () => {
    const error = errorOf(() => parseArticle({ file: "bad-url.txt", text: "---\ntitle: Fine\nurl: not a link\n---\nText." }));
    expect(error).toBeInstanceOf(CounterclaimError);
    expect(error.where).toEqual({ file: "bad-url.txt", field: "url" });
    expect(error.message).toMatch(/^counterclaim: front matter field "url" \(line 3\) must be a URL/);
  });

  it("rejects a list where a title belongs, with a clear message that does not repeat the file", () => {
    const error = errorOf(() => parse("list.md", "---", "outlet: Eurasianet", "title: [1,2]", "---", "Text."));
    expect(error.where).toEqual({ file: "list.md", field: "title" });
    expect(error.message).toBe('counterclaim: front matter field "title" (line 3) must be a single value, not a list');
  });

  it("rejects a mapping where a date belongs", () => {
    const error = errorOf(() => parse("map.md", "---", "published:", "  year: 2020", "---", "Text."));
    expect(error.message).toContain('"published" (line 2) must be a single value, not a mapping');
  });

  it("reads a number or a yes as text, and ignores unknown keys whatever they hold", () => {
    const article = parse("n.md", "---", "title: 1984", "outlet: yes", "author: {name: Jane, id: [1, 2]}", "---", "Text here.");
    expect(article.meta).toMatchObject({ title: "1984", outlet: "yes" });
  });

  it("reports front matter that is not valid YAML with its line, instead of indexing it as body text", () => {
    const error = errorOf(() => parse("broken.md", "---", "title: Ceasefire", "outlet: Eurasianet", "this line is prose", "---", "Body."));
    expect(error.where).toEqual({ file: "broken.md", field: "front matter" });
    expect(error.message).toMatch(/^counterclaim: front matter line 4 is not valid YAML: /);
    expect(error.message).not.toContain("broken.md");
  });

  it("reports an unquoted title with a colon in it, which YAML reads as a nested mapping", () => {
    const error = errorOf(() => parse("colon.md", "---", "title: Yerevan: no talks", "---", "Body."));
    expect(error.message).toMatch(/front matter line 2 is not valid YAML/);
  });

  it("reports front matter that is never closed", () => {
    const error = errorOf(() => parse("open.md", "---", "title: Ceasefire", "", "The guns fell silent."));
    expect(error.message).toBe("counterclaim: front matter opened on line 1 is never closed (no `---` line after it)");
  });

  it("accepts a repeated key, the last value winning, and null spellings as no value", () => {
    const article = parse("dup.md", "---", "title: First", "Title: Second", "outlet: ~", "published: null", "---", "Body text.");
    expect(article.meta).toMatchObject({ title: "Second", outlet: null, published: null });
  });
});

describe("an empty file", () => {
  it.each([
    ["nothing", ""],
    ["white space", " \n\t\n"],
    ["a byte-order mark", "\uFEFF\r\n"],
  ])("is reported, not indexed as an untitled article (%s)", (_, text) => {
    const error = errorOf(() => parseArticle({ file: "empty.txt", text }));
    expect(error.where).toEqual({ file: "empty.txt" });
    expect(error.message).toBe("counterclaim: is empty: there is no text to index");
  });
});
