import { describe, expect, it } from "vitest";
import { stripMarkdownLine } from "../../src/core/ingest/markdown.ts";
import { parse, texts } from "./helpers.ts";

describe("markdown", () => {
  it("strips heading markers, emphasis, links, images and quote markers", () => {
    const article = parse(
      "oc-media.md",
      "---",
      "outlet: OC Media",
      "---",
      "# Drone strike reported near **Shushi**",
      "",
      "![Smoke over the town](https://example.org/smoke.jpg)",
      "",
      "The [Artsakh Information Centre](https://example.org/aic) said a _Bayraktar_ drone hit a depot.",
      "",
      "> “We saw the smoke from the **hospital**,” a nurse said.",
      "",
      "## Baku denies",
      "",
      "Azerbaijan's Defence Ministry called the report __disinformation__.",
    );
    expect(article.meta.title).toBe("Drone strike reported near Shushi");
    expect(article.passages.map((p) => [p.text, p.heading])).toEqual([
      ["Drone strike reported near Shushi", true],
      ["The Artsakh Information Centre said a Bayraktar drone hit a depot.", false],
      ["“We saw the smoke from the hospital,” a nurse said.", false],
      ["Baku denies", true],
      ["Azerbaijan's Defence Ministry called the report disinformation.", false],
    ]);
  });

  it("leaves plain text with stars and underscores in words alone", () => {
    expect(stripMarkdownLine("The file_name and 5 * 3 stay").text).toBe("The file_name and 5 * 3 stay");
  });

  it("drops link reference definitions and horizontal rules", () => {
    const article = parse("refs.md", "Shelling resumed, officials said.", "", "***", "", "[1]: https://example.org/source");
    expect(texts(article)).toEqual(["Shelling resumed, officials said."]);
  });

  it("leaves an unclosed link as text (its address once made the link pattern backtrack for hours)", () => {
    const line = "See [the statement](https://mil.gov.az/en/news/shelling-of-tartar-district-continues-overnight";
    expect(stripMarkdownLine(line).text).toBe(line);
  });

  it("still strips a link whose address holds brackets", () => {
    expect(stripMarkdownLine("The [ministry](https://x.az/a_(b)) said").text).toBe("The ministry said");
  });
});
