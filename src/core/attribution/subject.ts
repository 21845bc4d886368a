// Where a speech verb's speaker stands: the nearest actor before the verb (skipping asides
// and prepositional objects), after it in inverted order, or after "according to" / "by".
import type { Mention } from "./mentions.ts";
import type { VerbHit } from "./speechVerbs.ts";
import { isQuoteMark, type Token } from "./tokens.ts";

/**
 * The verb's possible subjects, most likely first: the nearest actor before it (after any
 * quote), then one right after it ('…,” said the ministry'), then actors before the quote.
 * A candidate that cannot be resolved ("each side" with no antecedent) gives way to the next.
 */
export function subjectCandidates(verb: VerbHit, tokens: Token[], mentions: Mention[]): Mention[] {
  const open = mentions.filter((m) => !m.quoted);
  const one = (m: Mention | undefined) => (m ? [m] : []);
  if (verb.accordingTo) return open.filter((m) => m.start >= verb.end && m.start <= verb.end + 6 && !commaBetween(tokens, verb.end, m.start));
  if (verb.passive) return one(open.find((m) => m.start > verb.end && m.start <= verb.end + 3));
  const lastQuote = lastQuotedBefore(tokens, verb.start);
  const left = open
    .filter((m) => m.end <= verb.start && m.start > lastQuote && !inAside(m, verb, tokens) && !isObject(m, tokens, mentions))
    .reverse()
    .slice(0, 3);
  const beforeQuote = open.filter((m) => m.end <= lastQuote).reverse().slice(0, 1);
  // Inverted order only straight after a quote or a comma: '…,” said the ministry'.
  const prev = tokens[verb.start - 1];
  const inverted = prev !== undefined && (isQuoteMark(prev.text) || prev.text === ",");
  return [...left, ...(inverted ? one(subjectAfter(verb, tokens, open)) : []), ...beforeQuote];
}

function lastQuotedBefore(tokens: Token[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (tokens[i]?.quoted) return i;
  return -1;
}

/** Inverted attribution after a quote: "…,” said the ministry', "…,” read a statement released by them". */
function subjectAfter(verb: VerbHit, tokens: Token[], open: Mention[]): Mention | undefined {
  const first = open.find((m) => m.start >= verb.end && m.start <= verb.end + 6);
  if (first?.type !== "statement" || first.side) return first;
  const byAgent = open.find((m) => m.start > first.end && m.start <= first.end + 4 && tokens[m.start - 1]?.norm === "by");
  return byAgent ?? first;
}

// "with his Armenian and Azerbaijani counterparts", "an aide to Aliyev": objects, not subjects.
// ("of" and "in" are left out: "the head of the Artsakh Information Center" is a subject.)
const PREPOSITIONS = new Set(["by", "with", "to", "against", "on", "at", "from", "into", "between", "about", "over", "toward", "towards", "near", "among", "after", "before", "during", "via", "upon"]);

function isObject(m: Mention, tokens: Token[], mentions: Mention[]): boolean {
  let first = m;
  for (;;) {
    const prev = mentions.filter((p) => p.end <= first.start).at(-1);
    const gap = prev ? tokens.slice(prev.end, first.start).map((t) => t.norm) : [];
    if (!prev || gap.length === 0 || gap.length > 2 || !gap.every((w) => w === "and" || w === "," || w === "the")) break;
    first = prev;
  }
  let k = first.start - 1;
  while (k >= 0 && ["the", "his", "her", "its", "their", "a", "an"].includes(tokens[k]?.norm ?? "")) k--;
  const word = tokens[k]?.norm ?? "";
  // "a statement released by the Foreign Ministry said", "reports from Stepanakert said":
  // the body a statement comes from is the one speaking.
  if ((word === "by" || word === "from") && STATEMENT_SOURCE.has(tokens[k - 1]?.norm ?? "")) return false;
  return PREPOSITIONS.has(word);
}

const STATEMENT_SOURCE = new Set([
  "statement", "statements", "released", "issued", "published", "posted", "communique", "report", "reports",
  "data", "figures", "officials", "sources", "spokesman", "spokeswoman", "spokesperson", "representatives", "representative",
]);

function commaBetween(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => t.text === ",");
}

const ASIDE_OPENERS = ["which", "who", "whose", "where", "citing", "quoting", "speaking", "writing", "commenting", "responding", "addressing", "referring", "backed", "supported", "armed", "accompanied"];

/** ", which backs Azerbaijan," or ", speaking on state television," between a subject and its verb. */
function inAside(m: Mention, verb: VerbHit, tokens: Token[]): boolean {
  let comma = m.start - 1;
  while (comma >= 0 && tokens[comma]?.text !== ",") comma--;
  if (comma < 0) return false;
  const opener = tokens[comma + 1]?.norm ?? "";
  if (!ASIDE_OPENERS.includes(opener)) return false;
  return tokens.slice(m.end, verb.start).some((t) => t.text === ",");
}

