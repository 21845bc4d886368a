// Surnames of the two nations at war, told by their endings: "Margaryan", "Melkonian" are Armenian;
// "Azizov", "Guliyeva", "Rzazade" are Azerbaijani. A victim known only by name ("Lieutenant Artur
// Vanoyan was killed", "Ibrahimov had died") is of the nation the name is, when no word of the
// sentence says otherwise. (Russian names end in "-ov" too: a Russian victim is almost always named
// with his nation or his unit, which the sentence's own words read first.)
import { patternsOf, type RuleTable } from "../rules/rule.ts";

/**
 * Words with a surname's ending that are no one's surname: nationalities, faiths, first names and
 * cities ("an Armenian was killed", "Christian", "Brian", "Rostov"), which never tell whose a victim is.
 */
const NOT_A_SURNAME =
  "(?!(?:Armenian|Iranian|Russian|Syrian|Georgian|Ossetian|Ukrainian|Belarusian|Indian|Italian|Canadian|Australian|Egyptian|Brazilian|Palestinian|Jordanian|Libyan|Persian|Asian|Christian|Civilian|Brian|Julian|Adrian|Vivian|Damian|Lilian|Dorian|Gillian|Marian|Kharkov|Rostov|Pskov|Lvov|Orlov|Kishinev)$)";

export const SURNAME_RULES = {
  armenian: {
    pattern: new RegExp(`^${NOT_A_SURNAME}\\p{Lu}[\\p{L}'-]{2,}(?:yan|ian|yants|iants)$`, "u"),
    examples: ["Margaryan", "Vanoyan", "Melkonian", "Harutyunyan", "Ter-Petrossian"],
    counterExamples: ["Armenian", "Christian", "Ian", "Aliyev", "Karabakh"],
  },
  azerbaijani: {
    pattern: new RegExp(`^${NOT_A_SURNAME}\\p{Lu}[\\p{L}'-]{2,}(?:ov|ova|ev|eva|zade|zadeh)$`, "u"),
    examples: ["Azizov", "Ibrahimov", "Guliyeva", "Aliyev", "Rzazade", "Hasanov"],
    counterExamples: ["Rostov", "Baku", "Margaryan", "Kiev", "Ov"],
  },
} satisfies RuleTable<string>;

const { armenian, azerbaijani } = patternsOf(SURNAME_RULES);

/** The surname endings a pattern may look for inside a longer one: "(?:yan|ian|…)". */
export const REGIONAL_SURNAME = "\\p{Lu}[\\p{Ll}'-]{2,}(?:yan|ian|yants|iants|ov|ova|ev|eva|zade|zadeh)";

/** The nation a surname belongs to ("Armenian", "Azerbaijani"), or null when its ending tells none. */
export function surnameNation(surname: string): "Armenian" | "Azerbaijani" | null {
  if (armenian.test(surname)) return "Armenian";
  if (azerbaijani.test(surname)) return "Azerbaijani";
  return null;
}

/**
 * The one nation every full name in a text is of, by the last word of each ("Major Sargis Abrahamyan
 * and Captain Levon Sahakyan" are Armenian); null when no name tells one, or two names tell two.
 */
export function namesNation(text: string): "Armenian" | "Azerbaijani" | null {
  const surnames = [...text.matchAll(/\p{Lu}[\p{Ll}'-]+(?=\s*(?:,|\band\b|$))/gu)].map((m) => m[0]);
  // (A first name after a kin word, "and her grandson Aram", tells nothing, and does not count against.)
  const nations = new Set(surnames.map(surnameNation).filter((n) => n !== null));
  const [only] = nations;
  return nations.size === 1 && only ? only : null;
}
