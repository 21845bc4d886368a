// "Envoys" and "mediators" read as the Minsk Group by default. In a text older than the Group they
// are someone else's (Moscow's in 1990, Yeltsin's and Nazarbayev's in 1991), whose side the words
// alone do not give: such a voice is "unclear", with its speaker as written. The Group's first day
// and its names are data (gazetteer.json "minskGroup").
import { UNCLEAR } from "../sides/sides.ts";
import type { Voice } from "./attributeSentence.ts";
import type { Gazetteer } from "./gazetteer.ts";

const MINSK_GROUP = "osce-minsk-group";

/** The voices, with the Minsk Group's side taken from any that cannot be the Group in a text of `published`. */
export function withMediatorsBeforeMinskGroupUnclear(voices: Voice[], published: string | null, gazetteer: Gazetteer): Voice[] {
  return voices.map((v) =>
    v.sides.includes(MINSK_GROUP) && gazetteer.isMediatorBeforeMinskGroup(v.speaker, published)
      ? { ...v, sides: v.sides.map((s) => (s === MINSK_GROUP ? UNCLEAR : s)) }
      : v,
  );
}
