// Figures a speaker relays in a transcript's answers: whose claim each is. Small transcripts written for
// these tests, read through the whole pipeline (ingest → attribution → casualties).
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function figures(...lines: string[]) {
  const knowledge = extractArticle(parseArticle({ file: "t.txt", text: lines.join("\n") }));
  return knowledge.casualties.map((f) => [f.claimedBy, f.affected, f.killed, f.wounded]);
}

describe("a figure relayed in a speaker's answer", () => {
  it("is a third party's own claim when a third party's spokesperson relays the sides' counts", () => {
    expect(
      figures(
        "Transcript of the weekly briefing by Foreign Ministry Spokesperson Maria Zakharova",
        "",
        "Maria Zakharova: Good afternoon. We are following the situation on the line of contact closely.",
        "",
        "Question (Armenpress): What do you know about the losses?",
        "",
        "Maria Zakharova: Baku has announced nine of its servicemen killed, and the Armenian side has reported four dead.",
      ),
    ).toEqual([
      ["russia", "azerbaijan", 9, null],
      ["russia", "armenia", 4, null],
    ]);
  });

  it("is the speaker's when it relays a body of its own camp, and stays the enemy's when it relays the enemy", () => {
    const read = figures(
      "Transcript of the press conference of Foreign Minister Ararat Mirzoyan",
      "",
      "Ararat Mirzoyan: Good afternoon. I will say a few words about the situation in Artsakh.",
      "",
      "Question (Public Radio): How many were killed in the attack?",
      "",
      "Ararat Mirzoyan: According to the Artsakh Defence Army, six of its soldiers were killed in the attack.",
      "",
      "Question (Trend): And Baku's figures?",
      "",
      "Ararat Mirzoyan: The Azerbaijani defence ministry says two of its servicemen died, and we have no reason to comment on that.",
    );
    expect(read).toContainEqual(["armenia", "nagorno-karabakh", 6, null]);
    expect(read).toContainEqual(["azerbaijan", "azerbaijan", 2, null]);
  });
});
