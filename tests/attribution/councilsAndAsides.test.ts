// A body's request whose addressee has a long name, a lower-case soviet that is a place's council,
// and a "where" aside between a subject and its verb: classes fixed with sentences written for this test.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a request to a body with a long name", () => {
  it("is a claim of the body that asks, however many words the addressee's name takes", () => {
    const [reading] = readSentences("The Karabakh parliament asked the Supreme Soviets of Azerbaijan and Armenia to transfer the region.");
    expect(reading?.sides).toEqual(["nagorno-karabakh"]);
  });

  it("is no request where nothing is asked of anyone", () => {
    expect(readSentences("The Karabakh parliament asked the Supreme Soviets of Azerbaijan and Armenia about it.")[0]?.sides).toEqual([]);
  });
});

describe("a soviet written in lower case", () => {
  it("is the council of the place it is named after", () => {
    expect(sidesOf("In February the regional soviet of Nagorno-Karabakh asked Moscow to intervene.")).toEqual(["nagorno-karabakh"]);
  });

  it("leaves the Union's capitalised Soviet bodies unresolved", () => {
    expect(sidesOf("The Soviet of Nationalities asked the republics to calm the crowds.")).toEqual(["unclear"]);
  });
});

describe("an aside opened by 'where' between a subject and its verb", () => {
  it("describes the subject, whose verb it is, not the addressee after the verb", () => {
    expect(sidesOf("The Karabakh parliament, where Armenians hold most seats, appealed to Moscow to intervene.")).toEqual(["nagorno-karabakh"]);
  });

  it("still holds the verb when no comma closes it before the verb", () => {
    expect(sidesOf("Thousands gathered in Baku, where Azerbaijan's president said the army would not stop.")).toEqual(["azerbaijan"]);
  });
});
