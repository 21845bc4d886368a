// Two speakers of different sides parted by a semicolon: each claim is its own clause, so that no
// answer line shows one side's words under the other side's name.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { defaultGazetteer } from "../../src/core/attribution/gazetteer.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";

const text = [
  "Border villages count the cost",
  "",
  "YEREVAN, 3 May -- Shooting resumed near the border on Tuesday.",
  "",
  "Yerevan said three of its positions near Sotk had come under mortar fire; Baku said its units had only answered fire from the Armenian side. Azerbaijan accused Armenia of shelling its villages, a charge Yerevan rejected.",
].join("\n");

describe("claims of two speakers parted by a semicolon", () => {
  const article = extractArticle(parseArticle({ file: "001_semicolon.txt", text }), defaultGazetteer);
  const claimOf = (side: string, words: string) => article.claims.find((c) => c.side === side && c.sentence.includes(words));

  it("gives each side its own clause as the claim's text", () => {
    expect(claimOf("armenia", "Sotk")?.sentence).toBe("Yerevan said three of its positions near Sotk had come under mortar fire");
    expect(claimOf("azerbaijan", "answered fire")?.sentence).toBe("Baku said its units had only answered fire from the Armenian side.");
  });

  it("keeps the whole sentence where the second speaker's words are no sentence of their own", () => {
    expect(claimOf("armenia", "a charge Yerevan rejected")?.sentence).toBe("Azerbaijan accused Armenia of shelling its villages, a charge Yerevan rejected.");
  });
});
