import { describe, expect, it } from "vitest";
import raw from "../../src/core/attribution/gazetteer.json" with { type: "json" };
import { compileGazetteer, parseGazetteer } from "../../src/core/attribution/gazetteer.ts";
import { attributeSentence } from "../../src/core/attribution/attributeSentence.ts";
import { emptyDiscourse } from "../../src/core/attribution/discourse.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

describe("the gazetteer is data", () => {
  it("rejects an unknown side, naming where it is", () => {
    const bad = { ...raw, actors: [{ side: "narnia", type: "person", names: ["Aslan"] }] };
    expect(() => parseGazetteer(bad)).toThrow(/counterclaim: gazetteer: actors\.0\.side/);
  });

  it("learns a new actor from data alone (until then a named stranger with no role is 'unclear')", () => {
    const sentence = "Zaur Mammadov told reporters the road was open.";
    const before = attributeSentence(sentence, emptyDiscourse(), compileGazetteer(parseGazetteer(raw)));
    expect(before.voices[0]?.sides).toEqual(["unclear"]);
    const extended = { ...raw, actors: [...raw.actors, { side: "azerbaijan", type: "person", names: ["Zaur Mammadov"] }] };
    const after = attributeSentence(sentence, emptyDiscourse(), compileGazetteer(parseGazetteer(extended)));
    expect(after.voices[0]?.sides).toEqual(["azerbaijan"]);
  });

  it("finds the places a sentence names, under their usual name", () => {
    const article = parseArticle({
      file: "p.txt",
      text: "Clashes near Hadrout\n\nThe Defense Army said Azerbaijani forces shelled Shushi and Khojavend overnight.",
    });
    const places = Object.values(extractArticle(article).places).flat();
    expect(places).toEqual(expect.arrayContaining(["Hadrut", "Shusha", "Martuni"]));
  });
});

describe("a place's other spellings", () => {
  it("reads a transliteration or the other side's name as the place itself", async () => {
    const { defaultGazetteer, placesIn } = await import("../../src/core/attribution/gazetteer.ts");
    const { tokenize } = await import("../../src/core/attribution/tokens.ts");
    expect(placesIn(defaultGazetteer, tokenize("A missile struck Gyanja overnight."))).toEqual(["Ganja"]);
    expect(placesIn(defaultGazetteer, tokenize("Shelling resumed in Khankendi."))).toEqual(["Stepanakert"]);
  });
  it("gives search one group per place with spellings, led by the place's name", async () => {
    const { PLACE_SPELLINGS } = await import("../../src/core/attribution/gazetteer.ts");
    expect(PLACE_SPELLINGS).toContainEqual(expect.arrayContaining(["ganja", "gyanja", "gence"]));
    expect(PLACE_SPELLINGS.every((g) => g.length >= 2)).toBe(true);
  });
});
