// Written for this test: members of a state's parliament named by the chamber's adjective or by a bare
// "deputy" before the verb ("An Armenian parliamentary figure said" is the state's own voice), and a
// company's officer whose office lists the lands it covers before his name.
import { describe, expect, it } from "vitest";
import { sideInArticle, sidesOf } from "./readSides.ts";

describe("a state's parliamentary figure", () => {
  it("speaks for the state its adjective names", () => {
    expect(sidesOf("An Armenian parliamentary figure puts the number of missing at 212.")).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijani parliamentary sources said the vote would come on Friday.")).toEqual(["azerbaijan"]);
  });

  it("as a deputy right before the verb, is a member of parliament, not a deputy minister", () => {
    expect(sidesOf("An Armenian deputy puts the number of missing at 212.")).toEqual(["armenia"]);
  });

  it("leaves a Western one a third party's, never the state's", () => {
    expect(sidesOf("A Western parliamentary figure said the talks had stalled.")).not.toContain("armenia");
  });
});

describe("a company's regional office", () => {
  it("named with the lands it covers, gives its holder the company's side when he speaks later", () => {
    const sides = sidesOf(
      "Equinor's regional director for Norway, Azerbaijan and Iran, Peter Lowell, wrote to the minister on Friday.",
      "In the letter Lowell said the staff had been moved to safety.",
    );
    expect(sides).toEqual(["other"]);
  });

  it("covering one land is the company's too", () => {
    expect(sidesOf("Chevron's regional director for Azerbaijan, Peter Lowell, wrote to the minister.", "Lowell said the staff were safe.")).toEqual(["other"]);
  });
});

describe("a governor-general of a province", () => {
  it("is the province's state's official, as its governor is", () => {
    expect(sidesOf("Ali Rezaei, the deputy governor-general of East Azarbaijan, said no one was hurt.")).toEqual(["iran"]);
    expect(sidesOf("Ali Rezaei, then governor-general of East Azarbaijan, said no one was hurt.")).toEqual(["iran"]);
  });
});

describe("an office set off after a name on a state's own local paper", () => {
  const head = '---\ntitle: "Shells on the river bank"\noutlet: "Ardabil Border Herald (English edition)"\n---';

  it("is the paper's state's, when the office names no state of its own", () => {
    const side = sideInArticle(
      "Reza Karimi,",
      head,
      "Reza Karimi, deputy chairman of parliament's border committee, said the ambassadors of both sides would be summoned.",
    );
    expect(side).toBe("iran");
  });

  it("is not, when the sentence opens with another state's capital", () => {
    const side = sideInArticle("Baku:", head, "Baku: Elnur Mammadli, deputy speaker of parliament, dismissed the criticism as double standards.");
    expect(side).not.toBe("iran");
  });

  it("is not, for an opposition member", () => {
    const side = sideInArticle("Reza Karimi,", head, "Reza Karimi, an opposition member of parliament, said the shelling was ignored.");
    expect(side).not.toBe("iran");
  });
});

describe("a title that writes its body's noun before the holder's name", () => {
  it("is the body of that kind the text is at now, the newest named", () => {
    const side = sideInArticle(
      "Opening the hearing,",
      "Azerbaijan had earlier taken its case to the European Court of Human Rights.",
      "On Monday the International Court of Justice, the main court of the United Nations, ruled on the request. The court ordered that the road be kept open.",
      "Opening the hearing, Court President Maria Lindqvist said the closure had kept patients from hospitals.",
    );
    expect(side).toBe("united-nations");
  });

  it("names no body when the text named none of its kind", () => {
    expect(sideInArticle("Council Chairman", "Council Chairman Peter Brandt said the vote would be held on Friday.")).not.toBe("united-nations");
  });
});

describe("a bare 'the court' a paragraph after the court that spoke", () => {
  it("is that court, when another court was only named before it spoke", () => {
    const side = sideInArticle(
      "The court said",
      "Armenia had also gone to the European Court of Human Rights in December.",
      "On Monday the International Court of Justice, the main court of the United Nations, ruled on the request. The court ordered that the road be kept open.",
      "The court said the closure had caused shortages of medicine.",
    );
    expect(side).toBe("united-nations");
  });

  it("stays unclear when the other court spoke and the newer one was only named", () => {
    const side = sideInArticle(
      "The court said",
      "The European Court of Human Rights ordered Azerbaijan to pay damages. A Baku court had convicted him in 2019.",
      "The court said the ruling was final.",
    );
    expect(side).toBe("unclear");
  });
});

describe("one word of the one full name the text gave", () => {
  it("is that person, placed where the text placed her, though named since without a side", () => {
    const side = sideInArticle(
      "Harutyunyan, speaking",
      "Written and directed by Lilit Harutyunyan.",
      "Lilit Harutyunyan had never held a camera when the war began. She was a violinist.",
      "Harutyunyan films the long wait for news of her cousin.",
      'Harutyunyan, speaking after the screening, said she had made the film "for the families still waiting."',
    );
    expect(side).toBe("other");
  });

  it("is nobody's when two people of that surname were named", () => {
    const side = sideInArticle(
      "Harutyunyan said",
      "Written and directed by Lilit Harutyunyan.",
      "Her uncle, Arayik Harutyunyan, the region's leader, was arrested in Baku.",
      "Harutyunyan said the film was about waiting.",
    );
    expect(side).not.toBe("other");
  });
});

describe("Azerbaijan's government-aligned news sites", () => {
  it("speak for Azerbaijan, as Report.az and Caliber do", () => {
    expect(sidesOf("AzVision reported that the road to the village had reopened.")).toEqual(["azerbaijan"]);
  });
});
