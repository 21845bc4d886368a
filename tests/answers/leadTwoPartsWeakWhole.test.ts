// A two-part question whose second part the corpus does not touch ("…, and what did the insurers
// promise the hauliers?") is covered too thinly as a whole for any passage to be trusted; its first
// part, searched alone, still finds its answer, which leads. A quotation introduced by a colon
// ("…issued a statement, which we quote:") is the word of the side that introduced it.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask, NOTHING_RELIABLE } from "../../src/core/answers/index.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a two-part question whose second part nothing answers", () => {
  const index = indexOf([
    "bridge.md",
    [
      "# Bridge on the Hakari river damaged",
      "",
      "Lowland Press · 6 March 2023",
      "",
      "Azerbaijan's defence ministry said Armenian artillery shelled the Hakari bridge on Monday night, damaging two of its spans.",
      "",
      "Armenia's defence ministry denied that its units had fired at the bridge.",
      "",
      "Traffic across the river was stopped until engineers could inspect the spans.",
    ],
  ]);

  it("leads with the first part's answer instead of finding nothing", () => {
    const answer = ask(index, "Who shelled the Hakari bridge on Monday night, and what compensation did the Zurich insurers promise the hauliers?");
    expect(answer.note).not.toBe(NOTHING_RELIABLE);
    expect(answer.lead?.text).toContain("shelled the Hakari bridge");
    expect(answer.lead?.side).toBe("azerbaijan");
  });

  it("still finds nothing when neither part is in the corpus", () => {
    const answer = ask(index, "What did the bakers of Lyon bake on Sunday, and which flour did the millers of Turin sell them?");
    expect(answer.note).toBe(NOTHING_RELIABLE);
    expect(answer.lead).toBeNull();
  });
});

describe("a statement quoted after the sentence that introduces it with a colon", () => {
  const index = indexOf([
    "statement.md",
    [
      "# Conflicting accounts of the fall of Dashalty",
      "",
      "Caucasus Monitor · 12 March 1992",
      "",
      "Azerbaijani radio said on Tuesday that dozens of civilians had been killed when the village fell.",
      "",
      "The press office of the Karabakh defence committee has issued a statement on the events in Dashalty, which we quote:",
      "",
      '"The civilians of Dashalty were warned over loudspeakers a day in advance that a road to the river would stay open for them to leave the village."',
    ],
  ]);

  it("carries the introducing side, though the quotation names no speaker", () => {
    const answer = ask(index, "Did the Karabakh side say the civilians of Dashalty were warned by loudspeakers?");
    expect(answer.lead?.text).toContain("warned over loudspeakers");
    expect(answer.lead?.side).toBe("nagorno-karabakh");
  });
});
