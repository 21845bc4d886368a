import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") => extractCasualties(sentence, ctx(claimant));

describe("more victim nouns", () => {
  it.each([
    ["Two girls were hurt when a rocket landed near the school.", null, 2],
    ["Three teenagers died in the explosion on Friday.", 3, null],
    ["Four medics were wounded while evacuating the injured.", null, 4],
    ["Two doctors and a nurse were killed when the hospital was hit.", 3, null], // one list of civilians: three
    ["Five rescuers were injured as they searched the rubble.", null, 5],
    ["Six workers were killed at the construction site.", 6, null],
    ["Two aid workers were wounded when their convoy was shelled.", null, 2],
    ["Three policemen were wounded in the shootout.", null, 3],
    ["Two pilots died when the aircraft came down.", 2, null],
  ])("counts the victims in %s", (sentence, killed, wounded) => {
    expect(read(sentence)[0]).toMatchObject({ killed, wounded });
  });
  it("reads an age before the noun: 'a 9-year-old girl was killed'", () => {
    expect(read("A 9-year-old girl was killed when the shell struck her house.")).toEqual([
      { affected: "unspecified", killed: 1, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'crew members' as servicemen", () => {
    expect(read("The ministry said three crew members died when the transport plane was downed.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 3, wounded: null, qualifier: null },
    ]);
  });
  it("still finds no figure in an age that counts nobody", () => {
    expect(read("The 40-year-old commander was promoted last year.")).toEqual([]);
  });
});

describe("the same victims counted twice", () => {
  it("joins 'a boy was killed and two other children hurt' into one record", () => {
    expect(read("The separatist ministry said a teenage boy was killed and three other children were hurt by the blast.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 1, wounded: 3, qualifier: null },
    ]);
  });
  it("reads 'a third was injured' as one more of the same victims", () => {
    expect(read("Moscow said two of the helicopter's pilots died and a third was injured.", "russia")).toEqual([
      { affected: "russia", killed: 2, wounded: 1, qualifier: null },
    ]);
  });
  it("reads 'injuring a fourth' at the end of an active clause", () => {
    expect(read("Yerevan said a drone hit a car near the border, killing three soldiers and injuring a fourth.", "armenia")).toEqual([
      { affected: "armenia", killed: 3, wounded: 1, qualifier: null },
    ]);
  });
  it("does not read 'for a second time' or 'a third of' as a victim", () => {
    expect(read("The village was shelled for a second time on Sunday.")).toEqual([]);
    expect(read("A third of the residents were wounded or displaced, aid groups said.")).toEqual([]);
  });
  it("joins 'killing one civilian and wounding five others' into the claimant's own record", () => {
    expect(read("Baku said Armenian rockets hit the town before dawn, killing two civilians and wounding seven others.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 2, wounded: 7, qualifier: null },
    ]);
  });
  it("joins a figure and its 'more than N wounded' tail", () => {
    expect(read("Officials in Stepanakert said 60 people had died and more than 300 had been wounded.", "nagorno-karabakh")).toMatchObject([
      { affected: "nagorno-karabakh", killed: 60, wounded: 300 },
    ]);
  });
  it("reads 'two more were wounded' as more of the same victims", () => {
    expect(read("The army said four soldiers were killed and two more were wounded.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 4, wounded: 2, qualifier: null },
    ]);
  });
});

describe("more ways of saying killed", () => {
  it("reads 'martyred' as killed", () => {
    expect(read("Twelve servicemen of the Azerbaijani Army were martyred in the clashes, the ministry said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 12, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'N martyrs' as killed", () => {
    expect(read("The ministry said the operation left 19 martyrs.", "azerbaijan")[0]).toMatchObject({ affected: "azerbaijan", killed: 19 });
  });
  it("reads 'N more of its servicemen had died'", () => {
    expect(read("The army said nine more of its servicemen had died overnight.", "nagorno-karabakh")).toEqual([
      { affected: "nagorno-karabakh", killed: 9, wounded: null, qualifier: null },
    ]);
  });
  it("skips a long appositive that starts with 'including'", () => {
    expect(read("Three Russian peacekeepers, including a colonel of the contingent's staff, Major General Oleg Petrov, died in the ambush.")).toEqual([
      { affected: "russia", killed: 3, wounded: null, qualifier: null },
    ]);
  });
});

describe("tolls with words between the toll and its number", () => {
  it("reads 'the death toll from X on Y rose to N'", () => {
    expect(read("The death toll from Friday's missile attack on the city of Barda rose to 21, the prosecutor said.", "azerbaijan")).toEqual([
      { affected: "azerbaijan", killed: 21, wounded: null, qualifier: null },
    ]);
  });
  it("reads 'the number of people killed in X has risen to N'", () => {
    expect(read("The number of people killed in the collapse of a warehouse outside Martuni has risen to 17.")[0]).toMatchObject({ killed: 17 });
  });
  it("reads 'the number of injured … stood at N' as wounded", () => {
    expect(read("The number of injured in the blast stood at 130.")[0]).toMatchObject({ killed: null, wounded: 130 });
  });
});
