// Furniture and metadata of ordinary news reports met on first contact (issue 7): a wire's
// transmission header with its date in wire style, a slug whose update tag carries a note, a
// sign-off of desk code and lower-case initials, a byline with the reporter's role after a comma,
// a Markdown share row beside a "Read more" row, and credit lines for agency input. Every article
// here is written for the test; each class keeps a sentence of news that must survive.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

const NEWS = "Shelling resumed near Tartar overnight, the district governor said.";

describe("a wire story's transmission header, slug and sign-off", () => {
  const wire = parse(
    "wire.txt",
    "XYZ-0412 4 MAR 88 2147 GMT",
    "",
    "URGENT",
    "TOPIC-TOPIC (UPDATE 2, ADDS border report, ministry comment)",
    "",
    "Curfew imposed in border town after night of clashes",
    "",
    "By Jane Doe",
    "",
    `GORIS, March 4 (XYZ) - ${NEWS}`,
    "",
    "XYZ jmv/ls",
    "",
    "MORE FOLLOWS",
  );

  it("dates the story by its header, the two-digit year as the wire meant it", () => {
    expect(wire.meta.published).toBe("1988-03-04");
    expect(readMetadataLine("NPW-117 22 NOV 1991 0930 UTC")?.date?.iso).toBe("1991-11-22");
    expect(readMetadataLine("ABC-0031 12 JUN 05 1100 GMT")?.date?.iso).toBe("2005-06-12");
  });

  it("takes the headline after the header and slug for the title", () => {
    expect(wire.meta.title).toBe("Curfew imposed in border town after night of clashes");
  });

  it("keeps the header, the slug and the sign-off out of the text", () => {
    expect(texts(wire).join("\n")).not.toMatch(/XYZ-0412|UPDATE 2|jmv\/ls/);
    expect(bodyTexts(wire)).toEqual([NEWS]);
  });

  it.each(["XYZ-0412 4 MAR 88 2147 GMT", "TOPIC-TOPIC (UPDATE 2, ADDS border report, ministry comment)", "XYZ jmv/ls", "ABC sd/jk"])(
    "takes %j for furniture",
    (line) => expect(isBoilerplate(line)).toBe(true),
  );

  it.each([
    "MIG-29 4 MAR 88 planes were lost, the ministry said.",
    "ARMENIA-AZERBAIJAN (UPDATE 2, the ministry said 12 soldiers died)",
    "NATO km/h limits were ignored, the ministry said.",
  ])("keeps %j as text", (line) => expect(isBoilerplate(line)).toBe(false));
});

describe("a byline with the reporter's role after a comma", () => {
  it.each(["By Jane Doe, staff correspondent", "By J. Doe, Our Correspondent", "By Jane Doe, our special correspondent in Baku"])(
    "reads %j as a byline, naming no outlet",
    (line) => {
      const article = parse("byline.txt", "Truce holds on the line of contact", "", line, "", NEWS);
      expect(bodyTexts(article)).toEqual([NEWS]);
      expect(article.meta.outlet).toBeNull();
    },
  );

  it.each([
    ["By Jane Doe, Caspian Weekly, 12 March 2021", "Caspian Weekly", "2021-03-12"],
    ["By Jane Doe, staff correspondent, March 12, 2021", null, "2021-03-12"],
  ])("reads %j as a byline with its outlet and its date after a comma", (line, outlet, published) => {
    const article = parse("byline.txt", "Truce holds on the line of contact", "", line, "", NEWS);
    expect(bodyTexts(article)).toEqual([NEWS]);
    expect(article.meta.outlet).toBe(outlet);
    expect(article.meta.published).toBe(published);
  });

  it("keeps a sentence that opens like a byline", () => {
    const sentence = "By then, the staff correspondent had left Goris, the paper said.";
    const article = parse("prose.txt", "Truce holds on the line of contact", "", sentence, "", NEWS);
    expect(bodyTexts(article)).toEqual([sentence, NEWS]);
  });
});

describe("a Markdown export's share row and agency credits", () => {
  it("drops a share row that names Email beside a row of links", () => {
    const article = parse(
      "export.md",
      "# Truce holds on the line of contact",
      "",
      NEWS,
      "",
      "*Share: Facebook · Twitter · Email* | *Read more: [World](#) · [Energy](#)*",
    );
    expect(bodyTexts(article)).toEqual([NEWS]);
    expect(isBoilerplate("Share: Facebook · Twitter · Email")).toBe(true);
  });

  it("keeps a sentence about shares beside a bar", () => {
    expect(isBoilerplate("Share prices · Baku exchange fell on Monday | the ministry said trading resumed.")).toBe(false);
  });

  it.each(["Press Trust Service with inputs from agencies", "(With inputs from Reuters, AFP and TASS)", "With inputs from agencies"])(
    "takes %j for a credit line",
    (line) => {
      const article = parse("credit.txt", "Truce holds on the line of contact", "", line, "", NEWS, "", line);
      expect(bodyTexts(article)).toEqual([NEWS]);
    },
  );

  it("keeps news that speaks of inputs", () => {
    expect(isBoilerplate("With inputs from Baku, the ministry said 12 soldiers died.")).toBe(false);
    expect(isBoilerplate("Baku Ministry with inputs from agencies said 12 died.")).toBe(false);
  });
});
