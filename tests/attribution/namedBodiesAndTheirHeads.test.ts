// Bodies that go by a name of their own ("the Institute for War and Peace Reporting", "the State
// Committee for Refugees", "the Russian peacekeeping contingent") and the bare head a later sentence
// points back with ("the institute said", "the committee said", "the contingent said"), and "the
// diplomat" who was introduced a sentence or two before.
import { describe, expect, it } from "vitest";
import { extractLines } from "./readSides.ts";

// (The first line of an article is its headline: each test article gets one of its own.)
const claimsOf = (...paragraphs: string[]) => extractLines(["News from the region", ...paragraphs].join("\n\n")).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, part: string) => claims.find((c) => c.sentence.includes(part))?.side;

describe("an organisation named in full after its own word", () => {
  it("is a body of no state when its name after 'for' or 'of' names no nation", () => {
    const claims = claimsOf(
      "The Institute for Peace Journalism said its reporter was turned back at the river.",
      "The Center for Truth and Memory said it had recorded forty cases in the valley.",
    );
    expect(sideOf(claims, "its reporter was turned back")).toBe("other");
    expect(sideOf(claims, "it had recorded forty cases")).toBe("other");
  });

  it("is a state's when the gazetteer places a state inside its name", () => {
    const claims = claimsOf("The Council of Ministers of Azerbaijan said the new road would open in spring.");
    expect(sideOf(claims, "the new road would open")).toBe("azerbaijan");
  });

  it("is no third party when its name says it is a state's own body, and the state is not told", () => {
    const claims = claimsOf("The State Committee for Migrants said ten thousand people had crossed by Monday.");
    expect(sideOf(claims, "ten thousand people had crossed")).not.toBe("other");
  });
});

describe("the bare head of a body named before", () => {
  it("points back to the committee the text named, whoever's it is", () => {
    const claims = claimsOf(
      "Azerbaijan's State Committee for Refugees opened two more camps near Barda on Monday.",
      "The committee said that women and children had been flown out of the district first.",
    );
    expect(sideOf(claims, "women and children had been flown out")).toBe("azerbaijan");
  });

  it("points back to a committee of no state as a third party", () => {
    const claims = claimsOf("The Karabakh Committee called a general strike in Yerevan.", "The committee said people would stay away from work for a week.");
    expect(sideOf(claims, "people would stay away from work")).toBe("other");
  });

  it("gives the institute's later words to the institute", () => {
    const claims = claimsOf(
      "The Institute for Peace Journalism sent a reporter to the border last month.",
      "The institute said its reporter could see that the slope was bare ground.",
    );
    expect(sideOf(claims, "the slope was bare ground")).toBe("other");
  });

  it("gives the contingent's bulletin to the force the text named", () => {
    const claims = claimsOf(
      "The Russian peacekeeping contingent has patrolled the corridor since November.",
      "The contingent said its troops had sheltered more than 5,000 civilians at their base.",
    );
    expect(sideOf(claims, "sheltered more than 5,000 civilians")).toBe("russia");
  });

  it("says nothing of whose a bare committee is when the text named none", () => {
    const claims = claimsOf("The Armenian defence ministry reported shelling near Sotk.", "The committee said the vote had been fair.");
    expect(sideOf(claims, "the vote had been fair")).not.toBe("armenia");
  });

  it("leaves the people before 'members of the committee' as the subject", () => {
    const claims = claimsOf("Opposition members of the committee said the prime minister had played the key role.");
    expect(sideOf(claims, "had played the key role")).toBe("other");
  });
});

describe("'the diplomat' after a diplomat was introduced", () => {
  it("speaks for the diplomat's side", () => {
    const claims = claimsOf(
      "Louis Bono, the US envoy for the conflict, met both foreign ministers in Vienna on Monday.",
      '"The question is whether both capitals are willing to sign," the diplomat said.',
    );
    expect(sideOf(claims, "both capitals are willing to sign")).toBe("united-states");
  });

  it("is nobody's side when no diplomat was introduced", () => {
    const claims = claimsOf("Shelling resumed near Martuni overnight.", '"Neither capital could accept the other\'s text," the diplomat said.');
    expect(sideOf(claims, "Neither capital could accept")).toBeUndefined();
  });

  it("leaves 'a European diplomat' a third party", () => {
    const claims = claimsOf("Louis Bono, the US envoy, met both ministers.", "A European diplomat said the decision closed an era.");
    expect(sideOf(claims, "the decision closed an era")).toBe("other");
  });
});

describe("a name of its own that ends in a body's word", () => {
  it("is a body of no state, not a title pointing back", () => {
    const claims = claimsOf(
      "The Caucasus Research Institute said the fires were visible from space.",
      "The Open Source Research Lab said the videos had been filmed in October.",
    );
    expect(sideOf(claims, "the fires were visible from space")).toBe("other");
    expect(sideOf(claims, "the videos had been filmed")).toBe("other");
  });

  it("gives 'the lab' the lab the text named", () => {
    const claims = claimsOf(
      "The Forest Research Lab examined satellite images of the forests.",
      "The lab added that some of the footage was filmed by soldiers.",
    );
    expect(sideOf(claims, "some of the footage was filmed")).toBe("other");
  });

  it("keeps a possessive after the determiner a title ('The Committee's figure')", () => {
    const claims = claimsOf(
      "Armenia's Investigative Committee said 3,825 servicemen had died.",
      "Editor's note: The Committee's figure is above the one the prime minister gave.",
    );
    expect(sideOf(claims, "The Committee's figure is above")).not.toBe("other");
  });
});
