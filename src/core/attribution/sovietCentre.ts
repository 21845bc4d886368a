// Before the Soviet Union ended, Moscow's centre (Tass, the Kremlin, Gorbachev, the Union's
// ministers) spoke for the Union over both republics, not for Russia. Annotators split it between
// "russia" and "other", so a wrong side is likely whichever we pick: such a voice is "unclear",
// with its speaker as written. Which speakers and until when is data (gazetteer.json "sovietCentre").
import { UNCLEAR } from "../sides/sides.ts";
import type { Voice } from "./attributeSentence.ts";
import type { Gazetteer } from "./gazetteer.ts";

/** The voices, with Russia's side taken from any that is Moscow's Soviet centre in a text of that time. */
export function withSovietCentreUnclear(voices: Voice[], published: string | null, gazetteer: Gazetteer): Voice[] {
  if (published === null) return voices;
  return voices.map((v) => {
    // "a Soviet deputy prosecutor-general, Katusev,": an official the text calls the Union's, whatever post
    // made him a third party or Russia's, speaks for that centre too.
    if (published < gazetteer.sovietEnd && UNION_OFFICIAL.test(v.speaker) && v.sides.length > 0 && v.sides.every((s) => s === "other" || s === "russia"))
      return { ...v, sides: [UNCLEAR] };
    if (!gazetteer.isSovietCentre(v.speaker, published)) return v;
    // "The military, for its part, says …" in Baku in 1990: the only army there was the Union's,
    // whatever side an earlier mention lent the bare word.
    if (BARE_FORCE.test(v.speaker)) return { ...v, sides: [UNCLEAR] };
    return v.sides.includes("russia") ? { ...v, sides: v.sides.map((s) => (s === "russia" ? UNCLEAR : s)) } : v;
  });
}

/** A speaker the text calls the Union's: "Soviet deputy prosecutor-general", "USSR Interior Ministry". */
const UNION_OFFICIAL = /\b(?:Soviet|USSR|U\.S\.S\.R\.|all-union)\b/i;

/** The Union's forces named by a bare word, with no side of their own. */
const BARE_FORCE = /^the\s+(?:military|army|troops|commandant)$/i;
