// Two readings from a campus radio show (issue 7): a guest from the station's own newsroom reports
// what officials said, so each relayed claim keeps its official's side and her own telling is no
// party's claim; and "X agreed: "…," he said." is X speaking, not whoever spoke before.
import { describe, expect, it } from "vitest";
import { extractLines, readSentences } from "./readSides.ts";

const show = (guestRole: string) =>
  extractLines(
    "WAVES RADIO · Weekly Show",
    "",
    "# Our news editor on the Brussels talks",
    "",
    `Every week host Tomas Berg talks to someone about one story. Our guest is Lena Holm, ${guestRole}, who followed the talks all week.`,
    "",
    "**TOMAS:** Lena, what happened in Brussels?",
    "",
    "**LENA:** The two leaders met for four hours. Pashinyan said the border commissions would meet again in May. Azerbaijan's foreign ministry said the text was nearly ready.",
    "",
    "**TOMAS:** Is it a treaty?",
    "",
    "**LENA:** Not a treaty yet. It is a framework, and much is left to agree.",
  ).claims;

describe("a guest from a newsroom on a radio show", () => {
  it("leaves each official's words with the official's side", () => {
    const claims = show("news editor at Waves Radio");
    expect(claims.find((c) => c.sentence.startsWith("Pashinyan said"))?.side).toBe("armenia");
    expect(claims.find((c) => c.sentence.startsWith("Azerbaijan's foreign ministry"))?.side).toBe("azerbaijan");
  });

  it("makes no claim of the guest's own telling of events", () => {
    const claims = show("news editor at Waves Radio");
    expect(claims.some((c) => c.sentence.includes("Not a treaty yet"))).toBe(false);
    expect(claims.some((c) => c.sentence.includes("The two leaders met"))).toBe(false);
  });

  it("still gives a guest who is no journalist her own answers", () => {
    const claims = show("a historian at the university");
    expect(claims.find((c) => c.sentence.includes("Not a treaty yet"))?.side).toBe("other");
  });
});

describe("a quotation a person's clause introduces with a colon", () => {
  it("is that person's, though another leader spoke in the sentence before", () => {
    const [, second] = readSentences(
      "Aliyev said he and Pashinyan might write jointly to the committee.",
      'Pashinyan went along with it: "We will defend this position," he said.',
    );
    expect(second?.sides).toEqual(["armenia"]);
  });
});

describe("a listener phoning in", () => {
  const claims = extractLines(
    "HARBOUR FM | EVENING PHONE-IN",
    "",
    "HOST: Welcome back. The lines are open on the fighting in the Caucasus.",
    "",
    "CALLER (MARA): I just hope someone gets a ceasefire that holds. My brother lives in Europe and he says there are protests there.",
    "",
    "HOST: Thank you, Mara.",
    "",
    "CALLER (JONAS): Azerbaijan's defence ministry said this morning that the shelling of Tartar went on all night.",
  ).claims;

  it("makes no claim of her own hopes or of what her family tells her", () => {
    expect(claims.some((c) => c.sentence.includes("I just hope"))).toBe(false);
    expect(claims.some((c) => c.sentence.includes("he says there are protests"))).toBe(false);
  });

  it("keeps what a caller relays of a party with that party's side", () => {
    expect(claims.find((c) => c.sentence.includes("defence ministry said this morning"))?.side).toBe("azerbaijan");
  });
});
