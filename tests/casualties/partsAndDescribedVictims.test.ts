import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { figureSource } from "../../src/core/casualties/figureSources.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map(({ affected, killed, wounded }) => ({ affected, killed, wounded }));

describe("civilians set apart from a toll of all kinds", () => {
  it("counts 'including four civilians killed' as a figure of its own", () => {
    expect(read("The council said the number of dead had reached 120, including four civilians killed.", "armenia")).toEqual([
      { affected: "armenia", killed: 120, wounded: null },
      { affected: "armenia", killed: 4, wounded: null },
    ]);
  });
  it("counts civilians that close the sentence, and only them, not the children among them", () => {
    expect(read("Some 90 people have been injured, including 12 civilians.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: null, wounded: 90 },
      { affected: "nagorno-karabakh", killed: null, wounded: 12 },
    ]);
    expect(read("The toll has reached at least 150, including eight civilians, three of them children.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 150, wounded: null },
      { affected: "nagorno-karabakh", killed: 8, wounded: null },
    ]);
  });
  it("reads civilians after a toll of dead and wounded as part of the dead", () => {
    expect(read("The ombudsman said at least 150 people had been killed and more than 300 wounded, among them eight civilians.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 150, wounded: 300 },
      { affected: "nagorno-karabakh", killed: 8, wounded: null },
    ]);
  });
  it("keeps civilians in the middle of the toll, or before its verb, inside it", () => {
    expect(read("At least 27 people had been killed, including two civilians, and more than 200 wounded.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 27, wounded: 200 },
    ]);
    expect(read("At least 150 people, including eight civilians, were killed.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 150, wounded: null },
    ]);
  });
  it("does not set apart children among people", () => {
    expect(read("The office said 40 people were wounded, including six children.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: null, wounded: 40 },
    ]);
  });
});

describe("victims added with 'along with'", () => {
  it("gives them the outcome of the figure they join", () => {
    expect(read("Officials said 300 of their soldiers have been killed, along with 20 civilians.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 300, wounded: null },
      { affected: "azerbaijan", killed: 20, wounded: null },
    ]);
  });
  it("counts them among the dead after a toll of dead and wounded", () => {
    expect(read("The ministry said 150 of its troops had been killed and 400 wounded in the fighting, along with two civilians.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 150, wounded: 400 },
      { affected: "azerbaijan", killed: 2, wounded: null },
    ]);
  });
});

describe("a victim described by what he was doing", () => {
  it("reads 'an Azerbaijani soldier stationed on the front line near X was killed'", () => {
    expect(read("An Azerbaijani soldier stationed on the front line near the Tovuz border was killed by sniper fire.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null },
    ]);
  });
  it("reads a relative clause: 'an Armenian farmer who was tending his orchard … was wounded'", () => {
    expect(read("An Armenian farmer who was tending his orchard near the village was wounded by a shot.", "armenia")).toEqual([
      { affected: "armenia", killed: null, wounded: 1 },
    ]);
  });
  it("leaves a description with a verb of its own as another clause", () => {
    expect(read("An Armenian soldier who said the post was shelled was later interviewed on television.", "armenia")).toEqual([]);
  });
});

describe("a state's citizens", () => {
  it("places 'citizens of Azerbaijan' on Azerbaijan's side", () => {
    expect(read("About 200 citizens of Azerbaijan were killed by mines after the war.")).toEqual([{ affected: "azerbaijan", killed: 200, wounded: null }]);
  });
});

describe("a state's officials citing a figure", () => {
  it("makes them the source when no speaker was found", () => {
    expect(figureSource("Armenian officials, for their part, have long cited about 5,000 dead.", ctx("unattributed"))).toBe("armenia");
  });
  it("names no source for officials of no state", () => {
    expect(figureSource("Local officials have long cited about 5,000 dead.", ctx("unattributed"))).toBeNull();
  });
});

describe("groups a toll lists, and the hurt in hospital", () => {
  it("counts every group listed in a toll: 'the death toll at 198 soldiers and 25 civilians'", () => {
    expect(read("The committee later put the Karabakh death toll at 150 soldiers and 30 civilians.", "armenia")).toEqual([
      { affected: "nagorno-karabakh", killed: 150, wounded: null },
      { affected: "nagorno-karabakh", killed: 30, wounded: null },
    ]);
  });
  it("leaves a group that opens its own clause after a toll alone", () => {
    expect(read("The toll rose to 50, and 20 people were missing.", "armenia")).toEqual([{ affected: "armenia", killed: 50, wounded: null }]);
  });
  it("reads 'N dead and M in hospital' as the dead and the hurt", () => {
    expect(read("Officials first said 12 people were dead and around 90 in hospital.", "armenia")).toEqual([{ affected: "armenia", killed: 12, wounded: 90 }]);
  });
  it("does not read where the dead died ('seven in hospital') as hurt", () => {
    expect(read("The department said 12 people had died, eight of them at the scene and four in hospital.", "armenia")).toEqual([
      { affected: "armenia", killed: 12, wounded: null },
    ]);
  });
  it("reads 'the number of soldiers it has lost' as a toll of its dead", () => {
    expect(read("It said the number of soldiers it has lost since the war began had reached 310.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 310, wounded: null },
    ]);
  });
});

describe("a list's line that names its source in brackets", () => {
  it("makes the body in the brackets the source when no speaker was found", () => {
    expect(figureSource("2 -- Azerbaijani soldiers wounded (Tovuz, 3 June; Azerbaijani MoD)", ctx("unattributed"))).toBe("azerbaijan");
  });
  it("names no source for brackets that only give the place and the day", () => {
    expect(figureSource("2 -- Azerbaijani soldiers wounded (Tovuz, 3 June)", ctx("unattributed"))).toBeNull();
  });
});

describe("one person named with what he was", () => {
  it("reads 'X, chief of staff of the corps, was killed' as one dead", () => {
    expect(read("Rauf Karimov, chief of staff of the 2nd corps, was killed on the border.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 1, wounded: null },
    ]);
  });
  it("reads 'X, head of the village council, was also killed'", () => {
    expect(read("Anar Mammadov, head of the village council, was also killed, the statement said.", "azerbaijan").map((d) => d.killed)).toEqual([1]);
  });
  it("counts no one in a speaker described the same way", () => {
    expect(read("Rauf Karimov, speaking on television, said the post was quiet.", "azerbaijan")).toEqual([]);
  });
});

describe("a force naming its fallen", () => {
  it("reads 'published the names of 29 more servicemen, raising the toll to 633' as 29 dead and the toll", () => {
    expect(read("The defence ministry published the names of 29 more servicemen, raising the toll to 633.", "nagorno-karabakh").map((d) => d.killed)).toEqual([
      29, 633,
    ]);
  });
  it("does not count soldiers named for another fate", () => {
    expect(read("It released the names of 15 soldiers who were captured, and said none was killed.", "armenia").map((d) => d.killed)).not.toContain(15);
  });
});

describe("figures credited after them", () => {
  it("credits 'figures widely cited by relief agencies' to a third party", () => {
    expect(figureSource("The fighting has killed some 15,000 people, figures widely cited by relief agencies.", ctx("unattributed"))).toBe("other");
  });
  it("gives each belligerent its figure when 'the two governments' released it", () => {
    expect(
      extractCasualties("The war killed more than 5,000 people on both sides, according to figures released by the two governments.", ctx("unattributed")).map(
        (d) => d.claimedBy,
      ),
    ).toEqual(["armenia", "azerbaijan"]);
  });
  it("names no source for figures cited in a debate", () => {
    expect(figureSource("The figures were cited in parliament, where 40 deaths were mentioned.", ctx("unattributed"))).toBeNull();
  });
});
