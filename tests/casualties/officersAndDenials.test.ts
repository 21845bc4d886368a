import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "unattributed") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);
const inArticle = (body: string) =>
  extractArticle(parseArticle({ file: "t.txt", text: `Fighting on the border\n\nBy a correspondent\n\n${body}\n` })).casualties.map((c) => [
    c.claimedBy,
    c.affected,
    c.killed,
    c.wounded,
  ]);

describe("one officer among the dead", () => {
  it("reads 'a colonel is among its dead' as one of the speaker's dead", () => {
    expect(read("The ministry says a colonel is among its dead.", "azerbaijan")).toEqual([["azerbaijan", 1, null]]);
    expect(read("Officials said a lieutenant colonel was among their dead.", "armenia")).toEqual([["armenia", 1, null]]);
  });
  it("reads 'a major was killed' as one dead", () => {
    expect(read("The army said a major was killed by sniper fire.", "nagorno-karabakh")).toEqual([["nagorno-karabakh", 1, null]]);
  });
  it("gives 'the dead' one officer is among to the dead counted just before", () => {
    expect(inArticle("Baku says nine of its soldiers have been killed in the clashes. Each side blames the other. A colonel is among the dead.")).toEqual([
      ["azerbaijan", "azerbaijan", 9, null],
      ["unattributed", "azerbaijan", 1, null],
    ]);
  });
  it("gives no figure for one officer among dead no figure has counted yet", () => {
    expect(inArticle("Each side blames the other for the shooting. A general is among the dead.")).toEqual([]);
  });
  it("reads no victim in a rank set in apposition or counted among a toll's soldiers", () => {
    expect(read("The ministry said two officers, a major and a captain, had been killed.", "armenia")).toEqual([["armenia", 2, null]]);
    expect(read("A colonel was among the soldiers killed near the border, Baku said.", "azerbaijan")).toEqual([]);
    expect(read("A major offensive began at dawn, the ministry said.", "armenia")).toEqual([]);
  });
});

describe("one person and others like him", () => {
  it("counts 'a colonel and four other officers' as five", () => {
    expect(read("Yerevan said a colonel and four other officers were among its dead.", "armenia")).toEqual([["armenia", 5, null]]);
  });
  it("counts 'a general and five other officers were killed' as six", () => {
    expect(read("The defence ministry said a general and five other officers were killed.", "azerbaijan")).toEqual([["azerbaijan", 6, null]]);
  });
  it("counts 'a woman and two more civilians' as three", () => {
    expect(read("Stepanakert said a woman and two more civilians were wounded by shelling.", "nagorno-karabakh")).toEqual([["nagorno-karabakh", null, 3]]);
  });
});

describe("the wounded who then died", () => {
  it("reads 'a badly wounded sergeant, X, had died in hospital' as one killed", () => {
    expect(read("The army said a badly wounded sergeant, Karen Avagyan, had died in hospital.", "nagorno-karabakh")).toEqual([["nagorno-karabakh", 1, null]]);
  });
  it("reads 'two wounded soldiers later died' as two killed", () => {
    expect(read("The ministry said two wounded soldiers later died of their injuries.", "armenia")).toEqual([["armenia", 2, null]]);
  });
  it("keeps wounded victims who were only moved as wounded", () => {
    expect(read("The ministry said three wounded soldiers were flown to Yerevan.", "armenia")).toEqual([["armenia", null, 3]]);
  });
});

describe("a nation shared by the victims listed together", () => {
  it("gives civilians listed after one nation's soldiers that nation", () => {
    expect(read("At least 60 Azerbaijani soldiers and 9 civilians had died in the first week.")).toEqual([
      ["azerbaijan", 60, null],
      ["azerbaijan", 9, null],
    ]);
  });
  it("gives civilians added 'along with' one nation's soldiers that nation", () => {
    expect(read("More than 300 Armenian servicemen have been killed, along with 20 civilians.")).toEqual([
      ["armenia", 300, null],
      ["armenia", 20, null],
    ]);
  });
  it("keeps a nation the civilians have of their own", () => {
    expect(read("At least 60 Azerbaijani soldiers and 4 Armenian civilians had died.")).toEqual([
      ["azerbaijan", 60, null],
      ["armenia", 4, null],
    ]);
  });
  it("does not carry a nation into a clause of its own after a comma", () => {
    expect(read("Shelling killed 20 Armenians and 4 Azerbaijanis, and more than 60 people were injured.").at(-1)).toEqual(["unspecified", null, 60]);
  });
});

describe("a side's denial of its own losses", () => {
  it("reads 'denied that any of their officers had died' as none of theirs killed", () => {
    expect(read("The Karabakh army denied that any of their officers had died.", "nagorno-karabakh")).toEqual([["nagorno-karabakh", 0, null]]);
  });
  it("reads 'denied that any civilians were wounded' as none wounded", () => {
    expect(read("Officials denied that any civilians were wounded in the strike.", "azerbaijan")).toEqual([["azerbaijan", null, 0]]);
  });
  it("reads no figure from a denial of anything but a death or a wound", () => {
    expect(read("The ministry denied that any of its positions had been lost.", "armenia")).toEqual([]);
  });
});
