// A video's subtitles pasted as its transcript: cue numbers and timings are no text, and a
// speaker's caption over a cue gives the words under it their speaker. A file written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const text = [
  "Transcript of video: Shelling near the border",
  "Published: 4 May 2022 | Duration: 02:10",
  "",
  "1",
  "00:00:00,000 --> 00:00:04,000",
  "NARRATOR: Villages near the border were quiet on Wednesday,",
  "a day after the shelling stopped.",
  "",
  "2",
  "00:00:04,000 --> 00:00:09,500",
  "ARARAT MIRZOYAN, ARMENIAN FOREIGN MINISTER (speaking to reporters):",
  '"Three of our soldiers were wounded, and we hold Baku responsible."',
  "",
  "3",
  "00:00:09,500 --> 00:00:14,000",
  "NARRATOR: Baku says it only returned fire.",
].join("\n");
const article = parseArticle({ file: "video.txt", text });

describe("a video's subtitles", () => {
  it("drops the cue numbers and timings", () => {
    const all = article.passages.map((p) => p.text).join("\n");
    expect(all).not.toMatch(/-->/);
    expect(article.passages.some((p) => /^\d+$/.test(p.text))).toBe(false);
  });
  it("keeps a cue's two lines as one paragraph", () => {
    expect(article.passages.some((p) => p.text.includes("were quiet on Wednesday, a day after the shelling stopped."))).toBe(true);
  });
  it("gives the words under a speaker's caption to the speaker", () => {
    const knowledge = extractArticle(article);
    const wounded = knowledge.claims.filter((c) => c.sentence.includes("Three of our soldiers were wounded"));
    expect(wounded.map((c) => c.side)).toEqual(["armenia"]);
    expect(knowledge.casualties.find((f) => f.wounded === 3)).toMatchObject({ claimedBy: "armenia", affected: "armenia" });
  });
});
