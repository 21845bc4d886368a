// Reading what is asked, on articles of our own: "what did the ministers agree" asks what, not who;
// "who spoke for the army" asks the spokesman's name; "what sentences are prosecutors asking" asks the penalty.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a question opening 'what did the ministers …'", () => {
  it("asks what they did, not which minister", () => {
    expect(understandQuestion("What did the ministers agree in Vienna about the prisoners?").asked).toBe("what");
  });

  it("still reads 'which minister' and 'what senior officer' as asking for a person", () => {
    expect(understandQuestion("Which minister resigned after the defeat?").asked).toBe("who");
    expect(understandQuestion("What senior officer was killed in the shelling?").asked).toBe("who");
  });
});

describe("who spoke for a side", () => {
  const index = indexOf([
    "clash.md",
    [
      "# Night clash near a village",
      "",
      "Lowland Press · 6 March 2009",
      "",
      "Azerbaijan and the Karabakh army gave sharply different accounts on Wednesday of a clash near the village of Talysh.",
      "",
      "A spokesman for the Karabakh army, Arman Petrosyan, said six Azerbaijani soldiers were killed when their unit attacked a forward post.",
    ],
  ]);

  it("is answered by the sentence naming the spokesman", () => {
    const answer = ask(index, "Who spoke for the Karabakh army after the Talysh clash in 2009?");
    expect(answer.lead?.text).toContain("Arman Petrosyan");
  });
});

describe("an officer asked for, beside a spokeswoman named", () => {
  const index = indexOf([
    "convoy.md",
    [
      "# Peacekeepers killed near a village",
      "",
      "Lowland Press · 22 September 2023",
      "",
      "Russia's foreign ministry spokeswoman, Irina Volkova, said the peacekeepers fired on near Dashkend had been warned only minutes before.",
      "",
      "Among the dead was the contingent's deputy commander, Captain Pavel Morozov.",
    ],
  ]);

  it("is answered by the sentence naming the dead officer, not the one naming the spokeswoman", () => {
    const answer = ask(index, "Which Russian officer died when peacekeepers were fired on near Dashkend?");
    expect(answer.lead?.text).toContain("Pavel Morozov");
  });
});

describe("the sentences prosecutors are asking for", () => {
  const index = indexOf([
    "trial.md",
    [
      "# Trial of former leaders nears its end",
      "",
      "Lowland Press · 14 November 2025",
      "",
      "The defendants are the former leaders of the region, among them Artak Hovsepyan and Samvel Grigoryan, who have been held since 2023.",
      "",
      "At the hearing on Thursday, prosecutors asked the court to sentence four of the defendants to life imprisonment.",
    ],
  ]);

  it("are answered by the penalty sought, not by the list of the accused", () => {
    const answer = ask(index, "What sentences are prosecutors asking for Artak Hovsepyan and the other former leaders?");
    expect(answer.lead?.text).toContain("life imprisonment");
  });
});
