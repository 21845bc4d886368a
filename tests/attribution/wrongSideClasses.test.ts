// Issue 7, "a wrong side is worse than no side": voices whose description names a side they do not
// speak for. A place in the subject's description (where a driver comes from, where villagers were
// met, where a group meets) is no speaker; civil bodies counted "in Armenia" are no state.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a private person from a place, with an aside before the verb", () => {
  it("speaks for herself", () => {
    expect(sidesOf("A driver from Ijevan, who asked not to give his name, said his lorry carried flour.")).toEqual(["other"]);
    expect(sidesOf("A pensioner from Barda, who asked not to be named, said the blast woke the street.")).toEqual(["other"]);
  });

  it("leaves officials from a capital to their state, and workers from a body to the body", () => {
    expect(sidesOf("Officials from Baku, who asked not to be named, said the talks had stalled.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Aid workers from the International Committee of the Red Cross said hundreds of families were sleeping in wagons.")).toEqual(["icrc"]);
  });
});

describe("people placed by where they were met or where they are", () => {
  it("speak for themselves", () => {
    expect(sidesOf("The refugees I met in a gym in Goris tell it differently.")).toEqual(["other"]);
    expect(sidesOf("Others in Baku said the slogans pointed to nationalists.")).toEqual(["other"]);
    expect(sidesOf("A veterans' group in Shusha issued a statement warning against any concession.")).toEqual(["other"]);
  });

  it("leave officials of the place to its side, and fighters the reporter met there to the side they fight for", () => {
    expect(sidesOf("Officials in Baku said the slogans pointed to nationalists.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Armenian fighters we met in Stepanakert on Sunday told us the road was mined.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("civil bodies counted in a state", () => {
  it("speak for themselves", () => {
    expect(sidesOf("Twenty non-governmental organisations in Azerbaijan said the mine was poisoning the river.")).toEqual(["other"]);
  });

  it("leave the state's own bodies to it", () => {
    expect(sidesOf("Government agencies in Azerbaijan said the mine was safe.")).not.toEqual(["other"]);
  });
});

describe("a gathering in a capital", () => {
  it("is not the capital speaking", () => {
    expect(sidesOf("The heads of Armenia's religious communities met in Yerevan on Friday to condemn what they called attacks on churches.")).toEqual([
      "other",
    ]);
  });

  it("leaves the state's own meeting to it", () => {
    expect(sidesOf("Armenia's Security Council met in Yerevan on Friday to condemn what it called attacks on churches.")).toEqual(["armenia"]);
  });
});
