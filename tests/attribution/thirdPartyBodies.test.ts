// Third parties met on first contact in blind93 (issue 7): a demining charity's director in an
// interview, a deputy from a state that is no party. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const claimsOf = (text: string) => extractArticle(parseArticle({ file: "story.txt", text: `Mines and water\nField Desk\n12 March 2017\n\n${text}` })).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, fragment: string) => claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);

describe("a demining charity speaks for no side", () => {
  const claims = claimsOf(
    "The HALO Trust has cleared mines in the region for two decades. Its programme manager, Petra Lindqvist, said 40 minefields remained near the village of Mataghis.\n\nLindqvist said farmers had been injured while ploughing in the spring.",
  );

  it("gives its director's words to 'other', as the charity's", () => {
    expect(sideOf(claims, "40 minefields remained")).toEqual(["other"]);
    expect(sideOf(claims, "farmers had been injured while ploughing")).toEqual(["other"]);
  });
});

describe("a person named by the nationality of a state that is no party", () => {
  const claims = claimsOf(
    "A Bosnian diplomat, Jasmin Hadzic, said the reservoir's dam needed urgent repair.\n\nA Tunisian observer told reporters the vote had been calm.",
  );

  it("is a third party, not 'unclear'", () => {
    expect(sideOf(claims, "dam needed urgent repair")).toEqual(["other"]);
    expect(sideOf(claims, "the vote had been calm")).toEqual(["other"]);
  });
});
