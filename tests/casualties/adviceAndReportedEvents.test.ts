import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("advice on how to handle figures", () => {
  it("reads no figure in counts a reader is told how to record or compare", () => {
    expect(
      read(
        "Volunteers entering hospital data should log the date of each count and avoid mixing the 75 first admissions with the 40 injuries the police counted.",
      ),
    ).toEqual([]);
    expect(read("Editors must not compare the 30 deaths counted by the army with the 45 in the hospital registers.")).toEqual([]);
  });
  it("still reads what the advice says happened, after 'that'", () => {
    expect(read("Readers should note that 12 people were killed in the first strike.")).toEqual([["unspecified", 12, null]]);
  });
  it("still reads deaths told in a clause after the advice", () => {
    expect(read("The ministry said it must avoid new losses after nine soldiers were killed.", "armenia")).toEqual([["armenia", 9, null]]);
    expect(read("The ministry said it must avoid new losses, after nine soldiers were killed.", "armenia")).toEqual([["armenia", 9, null]]);
  });
});

describe("an event described as the most reported", () => {
  it("reads the victims of 'the most widely reported incident' as the outlet's own figure", () => {
    expect(read("The best documented attack came on 3 May, when two teachers and a driver were killed by a shell.")).toEqual([["unspecified", 3, null]]);
    expect(read("The most widely reported attack came on 3 May, when two teachers and a driver were killed by a shell.")).toEqual([["unspecified", 3, null]]);
  });
  it("still gives no record for a count a speaker it cannot place reported", () => {
    expect(read("The prosecutors first reported that two teachers and a driver were killed by a shell.")).toEqual([]);
    expect(read("Local reporters often reported that two teachers were killed by a shell.")).toEqual([]);
  });
});

describe("a book's copy", () => {
  it("gives a toll the publisher's copy names to a third party, not to the reviewing outlet", () => {
    expect(
      extractCasualties("The publisher's blurb calls it the bloodiest war of the decade, one that cost 15,000 lives.", ctx("unattributed")).map((d) => [
        d.claimedBy,
        d.killed,
      ]),
    ).toEqual([["other", 15000]]);
    expect(extractCasualties("The jacket copy mentions some 8,000 dead in the mountain war.", ctx("unattributed")).map((d) => [d.claimedBy, d.killed])).toEqual(
      [["other", 8000]],
    );
  });
  it("still reads the reviewer's own toll as the outlet's", () => {
    expect(
      extractCasualties("The war cost some 8,000 lives, the summary reminds us.", ctx("unattributed")).map((d) => [d.claimedBy ?? "unattributed", d.killed]),
    ).toEqual([["unattributed", 8000]]);
  });
});

describe("a figure a body gave, set off by a comma", () => {
  const claimed = (sentence: string) => extractCasualties(sentence, ctx("unattributed")).map((d) => [d.claimedBy ?? "unattributed", d.affected, d.killed]);
  it("gives 'released its first figure, N killed' to the body that released it, after a date", () => {
    expect(claimed("In March the Armenian defence ministry released its first figure, 1,400 servicemen killed.")).toEqual([["armenia", "armenia", 1400]]);
    expect(claimed("On 3 May the Armenian defence ministry gave a figure of 12 dead.")).toEqual([["armenia", "armenia", 12]]);
  });
  it("still leaves a figure the body's words do not give, after a comma, the outlet's", () => {
    expect(claimed("The ministry released a new figure, saying 12 soldiers were killed.")).toEqual([["unattributed", "unspecified", 12]]);
  });
});

describe("Armenia counting the victims of an event in Karabakh", () => {
  it("gives people Armenia counts to Karabakh when the article's figures so far were Karabakh's", () => {
    const onKarabakhGround = { ...ctx("armenia"), articleGround: "nagorno-karabakh" as const };
    expect(extractCasualties("Armenia's prosecutors said the blast had killed 90 people.", onKarabakhGround).map((d) => d.affected)).toEqual([
      "nagorno-karabakh",
    ]);
  });
  it("still gives Armenia its own soldiers, and its people on no such ground", () => {
    const onKarabakhGround = { ...ctx("armenia"), articleGround: "nagorno-karabakh" as const };
    expect(extractCasualties("The ministry said four of its soldiers were killed.", onKarabakhGround).map((d) => d.affected)).toEqual(["armenia"]);
    expect(extractCasualties("Armenia's prosecutors said the blast had killed 90 people.", ctx("armenia")).map((d) => d.affected)).toEqual(["armenia"]);
  });
});

describe("Armenia's own side named after the victims", () => {
  it("keeps 'died on their side' Armenia's, whatever ground the article stands on", () => {
    const onKarabakhGround = { ...ctx("armenia"), articleGround: "nagorno-karabakh" as const };
    expect(extractCasualties("Armenian officials say nine civilians have died on their side.", onKarabakhGround).map((d) => d.affected)).toEqual(["armenia"]);
  });
});
