// Two classes of lead error: a line set out as a headline but not marked one (one line, no
// closing full stop) gives way to the body sentence that restates it, which names the speaker
// and the circumstances; and on a digest's page of several incidents, "who denied …" is answered
// by the denial near the accusation, not by another incident's denial further down the page.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";

const filler = "Traffic on the highway was light for most of the afternoon, residents said.";

describe("an unmarked headline line gives way to the body sentence that restates it", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "minister.txt",
      published: "2019-05-14",
      paragraphs: [
        "Foreign minister Ruben Aslanyan says Yerevan will 'never abandon' the villages near Tavush after shelling",
        filler,
        '"Yerevan will never abandon the villages of Tavush," foreign minister Ruben Aslanyan told reporters.',
        filler,
      ],
      places: ["Tavush", "Yerevan"],
      claims: [
        { paragraph: 0, fragment: "never abandon", side: "armenia", speaker: "Ruben Aslanyan", date: "2019-05-14" },
        { paragraph: 2, fragment: "never abandon", side: "armenia", speaker: "Ruben Aslanyan", date: "2019-05-14" },
      ],
    }),
  );

  it("leads 'what did Aslanyan say after the shelling near Tavush' with his words in the body, not the headline line", () => {
    const answer = ask(index, "What did Aslanyan say after the shelling near Tavush?");
    expect(answer.lead?.text).toContain("told reporters");
    expect(answer.lead?.side).toBe("armenia");
  });
});

describe("on a digest's page, the denial near the accusation answers 'who denied'", () => {
  const index = buildAnswerIndex(
    corpusFixture({
      file: "digest.txt",
      published: "2007-08-20",
      paragraphs: [
        "Baku says sniper killed border guard near Kemerli; Yerevan denies shooting",
        "Azerbaijan's defence ministry said a border guard was killed by a sniper near the village of Kemerli in Gazakh district.",
        "The Armenian defence ministry's spokesman rejected the Azerbaijani statement, saying no Armenian unit had fired in that area.",
        filler,
        filler,
        "Second soldier killed in Aghdam district, Karabakh army disputes Baku's account",
        "A soldier was shot dead near Aghdam on Saturday, the Azerbaijani defence ministry said.",
        "A spokesman for the Karabakh army denied that Karabakh units had opened fire near Aghdam, calling the sniper report untrue.",
      ],
      places: ["Kemerli", "Gazakh", "Aghdam"],
      claims: [
        { paragraph: 0, fragment: "Yerevan denies", side: "armenia", speaker: "Yerevan", kind: "denial", date: "2007-08-19" },
        { paragraph: 1, fragment: "killed by a sniper", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "accusation", date: "2007-08-19" },
        {
          paragraph: 2,
          fragment: "rejected the Azerbaijani",
          side: "armenia",
          speaker: "The Armenian defence ministry's spokesman",
          kind: "denial",
          date: "2007-08-19",
        },
        {
          paragraph: 6,
          fragment: "shot dead near Aghdam",
          side: "azerbaijan",
          speaker: "the Azerbaijani defence ministry",
          kind: "accusation",
          date: "2007-08-18",
        },
        {
          paragraph: 7,
          fragment: "denied that Karabakh",
          side: "nagorno-karabakh",
          speaker: "A spokesman for the Karabakh army",
          kind: "denial",
          date: "2007-08-18",
        },
      ],
    }),
  );

  it("leads 'who denied the sniper shooting near Kemerli' with the Armenian spokesman's denial", () => {
    const answer = ask(index, "who denied the sniper shooting near Kemerli in 2007");
    expect(answer.lead?.text).toContain("rejected the Azerbaijani statement");
  });
});
