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
