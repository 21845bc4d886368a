// "Which general was killed", "who was the soldier killed", "whcih soldier …": the sentence that
// names the person with the role asked, on articles of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { namesAskedRole, namesPerson } from "../../src/core/answers/leadScore.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a person asked for by role", () => {
  it("finds the role beside the name, before or after it, and never in a lower-case phrase", () => {
    expect(namesAskedRole("Which Azerbaijani general was killed?", "Major General Rauf Aliyev, chief of staff, was killed")).toBe(true);
    expect(namesAskedRole("who was the karabakh soldier killed?", "One of its soldiers, Aram Petrosyan, died")).toBe(true);
    expect(namesAskedRole("Which general was killed?", "Rauf Aliyev and Colonel Elnur Guliyev died")).toBe(false);
    expect(namesAskedRole("who was the soldier killed?", "One of its soldiers, who was killed on Monday")).toBe(false);
  });

  it("reads a plural role before a name as naming a person", () => {
    expect(namesPerson("One of its own servicemen, Aram Petrosyan, was killed in the fighting.")).toBe(true);
  });

  const index = indexOf([
    "tovuz.md",
    [
      "# Officers killed on the border",
      "",
      "Lowland Press · 15 July 2020",
      "",
      "On 14 July the deputy defence minister announced on television that Aliyev and Colonel Elnur Guliyev, the corps' artillery chief, had died.",
      "",
      "Major General Rauf Aliyev, chief of staff of the army corps, was killed on the morning of 14 July near Tovuz.",
    ],
  ]);

  it("leads with the name given with the role asked", () => {
    expect(ask(index, "Which Azerbaijani general was killed in the Tovuz fighting?").lead?.text).toContain("Major General Rauf Aliyev");
  });
});

describe("a mistyped question word", () => {
  it("is read as the word meant and not searched", () => {
    expect(understandQuestion("Whcih Karabakh soldier was killed?").asked).toBe("who");
    const index = indexOf(["a.md", ["# Clash", "", "Lowland Press · 2 August 2014", "", "One Karabakh soldier was killed."]]);
    expect(planQuery(index.search, "Whcih Karabakh soldier was killed?").terms.map((t) => t.term)).not.toContain("whcih");
  });
});
