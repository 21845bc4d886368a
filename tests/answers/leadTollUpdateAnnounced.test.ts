// "How many did the ombudsman say were killed?" (issue 8): a toll's update need not say so in its own
// sentence. The sentence before may tell it ("By then his count had grown sharply. 'There are at least
// 90 killed,' he wrote"), and an update naming a part of its dead ("raised its toll to 64, including
// two civilians") still counts the soldiers the first figure counted. Articles of our own.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const index = buildAnswerIndex(
  extractCorpus([
    {
      file: "ombudsman.md",
      text: [
        "# Three days in the highlands",
        "",
        "Upland Letter · 30 September 2023",
        "",
        "Azerbaijan's army began an offensive in Nagorno-Karabakh on 19 September.",
        "",
        "Gegham Stepanyan, the Karabakh human rights ombudsman, said that 14 people had been killed in the first hours of the offensive.",
        "",
        "Officials in Baku said the operation had gone to plan and that the roads would reopen soon.",
        "",
        'By the next evening Stepanyan\'s count had grown sharply. "There are at least 90 killed and more than 250 wounded," he wrote.',
      ].join("\n"),
    },
    {
      file: "border.txt",
      text: [
        "Border Week",
        "20 September 2022",
        "",
        "Fighting broke out on the Armenia-Azerbaijan border on the night of 12-13 September. Armenia said at first that 31 of its soldiers were killed.",
        "",
        "Diplomats in Moscow and Washington called on both sides to stop the shooting.",
        "",
        "On 19 September Armenia's Security Council raised its toll to 64 killed, including two civilians, with some civilians still missing.",
      ].join("\n"),
    },
  ]).knowledge,
);

describe("a toll's update told by the sentence before it", () => {
  it("leads with the figure after 'his count had grown sharply', not the first count", () => {
    expect(ask(index, "how many people did the karabakh ombudsman say were killed in the september 2023 offensive?").lead?.text).toContain(
      "at least 90 killed",
    );
  });
});

describe("an update naming a part of its dead", () => {
  it("updates a count of soldiers with a toll 'including two civilians'", () => {
    expect(ask(index, "how many armenian soldiers were killed in the september 2022 border fighting?").lead?.text).toContain("raised its toll to 64");
  });
});
