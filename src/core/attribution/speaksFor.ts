// Whom a speaker stands for, said outright beside the name: "Opening for Azerbaijan, Deputy Foreign
// Minister X told the judges", "Speaking on behalf of Armenia, Y said", "Z, speaking for Russia, said".
// The state named after "for" or "on behalf of" is the side, whatever the text made of the name before
// (a surname a running report named first, bare, without telling whose it is).
import type { ClaimSide } from "../types.ts";
import { UNCLEAR } from "../sides/sides.ts";
import type { Mention } from "./mentions.ts";
import type { Token } from "./tokens.ts";

/** The speaker's words (token indexes [start, end)) and the side they stand for. */
export interface SpokenFor {
  side: ClaimSide;
  start: number;
  end: number;
}

/** Turns at a hearing or a meeting whose "for" names whom the speaker stands for. */
const TURN = /^(?:opening|closing|speaking|pleading|appearing|arguing|replying|responding|answering|testifying|intervening|concluding|summing)$/;

/** Bodies a speaker can stand for: a state, its government or its ministry, not a people or a place. */
const FOR_TYPES: ReadonlySet<string> = new Set(["country", "government", "ministry"]);

/** Subjects that name no one of their own (a later "he" would point back to the pronoun, not a person). */
const PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "i"]);

/** How many words the speaker may take between the opening's comma and the verb. */
const SPEAKER_WORDS = 10;

/**
 * Whom the subject of the speech verb at `verb` stands for, when a turn's "for <state>" or "on behalf of
 * <state>" opens the sentence or is set off right after the subject; null otherwise.
 */
export function spokenFor(tokens: readonly Token[], mentions: readonly Mention[], verb: number): SpokenFor | null {
  return fronted(tokens, mentions, verb) ?? apposed(tokens, mentions, verb);
}

/** "Opening for Azerbaijan, X told the judges": the turn opens the sentence; the subject follows its comma. */
function fronted(tokens: readonly Token[], mentions: readonly Mention[], verb: number): SpokenFor | null {
  if (!TURN.test(tokens[0]?.norm ?? "")) return null;
  const state = standsFor(tokens, mentions, 1);
  if (!state || tokens[state.end]?.text !== ",") return null;
  const start = state.end + 1;
  if (verb - start < 1 || verb - start > SPEAKER_WORDS) return null;
  // The subject is a name, a title or an office, set off by commas at most: no clause of its own.
  const close = tokens.findIndex((t, k) => k >= start && k < verb && t.text === ",");
  const end = close < 0 ? verb : close;
  return oneSpeaker(tokens, mentions, state, start, end, verb);
}

/** "X, speaking on behalf of Armenia, said": the turn set off by commas between the subject and its verb. */
function apposed(tokens: readonly Token[], mentions: readonly Mention[], verb: number): SpokenFor | null {
  if (tokens[verb - 1]?.text !== ",") return null;
  const open = lastComma(tokens, verb - 1);
  if (open < 1 || !TURN.test(tokens[open + 1]?.norm ?? "")) return null;
  const state = standsFor(tokens, mentions, open + 2);
  if (!state || state.end !== verb - 1) return null;
  // The subject opens the sentence (past a fronted time or place and its comma, at most).
  const before = lastComma(tokens, open);
  const start = before + 1;
  if (open - start < 1 || open - start > SPEAKER_WORDS) return null;
  return oneSpeaker(tokens, mentions, state, start, open, verb);
}

/** The last comma before `before`, or -1. */
function lastComma(tokens: readonly Token[], before: number): number {
  for (let k = before - 1; k >= 0; k--) if (tokens[k]?.text === ",") return k;
  return -1;
}

/** The state named right at `at` after "for" or "on behalf of", when it has one side of its own. */
function standsFor(tokens: readonly Token[], mentions: readonly Mention[], at: number): Mention | null {
  let k = at;
  if (tokens[k]?.norm === "for") k++;
  else if (tokens[k]?.norm === "on" && tokens[k + 1]?.norm === "behalf" && tokens[k + 2]?.norm === "of") k += 3;
  else return null;
  const state = mentions.find((m) => m.start === k || (m.start === k + 1 && tokens[k]?.norm === "the"));
  const side = state?.sides.length === 1 ? state.sides[0] : undefined;
  if (!state || !side || side === UNCLEAR || !FOR_TYPES.has(state.type)) return null;
  // ("Speaking for Azerbaijan's refugees": the state's possessive owns whom he speaks for, not the state.)
  return tokens[state.end - 1]?.possessive === true ? null : state;
}

/**
 * The speaker between `start` and `end`, standing for `state`'s side, unless the words name a side of
 * their own that differs ("Speaking for Armenia, Azerbaijan's agent said" is read as written elsewhere).
 */
function oneSpeaker(tokens: readonly Token[], mentions: readonly Mention[], state: Mention, start: number, end: number, verb: number): SpokenFor | null {
  const side = state.sides[0];
  if (!side || end <= start) return null;
  const words = tokens.slice(start, end);
  // A speaker is named: a capitalised word or a title's noun, not a pronoun or an object.
  if (!words.some((t) => t.isWord) || words.some((t) => t.quoted) || (words.length === 1 && PRONOUNS.has(words[0]?.norm ?? ""))) return null;
  const own = mentions.filter((m) => m.start >= start && m.end <= verb && m !== state).flatMap((m) => m.sides);
  if (own.some((s) => s !== side && s !== UNCLEAR)) return null;
  return { side, start, end };
}
