// Names typed in another transliteration than the corpus's: the question's spelling must find the
// article's ("Gasparian" the corpus's "Gasparyan"), and a name must not be "corrected" into the
// common English word a letter swap away.
import { describe, expect, it } from "vitest";
import { NAME_SPELLING_EXAMPLES, nameKey } from "../../src/core/search/nameSpellings.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { searchPassages } from "../../src/core/search/search.ts";
import { buildSearchIndex } from "../../src/core/search/searchIndex.ts";
import { corpusFixture } from "./knowledgeFixture.ts";

const filler = "Officials on both sides traded statements through the day while diplomats urged calm.";

const index = buildSearchIndex(
  corpusFixture(
    {
      file: "talks.txt",
      published: "2018-05-02",
      paragraphs: [
        "Foreign minister Vardan Gasparyan left the talks early, his office said.",
        "President Ilham Aliyev told reporters the border was calm.",
        "Ambassador Armen Grigoryan met the monitors in the morning.",
        "Deputy minister Rufat Guliyev said the convoy would wait at the checkpoint.",
        "The envoy Pieter de Wolf visited the border villages on Tuesday.",
        "Shelling hit Xojavend and the road to Aghdara overnight, residents said.",
        "Rescue teams found the driver alive after the lorry overturned.",
        filler,
      ],
    },
    {
      file: "other.txt",
      published: "2018-05-03",
      paragraphs: ["The market in the capital reopened after the holiday.", filler],
    },
  ),
);

const topPassage = (question: string) => searchPassages(index, question).hits[0]?.record.passage.text ?? "";

describe("transliteration keys", () => {
  it("give each data example's two spellings one key", () => {
    for (const [a, b] of NAME_SPELLING_EXAMPLES) expect(nameKey(a), `${a} / ${b}`).toBe(nameKey(b));
  });

  it("keep different names apart", () => {
    expect(nameKey("guliyev")).not.toBe(nameKey("alive"));
    expect(nameKey("petrosyan")).not.toBe(nameKey("petrov"));
  });
});

describe("a question spelling a name another way", () => {
  it("finds the minister under the corpus's -yan spelling", () => {
    expect(planQuery(index, "Why did Gasparian leave the talks?").corrections[0]?.corrected).toBe("gasparyan");
    expect(topPassage("Why did Gasparian leave the talks?")).toContain("Gasparyan");
  });

  it("reads -iev as the corpus's -iyev, not as a common word", () => {
    expect(planQuery(index, "What did Guliev say about the convoy?").corrections[0]?.corrected).toBe("guliyev");
    expect(topPassage("What did Guliev say about the convoy?")).toContain("Guliyev");
  });

  it("does not correct a name into the common word a letter swap away", () => {
    expect(planQuery(index, "What did Aliev tell reporters?").corrections[0]?.corrected).toBe("aliyev");
    expect(topPassage("What did Aliev tell reporters?")).toContain("Aliyev");
  });

  it("matches a name three letters away when the letters are transliteration habits", () => {
    expect(planQuery(index, "When did Krikorian meet the monitors?").corrections[0]?.corrected).toBe("grigoryan");
    expect(topPassage("When did Krikorian meet the monitors?")).toContain("Grigoryan");
  });

  it("reads v for w, kh for x and g for gh in names", () => {
    expect(planQuery(index, "Which villages did de Volf visit?").corrections[0]?.corrected).toBe("wolf");
    expect(topPassage("Which villages did de Volf visit?")).toContain("de Wolf");
    expect(topPassage("Was Khojavend shelled overnight?")).toContain("Xojavend");
    expect(topPassage("Was the road to Agdara hit?")).toContain("Aghdara");
  });

  it("still corrects a plain typo of a common word", () => {
    expect(planQuery(index, "Was the driver found aliive?").corrections[0]?.corrected).toBe("alive");
  });
});
