// Reported speech that runs on past its verb: "The representative of Azerbaijan said the district
// had been attacked. More than 60,000 inhabitants had been driven from their homes." The second
// sentence has no speaker of its own, but its tense is shifted back the way reported speech is
// ("had been", "would", "must"), so it is still the same speaker's. Only within one paragraph.
import { patternsOf, type RuleTable } from "../rules/rule.ts";

export const CONTINUATION_RULES = {
  backshifted: {
    pattern:
      // ("The region had an estimated 120,000 residents": "had" owning something is no shifted tense.)
      /\b(?:had(?!\s+(?:a|an|the|no|some|its|their|his|her|about|more|less|fewer|only|nearly|almost|over|around|roughly|\d[\d,]*)\b)|would|should|must|could|might)\s+(?:not\s+|never\s+|also\s+|already\s+|been\s+|be\s+|have\s+)*(?:been\s+)?[a-z]+(?:ed|en|t|wn|ne|de|ken|un|ught|ld|ft)?\b/i,
    examples: [
      "More than 60,000 inhabitants had been driven from their homes.",
      "All parties should show restraint.",
      "Humanitarian agencies must be allowed to reach the displaced.",
      "Most residents had already fled the town.",
    ],
    counterExamples: [
      "Fighting resumed on Monday.",
      "The town has a population of 5,000.",
      "The region had an estimated 120,000 ethnic Armenian residents before the offensive.",
    ],
  },
  narrativeOpening: {
    pattern:
      /^(?:on|in|by|at|since|during|after|before|earlier|later|last|meanwhile|separately)\b[^,]{0,40},|^(?:the|a)\s+(?:fighting|conflict|war|region|town|enclave)\s+(?:is|was|lies|has)\b/i,
    examples: ["On Monday, troops had already left the town.", "The conflict has killed thousands."],
    counterExamples: ["What had taken place was open aggression against a Member State."],
  },
  // "The Court agreed that …", "It nevertheless ruled that …": a subject with a verb of judgment
  // frames the sentence itself; it does not run on from the previous speaker.
  ownFrame: {
    pattern:
      /^(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*|it|he|she|they)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:agreed|ruled|found|decided|concluded|held|accepted|recognised|recognized|considered|observed|determined|judged)\s+that\b/iu,
    examples: ["The Court agreed that Azerbaijan had jurisdiction over the village.", "It nevertheless ruled that the state had failed to act."],
    counterExamples: ["More than 60,000 inhabitants had been driven from their homes.", "Troops had agreed to withdraw."],
  },
  outletCaveat: {
    // The outlet on its own reporting: what it could not verify, and whom it could not reach.
    pattern:
      /\b(?:could|can)\s*(?:not\s+)?be\s+(?:independently\s+)?(?:verified|confirmed|checked)\b|\b(?:could|can)\s*(?:not|n't)\s+(?:independently\s+|immediately\s+)*(?:verify|confirm|check)\b|\bwas not immediately (?:clear|possible)\b|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\b|\bdid\s+not\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a\s+|our\s+)?requests?\s+for\s+comment\b/i,
    examples: [
      "The competing claims could not be independently verified.",
      "Neither set of images could be independently verified.",
      "The Azerbaijani leader could not be reached for comment.",
      "The ministry did not respond to a request for comment.",
      "The agency could not independently verify the figure.",
      "Neither account could be checked.",
    ],
    counterExamples: ["More than 60,000 inhabitants had been driven from their homes."],
  },
  // "He is right, and Europe should build on it.": the writer judging the speaker, not the speaker.
  writersVerdict: {
    pattern:
      /^(?:he|she|they|it|this|that|[\p{Lu}][\p{L}'’-]+)\s+(?:is|was|are|were)\s+(?:(?:quite|partly|half|not|only|surely)\s+)?(?:right|wrong|correct|mistaken)\b/iu,
    examples: ["He is right, and Europe should build on it.", "Borrell was half right."],
    counterExamples: ["Armenian forces had been wrongly accused."],
  },
  // In an opinion piece, "should" and "must" are the writer's own advice: "Europe should stop waiting."
  writersAdvice: {
    pattern: /\b(?:should|must|ought to|needs? to|has to|have to)\b/i,
    examples: ["Europe should stop waiting for permission.", "Brussels must offer more than words."],
    counterExamples: ["More than 60,000 inhabitants had been driven from their homes."],
  },
  // "The army publishes its dead every evening. By Friday its tally had reached 1,177": the count
  // "its" owns is the previous speaker's, though the sentence has no verb of saying.
  ownersCount: {
    pattern:
      /\b(?:its|their)\s+(?:(?:own|official|latest|running|death|casualty)\s+)?(?:tally|toll|count|figures?|losses)\s+(?:had|has|have|rose|stood|stands|reached|climbed|is|was|now)\b/i,
    examples: ["By Friday its tally had reached 1,177 servicemen since the war began.", "Their death toll now stands at 71."],
    counterExamples: ["The toll rose to 12.", "Its army had reached the river."],
  },
  // "The office said Armenian forces fired missiles at Ganja. As a result, seven civilians were killed": the toll
  // of the event just reported runs on in the same report.
  consequence: {
    pattern: /^\s*as\s+a\s+(?:result|consequence)(?:\s+of\s+(?:the|this|that|these|those)\b[^,;]{0,40})?,/i,
    examples: ["As a result, 7 civilians were killed and 34 wounded.", "As a result of the shelling, two houses burned down."],
    counterExamples: ["The result, as a whole, was a stalemate.", "Two houses burned down as a result."],
  },
  // '"…," the statement said. "As a result, four servicemen died."': a sentence wholly in quotation
  // marks right after a speaker's goes on quoting that speaker.
  wholeQuote: {
    pattern: /^\s*["“«](?:[^"“”«»]){12,}["”»]\s*$/u,
    examples: ['"As a result of the clash, four servicemen of our army died."', "“We will not let this go unanswered.”"],
    counterExamples: ['"Provocation", the ministry called it.', 'The ministry spoke of a "provocation".'],
  },
  // "I filed four paragraphs …, because I could not quite believe we had a story", "It was the kind of day
  // on which you could not be sure …": the narrator of a memoir, diary or notebook in the first person (or
  // speaking to the reader), outside any quotation, is telling their own story, not the last speaker's.
  // (Read on the sentence with its quotations taken out: see withoutQuotations.)
  narratorsOwnLine: {
    pattern: /(?:^|[^\p{L}'’-])(?:I|I'd|I’d|I'm|I’m|[Mm]e|[Mm]y|[Mm]yself|[Yy]ou|[Yy]our)(?![\p{L}'’-])/u,
    examples: [
      "I filed four paragraphs from my phone, because I could not quite believe we had a story.",
      "It was the kind of day on which you could not be sure of the name of a town.",
      "The shelling, my brother had told me, would start again at dawn.",
    ],
    counterExamples: ["More than 60,000 inhabitants had been driven from their homes.", "Mediators would meet them in Moscow."],
  },
} satisfies RuleTable<string>;

const CUES = patternsOf(CONTINUATION_RULES);

/** Quotation marks and what they enclose (straight, curly and angle quotes), so that only the sentence's own words are read. */
function withoutQuotations(sentence: string): string {
  return sentence.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, " ");
}

/** True for a sentence that is one quotation and nothing else: it goes on quoting the speaker before it. */
export function continuesQuotation(sentence: string): boolean {
  return CUES.wholeQuote.test(sentence);
}

/**
 * True when a sentence with no speaker of its own reads as the previous speaker's reported speech.
 * An opinion piece's writer argues in their own voice, so advice there is the writer's. In an
 * interviewee's answer (`firstPerson`) "I" is the one answering, not a narrator.
 */
export function continuesReportedSpeech(sentence: string, opinion = false, firstPerson = false): boolean {
  if (CUES.ownersCount.test(sentence) || (CUES.consequence.test(sentence) && !CUES.outletCaveat.test(sentence))) return true;
  const own = withoutQuotations(sentence);
  return (
    CUES.backshifted.test(sentence) &&
    (firstPerson || !CUES.narratorsOwnLine.test(own)) &&
    !CUES.writersVerdict.test(sentence) &&
    !(opinion && CUES.writersAdvice.test(sentence)) &&
    !CUES.narrativeOpening.test(sentence) &&
    !CUES.ownFrame.test(sentence) &&
    !CUES.outletCaveat.test(sentence) &&
    !/[?]$/.test(sentence.trim())
  );
}
