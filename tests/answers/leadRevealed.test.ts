// Words whose speaker the next sentence names ("That warning came from …") answer "what did X
// warn", not the sentence that names the speaker.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const article = [
  "Moscow warns over border shelling",
  "Steppe Wire · 14 May 2021",
  "",
  "Shells landed near the border post at Sotk overnight, residents said.",
  "",
  '"Any attempt to move the border by force will meet a firm response from our side."',
  "",
  "That warning came from Russia's deputy foreign minister, who spoke to reporters in Moscow.",
].join("\n");

describe("a speaker named after their words", () => {
  const index = buildAnswerIndex(extractCorpus([{ file: "warn.txt", text: article }]).knowledge);

  it("leads with the words, attributed to the speaker the next sentence names", () => {
    const answer = ask(index, "What did Moscow's deputy foreign minister warn about?");
    expect(answer.lead?.text).toContain("Any attempt to move the border by force");
    expect(answer.lead?.side).toBe("russia");
  });
});

describe("a sentence that only announces a statement", () => {
  const text = [
    "Mediators condemn border raid",
    "Steppe Wire · 22 June 2010",
    "",
    "The French, Russian and US co-chairs of the OSCE Minsk Group issued an unusually blunt statement on Tuesday.",
    "",
    '"The co-chairs condemn the raid near Talish and the needless loss of life," the statement said.',
  ].join("\n");
  const index = buildAnswerIndex(extractCorpus([{ file: "talish.txt", text }]).knowledge);

  it("gives the lead to what the statement said, in the sentence after it", () => {
    const answer = ask(index, "What did the French, Russian and US co-chairs of the OSCE Minsk Group say on Tuesday?");
    expect(answer.lead?.text).toContain("condemn the raid near Talish");
    expect(answer.lead?.side).toBe("osce-minsk-group");
  });
});

describe("a call, and what was said in it", () => {
  const text = [
    "Paris presses for calm",
    "Steppe Wire · 14 September 2022",
    "",
    "Within hours of the first shelling, President Emmanuel Macron spoke by phone to the leaders of both countries. He expressed France's concern about the strikes on Jermuk. He urged President Aliyev to respect the ceasefire of 2020 and pull his troops back.",
  ].join("\n");
  const index = buildAnswerIndex(extractCorpus([{ file: "call.txt", text }]).knowledge);

  it("leads with the sentence after the call that answers the question, by its own words", () => {
    const answer = ask(index, "What did Macron tell Aliyev after the shelling began?");
    expect(answer.lead?.text).toContain("He urged President Aliyev");
    expect(answer.lead?.side).toBe("france");
  });

  it("keeps the call itself when it already names whom the question asks about", () => {
    const other = [
      "Moscow calls for truce",
      "Steppe Wire · 4 October 2020",
      "",
      "Russian Foreign Minister Sergei Lavrov spoke by phone with his Armenian and Azerbaijani counterparts on Sunday. He called for the truce to be respected.",
    ].join("\n");
    const lavrov = buildAnswerIndex(extractCorpus([{ file: "lavrov.txt", text: other }]).knowledge);
    expect(ask(lavrov, "what did lavrov tell the armenian and azerbaijani foreign ministers").lead?.text).toContain("spoke by phone with his Armenian");
  });
});
