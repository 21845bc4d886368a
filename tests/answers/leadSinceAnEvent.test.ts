// Lead choice, on articles of our own: "since the 2020 war" asks what came after the war ended, so a
// toll of the war's own days is another count than the one asked.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("'since' a named event", () => {
  it("runs from the event's last day", () => {
    const time = understandQuestion("How many people have mines killed since the 2020 war?").time;
    expect(time).toMatchObject({ start: "2020-11-10", relation: "after" });
  });

  it("keeps a one-day event's day: 'after the 2020 deal' starts on the deal's day", () => {
    expect(understandQuestion("clashes after the 2020 deal").time).toMatchObject({ start: "2020-11-09", relation: "after" });
  });

  const index = indexOf(
    [
      "shelling.md",
      [
        "# Rockets hit a market town in the autumn war",
        "",
        "Valley Courier · 16 October 2020",
        "",
        "At least 14 people were killed and dozens hurt when rockets hit a crowded market in Azerbaijan, officials in Baku said on Friday.",
      ],
    ],
    [
      "mines.md",
      [
        "# Mine deaths keep rising in the retaken districts",
        "",
        "Valley Courier · 3 March 2022",
        "",
        "Azerbaijan's interior ministry said on Thursday that mines had killed 38 people in the retaken districts since the end of the fighting.",
      ],
    ],
  );

  it("leads a toll 'since the 2020 war' with the count after it, not a strike of its autumn", () => {
    const answer = ask(index, "How many people have mines killed in Azerbaijan since the 2020 war according to Baku?");
    expect(answer.lead?.text).toContain("38 people");
  });
});
