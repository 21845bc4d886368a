// Classes met in translated state-TV transcripts and newer reporting: a page's production notes,
// rights activists against the ombudsman's office, a pair of governments just named, and a
// monitoring source line with a comma before its time. Sentences and pages written for this test.
import { describe, expect, it } from "vitest";
import { broadcastSource } from "../../src/core/attribution/broadcastSource.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { sidesOf } from "./readSides.ts";

const claimsOf = (...lines: string[]) => extractArticle(parseArticle({ file: "t.txt", text: lines.join("\n") })).claims;

describe("a transcript's production notes", () => {
  const claims = claimsOf(
    "Evening news transcript",
    "Published 3 May 2024",
    "",
    "PRESENTER: Good evening. The defence ministry says the border was quiet overnight.",
    "",
    "[Video: soldiers at a post on the border, said to be near Sotk]",
    "",
    "(Passage omitted: the minister recalls the talks held in April.)",
    "",
    "PRESENTER: The ministry said the talks would resume next week.",
  );

  it("are nobody's claim, in square brackets or in an editor's parentheses", () => {
    expect(claims.filter((c) => c.sentence.startsWith("[") || c.sentence.startsWith("("))).toEqual([]);
  });

  it("leave the turns around them as they were", () => {
    expect(claims.some((c) => c.sentence.includes("the talks would resume next week"))).toBe(true);
  });
});

describe("rights activists and the ombudsman's office", () => {
  it("gives human rights defenders in a country a third party's side", () => {
    expect(sidesOf("Human rights defenders in Armenia say more prisoners are held than officials admit.")).toEqual(["other"]);
  });

  it("keeps the Human Rights Defender, the ombudsman, a state's", () => {
    expect(sidesOf("Armenia's Human Rights Defender said the shelling had damaged two schools.")).toEqual(["armenia"]);
  });
});

describe("'the two governments' after a pair is named", () => {
  it("means the pair just named, even when it is not the two belligerents", () => {
    expect(
      sidesOf(
        "Armenian Foreign Minister Ararat Mirzoyan and US Secretary of State Marco Rubio met in Washington on Tuesday.",
        "In a joint statement, the two governments said the route would open next year.",
      ).sort(),
    ).toEqual(["armenia", "united-states"]);
  });

  it("still means the two belligerents when they were the ones named", () => {
    expect(
      sidesOf("Aliyev and Pashinyan met in Brussels on Sunday.", "In a joint statement, the two governments said the commissions would meet again.").sort(),
    ).toEqual(["armenia", "azerbaijan"]);
  });
});

describe("a monitoring item's source line", () => {
  it("is read with a comma before its time and a broadcaster's name in brackets", () => {
    expect(broadcastSource("SOURCE: Rossiya 1 (Vesti), Moscow, in Russian, 2000 gmt 14 Mar 24")).toBe("Rossiya 1 (Vesti), Moscow");
  });
});

describe("what one side wants another to say", () => {
  it("is not said by the other side", () => {
    expect(sidesOf("Yerevan still wants Ankara to admit that its drones flew over the border.")).not.toContain("turkey");
  });

  it("is the asking side's word when its verb is one of speech", () => {
    expect(sidesOf("Washington urged Baku to confirm that the talks would resume.")).toEqual(["united-states"]);
  });

  it("leaves a side's own wish to speak its own", () => {
    expect(sidesOf("The Armenian foreign ministry said it wanted to stress that the talks would go on.")).toEqual(["armenia"]);
  });
});

describe("a national campaign against landmines", () => {
  it("is a campaigners' group, a third party, though a country's name opens it", () => {
    expect(sidesOf("A spokesman for the Armenia Campaign Against Landmines said two deminers had been hurt.")).toEqual(["other"]);
  });
});

describe("a commission named once in full", () => {
  it("speaks for its state when the text calls it 'the commission' afterwards", () => {
    expect(
      sidesOf("Armenia's State Commission on the crash has given its latest figures.", "According to the commission, nine people were hurt in the fire."),
    ).toEqual(["armenia"]);
  });

  it("speaks when it has given figures", () => {
    expect(sidesOf("Armenia's State Commission on the crash has given its latest figures.")).toEqual(["armenia"]);
  });
});

describe("Iran's provinces on the Aras", () => {
  it("give a county governor there Iran's side, not Azerbaijan's", () => {
    expect(sidesOf("Reza Karimi, the governor of Jolfa county in East Azarbaijan province, said two rockets had landed near the river.")).toEqual(["iran"]);
  });
});

describe("Armenians speaking in Karabakh", () => {
  it("are Karabakh's when a Karabakh place opens the sentence", () => {
    expect(sidesOf("In Stepanakert, the enclave's main town, local Armenian officials said the shelling had stopped at dawn.")).toEqual(["nagorno-karabakh"]);
  });

  it("leave Armenia's own state Armenia's there, and Armenians in Yerevan Armenia's", () => {
    expect(sidesOf("In Stepanakert, Armenia's foreign minister said the talks would go on.")).toEqual(["armenia"]);
    expect(sidesOf("In Yerevan, Armenian officials said the border was calm.")).toEqual(["armenia"]);
  });
});

describe("a speaker's label that says where the words were said", () => {
  it("reads 'Pashinyan in a video address: …' as his words", () => {
    expect(sidesOf("Pashinyan in a video address: Armenian troops are not on Karabakh's territory.")).toEqual(["armenia"]);
  });

  it("leaves a place's kicker label alone", () => {
    expect(sidesOf("Armenia in brief: prices rose again in March.")).toEqual([]);
  });
});

describe("an interview that introduces its guest before the outlet they spoke to", () => {
  const interview = (intro: string) =>
    claimsOf(
      "Interview: 'The road must stay open'",
      "",
      intro,
      "",
      "Kavkaz Review: Who fired first?",
      "",
      "Tovmasyan: The Azerbaijani army opened fire at dawn, and our posts answered.",
    ).at(-1);

  it("reads the answers as the side the role between commas names, not the outlet after 'spoke to'", () => {
    const intro = "Narek Tovmasyan, the Karabakh ombudsman, spoke to Kavkaz Review in Stepanakert.";
    expect(interview(intro)?.side).toBe("nagorno-karabakh");
  });

  it("still reads a guest introduced as a correspondent as a third party", () => {
    const intro = "Narek Tovmasyan, a correspondent of Kavkaz Review, spoke to us from Stepanakert.";
    expect(interview(intro)?.side).toBe("other");
  });
});
