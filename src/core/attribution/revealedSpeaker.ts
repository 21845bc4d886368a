// A speaker named only after their words: '"A war against civilians will be answered." That was
// how an aide to the president described the shelling.' The second sentence names who spoke the
// first; read as "according to <that speaker>", it gives both sentences their side.
import { patternsOf, type RuleTable } from "../rules/rule.ts";

/** Nouns for what was said, as the subject of "came from" or "were … by". */
const SAID = String.raw`(?:warning|statement|message|remarks?|words?|lines?|appeal|call|assessment|threat|criticism|accusation|claim|comments?|denial|response|reply|verdict|pledge|promise|assurance|post|tweet|quotes?|description|account)`;

export const REVEAL_RULES = {
  // "That was how X described the strike": the speaker stands between "how" and the verb.
  wasHow: {
    pattern:
      /^(?:that|this|such)\s+(?:was|is)\s+how\s+(?<source>.+?)\s*,?\s+(?:described|put|summed\s+up|characteri[sz]ed|explained|framed|portrayed|called|presented|justified|greeted|welcomed|answered)\b/iu,
    examples: [
      "That was how an aide to the Azerbaijani president described the shelling of Tartar.",
      "This is how Russia's deputy foreign minister, Andrei Rudenko, put it on Monday.",
    ],
    counterExamples: ["That was how the war began.", "This is how the ceasefire broke down."],
  },
  // "That warning came from Russia's deputy foreign minister"
  // (Not "The first word came from Yerevan.": what came first opens what follows; it names no earlier speaker.)
  cameFrom: {
    pattern: new RegExp(
      String.raw`^(?:that|this|those|these|the)\s+(?:(?:stark|blunt|latest|same|last|sharpest|strongest)\s+)?${SAID}\s+(?:came|comes|had\s+come)\s+from\s+(?<source>.+)$`,
      "iu",
    ),
    examples: [
      "That warning came from Russia's deputy foreign minister, who said Moscow would respond.",
      "The assurance came from Armenia's Defence Ministry.",
    ],
    counterExamples: ["The shells came from Azerbaijani positions.", "The money came from the budget.", "The first word came from Yerevan."],
  },
  // "Those were the words of President Emmanuel Macron", "The words were those of …"
  wordsOf: {
    pattern:
      /^(?:those|these|they|such)\s+were\s+the\s+(?:words|remarks|comments)\s+of\s+(?<source>.+)$|^the\s+(?:words|remarks|comments)\s+were\s+those\s+of\s+(?<source2>.+)$/iu,
    examples: ["Those were the words of President Emmanuel Macron on Sunday.", "The words were those of Armenia's foreign minister."],
    counterExamples: ["Those were the words that started the war.", "The words were painted on the wall."],
  },
  // "Those words were posted on social media by President Emmanuel Macron"
  postedBy: {
    pattern: new RegExp(
      String.raw`^(?:that|this|those|these|the)\s+${SAID}\s+(?:was|were)\s+(?:posted|written|tweeted|spoken|delivered|uttered|issued|published|broadcast)\b[^.]{0,40}?\bby\s+(?<source>.+)$`,
      "iu",
    ),
    examples: [
      "Those words were posted on social media by President Emmanuel Macron.",
      "The statement was issued late on Friday by Azerbaijan's Foreign Ministry.",
    ],
    counterExamples: ["The bridge was destroyed by shelling.", "The posts were written in Russian."],
  },
} satisfies RuleTable<string>;

const CUES = Object.values(patternsOf(REVEAL_RULES));

/** Where the speaker's name starts in a sentence that names the speaker of the one before it; -1 when it does not. */
export function revealedSource(sentence: string): number {
  for (const cue of CUES) {
    const m = cue.exec(sentence.trim());
    const source = m?.groups?.source ?? m?.groups?.source2;
    if (m && source) return sentence.indexOf(source, sentence.length - sentence.trimStart().length);
  }
  return -1;
}

/**
 * The sentence to read for the revealed speaker: "According to <speaker>", up to the verb in
 * "was how" (whose object is the thing described, not the speaker).
 */
export function revealedReading(sentence: string): string | null {
  const at = revealedSource(sentence);
  if (at < 0) return null;
  const how = REVEAL_RULES.wasHow.pattern.exec(sentence.trim());
  const source = how?.groups?.source ?? sentence.slice(at);
  return `According to ${source.replace(/[\s,]+$/, "")}${/[.!?]$/.test(source) ? "" : "."}`;
}
