// A figure in the words of a speaker the attribution stage could not place ("Prosecutors said three
// people were killed", "…, killing all 22 people aboard, officials said"): the sentence reaches the
// casualty reader as the outlet's own, but the figure is someone's claim. Giving it to the outlet
// would name a wrong claimant; better no record than a guessed one. The outlet's own words ("an
// earlier version of this story said", "by our count") and a verb in the passive ("three soldiers
// were reported wounded", which names no speaker) stay the outlet's.
import { patternsOf, type RuleTable } from "../rules/rule.ts";
import type { VictimGroup } from "./victimGroups.ts";

/** A verb by which a speaker puts words forward, in the active voice. */
// ("The war has claimed 30,000 lives": "claimed" alone is a toll's verb; only "claimed that" is speech.)
const SPEECH_VERB =
  "(?:said|says|say|told(?:\\s+[^,;:.]{1,40}?)?|tells(?:\\s+[^,;:.]{1,40}?)?|reported|reports|added|adds|announced|announces|stated|states|claimed\\s+that|claims\\s+that|wrote|writes)";

export const UNVOICED_SPEAKER_RULES = {
  // Read on the words before the count, back to the last clause break: a subject, a speech verb, maybe "that".
  speakerBefore: {
    pattern: new RegExp(
      `(?:^|[,;:"(]\\s*|\\b(?:and|but|when|while|as)\\s+)(?<subject>[^,;:"()]{1,80}?)\\s+(?:(?:has|have|had|also|later|then|initially|first|earlier|again|now|did\\s+not|never)\\s+)*${SPEECH_VERB}\\s+(?:(?:on|at|in|late|early)\\s+[^,;:]{1,30}?\\s+)?(?:that\\s+)?[^;:]*$`,
      "iu",
    ),
    examples: [
      "Prosecutors said ",
      "By Saturday evening, officials said ",
      "The ministry added that one civilian was also killed and ",
      "A source close to the defence ministry told The Moscow Times that ",
      "That office said on Monday that ",
    ],
    counterExamples: [
      "Three soldiers were ",
      "The conflict has claimed ",
      "The shelling killed ",
      "Since the war began, ",
      "The war has claimed more than 6,500 lives and ",
    ],
  },
  // Read on the words after the count: a speaker named at the end of the sentence, or set off by commas.
  speakerAfter: {
    pattern: new RegExp(
      `^[^;:]*?,\\s*["']?\\s*(?<subject>(?!(?:although|though|but|and|while|whereas|which|who|when|as|after|before|because|since|if)\\b)[^\\s,;:"()][^,;:"()]{0,59}?)\\s+${SPEECH_VERB}(?:\\s+[^,;:.]{1,30}?)?\\s*(?:[.!"']*\\s*$|,)`,
      "iu",
    ),
    examples: [
      " people aboard, officials said Thursday.",
      " was wounded, the county governor said at the time.",
      " civilian and damaging homes, a local official said.",
    ],
    counterExamples: [" people died, although both sides say the real figure is higher.", " were killed in the blast.", " dead, said to be"],
  },
  // "…, Alexander Katusev, who said that two inhabitants …": a relative clause of speech about someone named before it,
  // whatever clause the sentence opened with ("Those deaths were announced by …").
  relativeSpeaker: {
    pattern: new RegExp(`,\\s*(?<subject>who|whom)\\s+(?:(?:had|has|have|also|later|then)\\s+)*${SPEECH_VERB}\\s+(?:that\\s+)?[^;:]*$`, "iu"),
    examples: ["announced by the deputy prosecutor, Alexander Katusev, who said that ", "a doctor, who told reporters that "],
    counterExamples: ["Those first deaths were announced on the radio, and ", "a doctor who treated "],
  },
  // "According to the district authorities, …", "…, according to news reports": a source named anywhere in the sentence.
  accordingTo: {
    pattern: /\baccording\s+to\s+(?<subject>[^,;:()]{2,60}?)(?=\s*(?:[,;:()]|$|\.\s*$))/iu,
    examples: ["According to the district authorities, an air strike killed seven", "two men were killed, according to news reports."],
    counterExamples: ["the accord signed on Monday", "as agreed to by both sides"],
  },
  // Estimates and tallies the outlet sums up: "according to most estimates", "according to official estimates".
  outletsSummary: {
    pattern: /\b(?:estimates?|tall(?:y|ies))\b/i,
    examples: ["most estimates", "official estimates", "a tally by the newsletter"],
    counterExamples: ["the district authorities", "news reports", "official figures released on Thursday"],
  },
  // The outlet itself, or its earlier text, as the one who says it.
  outletItself: {
    pattern:
      /^(?:we|I)$|\b(?:version|edition)\b|\b(?:this|our)\s+(?:article|story|report|newspaper|paper|dispatch|explainer|page|correspondent|reporter)\b|\bby\s+our\s+count\b/i,
    examples: ["An earlier version of this article", "We", "Note: A previous version"],
    counterExamples: ["Prosecutors", "The ministry", "officials"],
  },
  // Officials named by no state or body: "officials", "local officials", "the district authorities".
  unnamedOfficials: {
    pattern: /^(?:the\s+)?(?:(?:local|district|regional|provincial|city|municipal|government|military|senior)\s+)*(?:officials?|authorities)$/i,
    examples: ["officials", "Local officials", "the district authorities"],
    counterExamples: ["Prosecutors", "a conscript's father", "news reports"],
  },
  // "The most widely reported incident came …": "reported" after an article and a degree adverb describes the noun
  // after it, as a participle; no one is named as saying anything.
  describedAsReported: {
    pattern:
      /^(?:the|an?|its|their|this|that)\s+(?:[\p{L}-]+\s+)?(?:widely|most|more|less|least|best|commonly|often|frequently|much|rarely|seldom|under|over|mis)$/iu,
    examples: ["The most widely", "the best", "a less"],
    counterExamples: ["Prosecutors", "Officials often", "the ministry", "first"],
  },
  // A verb in the passive or a participle: "were reported", "was said": no speaker is named.
  passive: {
    pattern: /\b(?:was|were|is|are|been|being|be)$/i,
    examples: ["three soldiers were", "It was", "have been"],
    counterExamples: ["Prosecutors", "the ministry"],
  },
} satisfies RuleTable<string>;

const { speakerBefore, speakerAfter, relativeSpeaker, accordingTo, outletsSummary, outletItself, unnamedOfficials, describedAsReported, passive } =
  patternsOf(UNVOICED_SPEAKER_RULES);

/** Who puts a count forward when the sentence's reading placed no one: no one named, unnamed officials, or someone else. */
export type UnplacedSpeaker = "none" | "officials" | "someone";

/**
 * The speaker named in the sentence for the count, when the sentence's reading did not give it a side
 * (the caller knows it gave none: the sentence came as the outlet's own).
 */
export function unplacedSpeakerOf(text: string, group: VictimGroup): UnplacedSpeaker {
  const named = [
    speakerBefore.exec(text.slice(0, group.start))?.groups?.subject,
    speakerAfter.exec(text.slice(group.end))?.groups?.subject,
    relativeSpeaker.exec(text.slice(0, group.start))?.groups?.subject,
  ]
    .map((subject) => subject?.trim())
    .filter(
      (subject): subject is string => subject !== undefined && !passive.test(subject) && !describedAsReported.test(subject) && !outletItself.test(subject),
    );
  const source = accordingTo.exec(text)?.groups?.subject?.trim();
  if (source !== undefined && !outletsSummary.test(source) && !outletItself.test(source)) named.push(source);
  if (named.length === 0) return "none";
  return named.every((subject) => unnamedOfficials.test(subject)) ? "officials" : "someone";
}
