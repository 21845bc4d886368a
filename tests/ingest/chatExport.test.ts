// A messaging channel's export: posts under "Channel, [date time]" headers, forwarded posts, view
// counts and the export's own header. An export written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const exported = [
  "=== channel export ===",
  "channel: Border Watch Live (@borderwatch_live)",
  "subscribers at export: 12 004",
  "range: 12.09.2022 01:10 — 14.09.2022 20:30 (UTC+4)",
  "posts: 4 | media omitted",
  "==================",
  "",
  "Border Watch Live, [13.09.2022 01:12]",
  "⚡️ Yerevan: shelling has been reported near Jermuk and Goris since midnight, the defence ministry said.",
  "views: 21.4K",
  "",
  "Border Watch Live, [13.09.2022 02:40]",
  "[Forwarded from Ministry of Defence of Azerbaijan]",
  "Armenian armed forces carried out large-scale provocations in the directions of Dashkesan and Kalbajar.",
  "views: 30.2K",
  "",
  "Border Watch Live, [13.09.2022 09:05]",
  "🇷🇺 Moscow: the foreign ministry called on both sides to refrain from escalation.",
  "views: 18.9K",
  "",
  "Border Watch Live, [14.09.2022 20:30]",
  "[Forwarded from Ministry of Defence of Azerbaijan]",
  "The situation on the border is stable after the ceasefire came into force.",
  "views: 25.0K",
].join("\n");

describe("a channel's export", () => {
  const article = parseArticle({ file: "export.txt", text: exported });
  const { claims } = extractArticle(article);
  const sidesOf = (fragment: string) => claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
  const texts = article.passages.map((p) => p.text);

  it("names the channel as the outlet and the export's last day as its date, and reads the posts as entries", () => {
    expect(article.meta).toMatchObject({ outlet: "Border Watch Live", published: "2022-09-14", genre: "live-blog" });
  });

  it("indexes no view counts and nothing of the export's header", () => {
    for (const furniture of ["views:", "subscribers", "range:", "posts:", "==="]) expect(texts.some((t) => t.includes(furniture))).toBe(false);
  });

  it("gives a forwarded post to its author, each time it is forwarded", () => {
    expect(sidesOf("large-scale provocations")).toEqual(["azerbaijan"]);
    expect(sidesOf("The situation on the border is stable")).toEqual(["azerbaijan"]);
  });

  it("reads a speaker's label after the channel's pictographs", () => {
    expect(sidesOf("called on both sides to refrain")).toEqual(["russia"]);
  });
});
