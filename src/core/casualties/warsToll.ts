// A war's toll given in passing: "…, a conflict that killed some 30,000 people", "The 2020 war had killed more than
// 6,500 people". Whoever speaks in the sentence, or in the sentence before, such a toll of people of no side is the
// outlet's background to what they say, not their claim (the golds give it to no one: unattributed, unspecified).
import { patternsOf, type RuleTable } from "../rules/rule.ts";

/** A qualifier the count may carry, read before it. */
const HEDGE = "(?:(?:some|about|around|roughly|nearly|almost|over|more\\s+than|an\\s+estimated)\\s+)?";
/** What a war did to the people counted: "killed", "had claimed", "left (… dead)". */
const WAR_VERB = "(?:had\\s+|has\\s+)?(?:killed|claimed)\\s+";

export const WARS_TOLL_RULES = {
  // "…, a conflict that killed some 30,000 people": a war in apposition, after the speaker's words.
  warInApposition: {
    pattern: new RegExp(`,\\s+(?:a|the)\\s+(?:[\\w-]+\\s+){0,2}(?:war|conflict)\\s+(?:that|which)\\s+${WAR_VERB}${HEDGE}$`, "i"),
    examples: ["relatives of his had died in the war over the region, a conflict that killed some ", "in the early 1990s, a war which had claimed "],
    counterExamples: ["the conflict that killed some ", "a conflict that killed some 20 soldiers and ", ", a shelling that killed "],
  },
  // "The 2020 war had killed more than 6,500 people": a sentence that opens on the war, with no speaker of its own.
  // ("The war waged against Azerbaijan killed 20,000": a war against a side counts that side's dead, the speaker's.)
  warOpensSentence: {
    pattern: new RegExp(
      `^(?:The|That|This)\\s+(?:\\d{4}\\s+|first\\s+|second\\s+|[\\w-]+-day\\s+)?(?:war|conflict)(?:\\s+(?:of|in|over)\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+){0,2})?\\s+${WAR_VERB}${HEDGE}$`,
    ),
    examples: ["The 2020 war had killed more than ", "The war of 2020 killed ", "The first war claimed about "],
    counterExamples: ["The war waged against Azerbaijan killed ", "He said the war had killed ", "The shelling killed "],
  },
} satisfies RuleTable<string>;

const { warInApposition, warOpensSentence } = patternsOf(WARS_TOLL_RULES);

/** A source the sentence names after the toll: "…, according to estimates by relief agencies", "…, figures cited by aid groups". */
const SOURCE_AFTER = /\baccording\s+to\b|\b(?:said|says|estimates?|estimated|figures?|cited|reported)\b/i;

/**
 * Whether a count is a war's toll given in passing, by the words before it and after it. (A sentence that opens on
 * the war and names its own source after the toll gives that source's figure.)
 */
export function isWarsToll(before: string, after: string): boolean {
  return warInApposition.test(before) || (warOpensSentence.test(before) && !SOURCE_AFTER.test(after));
}
