// Heads and furniture of practical notices and service texts met on first contact with blind80 (a
// travel bulletin, an aviation risk brief, a fixture service), on articles written for this test.
import { describe, expect, it } from "vitest";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";
import { parse, texts } from "./helpers.ts";

const BODY =
  "Azerbaijan's defence ministry said on Thursday that three of its soldiers had been wounded, and Armenia's defence ministry said the shelling had come from the other side.";

describe("a service's name before its issue or document number", () => {
  it("is the outlet, and an 'Issued:' line is the date", () => {
    const article = parse(
      "brief.txt",
      "AIRSPACE NOTE: southern Caucasus risk update",
      "Lakeside Aviation Risk | Operator Note LN-2020-41",
      "Issued: 4 October 2020, 1100 UTC",
      "",
      BODY,
    );
    expect(article.meta.outlet).toBe("Lakeside Aviation Risk");
    expect(article.meta.published).toBe("2020-10-04");
  });

  it("is the outlet before an issue strip too", () => {
    const article = parse(
      "bulletin.txt",
      "Security notes for business travellers",
      "Caspian Travel Security Letter | Issue 11/93",
      "Monday, 8 March 1993",
      "",
      BODY,
    );
    expect(article.meta.outlet).toBe("Caspian Travel Security Letter");
  });
});

describe("a service's notices about itself", () => {
  it("are never indexed", () => {
    const article = parse(
      "notices.md",
      "# Venue changes for two qualifiers",
      "",
      BODY,
      "",
      "Distribution: operations, dispatch, security managers",
      "",
      "This brief is prepared for Lakeside subscribers and is based on open sources.",
      "",
      "*Pitchside Desk is an independent match and venue information service. Times are CET.*",
      "",
      "*Report a venue error: desk@pitchside.example*",
    );
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("three of its soldiers had been wounded");
    for (const notice of ["Distribution:", "This brief is prepared", "independent match and venue", "Report a venue error"])
      expect(indexed).not.toContain(notice);
  });
});

describe("a publication's name before its section", () => {
  it("is the outlet, while a page's title before 'Home' is not", () => {
    expect(readMetadataLine("Harbour Defence Letter | Procurement & Exports")?.outlet).toBe("Harbour Defence Letter");
    expect(readMetadataLine("*Caspian Energy Brief* · Baku · 12 March 2024")?.outlet).toBe("Caspian Energy Brief");
    expect(readMetadataLine("Caucasus News | Home")).toBeNull();
  });

  it("has its own notices about itself kept out of the index", () => {
    const article = parse(
      "digest.txt",
      "Contracts worth billions, the president says",
      "Harbour Defence Letter | Procurement & Exports",
      "Wednesday 14 December 2016",
      "",
      BODY,
      "",
      "Harbour Defence Letter is published by an independent analysis service. Subscriber edition - do not forward.",
      "Contact the desk: tips@harbour.example",
    );
    const indexed = texts(article).join("\n");
    for (const notice of ["is published by an independent", "Contact the desk"]) expect(indexed).not.toContain(notice);
    expect(article.meta.outlet).toBe("Harbour Defence Letter");
  });
});

describe("a wire's update note", () => {
  it("is never indexed, whatever the story it updates says", () => {
    const article = parse(
      "update.txt",
      "Clash on the border kills four",
      "",
      "UPDATED 09:40 GMT - adds minister's comment, paragraphs 5-6",
      "",
      BODY,
      "",
      "Updated 3 May, 11:05: adds statements by both foreign ministries.",
    );
    const indexed = texts(article).join("\n");
    expect(indexed).toContain("three of its soldiers had been wounded");
    for (const note of ["adds minister's comment", "adds statements by both"]) expect(indexed).not.toContain(note);
  });
});
