// "The prosecutor's office said on Monday that … . According to the indictment, 40 civilians were
// killed." A sentence that names no speaker but points back, with a definite article, to the
// document the last speaker put forward ("the indictment", "the same statement", "its report")
// carries on that speaker's report: its figures are that speaker's. Only a sentence right after one
// with a single, resolved speaker; an unqualified "official figures" or "according to data" points
// to nobody in particular and inherits nothing.
import { patternsOf, type RuleTable } from "../rules/rule.ts";

/** The documents a speaker puts forward, as a later sentence names them. */
const DOCUMENT =
  "(?:indictment|charge\\s+sheet|charges|document|statement|communiqu[eé]|report|bulletin|release|letter|appeal|figures|data|count|tally|list|findings|verdict|resolution|note|briefing)";

/** A document that names its owner ("the data of the Defence Army", "the figures published by Stepanakert") points back to no one. */
const NO_OWNER = "(?!\\s+(?:of|by|from|published|released|issued|compiled|given|provided|made)\\b)";

/** Words that may stand between the article and the document: "the same", "its latest", "the updated". */
const QUALIFIER = "(?:(?:same|latest|new|updated|revised|official|final|earlier|later|written|joint|full)\\s+){0,2}";

export const DOCUMENT_REFERENCE_RULES = {
  accordingTo: {
    pattern: new RegExp(`\\baccording\\s+to\\s+(?:the|its|their|his|her)\\s+${QUALIFIER}${DOCUMENT}\\b${NO_OWNER}`, "iu"),
    examples: [
      "According to the indictment, 40 civilians were killed in the shelling.",
      "According to the same document, 85 soldiers were wounded.",
      "The village was shelled twice, in which, according to the charge sheet, nine people died.",
      "According to its latest figures, 14 people were injured.",
    ],
    counterExamples: [
      "According to official figures, 14 people were injured.",
      "According to data from the health service, 14 people were injured.",
      "According to the ministry, 14 people were injured.",
      "According to witnesses, the report was false.",
      "According to the data of the border guards, 14 people were injured.",
      "According to the figures published by the regional authorities, 14 people were injured.",
    ],
  },
  sameDocument: {
    // "The same statement put the wounded at 30": the document is the subject, pointed back to.
    pattern: new RegExp(`^the\\s+same\\s+${QUALIFIER}${DOCUMENT}\\b${NO_OWNER}`, "iu"),
    examples: ["The same statement put the number of wounded at 30.", "The same official data show 12 more dead."],
    // ("This report …" is the outlet's own page; "That count …" as often a count the text disputes.)
    counterExamples: ["The statement was issued on Monday.", "This report counts 30 dead.", "That count was later revised to 30."],
  },
} satisfies RuleTable<string>;

const PATTERNS = patternsOf(DOCUMENT_REFERENCE_RULES);

/** Whether a sentence points back to a document the previous speaker put forward. */
export function pointsBackToDocument(sentence: string): boolean {
  return PATTERNS.accordingTo.test(sentence) || PATTERNS.sameDocument.test(sentence);
}
