// "How many prisoners did Armenia free": the side whose deed is asked, against the side that acts
// in a sentence. Where nobody speaks for the asked side, the sentence in which it acts tells its
// deed ("the Armenian authorities released 27"); one in which another side acts ("the Karabakh
// authorities freed 15", a side of the same camp but another actor) tells another deed. A question
// asking what the side said, or why it acted, names no deed to match.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { questionDoer, sentenceDoer } from "../../src/core/answers/doer.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("the side that does the deed", () => {
  it("reads the side after an auxiliary and before a deed as the question's doer", () => {
    expect(questionDoer("how many azerbaijani prisoners did armenia free in june 1996")).toBe("armenia");
    expect(questionDoer("How many hostages did Baku release?")).toBe("azerbaijan");
    expect(questionDoer("How many soldiers did Armenia say were killed?")).toBeNull();
    expect(questionDoer("did baku deny blocking the road")).toBeNull();
  });

  it("reads the side named as a sentence's subject, with or without its body", () => {
    expect(sentenceDoer("On 3 June the Armenian authorities released 14 Azerbaijani prisoners.")).toBe("armenia");
    expect(sentenceDoer("Armenia released 14 prisoners.")).toBe("armenia");
    expect(sentenceDoer("Azerbaijani border guards detained two shepherds.")).toBe("azerbaijan");
    expect(sentenceDoer("The prisoners were handed to the Red Cross.")).toBeNull();
  });

  const index = indexOf([
    "release.md",
    [
      "# Prisoners go home under Red Cross watch",
      "",
      "Alpine Relief Notes · 20 June 1996",
      "",
      "On 4 June 1996 the Karabakh authorities freed 9 Azerbaijani prisoners, the ICRC said.",
      "",
      "On 11 June 1996 the Armenian authorities released 19 more, the ICRC said.",
    ],
  ]);

  it("leads 'how many did Armenia free' with the release by Armenia, not by the Karabakh authorities", () => {
    const answer = ask(index, "how many azerbaijani prisoners did armenia free in june 1996");
    expect(answer.lead?.text).toContain("19 more");
  });
});
