// "Why did Armenia recall its envoy?", "why does Baku refuse to sign yet?": a side that refuses,
// withdraws or protests gives its reason as a judgement of what it refuses ("is unacceptable to us",
// "makes no sense", "could not accept a text that …"), not in so many causal words ("because").

/** A why-question about a side's refusal, withdrawal or protest. */
const REFUSAL_ASKED =
  /\b(?:refus\w*|reject\w*|recall\w*|pull(?:s|ed|ing)?\b[^?.]{0,30}?\b(?:out|back)|withdr[ae]w\w*|boycott\w*|object\w*|oppos\w*|walk(?:s|ed)?\s+out|veto\w*|cancel\w*|call(?:s|ed)?\s+off|not\s+(?:sign|accept|agree|attend|join|ratify)|(?:didn['’]t|doesn['’]t|don['’]t|won['’]t|wouldn['’]t)\s+(?:sign|accept|agree|attend|join|ratify)|against)\b/i;

/** A side's judgement of what it refuses: "is unacceptable to us", "makes no sense", "could not accept", "did not consider it possible". */
const JUDGES_REFUSED =
  /\b(?:unacceptable|inadmissible|(?:can(?:not|['’]t)|could\s*(?:not|n['’]t)|would\s*(?:not|n['’]t)|will\s+not|won['’]t)\s+(?:\p{L}+\s+)?(?:accept|agree\s+to|give\s+up|allow|tolerate|sign|consent)|makes?\s+no\s+sense|(?:not|no\s+longer)\s+(?:consider(?:ed|s)?\s+it\s+)?(?:possible|acceptable)|only\s+a\s+pretext)\b/iu;

/** Whether the question asks why a side refused, and the sentence judges what was refused. */
export function judgesRefusal(question: string, sentence: string): boolean {
  return REFUSAL_ASKED.test(question) && JUDGES_REFUSED.test(sentence);
}
