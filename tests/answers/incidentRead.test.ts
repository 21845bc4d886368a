// A huge incident (a place every passage of a big corpus names) is read only in part for the
// lead, so that one question does not read thousands of claims; the lead's own article first.
import { describe, expect, it } from "vitest";
import { nearestFirst } from "../../src/core/answers/lead.ts";

const lead = { record: { article: { meta: { file: "b.txt" } } } };

describe("the claims of a lead's incident read for other sides", () => {
  it("keeps every claim of an ordinary incident, in order", () => {
    const claims = [{ passageId: "a.txt#p0" }, { passageId: "b.txt#p1" }];
    expect(nearestFirst(claims, lead)).toEqual(claims);
  });

  it("reads the lead's own article first and cuts a huge incident", () => {
    const claims = [...Array.from({ length: 400 }, (_, i) => ({ passageId: `a${i}.txt#p0` })), { passageId: "b.txt#p3" }, { passageId: "b.txt#p7" }];
    const read = nearestFirst(claims, lead);
    expect(read.length).toBe(150);
    expect(read.slice(0, 2).map((c) => c.passageId)).toEqual(["b.txt#p3", "b.txt#p7"]);
  });
});
