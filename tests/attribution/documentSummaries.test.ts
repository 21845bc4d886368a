// A third party's summary of a body's document (issue 7): a subscribers' bulletin that summarises a
// Security Council resolution paragraph by paragraph issues nothing itself. Each summarised
// paragraph is the Council's, its own notes are no claims, and the parties it reports keep theirs.
import { describe, expect, it } from "vitest";
import { extractLines } from "./readSides.ts";

const bulletin = () =>
  extractLines(
    "VALLETTA UN DOCUMENTS MONITOR",
    "Bulletin 4/1993 -- 10 May 1993",
    "",
    "S/RES/853 (1993): The situation relating to Nagorno-Karabakh",
    "Adopted by the Security Council at its 3259th meeting",
    "",
    "Summary prepared by the Monitor. Our comments appear in square brackets.",
    "",
    "1. The Council expresses grave concern at the seizure of the district of Agdam.",
    "",
    "2. The Council demands the immediate cessation of all hostilities.",
    "",
    "3. It urges the parties to resume negotiations within the Minsk Group.",
    "",
    "4. The Council requests the Secretary-General to report on the situation.",
    "",
    "Armenia and Azerbaijan both welcomed the resolution.",
  ).claims;

describe("a bulletin's summary of a Security Council resolution", () => {
  it("gives each summarised paragraph to the Council", () => {
    const claims = bulletin();
    expect(claims.find((c) => c.sentence.includes("demands the immediate cessation"))?.side).toBe("united-nations");
    expect(claims.find((c) => c.sentence.includes("It urges the parties"))?.side).toBe("united-nations");
  });

  it("makes no claim of its own notes, and leaves the parties' reactions to them", () => {
    const claims = bulletin();
    expect(claims.some((c) => c.sentence.startsWith("Summary prepared by"))).toBe(false);
    expect(claims.filter((c) => c.sentence.startsWith("Armenia and Azerbaijan both welcomed")).map((c) => c.side)).toEqual(["armenia", "azerbaijan"]);
  });
});
