// A roundup of reactions sets each capital's under a heading of its own ("Yerevan", "Baku",
// "Budapest", "Moscow"). Under such a heading an office the sentence names without its state ("Bahar
// Muradova, a deputy speaker of parliament, dismissed …", "Foreign Minister János Martonyi said …")
// is that state's; the heading is where the text has gone to hear it.
import { UNCLEAR } from "../sides/sides.ts";
import type { ClaimSide } from "../types.ts";
import type { Voice } from "./attributeSentence.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { findMentions } from "./mentions.ts";
import { tokenize } from "./tokens.ts";

/** Words a heading may join its places with: "Brussels and Paris", "Baku & Ankara". */
const JOINING = new Set(["and", "&", ","]);
/** A heading longer than this is a title, not a capital's name. */
const MAX_HEADING_WORDS = 4;

/** The one state a heading names and nothing else ("Baku", "In Yerevan"), else null. */
export function headingState(heading: string, gazetteer: Gazetteer): ClaimSide | null {
  const tokens = tokenize(heading.replace(/^(?:in|from)\s+/i, "").replace(/[.:]\s*$/, ""));
  const words = tokens.filter((t) => t.isWord);
  if (words.length === 0 || words.length > MAX_HEADING_WORDS) return null;
  const places = findMentions(gazetteer, tokens).filter((m) => m.type === "country" && m.sideFrom === "country");
  const covered = (i: number) => places.some((m) => i >= m.start && i < m.end);
  if (!tokens.every((t, i) => covered(i) || JOINING.has(t.norm))) return null;
  const sides = new Set(places.flatMap((m) => m.sides));
  const [only] = sides;
  return sides.size === 1 && only !== undefined && only !== UNCLEAR ? only : null;
}

/** An office, in the speaker's words or the sentence's: what makes an unknown person a state's. */
const OFFICE =
  /\b(?:minister|ministry|speaker of parliament|deputy speaker|government|administration|spokes(?:man|woman|person)|official|officials|president|premier|ambassador|envoy|parliament)\b/i;

/** An apposition that says who the speaker is: "…, a deputy speaker of parliament,", "…, who heads …," (not "…, citing …,"). */
const DESCRIBING = /^,\s+(?:a|an|the|who|his|her|its)\s[^,]*,/i;

/** Whether the speaker holds an office: named with it, or described by an apposition right after the name. */
function holdsOffice(speaker: string, sentence: string): boolean {
  if (OFFICE.test(speaker)) return true;
  const at = sentence.indexOf(speaker);
  const apposition = at < 0 ? null : DESCRIBING.exec(sentence.slice(at + speaker.length));
  return apposition !== null && OFFICE.test(apposition[0]);
}

/** The voices, an unclear office-holder's made the section's state's. */
export function withSectionState(voices: Voice[], state: ClaimSide | null, sentence: string): Voice[] {
  if (state === null) return voices;
  return voices.map((v) => (v.sides.length === 1 && v.sides[0] === UNCLEAR && holdsOffice(v.speaker, sentence) ? { ...v, sides: [state] } : v));
}
