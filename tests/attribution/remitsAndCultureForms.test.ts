// A ministry whose remit is a list of capitalised words, met on first contact with culture, faith and
// sport texts (issue 7). Sentences written for this test.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a ministry named by a list of remits", () => {
  it("is the ministry of its state, the list's last word no speaker of its own", () => {
    const [read] = readSentences("Azerbaijan's Ministry of Science, Education, Youth and Sports denied that the team had been barred.");
    expect(read?.sides).toEqual(["azerbaijan"]);
    expect(read?.speaker).toBe("Azerbaijan's Ministry of Science, Education, Youth and Sports");
  });

  it("leaves a list of bodies after a ministry's plain name alone", () => {
    expect(sidesOf("Azerbaijan's Ministry of Youth and Sports said the team would travel.")).toEqual(["azerbaijan"]);
  });
});
