// Victims a sentence does not count: those it imagines ("If we had lost twelve men, every family
// would know"), those it speaks of in general ("every report of a wounded soldier"), and a total of
// victims that the same sentence splits into its dead and its wounded ("314 people, 61 of whom were
// killed and 253 injured"), whose parts are the figures; and a killing named as someone's crime, the one a
// court sentenced him for or that says who he is ("serving a life sentence for the 2004 murder of …"), which
// is a case, not a figure of the conflict's dead.
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
  // "serving a life sentence for killing (Lieutenant A B)", "jailed in 2006 for the murder of (an Armenian
  // officer)", "pardoned … for the axe murder of": the crime a court judged, years after it, not a casualty figure.
  // (Only a sentence or a pardon: "accused them of killing three villagers" reports the deaths, and a conviction
  // "of the murder of A B" names one dead.)
  crimeJudged: {
    pattern:
      /\b(?:sentenced?|sentencing|jailed|imprisonment|pardon(?:ed|ing|s)?)\b[^.;]{0,120}?\b(?:for|of)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:axe\s+|brutal\s+)?(?:killing|murder(?:ing)?|slaying)(?:\s+of)?\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?\p{Lu}[\p{L}'’-]*,\s+)?$/iu,
    examples: [
      "was serving a life sentence for killing ",
      "sentenced him, a lieutenant in the army, to life imprisonment for the murder of ",
      "an officer who was serving a life sentence in Hungary for the 2004 axe murder of ",
      "a life sentence imposed by a Budapest court for killing Gurgen Margaryan, ",
    ],
    counterExamples: [
      "The ministry accused them of killing ",
      "A court convicted him of the murder of ",
      "the sentence was read out hours after the killing of ",
      "They were killed ",
    ],
  },
  // "the Azerbaijani officer who killed (an Armenian fellow student) in 2004", "a man who, by his own admission, killed
  // (another human being)": the deed that says who the killer is.
  killersDeed: {
    pattern:
      /\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:man|woman|officer|soldier|serviceman|conscript|sergeant|lieutenant|student)\s+who(?:\s*,[^,;.]{1,40},)?\s+(?:had\s+)?(?:killed|murdered)\s+$/iu,
    examples: ["Ramil Safarov, the Azerbaijani officer who killed ", "promoting a man who, by his own admission, killed "],
    counterExamples: ["Azerbaijani troops who killed ", "The gunmen who killed ", "a shell that killed "],
  },
  // "had given a flat to the family of (a fallen soldier)": one of the war's dead named only to say whose kin are
  // meant, a life's anecdote rather than a figure (see ONE_FALLEN, which the group itself must match).
  kinOfOneFallen: {
    pattern: /\b(?:family|widow|widower|mother|father|parents|orphans?|children|son|daughter|brother|sister|grave)\s+of\s+$/i,
    examples: ["he had given a state apartment to the family of ", "She visited the grave of "],
    counterExamples: ["he said that ", "the shelling killed "],
  },
  // Read on the words after the count.
  // "(a man) who, by his own admission, killed another", "(the gunmen) who killed the speaker": the killer, not a victim.
  killerAfter: {
    pattern: /^\s*,?\s*who(?:\s*,[^,;.]{1,40},)?\s+(?:had\s+|has\s+)?(?:killed|murdered|shot)\b/i,
    examples: [" who, by his own admission, killed", ", who killed", " who had shot"],
    counterExamples: [" who was killed", ", who died of his wounds", " who were shot dead"],
  },
  // "losses were at least (five) times higher than Armenian ones": a multiple of another count, no count of anyone.
  multiple: {
    pattern: /^\s*(?:times|-fold)\b/i,
    examples: [" times higher than Armenian ones", "-fold"],
    counterExamples: [" soldiers were killed", " timeshare", " at times"],
  },
  totalOfBoth: {
    pattern:
      /^(?:\s+(?:people|persons|victims))?\s*,\s*(?:\d[\d,]*|[a-z-]+)\s+of\s+whom\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|died|dead)\b[^.;]{0,40}?\band\s+(?:\d[\d,]*|[a-z-]+)\s+(?:were\s+)?(?:injured|wounded)\b/i,
    examples: [" people, 61 of whom were killed and 253 injured", ", 12 of whom died and 40 were wounded"],
    counterExamples: [" people, most of them civilians", " soldiers were killed and 253 injured"],
  },
} satisfies RuleTable<string>;

const { counterfactual, generic, visited, crimeJudged, killersDeed, kinOfOneFallen, killerAfter, multiple, totalOfBoth } = patternsOf(UNCOUNTED_VICTIM_RULES);

/** One of the dead described by an adjective alone, with no verb to tell of his death: "a fallen soldier". */
const ONE_FALLEN = /^an?\s+(?:fallen|dead|martyred|slain)\s/i;

/** Whether the group counts no one the sentence reports as killed or wounded. */
export function isUncounted(text: string, group: VictimGroup): boolean {
  const before = text.slice(0, group.start);
  return (
    counterfactual.test(before) ||
    generic.test(before) ||
    visited.test(before) ||
    crimeJudged.test(before) ||
    killersDeed.test(before) ||
    (kinOfOneFallen.test(before) && ONE_FALLEN.test(text.slice(group.start))) ||
    killerAfter.test(text.slice(group.end)) ||
    multiple.test(text.slice(group.end)) ||
    totalOfBoth.test(text.slice(group.end))
  );
}
