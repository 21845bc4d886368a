// One colour per side for embeds and charts (sides.json), always next to the side's name.
import { describe, expect, it } from "vitest";
import { SIDE_COLOURS, SIDES } from "../../src/core/sides/sides.ts";
import { answerColour } from "../../src/adapters/render/toDiscordPages.ts";
import { sideColour } from "../../src/adapters/render/sideLabels.ts";

describe("side colours", () => {
  it("gives every side its own colour, and the outlet and unclear speakers grey", () => {
    expect(new Set(SIDES.map((s) => SIDE_COLOURS[s])).size).toBe(SIDES.length);
    expect(sideColour("azerbaijan")).toBe("#0072B2");
    expect(sideColour("outlet")).toBe(sideColour("unclear"));
    expect(sideColour("unattributed")).toBe(sideColour("outlet"));
  });

  it("colours one side's /claims embed as its bars in the charts, and other answers by their kind", () => {
    expect(answerColour({ kind: "claims", title: "Claims by Armenia" })).toBe(0xd55e00);
    expect(answerColour({ kind: "claims", title: 'Claims by Azerbaijan on "drones"' })).toBe(0x0072b2);
    expect(answerColour({ kind: "claims", title: "Claims by all sides" })).toBe(0xfee75c);
    expect(answerColour({ kind: "casualties", title: "Casualty figures" })).toBe(0x992d22);
  });
});
