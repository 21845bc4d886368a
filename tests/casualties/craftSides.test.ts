import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const outlet = (sentence: string) => extractCasualties(sentence, ctx("unattributed"));

describe("the crew of a downed craft", () => {
  it("are the side a headline names with the craft, with no article before it", () => {
    expect(outlet("Azerbaijan shoots down Karabakh helicopter, two crew killed")[0]?.affected).toBe("nagorno-karabakh");
    expect(outlet("Armenian-backed helicopter shot down near the frontline, two crew dead")[0]?.affected).toBe("armenia");
  });
  it("are the enemy of the belligerent that shot down a military craft of no named side", () => {
    expect(outlet("Azerbaijani forces shot down a military helicopter on Wednesday, killing all three people on board.")[0]?.affected).toBe("armenia");
  });
  it("keep the side named with the craft over the shooter's enemy", () => {
    expect(outlet("Armenian forces shot down a Russian helicopter, killing two crew members.")[0]?.affected).toBe("russia");
  });
  it("stay no one's when neither the craft nor a belligerent shooter is named", () => {
    expect(outlet("A helicopter crashed in the mountains, killing all three people on board.")[0]?.affected).toBe("unspecified");
  });
});
