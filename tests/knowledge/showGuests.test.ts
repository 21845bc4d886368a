// Broadcast transcripts whose speakers are labelled by one name: the show's head, its front matter
// or its presenter introduces each guest with the side they speak for; the presenter's own report
// before a question keeps its speakers. Pages written for these tests.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function read(file: string, lines: string[]) {
  const article = parseArticle({ file, text: lines.join("\n") });
  const knowledge = extractArticle(article);
  const sidesOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
  return { article, sidesOf };
}

describe("a radio programme whose front matter lists its presenter and guests", () => {
  const { article, sidesOf } = read("evening-hour.md", [
    "---",
    'title: "Evening Hour: the siege of the mountain villages"',
    "programme: Evening Hour (Northern Radio)",
    "broadcast: 1993-04-07",
    "presenter: Julia Marsh",
    "guests:",
    "  - Elnur Qasimov, Azerbaijani embassy in Paris",
    "  - Karen Avagyan, spokesman of the Karabakh self-defence committee",
    "  - Tom Hale, a freelance photographer",
    "---",
    "",
    "**MARSH:** Good evening. Baku says its villages near the pass were shelled for three days. Mr Qasimov, what do you know?",
    "",
    "**QASIMOV:** The villages were shelled from the heights every night. Our people had to leave on foot.",
    "",
    "**MARSH:** Mr Avagyan, is that true?",
    "",
    "**AVAGYAN:** Our units only answered fire from those villages. Nobody targeted civilians.",
    "",
    "**MARSH:** Tom Hale, you were there last month?",
    "",
    "**HALE:** The road was full of families with carts. Most of the houses I saw had lost their roofs.",
  ]);
  it("reads the network, the air date and a transcript's genre from the page", () => {
    expect(article.meta.outlet).toBe("Northern Radio");
    expect(article.meta.published).toBe("1993-04-07");
    expect(article.meta.genre).toBe("transcript");
  });
  it("gives each guest's answers the side the cast list names, and a reporter's to a third party", () => {
    expect(sidesOf("shelled from the heights")).toEqual(["azerbaijan"]);
    expect(sidesOf("Our units only answered fire")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("full of families with carts")).toEqual(["other"]);
  });
  it("keeps the speaker the presenter reports before asking, and claims nothing for the question", () => {
    expect(sidesOf("Baku says its villages")).toEqual(["azerbaijan"]);
    expect(sidesOf("is that true")).toEqual([]);
  });
});

describe("a television interview whose guest shares a surname with a known official", () => {
  const { sidesOf } = read("interview.txt", [
    "Border fighting: an officer's account",
    "Frontline Tonight · 9 June 2014 · Transcript · Interviewer: Anna Lind",
    "",
    "We spoke to Colonel Ruben Hovhannisyan, deputy commander of the Karabakh Defence Army, by telephone from Stepanakert.",
    "",
    "LIND: Azerbaijan's defence ministry says your troops attacked first. What happened?",
    "",
    "HOVHANNISYAN: A reconnaissance group crossed the line at night and was driven back by our posts.",
    "",
    "LIND: Were there losses on your side?",
    "",
    "HOVHANNISYAN: None of our soldiers was hurt in the fighting.",
  ]);
  it("takes the side from the page's introduction, not from the other man of that name", () => {
    expect(sidesOf("reconnaissance group crossed the line")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("None of our soldiers was hurt")).toEqual(["nagorno-karabakh"]);
  });
  it("gives the interviewer's report of the other side to that side", () => {
    expect(sidesOf("says your troops attacked first")).toEqual(["azerbaijan"]);
  });
});

describe("a briefing whose speaker is introduced only by a post in the ministry the head names", () => {
  const { article, sidesOf } = read("briefing.txt", [
    "BRIEFING TRANSCRIPT",
    "Ministry of Foreign Affairs of Armenia, Yerevan -- 3 March 2011, 11:00 Yerevan time",
    "Weekly briefing on the negotiations",
    "Speaker: Lilit Arakelyan, head of the ministry's press service",
    "Questions are identified by the journalist's outlet.",
    "",
    "ARAKELYAN: Good morning. The ministers will meet again in Sochi next week. Yerevan remains committed to the Madrid principles.",
    "",
    "QUESTION (Mediamax): Baku says the talks are going nowhere. Your comment?",
    "",
    "ARAKELYAN: The talks have produced a common text on several points. I am ready for questions on the rest of the agenda.",
    "",
    "[END OF TRANSCRIPT]",
  ]);
  it("takes the headline under the venue and date line as the title, and no outlet from the genre label", () => {
    expect(article.meta.title).toBe("Weekly briefing on the negotiations");
    expect(article.meta.outlet).toBeNull();
    expect(article.meta.published).toBe("2011-03-03");
  });
  it("gives the speaker's answers to the ministry's side", () => {
    expect(sidesOf("will meet again in Sochi")).toEqual(["armenia"]);
    expect(sidesOf("produced a common text")).toEqual(["armenia"]);
  });
  it("takes no claim from the head's fields or a remark about the briefing itself", () => {
    expect(sidesOf("Speaker:")).toEqual([]);
    expect(sidesOf("I am ready for questions")).toEqual([]);
  });
});

describe("a podcast whose hosts are labelled by their first names", () => {
  const { article, sidesOf } = read("podcast.txt", [
    "STEPPE VOICES -- a podcast about the Caucasus and Central Asia",
    'Episode 41: "A shooting at the border post"',
    "Released: 3 May 2021",
    "Hosts: Ella Brandt, Sam Ruiz. Guest: Dr Nino Kapanadze, researcher on regional security (Tbilisi)",
    "",
    "[12:02] ELLA: Sam, what do we know?",
    "",
    "[12:05] SAM: Armenia's defence ministry said one of its soldiers was wounded by sniper fire on Tuesday.",
    "",
    "[12:30] ELLA: Nino, how do you read it?",
    "",
    "[12:34] NINO: Both armies keep their positions far too close to each other. Incidents like this will go on until the line is agreed.",
    "",
    "Steppe Voices is an independent production. Transcripts are generated automatically and may contain errors.",
  ]);
  it("takes the show for the outlet and the quoted episode title for the title", () => {
    expect(article.meta.outlet).toBe("Steppe Voices");
    expect(article.meta.title).toBe("A shooting at the border post");
  });
  it("keeps the speakers a host reports, and gives the guest's reading to a third party", () => {
    expect(sidesOf("one of its soldiers was wounded")).toEqual(["armenia"]);
    expect(sidesOf("keep their positions far too close")).toEqual(["other"]);
  });
  it("takes no claim from the head's fields or the show's credits", () => {
    expect(sidesOf("Hosts:")).toEqual([]);
    expect(sidesOf("independent production")).toEqual([]);
    expect(article.passages.some((p) => p.text.includes("may contain errors"))).toBe(false);
  });
});

describe("a briefing by a mediating body whose members the head lists with their states", () => {
  const { sidesOf } = read("cochairs.txt", [
    "Briefing by the Three Co-Chairs on the Geneva Talks",
    "Ambassador Paul Renard, France; Ambassador Mark Doyle, United States; Ambassador Oleg Sokolov, Russian Federation",
    "Geneva, 14 June 2006",
    "",
    "MR. RENARD: The presidents worked with us in a serious way for two days.",
    "",
    "QUESTION: Did they agree on the corridor?",
    "",
    "MR. SOKOLOV: Both delegations negotiated in good faith, and we will meet again in July.",
    "",
    "QUESTION: Will there be a summit?",
    "",
    "MR. DOYLE: The co-chairs will prepare a new proposal before the summer.",
  ]);
  it("gives every member's answers to the mediation, not to the state that sent him", () => {
    expect(sidesOf("worked with us in a serious way")).toEqual(["osce-minsk-group"]);
    expect(sidesOf("negotiated in good faith")).toEqual(["osce-minsk-group"]);
    expect(sidesOf("prepare a new proposal")).toEqual(["osce-minsk-group"]);
  });
});

describe("an interview whose later questions report what the sides say", () => {
  const { sidesOf } = read("studio.txt", [
    "Border monitors: the mission chief",
    "Evening Desk · 20 October 2022 · Interviewer: Mari Koskinen",
    "",
    "KOSKINEN: Good evening. The first monitors began work on Monday. Baku says the mission is one-sided. With me is Karl Weber, head of the monitoring mission. Mr Weber, what will you do?",
    "",
    "WEBER: We will patrol the border every day and report what we see.",
    "",
    "KOSKINEN: Armenia says the September fighting was an invasion. President Aliyev, some say, disagrees. Who do you believe?",
    "",
    "WEBER: We do not take sides. Our job is to observe.",
  ]);
  it("keeps the opening's report, and takes a later question's premise for no one's claim", () => {
    expect(sidesOf("Baku says the mission is one-sided")).toEqual(["azerbaijan"]);
    expect(sidesOf("Armenia says the September fighting")).toEqual([]);
  });
  it("gives the guest introduced with a mediating role to the mediation, not to a name in a question", () => {
    expect(sidesOf("patrol the border every day")).not.toContain("azerbaijan");
    expect(sidesOf("We do not take sides")).not.toContain("azerbaijan");
  });
});

describe("an agency's interview with a state's rights ombudsman, whose office has 'human rights' in its name", () => {
  const { sidesOf } = read("ombudsman-interview.md", [
    "# INTERVIEW | The ombudsman: 'Every shelter is full'",
    "",
    "Lusine Harutyunyan, the Human Rights Defender of the unrecognised Karabakh republic, answered our questions by telephone from Martuni on 3 March.",
    "",
    "**DESK: How many people have left their homes?**",
    "",
    "**Harutyunyan:** We counted about 3,000 people who left the border villages in two days. Every shelter in Martuni is full.",
    "",
    "**DESK: And the wounded?**",
    "",
    "**Harutyunyan:** Six civilians were wounded by shellfire, two of them seriously.",
  ]);
  it("gives the ombudsman's answers her state's side, not a rights campaigner's", () => {
    expect(sidesOf("about 3,000 people who left")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Six civilians were wounded")).toEqual(["nagorno-karabakh"]);
  });
});

describe("an interview with a campaigner who defends human rights", () => {
  const { sidesOf } = read("campaigner-interview.md", [
    "# Q&A: a campaigner on the detained men",
    "",
    "Narine Poghosyan, a human rights defender who follows the trials in Baku, spoke to us from Yerevan.",
    "",
    "**DESK: What do the families know?**",
    "",
    "**Poghosyan:** The families have not heard from the men since their arrest in the summer.",
  ]);
  it("leaves a campaigner named by her work a third party", () => {
    expect(sidesOf("have not heard from the men")).toEqual(["other"]);
  });
});
