// Before the Soviet Union ended, Moscow's centre (Tass, the Kremlin, Gorbachev, the Union's
// ministers) spoke for the Union over both republics. The annotation guide gives Russia's side to
// its agency (TASS) and most annotators give the centre Russia's side, as the Union's successor
// (alone or beside "other"): such a voice is Russia's, whatever post or earlier mention would make
// it a third party's or leave it unplaced. Which speakers and until when is data (gazetteer.json
// "sovietCentre").
import type { Voice } from "./attributeSentence.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { UNCLEAR } from "../sides/sides.ts";

/** The voices, with Russia's side given to any that is Moscow's Soviet centre in a text of that time. */
export function withSovietCentreAsRussia(voices: Voice[], published: string | null, gazetteer: Gazetteer): Voice[] {
  if (published === null) return voices;
  // ("The Moscow newspaper Izvestia" in 1992: the centre's old daily, a paper of its own, whatever Moscow lent it.)
  if (published >= gazetteer.sovietEnd)
    return voices.map((v) => (v.sides.length === 1 && gazetteer.isCentrePressAfter(v.speaker) ? { ...v, sides: ["other"] } : v));
  return voices.map((v) => {
    // "a Soviet deputy prosecutor-general, Katusev,": an official the text calls the Union's, whatever post
    // made him a third party, speaks for the centre.
    // So is one the text leaves unplaced ("a senior Soviet police general", "the Soviet government"): the
    // Union's word is the centre's, never a republic's, and most annotators give it Russia's side.
    // ("The leadership of Soviet Azerbaijan", "the Soviet Karabakh newspaper": a republic's or a region's own.)
    const unionsOwn = v.sides.length > 0 && v.sides.every((s) => s === "other" || s === "russia" || s === UNCLEAR) && !REPUBLIC.test(v.speaker);
    if (UNION_OFFICIAL.test(v.speaker) && unionsOwn) return { ...v, sides: ["russia"] };
    if (!gazetteer.isSovietCentre(v.speaker, published)) return v;
    // ("Gorbachev told deputies …", "Pugo said …": the centre's leaders and ministers, named with no side.)
    if (v.sides.every((s) => s === UNCLEAR)) return { ...v, sides: ["russia"] };
    // "The military, for its part, says …" in Baku in 1990: the only army there was the Union's,
    // whatever side an earlier mention lent the bare word.
    if (BARE_FORCE.test(v.speaker)) return { ...v, sides: ["russia"] };
    return v;
  });
}

/** A speaker the text calls the Union's: "Soviet deputy prosecutor-general", "USSR Interior Ministry". */
const UNION_OFFICIAL = /\b(?:Soviet|USSR|U\.S\.S\.R\.|all-union)\b/i;

/** A Soviet republic's or region's own name: "Soviet Azerbaijan", "the Armenian SSR", "Soviet Karabakh". */
const REPUBLIC = /\b(?:Azerbaijan|Armenia|Karabakh|Nagorno-Karabakh|Nakhichevan|Nakhchivan)\b|\bSSR\b/;

/** The Union's forces named by a bare word, with no side of their own. */
const BARE_FORCE = /^the\s+(?:military|army|troops|commandant)$/i;
