// Two-part questions keep one lead, for the first part; the supporting lines must also answer the
// second part, even when its passage is far down the search for the whole question.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { secondPartQuery } from "../../src/core/answers/secondPart.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

const article = (file: string, title: string, day: string, body: string[]): [string, string[]] => [
  file,
  [`# ${title}`, "", `Lowland Press · ${day}`, "", ...body],
];

describe("reading a second question out of a question", () => {
  it("takes the part after ', and who' with the first part's names as context", () => {
    expect(secondPartQuery("Who shelled the Tavush bridge, and who walked out of the meeting?")).toBe("who walked out of the meeting? Tavush");
    expect(secondPartQuery("What did Baku say about the raid; did Yerevan reply?")).toBe("did Yerevan reply? Baku");
  });

  it("leaves one-part questions and short pairs alone", () => {
    expect(secondPartQuery("Who shelled the bridge near Tavush?")).toBeNull();
    expect(secondPartQuery("Were soldiers and civilians killed in the raid?")).toBeNull();
    expect(secondPartQuery("Why and how did it start?")).toBeNull();
  });
});

describe("an answer to a two-part question", () => {
  // Many passages match the first part's words; the walk-out is told once, in another article.
  const village = Array.from(
    { length: 8 },
    (_, i) => `Shelling near Tavush was reported again on day ${i + 2}, local officials said, and a school in the village of Berd ${i} closed.`,
  );
  const unrelated = [
    "Grain prices rose at the market in the capital this week, traders said.",
    "Heavy rain closed the mountain roads in the north for two days.",
  ];
  const paragraphs = (lines: string[]) => lines.flatMap((l) => [l, ""]);
  const index = indexOf(
    article("bridge.md", "Bridge shelled in Tavush", "3 May 2019", [
      "The Armenian Defence Ministry said Azerbaijani artillery shelled the Tavush bridge on Monday and windows were broken in the village of Aygepar.",
      "",
      ...paragraphs(village),
    ]),
    article("market.md", "Prices", "5 May 2019", paragraphs(unrelated)),
    article("talks.md", "Delegation leaves talks", "4 May 2019", [
      ...paragraphs(unrelated),
      "The delegation of the border commission walked out of the meeting in protest, the commission's secretary said.",
    ]),
  );

  it("leads with the first part and shows a line for the second", () => {
    const answer = ask(index, "Which village near the shelled Tavush bridge had windows broken, and who walked out?");
    expect(answer.lead?.text ?? "").toContain("Aygepar");
    expect(answer.lines.map((l) => l.text).join("\n")).toContain("walked out of the meeting");
  });
});
