// Where a briefing's or a press conference's last answer ends: at the outlet's own "Context" box, at a
// rule, at a stage note closing the exchange. What the page adds there is its own reporting, whose
// sentences keep the speakers they name. Pages written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const claimsOf = (file: string, ...lines: string[]) => extractArticle(parseArticle({ file, text: lines.join("\n") })).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, words: string) => claims.filter((c) => c.sentence.includes(words)).map((c) => c.side);

describe("the outlet's background box under a briefing", () => {
  const briefing = [
    "Transcript: the State Department on the border talks",
    "",
    "Briefing by State Department spokesman Matthew Miller, 4 March 2024 (excerpts).",
    "",
    "QUESTION: Are the two sides still talking about the border?",
    "",
    "MR MILLER: We continue to believe that a durable peace is within reach, and we have urged both governments to keep talking.",
    "",
    "QUESTION: Will the Secretary travel to the region?",
    "",
    "MR MILLER: I have no travel to announce today, but we remain closely engaged with both capitals.",
    "",
  ];

  it("is not the spokesman's answer after a heading", () => {
    const claims = claimsOf(
      "ctx.md",
      ...briefing,
      "## Background",
      "",
      "Azerbaijan's Foreign Ministry said on Monday that Armenian forces had fired on its positions near Kalbajar.",
      "",
      "Armenia's Defence Ministry denied the report and said its troops had not opened fire.",
    );
    expect(sideOf(claims, "durable peace")).toEqual(["united-states"]);
    expect(sideOf(claims, "fired on its positions")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "had not opened fire")).toEqual(["armenia"]);
  });

  it("is not the spokesman's answer after a stage note and a rule, with no heading", () => {
    const claims = claimsOf(
      "rule.txt",
      ...briefing,
      "[The briefing continued on other topics.]",
      "",
      "----------------------------------------",
      "",
      "Azerbaijan's Foreign Ministry said on Monday that Armenian forces had fired on its positions near Kalbajar.",
    );
    expect(sideOf(claims, "no travel to announce")).not.toContain("azerbaijan");
    expect(sideOf(claims, "fired on its positions")).toEqual(["azerbaijan"]);
  });

  it("leaves a question set as a heading over its answer asked", () => {
    const claims = claimsOf(
      "asked.md",
      "# Interview: the foreign minister on the talks",
      "",
      "Q: Minister, will the talks resume?",
      "",
      "MIRZOYAN: We are ready to resume them at any moment, and we have said so to our partners.",
      "",
      "Q: And the peace treaty?",
      "",
      "MIRZOYAN: The text is almost agreed, and we expect Baku to sign it this year.",
      "",
      "## Is the border quiet now?",
      "",
      "It is quieter, but Azerbaijani forces fired on Sotk again on Sunday night.",
    );
    expect(sideOf(claims, "fired on Sotk")).toEqual(["armenia"]);
  });
});

describe("a reporter's follow-up", () => {
  it("asks, under its own label, and claims nothing", () => {
    const claims = claimsOf(
      "followup.txt",
      "Weekly briefing by the spokeswoman of the Russian Foreign Ministry",
      "",
      "Question: Who is responsible for the closure of the road?",
      "",
      "Zakharova: The situation is a consequence of decisions taken in Prague, and the peacekeepers are not to blame for it.",
      "",
      "Follow-up: So Moscow says Yerevan is to blame for the closure of the road?",
      "",
      "Zakharova: I have already answered that question, and our position has not changed.",
    );
    expect(claims.filter((c) => c.sentence.includes("Follow-up"))).toEqual([]);
  });
});

describe("a readout printed as issued, before the leaders' statements", () => {
  const claims = claimsOf(
    "readout.md",
    "# Talks in Moscow: readout and statements",
    "",
    "The three leaders met in the Kremlin on Monday. Below we publish the readout, then the leaders' statements to the press.",
    "",
    "## 1. Kremlin readout (as issued)",
    "",
    "The meeting took place at the initiative of the Russian side. The participants agreed to set up a working group on transport links.",
    "",
    "## 2. Statements for the press",
    "",
    "Vladimir Putin: I would like to thank my colleagues for coming to Moscow, and I am sure the agreement will benefit both nations.",
    "",
    "Ilham Aliyev: The statement of November is being implemented successfully, and many of its items have been fulfilled.",
    "",
    "## 3. Our notes",
    "",
    "Armenia's government said later that the prisoners of war had not been returned.",
  );

  it("is the body's account, every sentence of it", () => {
    expect(sideOf(claims, "initiative of the Russian side")).toEqual(["russia"]);
    expect(sideOf(claims, "working group on transport links")).toEqual(["russia"]);
  });

  it("leaves the statements to their speakers and the page's notes to theirs", () => {
    expect(sideOf(claims, "implemented successfully")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "had not been returned")).toEqual(["armenia"]);
  });
});

describe("a digest of statements in turn, speakers in capitals", () => {
  const claims = claimsOf(
    "digest.txt",
    "TALKS NOTEBOOK: WHO SAID WHAT ON THE FIRST DAY",
    "",
    "By our correspondent, Geneva",
    "",
    "--- Monday, opening statements ---",
    "",
    "SECRETARY OF STATE JOHN KERRY: We are here to help the two presidents find a settlement. I have met each of them separately this morning.",
    "",
    "PRESIDENT SARGSYAN: I came here to work for peace. Armenia is ready to continue the talks.",
    "",
    "Kerry noted that the two presidents had met five times this year.",
    "",
    "--- Tuesday, the mediators' briefing ---",
    "",
    "The co-chairs, Ambassador Pierre Andrieu of France, Ambassador Igor Popov of Russia and Ambassador James Warlick, said they had met both delegations.",
    "",
    "POPOV: I agree with my colleague. The atmosphere of the talks was constructive.",
    "",
    "ANDRIEU: The presidents are ready to make progress, and we will meet them again in June.",
  );

  it("gives each turn, all its sentences, to its speaker", () => {
    expect(sideOf(claims, "met each of them separately")).toEqual(["united-states"]);
    expect(sideOf(claims, "ready to continue the talks")).toEqual(["armenia"]);
  });

  it("gives the mediators listed under the co-chairs the mediation's side, not their states'", () => {
    expect(sideOf(claims, "atmosphere of the talks was constructive")).toEqual(["osce-minsk-group"]);
    expect(sideOf(claims, "ready to make progress")).toEqual(["osce-minsk-group"]);
  });

  it("reads the page's own account of a speaker as its reporting, not the last speaker's turn", () => {
    expect(sideOf(claims, "had met five times this year")).toEqual(["united-states"]);
    expect(claims.filter((c) => c.sentence.includes("Monday, opening statements"))).toEqual([]);
  });
});

describe("a speech printed in excerpts set as quotations", () => {
  const claims = claimsOf(
    "speech.md",
    "# Aliyev's address to the nation: the key passages",
    "",
    "President Ilham Aliyev spoke on television on Sunday evening. The passages below are from the delivered text; the notes between them are ours.",
    "",
    "**On the border**",
    "",
    "> Armenian armed forces once again fired on our positions in the Kalbajar direction. Our army gave a fitting answer.",
    "",
    "He said two servicemen had been wounded in the night.",
    "",
    "**On the talks**",
    "",
    "> We are ready to sign a peace treaty, but the other side must recognise our territorial integrity.",
    "",
    "Armenia's Foreign Ministry said on Monday that the speech contained threats against its territory.",
  );

  it("gives each excerpt, every sentence, to the speaker the title names", () => {
    expect(sideOf(claims, "fired on our positions")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "gave a fitting answer")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "must recognise our territorial integrity")).toEqual(["azerbaijan"]);
  });

  it("leaves the page's own notes their own speakers", () => {
    expect(sideOf(claims, "contained threats")).toEqual(["armenia"]);
  });
});

describe("a spokesman steering the briefing", () => {
  const claims = claimsOf(
    "floor.txt",
    "Daily press briefing by the Spokesperson for the Secretary-General (excerpts)",
    "",
    "SPOKESPERSON: Good morning. I would like to start with a few notes on the situation in the South Caucasus.",
    "",
    "Our team in Goris has handed out 5,000 hygiene kits to the refugees arriving from Karabakh.",
    "",
    "QUESTION: Will the UN send a mission?",
    "",
    "SPOKESPERSON: I want to be very clear on this point. No mission has been agreed yet, and talks with Baku continue.",
  );

  it("announces what is coming and claims nothing", () => {
    expect(claims.filter((c) => /a few notes on|clear on this point/.test(c.sentence))).toEqual([]);
  });

  it("still claims what comes after", () => {
    expect(claims.some((c) => c.sentence.includes("No mission has been agreed yet"))).toBe(true);
  });
});

describe("a story about a speech that quotes others in block quotes", () => {
  it("leaves each quotation its own speaker", () => {
    const claims = claimsOf(
      "reaction.md",
      "# Aliyev's speech angers Yerevan",
      "",
      "President Ilham Aliyev spoke in Shusha on Sunday. Armenian officials answered within hours.",
      "",
      "> The Armenian Foreign Ministry said the speech contained direct threats against Armenia's territory.",
      "",
      "> Armenia's ombudsman said the remarks were an incitement to hatred.",
    );
    expect(sideOf(claims, "contained direct threats")).toEqual(["armenia"]);
  });
});
