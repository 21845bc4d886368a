// A monitoring service's item names the broadcast it translates on a line of its own:
// "Source: Azerbaijani Radio, Baku, in Azeri 1500 gmt 2 Mar 92" (BBC Summary of World
// Broadcasts), "LD0204201593 Baku Radio Baku Network in Azeri 1700 GMT 2 Apr 93" (FBIS). Inside
// that item, an official the text does not qualify ("the Defence Ministry information service",
// "the head of the district executive authority") is the broadcaster's state's, as on a state
// agency's own wire: the broadcaster is the item's home.
import { guardedExec } from "../ingest/requiredText.ts";
import { patternsOf, type RuleTable } from "../rules/rule.ts";

export const BROADCAST_SOURCE_RULES = {
  // "<broadcaster>[, <city>], in <language> <hhmm> gmt <date>", after "Source:", an FBIS item code or "[".
  sourceLine: {
    pattern:
      /^\s*(?:source:\s*|[A-Z]{2}\d{8,12}\s+|\[)?(?<source>[\p{L}][\p{L}\p{N} .,'’&()-]{1,80}?),?\s+in\s+\p{Lu}[\p{L}-]+(?:\s+and\s+\p{Lu}[\p{L}-]+)?,?\s+\d{3,4}\s*(?:gmt|utc)\b[^\n]{0,30}$/iu,
    examples: [
      "Source: Azerbaijani Radio, Baku, in Azeri 1500 gmt 2 Mar 92",
      "Source: Radio Rossii, Moscow, in Russian 1100 gmt 3 Mar 92",
      "LD0204201593 Baku Radio Baku Network in Azeri 1700 GMT 2 Apr 93",
      "[Yerevan SNARK in English 0830 GMT 4 Apr 93]",
      "SOURCE: Rossiya 1 (Vesti), Moscow, in Russian, 2000 gmt 14 Mar 24",
    ],
    counterExamples: ["The talks in Moscow ended at 1500 gmt on Monday.", "Last updated: 4 Apr 2016 18:40 GMT", "Compiled by the desk in Tbilisi | 09:40 GMT"],
  },
} satisfies RuleTable<string>;

const { sourceLine } = patternsOf(BROADCAST_SOURCE_RULES);
// Asked of every short passage: run only on a line holding what the pattern requires ("gmt" or "utc").
const sourceLineOf = guardedExec(sourceLine);

/** The broadcaster a monitoring item's source line names ("Azerbaijani Radio, Baku"), or null when the line is none. */
export function broadcastSource(line: string): string | null {
  if (line.includes("\n") || line.length > 140) return null;
  return sourceLineOf(line)?.groups?.source?.trim() ?? null;
}
