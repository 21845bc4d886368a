// Page heads met when texts on prisoners and commemorations were read for the first time: a bulletin
// named before its issue number with a comma, and an email newsletter whose <h1> is its own name.
import { describe, expect, it } from "vitest";
import { splitTabTitle } from "../../src/adapters/html/pageMetadata.ts";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";

describe("a bulletin's name before its issue number", () => {
  it("is the outlet with a comma before the number as with a bar", () => {
    expect(readMetadataLine("Caucasus Rights Bulletin, No. 9/1993")?.outlet).toBe("Caucasus Rights Bulletin");
    expect(readMetadataLine("Caucasus Rights Bulletin | Issue 9/93")?.outlet).toBe("Caucasus Rights Bulletin");
  });

  it("is no place with a house number", () => {
    expect(readMetadataLine("Yerevan, No. 9 street")?.outlet ?? null).toBeNull();
  });
});

describe("an email newsletter's tab title", () => {
  it("is the issue's title when it opens with the <h1> and the issue's number, and the <h1> names the newsletter", () => {
    expect(splitTabTitle("Steppe Letter #41: A week of talks in Brussels", "Steppe Letter")).toEqual({
      title: "Steppe Letter #41: A week of talks in Brussels",
      site: "Steppe Letter",
    });
  });

  it("leaves a headline printed in full in the <h1> as the title", () => {
    expect(splitTabTitle("Shelling resumes near Sotk | Ararat Daily", "Shelling resumes near Sotk")?.title).toBe("Shelling resumes near Sotk");
  });
});
