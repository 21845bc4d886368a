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
  return voices.map((v) =>
    v.sides.includes("russia") && gazetteer.isSovietCentre(v.speaker, published) ? { ...v, sides: v.sides.map((s) => (s === "russia" ? UNCLEAR : s)) } : v,
  );
}
