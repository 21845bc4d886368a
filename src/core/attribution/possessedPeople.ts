// A person the text named before, named again only in the possessive ("It is hard to read Rendall's final
// pages. He argues …"): the name is no speaker here, but it is the newest "he" or "she" the reader has met.
import { type Discourse, latestReferent, remember } from "./discourse.ts";

/**
 * "Rendall's", "Rendall’s": a capitalised word and its possessive ending. Not before a person of their own
 * ("Danielyan's mother … she said", "Robert's grandfather … he says"): that person is the newer one.
 */
const POSSESSED_NAME =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]*\p{Ll})['’]s\b(?!\s+(?:[\p{Ll}-]+\s+)?(?:mother|father|son|daughter|wife|husband|brother|sister|grand\w+|uncle|aunt|cousin|nephew|niece|widow|family|parents|children|lawyers?|friends?|colleagues?|comrades?|spokes\w+|aides?|deputy|successor|predecessor|office|team|staff|partner|fianc\w+)\b)/gu;

/** A person's name as such, every word capitalised ("Tom Rendall"), not an office ("President of Azerbaijan"). */
const PERSONAL_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*$/u;

/** The last word of a name as the text gave it: "Tom Rendall" → "Rendall". */
function surnameOf(speaker: string): string {
  return speaker.trim().split(/\s+/).at(-1) ?? "";
}

/**
 * Names again, as only mentioned, each single person the text named before whose surname stands in the
 * possessive in this sentence. People the text never named stay unknown: "Monday's talks" names nobody.
 */
export function rememberPossessedPeople(sentence: string, state: Discourse): void {
  for (const match of sentence.matchAll(POSSESSED_NAME)) {
    const surname = match[1] ?? "";
    const known = latestReferent(
      state,
      (r) => r.type === "person" && !r.plural && r.sentenceNo < state.sentenceNo && PERSONAL_NAME.test(r.speaker) && surnameOf(r.speaker) === surname,
    );
    if (known) remember(state, { sides: known.sides, speaker: known.speaker, type: known.type, plural: false, spoke: false });
  }
}
