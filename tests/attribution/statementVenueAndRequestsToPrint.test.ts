// Two readings from memorial pages (issue 7): the body where a statement was circulated is not its
// speaker, and a request to the page itself to print or share something claims nothing.
import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a statement circulated at a venue", () => {
  it("is its author's, not the venue's", () => {
    expect(sidesOf("A Karabakh foreign ministry statement circulated at the OSCE accused Baku of rewriting the events.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Armenia's statement delivered at the United Nations accused Azerbaijan of distorting the record.")).toEqual(["armenia"]);
  });

  it("is still the issuer's where 'by' names who issued it", () => {
    expect(sidesOf("A statement issued by the Kremlin said the talks had been useful.")).toEqual(["russia"]);
  });
});

describe("a request to the page to carry something", () => {
  it("is no claim", () => {
    expect(sidesOf("The Red Cross asked us to share another story of waiting.")).toEqual([]);
    expect(sidesOf("Several families have asked us to print this notice in memory of their sons.")).toEqual([]);
  });

  it("leaves a request to anyone else a claim", () => {
    expect(sidesOf("Azerbaijan asked the United Nations to send observers to the border.")).toEqual(["azerbaijan"]);
  });
});
