// Classes met when the session's last set (ordinary news from ten countries) was scored, fixed with
// sentences written for this test: troops and forces are "they"; a verb after ", but" shares the subject; a news agency relays.
import { describe, expect, it } from "vitest";
import { sideInArticle as sideOf } from "./readSides.ts";

describe("forces named as a subject", () => {
  it("are the 'they' that speaks next, not officials who spoke a paragraph before", () => {
    const side = sideOf(
      "Quoted by",
      "Officials in Yerevan said the fighting was the work of the Karabakh Armenians alone.",
      "The Karabakh self-defence forces gave a different picture. Quoted by a Moscow news agency, they said they did not yet hold the town.",
    );
    expect(side).toBe("nagorno-karabakh");
  });
});

describe("a verb after ', but'", () => {
  it("shares the subject the sentence opened with, not the state named in between", () => {
    const side = sideOf(
      "It did not name",
      "The UN Security Council demanded the withdrawal of the occupying forces from the district.",
      "It did not name Armenia as the aggressor, but urged the Armenian government to use its influence.",
    );
    expect(side).toBe("united-nations");
  });
});

describe("a news agency", () => {
  it("that reports by itself is the private Interfax's own word, a third party's", () => {
    expect(sideOf("Interfax reported", "Interfax reported that at least 20 tanks had cut the road between the two towns.")).toBe("other");
  });

  it("that only carries what a named speaker said leaves the claim to the speaker", () => {
    expect(sideOf("The chiefs", "The chiefs of staff agreed to a truce from noon, the Russian Defence Ministry said, according to Interfax.")).toBe("russia");
    expect(sideOf("The road", "The road would reopen on Monday, the Armenian Foreign Ministry said, according to TASS.")).toBe("armenia");
    expect(
      sideOf("A Russian", 'A Russian Foreign Ministry spokesman said on Monday that Moscow saw the statement as "a step forward", Interfax reported.'),
    ).toBe("russia");
  });
});

describe("a 'They' after a sentence naming two plurals", () => {
  it("is the one that spoke there, not forces only mentioned in its relative clause", () => {
    expect(
      sideOf(
        "They argued",
        "Four Azerbaijani citizens complained that they could not return to land held by the ethnic Armenian forces of the breakaway region. They argued that Armenia was responsible.",
      ),
    ).toBe("other");
  });
});

describe("a 'she' that opens the people of a sentence reporting no claim", () => {
  it("keeps following the woman who spoke, so the next 'she said' is hers, not the president's she met", () => {
    const side = sideOf(
      '"There is no',
      "In Yerevan on Monday, US Secretary of State Anna Lindqvist said the use of force would not resolve the conflict.",
      "By the time she reached Baku and sat down with President Ilham Aliyev, the toll had grown.",
      '"There is no military solution to this conflict," she said.',
    );
    expect(side).toBe("united-states");
  });
});
