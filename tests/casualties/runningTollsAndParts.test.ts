import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { ctx } from "./helpers.ts";

const only = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));
const figures = (text: string) =>
  extractArticle(parseArticle({ file: "tolls.txt", text: `Tolls\n\n${text}` })).casualties.map((f) => [f.claimedBy, f.affected, f.killed, f.wounded]);

describe("tolls named as a number or a running total", () => {
  it("reads 'the number of its own soldiers killed had reached 212' as the speaker's own dead", () => {
    expect(only("The ministry said the number of its own soldiers killed had reached 212.", "armenia")).toEqual([
      { affected: "armenia", killed: 212, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'the number of people known to have died … has risen to 95'", () => {
    expect(only("The number of people known to have died in the blast at the arms depot has risen to 95, officials said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 95, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'its running total of civilians killed … now stood at 88'", () => {
    expect(only("It said its running total of civilians killed in the town since March now stood at 88.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 88, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'the number of bodies' and 'the number of servicemen whose remains were examined' as the dead", () => {
    expect(only("Officials put the number of bodies at 68.", "united-nations").map((d) => d.killed)).toEqual([68]);
    expect(only("The number of servicemen whose remains were examined by forensic experts has reached 3,400.", "armenia")).toEqual([
      { affected: "armenia", killed: 3400, wounded: null, qualifier: null },
    ]);
  });
  it("does not read 'the total of 40 shells' or 'reaches 14 villages' as a toll", () => {
    expect(only("The total of shells fired reached 40, the ministry said.", "armenia")).toEqual([]);
    expect(only("The road now reaches 14 villages in the district.")).toEqual([]);
  });
});

describe("lives taken, cost or paid", () => {
  it("reads 'has taken the lives of more than 12 thousand people' as 12,000 dead", () => {
    expect(only("The war has taken the lives of more than 12 thousand people.", "russia")).toEqual([
      { affected: "unspecified", killed: 12000, wounded: null, qualifier: "more than" },
    ]);
  });
  it("does not read the displaced after 'has taken the lives of' as dead", () => {
    expect(only("The war has taken the lives of 9,000 people, and about half a million people became refugees.", "russia").map((d) => d.killed)).toEqual([
      9000,
    ]);
    expect(only("The war has taken the lives of 9,000 people, and about 600,000 people became refugees.", "russia").map((d) => d.killed)).toEqual([9000]);
  });
  it("reads 'Armenians had paid for them with the lives of 6,000 fighters' as the payer's own dead", () => {
    expect(only("He said Armenians had paid for them with the lives of some 6,000 fighters.", "armenia")).toEqual([
      { affected: "armenia", killed: 6000, wounded: null, qualifier: "some" },
    ]);
  });
  it("reads 'cost the lives of 4,000 civilians' and 'paid for them with the lives of 3,000 soldiers'", () => {
    expect(only("The occupation cost the lives of 4,000 civilians, the minister said.", "azerbaijan").map((d) => d.killed)).toEqual([4000]);
    expect(only("He said the country had paid for them with the lives of some 3,000 soldiers.", "armenia")).toEqual([
      { affected: "armenia", killed: 3000, wounded: null, qualifier: "some" },
    ]);
  });
});

describe("a side named before a list of its losses", () => {
  it("reads 'On the Armenian side, the losses were: three dead, two wounded' as Armenia's", () => {
    expect(only("On the Armenian side, the losses were: three dead, two wounded, the ministry noted.", "russia")).toEqual([
      { affected: "armenia", killed: 3, wounded: 2, qualifier: null },
    ]);
  });
  it("still reads a side named before a colon that opens someone's words as no loss list", () => {
    expect(only("On the Armenian side, officials said: two Azerbaijani soldiers were killed.", "armenia")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: null, qualifier: null },
    ]);
  });
});

describe("counts that share one noun, and parts of the dead listed in turn", () => {
  it("reads 'has 9 killed and 27 wounded servicemen' as one record of the servicemen", () => {
    expect(only("The president said the Armenian side has 9 killed and 27 wounded servicemen.", "armenia")).toEqual([
      { affected: "armenia", killed: 9, wounded: 27, qualifier: null },
    ]);
  });
  it("reads '140 of the dead served in the army and 15 in the police' as two parts of the dead", () => {
    expect(only("The ministry said 140 of the dead served in the army and 15 in the police.", "azerbaijan").map((d) => d.killed)).toEqual([140, 15]);
    expect(only("It said 140 of the dead were soldiers of the army and 15 were employees of the police.", "azerbaijan").map((d) => d.killed)).toEqual([
      140, 15,
    ]);
  });
  it("does not read 'and 15 in the morning' after a count of something else as dead", () => {
    expect(only("The ministry said 140 shells fell and 15 in the morning.", "azerbaijan")).toEqual([]);
  });
});

describe("a victim's children are no victims", () => {
  it("reads 'a volunteer, a father of three, had been killed and two other volunteers hurt' as one dead and two hurt", () => {
    expect(only("The ICRC said a volunteer, a father of three, had been killed and two other volunteers hurt.", "icrc")).toEqual([
      { affected: "unspecified", killed: 1, wounded: 2, qualifier: null },
    ]);
  });
  it("does not count 'a mother of two' as two victims", () => {
    expect(figures("Armenia's defence ministry said a nurse, a mother of two, was wounded by shelling.")).toEqual([["armenia", "armenia", null, 1]]);
  });
});

describe("a figure given as something said before is the latest speaker's", () => {
  const lead = "Azerbaijan's defence ministry said two soldiers were killed on Friday.";
  it("reads 'Monday's statement brings the number of dead to 10' as the ministry's", () => {
    expect(figures(`${lead} Monday's statement brings the number of dead to 10.`)).toEqual([
      ["azerbaijan", "azerbaijan", 2, null],
      ["azerbaijan", "azerbaijan", 10, null],
    ]);
  });
  it("reads 'the ministry's figure stood at 2,855' and 'an earlier statement had given the toll as seven dead' as the ministry's", () => {
    expect(figures(`${lead} By spring the ministry's figure stood at 2,855.`).at(-1)).toEqual(["azerbaijan", "azerbaijan", 2855, null]);
    expect(figures(`${lead} An earlier statement on Sunday had given the toll as seven dead and 34 wounded.`).at(-1)).toEqual([
      "azerbaijan",
      "azerbaijan",
      7,
      34,
    ]);
  });
  it("keeps the outlet's own earlier version of its story the outlet's", () => {
    // (Whose dead they were follows the article's ground, the ministry's own dead before it.)
    expect(figures(`${lead} An earlier version of this story said 40 people were killed.`).at(-1)).toEqual(["unattributed", "azerbaijan", 40, null]);
  });
});

describe("a count asked about in a question", () => {
  it("reads no figure in 'Did the minister say 3,000 soldiers were confirmed dead?'", () => {
    expect(only("Fact check: Did the minister say 3,000 soldiers were confirmed dead?")).toEqual([]);
    expect(only("HOST: Twelve Armenian soldiers killed, is that your figure?")).toEqual([]);
  });
  it("still reads a figure stated before a question in the same sentence", () => {
    expect(only("Six soldiers were killed on Monday; will the truce hold?", "armenia").map((d) => d.killed)).toEqual([6]);
  });
});

describe("sides that speak only of blame", () => {
  const joint = { ...ctx("unattributed"), jointClaimants: ["armenia", "azerbaijan"] as const };
  it("leaves the dead of a shootout 'for which each side blamed the other' to the outlet", () => {
    const drafts = extractCasualties(
      "Two Armenian policemen and one Azerbaijani soldier were killed in a shootout, for which each side blamed the other.",
      joint,
    );
    expect(drafts.map((d) => [d.claimedBy, d.affected, d.killed])).toEqual([
      [undefined, "armenia", 2],
      [undefined, "azerbaijan", 1],
    ]);
  });
});

describe("victims named with who sent or brought them", () => {
  it("reads 'four Interior Ministry employees sent to the scene died' as four dead", () => {
    expect(only("The ministry said four Interior Ministry employees sent to the scene died.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 4, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'Syrian fighters recruited through a third country had been killed' as dead", () => {
    expect(only("The monitor said 120 Syrian fighters recruited through a third country had been killed.", "other").map((d) => d.killed)).toEqual([120]);
  });
  it("reads 'two journalists working for a paper were wounded' as no party's people", () => {
    expect(only("Two journalists working for a French paper were wounded.")).toEqual([{ affected: "unspecified", killed: null, wounded: 2, qualifier: null }]);
  });
});

describe("a count credited to the body that published it", () => {
  it("reads ', according to the figures published by the Karabakh authorities in mid-May' as theirs", () => {
    expect(
      only("The Armenian side has reported 1,200 killed servicemen, according to the figures published by the Karabakh authorities in mid-May.", "armenia"),
    ).toEqual([{ affected: "armenia", killed: 1200, wounded: null, qualifier: null, claimedBy: "nagorno-karabakh" }]);
  });
});

describe("members of a group", () => {
  it("reads 'members of what it called a criminal group were killed' as the speaker's enemy's dead", () => {
    expect(only("The ministry said 11 members of what it called a criminal group were killed and 30 others were arrested.", "azerbaijan")).toEqual([
      { affected: "armenia", killed: 11, wounded: null, qualifier: null },
    ]);
    expect(only('It said two members of what it called an "illegal armed detachment" were killed and one was wounded.', "armenia")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: 1, qualifier: null },
    ]);
  });
  it("reads 'one family had lost seven members' as seven of the speaker's own dead", () => {
    expect(only("An official said one family had lost seven members.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 7, wounded: null, qualifier: null },
    ]);
  });
});
