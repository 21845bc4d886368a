import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a state's bodies named without the state", () => {
  it("gives a ministry title the state the sentence opens with", () => {
    expect(sidesOf("Iran has called for restraint, with the Foreign Ministry urging both sides to stop the shelling near the Aras.")).toEqual(["iran"]);
  });

  it("reads an unqualified 'Foreign Office' as a third state's, not the last office that spoke", () => {
    expect(
      sidesOf("Armenia's Prosecutor General's Office said two people had been killed in the village.", "The Foreign Office said talks would resume on Monday."),
    ).toEqual(["other"]);
  });

  it("keeps a belligerent's own 'Foreign Office' its own", () => {
    expect(sidesOf("Azerbaijan's Foreign Office rejected the report as groundless.")).toEqual(["azerbaijan"]);
  });

  it("does not take 'the Foreign Office' for 'the Prosecutor General's Office' by their last word", () => {
    expect(
      sidesOf("Armenia's Prosecutor General's Office said two people had been killed in the village.", "The Foreign Office of Kazakhstan welcomed the talks."),
    ).toEqual(["other"]);
  });
});

describe("a newspaper named after a place", () => {
  it("speaks for no side, whatever the place's", () => {
    expect(sidesOf("The Washington Post, which first published the images, said the drone resembled an Israeli model.")).toEqual(["other"]);
    expect(sidesOf("The Tehran Times reported that the crossing at Nordooz had been closed.")).toEqual(["other"]);
  });

  it("leaves the capital on its own its state's", () => {
    expect(sidesOf("Washington said it was deeply concerned by the shelling.")).toEqual(["united-states"]);
  });
});

describe("third states' capitals, diaspora bodies and agencies' remits", () => {
  it("reads a third state's capital speaking as a third party", () => {
    expect(sidesOf("Tbilisi said it had closed its airspace to military cargo bound for either side.")).toEqual(["other"]);
  });

  it("reads a diaspora lobby as a third party, not the country in its name", () => {
    expect(sidesOf("The Armenian National Committee of America urged Congress to cut aid to Baku.")).toEqual(["other"]);
  });

  it("gives an agency's remit ('for Mine Action') no voice of its own", () => {
    expect(sidesOf("Azerbaijan's National Agency for Mine Action said two more mines had been found near Aghdam.")).toEqual(["azerbaijan"]);
  });

  it("reads 'charged in a statement that' and 'identified the dead as' as speaking", () => {
    expect(sidesOf("Armenia's foreign minister charged in a written statement that Baku had wrecked the talks.")).toEqual(["armenia"]);
    expect(sidesOf("Azerbaijan's APA news agency identified the dead soldier as a sergeant from Tartar.")).toEqual(["azerbaijan"]);
  });

  it("reads 'is signalling that' as speaking, and a flare that 'signalled the start' as nobody's claim", () => {
    expect(sidesOf("The State Department is signalling that the talks could resume in Washington.")).toEqual(["united-states"]);
    expect(sidesOf("Red flares signalled the start of the assault.")).toEqual([]);
  });

  it("reads an 'ambassador-at-large' as an office of the state named with it", () => {
    expect(sidesOf("In Baku, an Azerbaijani ambassador-at-large, Elchin Amirbayov, went further, telling reporters that the talks had stalled.")).toEqual([
      "azerbaijan",
    ]);
  });
});

describe("a state's offices that speak through spokespeople", () => {
  it("gives a spokeswoman the department the sentence before named, not a ministry that spoke earlier", () => {
    expect(
      sidesOf(
        "Moscow's Foreign Ministry said it was alarmed by the shelling.",
        "The ministry called on both sides to show restraint.",
        "The State Department also weighed in on Thursday.",
        "Spokeswoman Jane Doyle said the fighting could not end the conflict.",
      ),
    ).toEqual(["united-states"]);
  });

  it("reads the Kremlin and the White House as governments whose spokesmen speak for them", () => {
    expect(sidesOf("The Kremlin was quick to respond.", "Spokesman Ivan Dorofeev said Moscow stayed in touch with both capitals.")).toEqual(["russia"]);
    expect(sidesOf("The White House said it was following the clashes closely.")).toEqual(["united-states"]);
  });
});

describe("a surname alone before a participle's aside", () => {
  it("speaks as the person the article named in full", () => {
    expect(
      sidesOf(
        "The fighting coincided with a visit by U.S. Secretary of State Hillary Clinton.",
        "Clinton, speaking in Yerevan at a news conference with the foreign minister, said she was deeply concerned.",
      ),
    ).toEqual(["united-states"]);
  });

  it("leaves an unknown surname's side unclear, not the side of the city it spoke in", () => {
    expect(sidesOf("Brennan, speaking in Baku on Monday, said the talks had stalled.")).toEqual(["unclear"]);
  });
});

describe("an aside that says in which capacity someone speaks", () => {
  it("gives the words to the office the speaker holds there, not to his state", () => {
    expect(sidesOf("Italy's foreign minister, speaking as OSCE Chairman-in-Office, said he was alarmed by the casualties.")).toEqual(["osce-minsk-group"]);
    expect(sidesOf("Lavrov, speaking in his capacity as a Minsk Group co-chair, said the parties must return to talks.")).toEqual(["osce-minsk-group"]);
  });

  it("does not read 'as' opening a clause as a capacity", () => {
    expect(sidesOf("Nalbandian, speaking as Azerbaijani troops massed on the border, told reporters it was a provocation.")).toEqual(["armenia"]);
  });
});

describe("security services named as each state names its own", () => {
  it("gives an unqualified State Security Service Azerbaijan's side and a National Security Service Armenia's", () => {
    expect(sidesOf("The State Security Service said it had detained a suspect in Ganja.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The National Security Service said two border guards had been wounded.")).toEqual(["armenia"]);
  });

  it("lets a state named before the service decide", () => {
    expect(sidesOf("Georgia's State Security Service said it had detained two men at the border.")).toEqual(["other"]);
  });
});

describe("an owner's staff named by the city they work in", () => {
  it("speaks for the owner, not for the city's state", () => {
    expect(
      sidesOf("Turkey's aid agency TIKA said it had sent tents to the region.", "Its Baku coordinator, Ahmet Yilmaz, said the aid showed Turkey's support."),
    ).toEqual(["turkey"]);
    expect(sidesOf("The ICRC said it was ready to help.", "Its Yerevan office said two detainees had been visited.")).toEqual(["icrc"]);
  });

  it("still reads a nationality after a possessive as a side", () => {
    expect(sidesOf("Azerbaijan's foreign ministry rejected the claim.", "Its Armenian counterpart said the claim was true.")).toEqual(["armenia"]);
  });
});

describe("diaspora and lobby organisations", () => {
  it("speak for themselves, and a spokesman after them is no ministry of theirs", () => {
    expect(sidesOf("The Armenian National Committee office in Glendale said it would hold a vigil.")).toEqual(["other"]);
    expect(
      sidesOf("The Azerbaijan America Alliance called the decision cynical.", "Foreign ministry spokesman Kamal Rzayev told reporters the claim was false."),
    ).not.toContain("other");
  });
});

describe("agencies and offices by their own names", () => {
  it("gives Soviet Azerbaijan's news agency Azerbaijan's side and an EU commissioner the EU's", () => {
    expect(sidesOf("Azerinform said 45 armed men had been detained near Shusha.")).toEqual(["azerbaijan"]);
    expect(sidesOf("EU Commissioner Marta Lind said the EU would send 5 million euros.")).toEqual(["european-union"]);
  });
});
