// Lead classes met on unseen sets, each on a small article of our own: a side's reaction asked for
// when the outlet's account of the event holds the question's words, a monitoring item's source
// line, a fine or a price asked for beside a death toll, a reason stated before a "therefore", what
// a resolution demands, and a total asked for without "how many".
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("'how did Ankara react': the side's word, not the outlet's account of the event", () => {
  const index = indexOf([
    "ban.txt",
    [
      "Paris bans nationalist youth group",
      "Lowland Press · 5 March 2021",
      "",
      "The French government on Thursday banned a Turkish nationalist youth group after slogans were painted on an Armenian church near Marseille.",
      "",
      "Turkey's foreign ministry answered the same evening. It said the ban was an attack on the freedom of association of Turks living in France.",
    ],
  ]);

  it("leads with Turkey's statement", () => {
    const lead = ask(index, "How did Turkey react when France banned the youth group?").lead;
    expect(lead?.text).toContain("attack on the freedom of association");
    expect(lead?.side).toBe("turkey");
  });
});

describe("a monitoring item's source line", () => {
  const index = indexOf([
    "digest.txt",
    [
      "SUMMARY OF BROADCASTS: TRANSCAUCASUS",
      "Published 4 March 1992",
      "",
      "Officials report heavy losses in Agdam district",
      "",
      "Source: Azerbaijani Radio, Baku, in Azeri 1500 gmt 3 Mar 92",
      "",
      "The district's head of administration said that 42 residents of Agdam district had been killed in the shelling since Sunday.",
    ],
  ]);

  it("never leads: the sentence that tells the toll does", () => {
    expect(ask(index, "agdam losses according to azerbaijani radio").lead?.text).toContain("42 residents");
  });

  it("is no opening of the section its headline heads", () => {
    const lead = ask(index, "Agdam heavy losses reported by officials").lead?.text ?? "";
    expect(lead).not.toMatch(/^Source:/);
    expect(lead).toMatch(/losses|42 residents/);
  });
});

describe("a fine asked for beside a death toll", () => {
  const index = indexOf([
    "club.txt",
    [
      "Football body punishes club official",
      "Lowland Press · 9 December 2020",
      "",
      "Azerbaijan's defence ministry said 12 servicemen who had played for the club were killed in the war.",
      "",
      "European football's governing body banned the media officer for life over a post calling for violence, and fined the club 100,000 euros.",
    ],
  ]);

  it("reads 'how much was the club fined' as no question about losses", () => {
    expect(understandQuestion("How much was the club fined?").notCasualties).toBe(true);
  });

  it("leads with the fine", () => {
    expect(ask(index, "How much was the club fined?").lead?.text).toContain("fined the club 100,000 euros");
  });
});

describe("a reason stated before a 'therefore'", () => {
  const index = indexOf([
    "assembly.txt",
    [
      "Assembly text on delegation credentials",
      "Lowland Press · 24 January 2024",
      "",
      "The delegation has not met the commitments it made on joining, and the rapporteurs were refused entry to observe the vote.",
      "",
      "The Assembly therefore decides not to ratify the credentials of the delegation.",
    ],
  ]);

  it("leads with the reason, not with the decision restated", () => {
    expect(ask(index, "Why did the Assembly refuse to ratify the delegation's credentials?").lead?.text).toContain("has not met the commitments");
  });
});

describe("what a resolution demands", () => {
  const index = indexOf([
    "council.txt",
    [
      "Council adopts resolution on the conflict",
      "Lowland Press · 30 April 1993",
      "",
      "Diplomats said resolution 822 was adopted on Friday by all fifteen members of the Security Council after two weeks of talks.",
      "",
      "The resolution demands an immediate end to all hostilities and the withdrawal of all occupying forces from the Kelbajar district.",
    ],
  ]);

  it("leads with the demand", () => {
    expect(ask(index, "What does resolution 822 demand?").lead?.text).toContain("demands an immediate end");
  });
});

describe("a total asked for without 'how many'", () => {
  it("reads 'mine victims … total' as a figure question", () => {
    expect(understandQuestion("landmine victims in azerbaijan since the war total").asked).toBe("figure");
  });
});

describe("'which officer died': the name in the same paragraph as the account", () => {
  const index = indexOf([
    "patrol.txt",
    [
      "Patrol vehicle fired on near Martuni",
      "Lowland Press · 3 June 2022",
      "",
      "The peacekeeping command said a patrol vehicle returning from a post near Martuni had come under fire and that nobody on board had survived. Among the dead was the battalion's chief of staff, Major Pavel Sorokin.",
    ],
  ]);

  it("leads with the sentence that names him", () => {
    expect(ask(index, "Which officer died when the patrol vehicle came under fire?").lead?.text).toContain("Major Pavel Sorokin");
  });
});

describe("a numbered resolution whose reason stands in the paragraph before the decision", () => {
  const index = indexOf([
    "resolution.txt",
    [
      "Assembly resolution on the delegation",
      "Lowland Press · 25 January 2024",
      "",
      "8. The Assembly notes the report of its monitoring committee.",
      "",
      "9. The Assembly regrets that its observers were refused visas for the parliamentary election.",
      "",
      "12. The Assembly therefore decides not to ratify the credentials of the delegation.",
    ],
  ]);

  it("leads with the paragraph before, not with the paragraph's number", () => {
    expect(ask(index, "Why did the Assembly refuse to ratify the delegation's credentials?").lead?.text).toContain("observers were refused visas");
  });
});

describe("'how did Yerevan respond': the side's word paragraphs after the report of what it responds to", () => {
  const index = indexOf([
    "council.txt",
    [
      "Council demands withdrawal from Fizuli",
      "Lowland Press · 24 August 1993",
      "",
      "The Security Council on Monday adopted resolution 874, condemning the seizure of the Fizuli district and demanding the withdrawal of the forces involved.",
      "",
      "Diplomats in New York said the vote had been delayed twice by arguments over the wording.",
      "",
      "Refugees from the district were arriving in Horadiz and Imishli, local officials said.",
      "",
      ...Array.from({ length: 10 }, (_, i) => [
        `Council members discussed resolution 874 again in meeting ${i + 1}, diplomats said, without a new text.`,
        "",
      ]).flat(),
      "In Yerevan, the foreign ministry said that no unit of its army was fighting on the other side of the border and that the offensive was the work of local self-defence units.",
    ],
  ]);

  it("leads with Armenia's statement, not with the Council's resolution", () => {
    const lead = ask(index, "How did Armenia respond to resolution 874?").lead;
    expect(lead?.text).toContain("no unit of its army");
    expect(lead?.side).toBe("armenia");
  });
});

describe("'why did Azerbaijan's border guards fire': the side's own cause, not its report of the result", () => {
  const index = indexOf([
    "post.txt",
    [
      "Border guards destroy post near Sotk",
      "Lowland Press · 14 February 2024",
      "",
      "Two Armenian soldiers were killed on Tuesday when Azerbaijani border guards fired on an army post near Sotk, Armenia's defence ministry said.",
      "",
      'The Armenian combat post near Sotk "was completely destroyed", Azerbaijan\'s State Border Service said.',
      "",
      'In a statement carried by state media, the border service said its units had carried out a "revenge operation" in response to the wounding of one of its servicemen the day before.',
    ],
  ]);

  it("leads with the side's sentence giving the cause", () => {
    const answer = ask(index, "Why did Azerbaijan's border guards attack the post near Sotk?");
    expect(answer.lead?.text).toContain("revenge operation");
    expect(answer.lead?.side).toBe("azerbaijan");
  });
});

describe("'why did Armenia suspend relations': 'since' as an adverb of time gives no cause", () => {
  const index = indexOf([
    "pardon.txt",
    [
      "Yerevan suspends ties with Budapest",
      "Lowland Press · 1 September 2012",
      "",
      "President Serzh Sargsyan announced that Armenia was suspending diplomatic relations and all official contacts with Hungary, after the transfer of a convicted officer to Baku.",
      "",
      "Armenian officials have since argued that the pardon raises doubts about the talks.",
    ],
  ]);

  it("keeps the side's announcement as the lead", () => {
    const answer = ask(index, "Why did Armenia break off relations with Hungary in 2012?");
    expect(answer.lead?.text).toContain("suspending diplomatic relations");
  });
});
