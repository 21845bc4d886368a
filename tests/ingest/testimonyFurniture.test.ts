// The small print of testimony archives, inquiries, podcasts and publishers' excerpt pages: none of it
// is indexed, and the page's own title and date are read past it. Lines written for this test.
import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

describe("testimony pages' furniture", () => {
  it.each([
    "Home   Episodes   Search the archive   About the project   Support us",
    "Home Episodes Search the archive About the project Support us",
    "Interviews released under CC BY-NC 4.0.",
    "Cite this interview as: Island Oral History Project, Interview 7, recorded 2 May 2021.",
    "Report an error in this transcript | Request the full audio",
    "Registered office: Via Roma 12, 10121 Torino, Italy",
    "Received by the Secretariat: 3 March 2022 | Reference IOH/W/4",
    "DOCUMENT B-4 (public version)",
    "The Island Inquiry is an independent citizens' initiative and is not a court.",
    "English translation certified by the Secretariat.",
    'These diaries appear as part of our series "Ordinary Days".',
    "Full recordings of all three episodes are available on request for researchers.",
    "Support independent radio: become a member from 5 EUR a month.",
    "Ana Horvat's book of war letters is forthcoming from our imprint in autumn 2025.",
  ])("drops %s", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Twelve prisoners were released under the open amnesty, the ministry said.",
    "Home Office officials said the minister would visit Baku.",
    "Transcripts of the talks are available on request, the ministry said, but none were released.",
    "These letters are part of the evidence, the prosecutor said.",
    "Document 17 shows that the ministry knew of the strike.",
  ])("keeps %s", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("dates a witness statement by the day it was submitted, where nothing else dates it", () => {
    const article = parseArticle({
      file: "w.txt",
      text: [
        "ISLAND INQUIRY ON BORDER CROSSINGS",
        "Registered office: Via Roma 12, 10121 Torino, Italy",
        "",
        "WITNESS STATEMENT CONCERNING THE CLOSURE OF THE BORDER CROSSING",
        "Submitted: 4 March 2022",
        "",
        "1. I lived in the border village until the crossing closed in January 2022.",
        "",
        "2. The regional governor said on television that the crossing would reopen within a week.",
      ].join("\n"),
    });
    expect(article.meta.published).toBe("2022-03-04");
  });
});
