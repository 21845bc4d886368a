// An official we do not know who speaks of a third state by name, in what only that state says of
// itself: 'Foreign Minister X said in a statement that Australia was "deeply concerned"', 'Government
// spokesman Y said Hungary had acted in accordance with international law'. Officials of small and
// distant states are rarely in the gazetteer and their titles name no country; the state the reported
// clause opens with, taking a stance of its own, is whose official it is. Only third parties: of a
// belligerent or a great power ("said Russia was ready …") a stranger may speak as friend or foe.
import { patternsOf, type RuleTable } from "../rules/rule.ts";
import type { ClaimSide } from "../types.ts";
import type { Mention } from "./mentions.ts";
import { isSpeechVerbForm } from "./speechVerbs.ts";
import type { Token } from "./tokens.ts";

export const OWN_STATE_STANCE_RULES = {
  // What a government says of its own state right after naming it: concern, welcome, readiness, hopes.
  // (Matched on the clause's words alone, quotation marks dropped.)
  stance: {
    pattern:
      /^(?:(?:was|is|were|are|remained|remains|had\s+been|has\s+been)\s+(?:(?:deeply|very|gravely|seriously|extremely|particularly|greatly|fully|firmly)\s+)?(?:concerned|worried|alarmed|committed|ready|prepared|willing|monitoring|following|encouraged|pleased)|(?:welcomed|welcomes|hoped|hopes|supported|supports|regretted|regrets)|(?:stands?|stood)\s+ready|(?:would|will)\s+(?:consider|continue|support|help|provide|contribute|work|keep|stand|offer|assist)|(?:had|has)\s+acted|(?:called|calls)\s+for)\b/iu,
    examples: [
      "was deeply concerned about the humanitarian situation",
      "welcomed the historic step and hoped for an early treaty",
      "had acted in full accordance with international law",
      "would consider cooperation in connectivity and infrastructure",
      "stands ready to help the two sides",
      "is following the situation closely",
    ],
    counterExamples: [
      "had armed Azerbaijan for years",
      "was to blame for the breakdown of the talks",
      "would face consequences",
      "had failed to keep its promises",
    ],
  },
} satisfies RuleTable<string>;

const { stance: STANCE } = patternsOf(OWN_STATE_STANCE_RULES);

/** How far past the name its speech verb may stand ("…, told a news conference on Saturday that"). */
const VERB_REACH = 12;
/** How far past the verb the reported clause may open ("said in a statement on Monday that"). */
const CLAUSE_REACH = 8;

/** The office words that make a stranger a state's official, not a private person. */
const STATE_OFFICE = /^(?:minister|secretary|spokes\w+|government|premier|president|ambassador|envoy|chancellor|cabinet)$/;

/**
 * The third party whose official the stranger `m` is, from a reported clause that opens with that
 * state taking a stance of its own; null when the sentence does not say so.
 */
export function ownStateSpoken(m: Mention, role: readonly Token[], tokens: readonly Token[], mentions: readonly Mention[]): ClaimSide | null {
  if (!role.some((t) => STATE_OFFICE.test(t.norm))) return null;
  const verb = tokens.findIndex((t, i) => i >= m.end && i - m.end <= VERB_REACH && isSpeechVerbForm(t.norm) && !t.capitalized);
  if (verb < 0) return null;
  const state = mentions.find((o) => o.start > verb && o.start - verb <= CLAUSE_REACH && o.type === "country" && opensClause(tokens, verb, o.start));
  if (state?.side !== "other") return null;
  // (Words only: the quotation marks in 'was "deeply concerned"' do not part the stance from its state.)
  const rest = tokens
    .slice(state.end)
    .filter((t) => t.isWord)
    .map((t) => t.text)
    .join(" ");
  return STANCE.test(rest) ? "other" : null;
}

/** Whether the clause the verb reports opens at `start`: right after the verb or after "that". */
function opensClause(tokens: readonly Token[], verb: number, start: number): boolean {
  if (start === verb + 1) return true;
  if (tokens[start - 1]?.norm !== "that") return false;
  // Nothing between the verb and "that" but a circumstance: no other clause, no other state.
  return !tokens.slice(verb + 1, start - 1).some((t) => t.text === ";" || (t.isWord && isSpeechVerbForm(t.norm) && !t.capitalized));
}

/** A press office's titles: whoever holds one speaks for the leader whose stance they voice. */
const PRESS_OFFICE = /\b(?:spokes(?:man|woman|person)|press\s+secretary|press\s+office|press\s+service)\b/i;
/** A head of state's or government's title, opening the mention of the leader. */
const LEADER_TITLE = /^(?:president|prime\s+minister|chancellor)\s+\p{Lu}/iu;

/**
 * "'President Obama is deeply concerned by …,' National Security Council spokesman X said": a spokesman
 * the text does not place, voicing a stance of the leader the words open with (by title), speaks for that
 * leader's side; null when the words open otherwise or take no stance of the leader's own.
 */
export function leadersSpokesman(m: Mention, tokens: readonly Token[], mentions: readonly Mention[]): ClaimSide | null {
  if (m.sides.length > 0 || m.type !== "person" || !PRESS_OFFICE.test(m.text)) return null;
  const leader = mentions.find((o) => o !== m && o.type === "person" && LEADER_TITLE.test(o.text) && opensWords(tokens, o.start, m));
  const side = leader?.sides.length === 1 ? leader.sides[0] : undefined;
  if (!leader || !side || side === "other" || side === "unclear") return null;
  const rest = tokens
    .slice(leader.end)
    .filter((t) => t.isWord)
    .map((t) => t.text)
    .join(" ");
  return STANCE.test(rest) ? side : null;
}

/**
 * Whether the spokesman's words open at `start`: the quotation that opens the sentence before him, or
 * the clause right after his speech verb (or its "that").
 */
function opensWords(tokens: readonly Token[], start: number, m: Mention): boolean {
  if (start < m.start) return tokens.slice(0, start).every((t) => !t.isWord) && tokens[start]?.quoted === true;
  const verb = tokens.findIndex((t, i) => i >= m.end && i - m.end <= VERB_REACH && isSpeechVerbForm(t.norm) && !t.capitalized);
  return verb >= 0 && start > verb && start - verb <= CLAUSE_REACH && opensClause(tokens, verb, start);
}
