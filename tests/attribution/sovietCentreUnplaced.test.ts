// The Union's own voices in texts of its time (issue 7): "a senior Soviet police general", "the
// Soviet government", Gorbachev named bare. The annotation guide gives TASS to Russia and most
// annotators give the Union's centre Russia's side as its successor, so an unplaced Union voice
// speaks for Russia; a republic's own ("the leadership of Soviet Azerbaijan") does not.
import { describe, expect, it } from "vitest";
import { extractLines } from "./readSides.ts";

const report = (...paragraphs: string[]) =>
  extractLines("# Rail blockade of Armenia eased", "", "By a staff correspondent", "", "MOSCOW, 10 October 1989", "", ...paragraphs.flatMap((p) => [p, ""]))
    .claims;
const sideOf = (claims: ReturnType<typeof report>, start: string) => claims.find((c) => c.sentence.startsWith(start))?.side;

describe("an unplaced voice of the Soviet centre before the Union ended", () => {
  it("speaks for Russia", () => {
    const claims = report(
      "A senior Soviet police general said on Tuesday that the rail blockade of Armenia was being lifted.",
      "The Soviet government said the republics must restore the railway within a week.",
      "Gorbachev told deputies that the dispute had cost more than a hundred lives.",
    );
    expect(sideOf(claims, "A senior Soviet police general")).toBe("russia");
    expect(sideOf(claims, "The Soviet government")).toBe("russia");
    expect(sideOf(claims, "Gorbachev told")).toBe("russia");
  });

  it("leaves a republic's own leadership to the republic", () => {
    const claims = report("The leadership of Soviet Azerbaijan insisted that the enclave would remain part of the republic.");
    expect(sideOf(claims, "The leadership of Soviet Azerbaijan")).not.toBe("russia");
  });
});
