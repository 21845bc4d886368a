// A speaker named only after their words gives those words their side.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function read(...paragraphs: string[]) {
  const knowledge = extractArticle(parseArticle({ file: "r.txt", text: ["Border tense after night of shelling", ...paragraphs].join("\n\n") }));
  return {
    sides: (start: string) => knowledge.claims.filter((c) => c.sentence.startsWith(start)).map((c) => c.side),
    figures: (start: string) =>
      knowledge.casualties.filter((f) => f.sentence.startsWith(start)).map((f) => `${f.claimedBy}>${f.affected}:${f.killed}/${f.wounded}`),
  };
}

describe("a speaker named after their words", () => {
  it("gives a quotation the side of the aide who, the next sentence says, wrote it", () => {
    const { sides } = read(
      '"Shelling sleeping towns is a war crime and will be answered." That was how an aide to President Ilham Aliyev described the night on social media.',
    );
    expect(sides('"Shelling sleeping towns')).toEqual(["azerbaijan"]);
    expect(sides("That was how")).toEqual(["azerbaijan"]);
  });

  it("gives a warning and its figure the side of the ministry it 'came from'", () => {
    const { sides, figures } = read(
      '"Provocations will not go unanswered; two of our border guards were wounded overnight."',
      "That warning came from Russia's Foreign Ministry, which said its embassy had been told.",
    );
    expect(sides('"Provocations will not')).toEqual(["russia"]);
    expect(figures('"Provocations will not')).toEqual(["russia>russia:null/2"]);
  });

  it("reads 'those words were posted by' a president", () => {
    const { sides } = read(
      '"Our thoughts are with the families in Goris."',
      "Those words were posted on social media by President Emmanuel Macron late on Tuesday.",
    );
    expect(sides('"Our thoughts')).toEqual(["france"]);
  });

  it("does not give a sentence that has its own speaker the next sentence's side", () => {
    const { sides } = read(
      "Armenia's Defence Ministry said the shelling had stopped at dawn.",
      "That warning came from Russia's Foreign Ministry, which said its embassy had been told.",
    );
    expect(sides("Armenia's Defence Ministry said")).toEqual(["armenia"]);
  });

  it("does not take 'that was how the war began' for a speaker", () => {
    const { sides } = read('"We were asleep when it started."', "That was how the war began for the village.");
    expect(sides('"We were asleep')).toEqual([]);
  });
});
