// Irregular past forms mapped to their base verb, from the `english-verbs-irregular` package's
// list, so that "sent" meets "send", "fled" meets "flee" and "shot" meets "shooting": Porter's
// stemmer only strips suffixes and leaves them apart. Only forms whose stem differs from the
// base's are kept (the regular "admitted" already meets "admit"). Forms that in news text are
// far more often another word are left out: "wound" is an injury, not the past of "wind".
import { z } from "zod";
import { stemmer } from "stemmer";
import raw from "english-verbs-irregular/dist/verbs.json" with { type: "json" };
import { parseDataFile } from "../dataFile.ts";

const VerbsSchema = z.record(z.string(), z.array(z.array(z.string())));

/**
 * Homographs whose noun or adjective reading wins in conflict reporting ("wound", "ground"), and
 * "lost": the synonym table counts "lose" and "losing" as deaths, but "lost" is as often ground,
 * control or a vote ("Armenia lost the districts"), so it stays its own word.
 */
const NOT_THE_VERB = new Set(
  `wound ground bound born bore rose lay lain bit dove spat smelt sawed sawn lit tore torn shat stunk fed
  felt rung sung lost`.split(/\s+/),
);

function buildTable(): ReadonlyMap<string, string> {
  const verbs = parseDataFile("english-verbs-irregular", VerbsSchema, raw);
  const table = new Map<string, string>();
  for (const [base, pairs] of Object.entries(verbs)) {
    // Compound and prefixed verbs ("test-drove", "outfought") are not in the news; skip hyphens.
    if (base.includes("-")) continue;
    for (const form of pairs.flat()) {
      if (form === base || NOT_THE_VERB.has(form) || table.has(form)) continue;
      if (stemmer(form) !== stemmer(base)) table.set(form, base);
    }
  }
  return table;
}

/**
 * Regular past forms that Porter's stemmer leaves apart from their verb: "-eed" is cut to "-ee" only
 * after a longer stem ("agreed" meets "agree"), so "freed" stays "freed" and never meets "frees".
 */
const PORTER_MISSES: ReadonlyMap<string, string> = new Map([["freed", "free"]]);

const IRREGULAR = new Map([...buildTable(), ...PORTER_MISSES]);

/** The base verb of an irregular past form ("sent" → "send"), or the word itself. */
export function baseVerb(word: string): string {
  return IRREGULAR.get(word) ?? word;
}
