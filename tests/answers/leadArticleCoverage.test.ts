// A sentence that matches the question as well as another, in an article that tells the asked
// matter, leads over one in an article about something else: "who did the governor blame for the
// fire at the granary" is answered where the granary is, not by his blame for another fire.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

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
