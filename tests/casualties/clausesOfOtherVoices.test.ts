// Who puts a count forward when a clause of the sentence has a voice of its own (issue 7): a side
// reporting in a participial clause, a headline's clause after a semicolon, a relative clause of speech
// about someone the attribution could not place; and a murder told as "fell victim to". Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import type { Claimant } from "../../src/core/types.ts";
import { ctx } from "./helpers.ts";

const claims = (sentence: string, claimant: Claimant = "unattributed", headline = false) =>
  extractCasualties(sentence, { ...ctx(claimant), headline }).map((d) => [d.claimedBy ?? claimant, d.affected, d.killed, d.wounded]);

describe("a side reporting in a participial clause", () => {
  it("gives the count it reports, whoever speaks for the rest of the sentence", () => {
    expect(
      claims(
        "Shelling resumed overnight, with Baku saying its guns had only answered fire and the Karabakh army reporting three soldiers killed.",
        "azerbaijan",
      ),
    ).toEqual([["nagorno-karabakh", "nagorno-karabakh", 3, null]]);
  });
  it("leaves a count with no such clause to the sentence's speaker", () => {
    expect(claims("Shelling resumed overnight, and three soldiers were killed, the ministry said.", "azerbaijan")).toEqual([
      ["azerbaijan", "azerbaijan", 3, null],
    ]);
  });
});

describe("a headline's clause after a semicolon", () => {
  it("is the outlet's when it names no speaker of its own", () => {
    expect(claims("Armenia says its border posts were shelled; two Azerbaijani soldiers killed", "armenia", true)).toEqual([
      ["unattributed", "azerbaijan", 2, null],
    ]);
  });
  it("is the outlet's before the semicolon too, when the speaker comes after it", () => {
    expect(claims("Three Russian airmen killed near the border; Baku calls it a tragic mistake", "azerbaijan", true)).toEqual([
      ["unattributed", "russia", 3, null],
    ]);
  });
  it("keeps a speaker it names itself", () => {
    expect(claims("Heavy shelling on the border; Armenia says two of its soldiers killed", "armenia", true)).toEqual([["armenia", "armenia", 2, null]]);
  });
  it("stays the speaker's in the body of an article", () => {
    expect(claims("Armenia said its border posts were shelled; two Azerbaijani soldiers were killed.", "armenia")).toEqual([
      ["armenia", "azerbaijan", 2, null],
    ]);
  });
});

describe("a relative clause of speech", () => {
  it("is someone's voice the outlet cannot place, so the count is left out", () => {
    expect(
      claims('The deaths were announced on the radio by a regional prosecutor, Ivan Petrov, who said that "three shepherds were killed" near the road.'),
    ).toEqual([]);
  });
});

describe("'fell victim to murder'", () => {
  it("counts the murdered as dead", () => {
    expect(claims('The ministry said two residents of the village had "fallen victim to murder" on Sunday.', "azerbaijan")).toEqual([
      ["azerbaijan", "azerbaijan", 2, null],
    ]);
  });
});

describe("an outlet's sentence opening on the victims the speaker just before gave", () => {
  const readAfter = (sentence: string, speaker: "armenia" | "azerbaijan", earlier?: "armenia" | "azerbaijan") =>
    extractCasualties(sentence, {
      ...ctx("unattributed", speaker),
      ...(earlier ? { earlier: { outcome: "killed" as const, affected: earlier } } : {}),
    }).map((d) => [d.claimedBy ?? "unattributed", d.affected, d.killed, d.wounded]);
  it("gives one more after the dead it named ('A fifth soldier was wounded') to that speaker", () => {
    expect(readAfter("A fifth soldier was wounded in the same attack.", "armenia", "armenia")).toEqual([["armenia", "armenia", null, 1]]);
  });
  it("gives its own dead named in apposition to that speaker", () => {
    expect(readAfter("Two Azerbaijani soldiers, Elvin Guliyev and Rashad Aliyev, were killed.", "azerbaijan")).toEqual([["azerbaijan", "azerbaijan", 2, null]]);
  });
  it("leaves the other side's dead, or a count not opening the sentence, to the outlet", () => {
    expect(readAfter("Two Armenian soldiers, Aram Petrosyan and Levon Hakobyan, were killed.", "azerbaijan")).toEqual([["unattributed", "armenia", 2, null]]);
    expect(readAfter("In March two Azerbaijani soldiers, Elvin Guliyev and Rashad Aliyev, were killed.", "azerbaijan")).toEqual([
      ["unattributed", "azerbaijan", 2, null],
    ]);
    expect(readAfter("A fifth soldier was wounded in the same attack.", "armenia")).toEqual([["unattributed", "unspecified", null, 1]]);
  });
});

describe("a nation's own voices reporting victims", () => {
  it("report their own side's, whoever relays them", () => {
    expect(claims("Azerbaijani media reported two soldiers wounded, a Yerevan news agency said.", "armenia")).toEqual([["armenia", "azerbaijan", null, 2]]);
  });
  it("say nothing of whose victims a count of another's is", () => {
    expect(claims("The agency reported two soldiers wounded, the ministry said.", "armenia")).toEqual([["armenia", "armenia", null, 2]]);
  });
});

describe("estimates named by who made them", () => {
  it("are a third party's when none of the sides made them", () => {
    expect(claims("Independent estimates put the toll of the spring fighting at 400 dead.")).toEqual([["other", "unspecified", 400, null]]);
  });
  it("stay the outlet's summing up when only 'most' of them agree", () => {
    expect(claims("Most estimates put the toll of the spring fighting at 400 dead.")).toEqual([["unattributed", "unspecified", 400, null]]);
  });
});
