// A sentence that matches the question as well as another, in an article that tells the asked
// matter, leads over one in an article about something else: "who did the governor blame for the
// fire at the granary" is answered where the granary is, not by his blame for another fire.
import { describe, expect, it } from "vitest";
import { answerIndexFrom, buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import type { PassageRecord } from "../../src/core/search/searchIndex.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("the article that tells the asked matter", () => {
  const index = indexOf(
    [
      "depot.txt",
      [
        "Governor speaks after depot fire",
        "Lowland Press · 2 May 2026",
        "",
        "Governor Levon Aramyan blamed rebel saboteurs for the fire, which burned for hours at the depot. The governor said firefighters fought the fire all night.",
        "",
        "Fuel deliveries to the valley will resume next week, the transport office said.",
      ],
    ],
    [
      "granary.txt",
      [
        "Old granary in Talvar burns down",
        "Lowland Press · 4 May 2026",
        "",
        "The historic granary of Talvar, built in 1890, burned down on Sunday night with the grain stored for the winter.",
        "",
        "Governor Levon Aramyan blamed grain smugglers for the fire, saying they used the building at night.",
      ],
    ],
  );

  it("leads with the blame told in the granary's article", () => {
    const answer = ask(index, "Who did Governor Aramyan blame for the fire at the Talvar granary?");
    expect(answer.lead?.text).toContain("grain smugglers");
  });
});

// The share an article holds is read from that article's own passages. Looking them up among the
// index's records read every passage of the corpus once per article scored: at a million passages,
// tens of milliseconds of an answer (bench/results.md, 2026-12-07).
describe("reading an article's share of the question", () => {
  const granary = [
    "Old granary in Talvar burns down",
    "Lowland Press · 4 May 2026",
    "",
    "The historic granary of Talvar, built in 1890, burned down on Sunday night with the grain stored for the winter.",
    "",
    "Governor Levon Aramyan blamed grain smugglers for the fire, saying they used the building at night.",
  ];
  const weather = (n: number) => [
    `Rain over the hills, day ${n}`,
    "Lowland Press · 1 May 2026",
    "",
    `Light rain fell over the hills of Merdan for ${n} hours on Tuesday.`,
  ];
  const sources = [
    { file: "granary.txt", text: granary.join("\n") },
    ...Array.from({ length: 150 }, (_, n) => ({ file: `weather-${n}.txt`, text: weather(n + 1).join("\n") })),
  ];
  const { knowledge } = extractCorpus(sources);
  const search = buildSearchIndex(knowledge);
  let reads = 0;
  // The index's passage records, counting each record read.
  const passages = new Proxy(search.passages, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  }) as PassageRecord[];
  const index = answerIndexFrom(knowledge, { ...search, passages });

  it("reads the passages of the articles it scores, not every passage of the corpus", () => {
    // What the index builds on first use (the headline places) is built by a first question.
    ask(index, "How long did the rain fall over Merdan?");
    reads = 0;
    const answer = ask(index, "Who did Governor Aramyan blame for the fire at the Talvar granary?");
    expect(answer.lead?.text).toContain("grain smugglers");
    expect(reads).toBeLessThan(search.passages.length / 2);
  });
});
