// A "he" or "she" whose harm a reporting verb tells (issue 7, casualties): "Rauf Aliyev said he was wounded" counts
// one wounded, as "Rauf Aliyev was wounded" does; the speaker described in passing counts no one. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx } from "./helpers.ts";

const read = (sentence: string, claimant: Parameters<typeof ctx>[0] = "azerbaijan") =>
  extractCasualties(sentence, ctx(claimant)).map((d) => [d.affected, d.killed, d.wounded]);

describe("a pronoun harmed, as someone said", () => {
  it("counts one wounded who said he was wounded", () => {
    expect(read("Rauf Aliyev said he was wounded while carrying a friend to the ambulance.")).toEqual([["azerbaijan", null, 1]]);
  });
  it("counts one wounded who said he was himself injured", () => {
    expect(read("He said he was himself injured by shrapnel on the second day.")).toEqual([["azerbaijan", null, 1]]);
  });
  it("counts one wounded whom others told of", () => {
    expect(read("They told us she was badly injured.", "armenia")).toEqual([["armenia", null, 1]]);
  });
  it("counts one dead whom a speaker said was killed", () => {
    expect(read("Rauf Aliyev said he was killed.")).toEqual([["azerbaijan", 1, null]]);
  });
  it("counts no one for the speaker described in passing", () => {
    expect(read("Levon Hakobyan, who said he was wounded, spoke to reporters.", "armenia")).toEqual([]);
  });
  it("counts no one in a life told with no one saying so", () => {
    expect(read("He joined the army in 1991 and he was wounded there.")).toEqual([]);
  });
});
