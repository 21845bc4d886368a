// An interview whose questions carry no label while its guest's answers do ("Vladimir Kazimirov:
// …", later "Kazimirov: …"), on a page that does not call itself an interview: the guest who
// answers twice makes the bare questions before his turns the interviewer's (issue 7).
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const page = (...paragraphs: string[]) => parseArticle({ file: "talk.md", text: paragraphs.join("\n\n") });

const TALK = [
  "# Looking back at the truce",
  "He led a mediation mission for three years and now teaches in Vienna.",
  "Did you expect the truce to last this long?",
  "Karl Brandauer: I had hopes then. Few people could predict such a long freeze.",
  "Was the truce signed in Bishkek?",
  "Brandauer: No. What was signed there by the heads of three parliaments was a protocol.",
];

describe("an interview with bare questions and a labelled guest", () => {
  it("reads the bare questions as the interviewer's and the labelled turns as answers", () => {
    const article = page(...TALK);
    expect(article.meta.genre).toBe("interview");
    const roles = article.passages.map((p) => article.structure.turns[p.id]?.role ?? null);
    expect(roles.slice(-4)).toEqual(["question", "answer", "question", "answer"]);
  });

  it("gives every sentence of an answer to the guest, not to the parliaments it names", () => {
    const claims = extractArticle(page(...TALK)).claims.filter((c) => c.sentence.includes("heads of three parliaments"));
    expect(claims.map((c) => c.speaker)).toEqual(["Brandauer"]);
  });

  it("leaves a news story with one question in it a news story", () => {
    const article = page("# Truce holds", "Officials met in Baku.", "Will it last?", "Karl Brandauer: Nobody knows.");
    expect(article.meta.genre).not.toBe("interview");
  });
});
