// "How many soldiers did Azerbaijan lose": the claimant's own figure of its own losses, on articles
// of our own. A sentence holding the side's claim about the enemy and the enemy's claim about the
// side answers neither; a side's losses told in the past ("we lost") are found.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { planQuery } from "../../src/core/search/query.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a side's own losses asked for", () => {
  const index = indexOf(
    [
      "balance.md",
      [
        "# A year after the offensive",
        "",
        "Lowland Review · 2 October 2023",
        "",
        "Each side claimed far higher enemy losses: the Azerbaijani Defence Ministry said more than 300 Armenian soldiers had been killed in the offensive, and the Karabakh army said Azerbaijan had lost 250 soldiers.",
      ],
    ],
    [
      "toll.md",
      [
        "# Baku gives its toll",
        "",
        "Lowland Press · 28 September 2023",
        "",
        "Azerbaijan's Health Ministry said on 27 September that 150 servicemen were killed in the operation.",
      ],
    ],
  );

  it("leads with the side's figure of its own losses, not a sentence with two other figures", () => {
    const answer = ask(index, "How many soldiers did Azerbaijan lose in the September 2023 offensive?");
    expect(answer.lead?.text).toContain("150 servicemen");
    expect(answer.lead?.side).toBe("azerbaijan");
  });

  it("searches a question's 'lose' also as 'lost'", () => {
    const terms = planQuery(index.search, "How many soldiers did Azerbaijan lose?").terms.map((t) => t.term);
    expect(terms).toContain("lost");
  });
});

describe("a side's toll given a year later in an interview, under a question naming the time", () => {
  const index = indexOf(
    [
      "tovuz.md",
      [
        "# Border clashes near Tovuz",
        "",
        "Lowland Press · 16 July 2020",
        "",
        "Azerbaijan lost eleven soldiers in the first three days of the operation near Tovuz, its defence ministry said.",
      ],
    ],
    [
      "interview.md",
      [
        "# 'We are ready to sign': an interview with Azerbaijan's envoy",
        "",
        "Lowland Review · 24 October 2024",
        "",
        "**Q: Many in Europe still remember September 2023 and your army's operation in Karabakh.**",
        "",
        "A: It was a local operation that lasted less than a day. We lost 192 servicemen, and we took care to avoid harm to civilians.",
        "",
        "**Q: And the talks?**",
        "",
        "A: The text is ready.",
      ],
    ],
  );

  it("leads with the toll of the time the question names, not a toll of another year's clash", () => {
    const answer = ask(index, "How many soldiers did Azerbaijan lose in the September 2023 operation?");
    expect(answer.lead?.text).toContain("192 servicemen");
  });
});

describe("a toll the search ranks low, in a long introduction that names its place once", () => {
  const index = indexOf(
    [
      "show.txt",
      [
        "Borderlines, episode 12",
        "",
        "HOST: Welcome to Borderlines. On Saturday a humanitarian truce was supposed to silence the guns in Karabakh, and within hours both sides said it had been broken. Early on Sunday a missile hit an apartment block in Ganja, the country's second city. Azerbaijan's prosecutor-general's office says nine civilians were killed there and 34 injured. We will talk about what the truce was for and why it failed so quickly.",
        "",
        "HOST: Rauf, what about the strike on Ganja? Yerevan denies it.",
        "",
        "GUEST: Of course it denies it. People in Ganja saw the building collapse.",
      ],
    ],
    [
      "front.md",
      [
        "# Baku gives its losses on the front",
        "",
        "Lowland Press · 14 October 2020",
        "",
        "Baku said on Wednesday that seven of its servicemen had died and ten had been wounded in the strike on positions near Tartar.",
      ],
    ],
  );

  it("leads with the toll the records hold for the place, whoever the search ranked first", () => {
    const answer = ask(index, "What toll did Baku give for the missile strike on Gyanja?");
    expect(answer.lead?.text).toContain("nine civilians were killed there");
  });
});
