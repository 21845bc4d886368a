// Victims a sentence does not count: those it imagines ("If we had lost twelve men, every family
// would know"), those it speaks of in general ("every report of a wounded soldier"), and a total of
// victims that the same sentence splits into its dead and its wounded ("314 people, 61 of whom were
// killed and 253 injured"), whose parts are the figures.
import { patternsOf, type RuleTable } from "../rules/rule.ts";
import type { VictimGroup } from "./victimGroups.ts";

export const UNCOUNTED_VICTIM_RULES = {
  // Read on the words before the count, back to the last clause break.
  counterfactual: {
    pattern:
      /(?:^|[,;:]\s*|\b(?:but|and)\s+)(?:even\s+)?(?:if\s+[^,;:.]{0,40}\bhad\b[^,;:.]{0,20}|had\s+(?:we|they|you|he|she|it)\s+)(?:lost|suffered|been\s+killed|killed)\s+(?:only\s+)?$/i,
    examples: ["If we had lost ", "Had we lost ", "Even if the army had suffered "],
    counterExamples: ["The army said it had lost ", "If confirmed, the ministry's figure of "],
  },
  generic: {
    pattern: /\b(?:every|any|each)\s+(?:report|claim|story|case|mention|rumou?r|video|photo)s?\s+of\s+$|\bwhenever\s+$/i,
    examples: ["every report of ", "Any claim of ", "whenever "],
    counterExamples: ["The report of ", "a report of "],
  },
  // "had met relatives of the dead and a wounded child", "visited an injured boy in hospital": someone met,
  // one of victims counted elsewhere, not a figure.
  visited: {
    pattern: /\b(?:met|meets|meeting|visited|visits|visiting|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+(?:[^,;.]{0,60}?\s+and\s+)?$/i,
    examples: ["she had met relatives of the dead and ", "He visited ", "The minister spoke with "],
    counterExamples: ["The shelling killed ", "She said "],
  },
  // Read on the words after the count.
  totalOfBoth: {
    pattern:
      /^(?:\s+(?:people|persons|victims))?\s*,\s*(?:\d[\d,]*|[a-z-]+)\s+of\s+whom\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|died|dead)\b[^.;]{0,40}?\band\s+(?:\d[\d,]*|[a-z-]+)\s+(?:were\s+)?(?:injured|wounded)\b/i,
    examples: [" people, 61 of whom were killed and 253 injured", ", 12 of whom died and 40 were wounded"],
    counterExamples: [" people, most of them civilians", " soldiers were killed and 253 injured"],
  },
} satisfies RuleTable<string>;

const { counterfactual, generic, visited, totalOfBoth } = patternsOf(UNCOUNTED_VICTIM_RULES);

/** Whether the group counts no one the sentence reports as killed or wounded. */
export function isUncounted(text: string, group: VictimGroup): boolean {
  const before = text.slice(0, group.start);
  return counterfactual.test(before) || generic.test(before) || visited.test(before) || totalOfBoth.test(text.slice(group.end));
}
