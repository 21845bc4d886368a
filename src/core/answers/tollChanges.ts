// How a side's toll for the same victims moved over time (20 → 68, 49 → 105): figures by one
// claimant about one camp's losses in one incident, in date order. A later figure is an update
// only when its sentence says so ("has risen to", "the latest data"): two figures of one day are
// more often different victims (civilians, soldiers) than a revised toll.
import type { CasualtyFigure } from "../types.ts";
import type { Incident } from "./incidents.ts";

export function tollChanges(figures: readonly CasualtyFigure[], incidentOf: (f: CasualtyFigure) => Incident | undefined): Map<CasualtyFigure, string> {
  const series = new Map<string, CasualtyFigure[]>();
  for (const f of figures) {
    const camp = f.affected === "nagorno-karabakh" ? "armenia" : f.affected;
    const key = `${incidentOf(f)?.id ?? f.file}|${f.claimedBy}|${camp}`;
    const list = series.get(key);
    if (list) list.push(f);
    else series.set(key, [f]);
  }
  const changes = new Map<CasualtyFigure, string>();
  for (const list of series.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => (a.date?.start ?? "").localeCompare(b.date?.start ?? "") || total(a) - total(b));
    let previous: CasualtyFigure | undefined;
    for (const f of sorted) {
      if (!previous) changes.set(f, "first");
      else if (TOLL_UPDATE.test(f.sentence) && f.sentenceId !== previous.sentenceId && total(previous) !== total(f))
        changes.set(f, `updated (${count(previous)} → ${count(f)})`);
      else continue;
      previous = f;
    }
    // A "first" with no update after it is just a figure.
    for (const f of sorted) if (changes.get(f) === "first" && !sorted.some((g) => changes.get(g)?.startsWith("updated"))) changes.delete(f);
  }
  return changes;
}

/**
 * A sentence saying a toll changed: "has risen to", "the latest data", "raising their previous toll
 * of 68" (the sentence's own figure is the new one).
 */
export const TOLL_UPDATE =
  /\b(?:risen|rose|rising|climbed|climbs|increased|raised|raising|updated|revised|latest|now stands|has reached|grew|grown|fullest|previous(?:\s+death)?\s+(?:toll|figure|count|tally))\b/i;

/**
 * "A total of 170 remains had been found …, raising their previous toll of 68": the total a sentence
 * gives in so many words, which is its toll even where it names the earlier one too.
 */
const STATED_TOTAL = /\ba\s+total\s+of\s+(?:at\s+least\s+)?(\d[\d,]*)\b/i;

export function statedTotal(text: string): number | null {
  const m = STATED_TOTAL.exec(text);
  return m?.[1] ? Number(m[1].replace(/,/g, "")) : null;
}
export const total = (f: CasualtyFigure) => (f.killed ?? 0) * 100_000 + (f.wounded ?? 0);
const count = (f: CasualtyFigure) => (f.killed !== null ? String(f.killed) : `${f.wounded ?? "?"} wounded`);

/** Victims named as the armed forces' own: "soldiers", "servicemen", "troops". */
const MILITARY_VICTIMS = /\b(?:soldiers?|servicem[ae]n|service\s+members|troops|military\s+personnel|fighters|conscripts|officers)\b/i;
/** Victims named as civilians, or as people at large: "12 people", "residents", "children", "a woman and a child". */
const CIVILIAN_VICTIMS = /\b(?:civilians?|people|persons|residents|inhabitants|villagers|passers-by|wom[ae]n|child(?:ren)?)\b/i;

/**
 * A part of the toll named after it: "raised its toll to 64 killed, including two civilians", "among them two
 * children", "two of them civilians". It names who is among the dead, not whom the toll counts.
 */
const SUBSET_NAMED =
  /\b(?:(?:including|among\s+(?:them|whom)|of\s+whom)\s+(?:at\s+least\s+)?[\w,]+|[\w,]+\s+of\s+them(?:\s+were)?)\s+(?:\w+\s+)?(?:civilians?|children|women|soldiers?|servicem[ae]n|troops|officers)\b/gi;

/** Others named as missing beside the toll ("with some villagers still missing"): not whom it counts. */
const MISSING_NAMED =
  /\b[\w,]+\s+(?:\w+\s+)?(?:civilians?|people|soldiers?|servicem[ae]n)\s+(?:(?:are|were|still|remain(?:ed)?)\s+){0,2}(?:missing|unaccounted\s+for)\b/gi;

/** Whom a toll's sentence counts, where it names only one kind: "military", "civilian", or null (both, or neither). */
function victimsNamed(sentence: string): "military" | "civilian" | null {
  const text = sentence.replace(SUBSET_NAMED, " ").replace(MISSING_NAMED, " ");
  const military = MILITARY_VICTIMS.test(text);
  const civilian = CIVILIAN_VICTIMS.test(text);
  return military === civilian ? null : military ? "military" : "civilian";
}

/**
 * Whether two tolls' sentences count different victims: "a second strike killed 12 people" and "the
 * number of its soldiers who died in the war had risen to 2,900" are the same claimant's counts of
 * one camp's dead, but the later is not the strike's toll risen.
 */
export function countsOtherVictims(first: string, later: string): boolean {
  const a = victimsNamed(first);
  const b = victimsNamed(later);
  return a !== null && b !== null && a !== b;
}
