// A speaker named once by title and name ("The Defence Minister, Marshal Pavel Orlov, …") and then
// only as "he": what he said next is his, and "what reason did Orlov give" is answered by it
// (articles of our own).
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("the reason a speaker gave, told after the sentence that names him", () => {
  const index = indexOf([
    "harbour.md",
    [
      "# Troops in the harbour",
      "",
      "Coastal Weekly · 3 February 1990",
      "",
      "For a week the government refused to say why the troops were sent into the port city.",
      "",
      'The Defence Minister, Marshal Pavel Orlov, has now all but said so. In a radio interview he said the troops\' task in the port was to disarm the militias that had seized the harbour, militias he claimed were armed "to the teeth".',
    ],
  ]);

  it("reads 'what reason did he give' and 'what motive did he give' as asking why", () => {
    expect(understandQuestion("What reason did Marshal Orlov give for sending troops into the port?").asked).toBe("why");
    expect(understandQuestion("what motive did the officer give for the attack").asked).toBe("why");
  });

  it("leads with the purpose he gave, not the sentence that only names him", () => {
    const answer = ask(index, "What reason did Marshal Orlov give for sending troops into the port city?");
    expect(answer.lead?.text).toContain("task in the port was to disarm");
  });
});

describe("who a speaker is, asked where his next sentence tells more of the question", () => {
  const index = indexOf([
    "envoy.md",
    [
      "# Talks in the hills",
      "",
      "Coastal Weekly · 20 May 1994",
      "",
      "Anton Belov, the capital's envoy for the hill war, said on Friday that the calm was holding better than any before it. Mr Belov said the capital was ready to send most of the monitors for the truce in the hill war.",
    ],
  ]);

  it("leads 'who was the envoy' with the sentence that names him, not the next that inherits his title", () => {
    const answer = ask(index, "Who was the capital's envoy for the truce in the hill war, and what did he say?");
    expect(answer.lead?.text).toContain("Anton Belov, the capital's envoy");
  });
});
