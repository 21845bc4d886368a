// How sides are named to a reader, and how a side typed by a person is recognised.
import { MEDIATOR_SIDES, SIDES, type Claimant, type Side } from "../types.ts";
import { foldText } from "../search/fold.ts";
import { CounterclaimError } from "../errors.ts";

export const SIDE_LABELS: Record<Side, string> = {
  azerbaijan: "Azerbaijan",
  armenia: "Armenia",
  "nagorno-karabakh": "Nagorno-Karabakh",
  russia: "Russia",
  "osce-minsk-group": "OSCE Minsk Group",
  turkey: "Turkey",
  iran: "Iran",
  "united-states": "United States",
  france: "France",
  "european-union": "European Union",
  "united-nations": "United Nations",
  icrc: "ICRC",
  other: "Other party",
};

export function sideLabel(side: Side | "outlet" | Claimant | "unspecified"): string {
  if (side === "outlet" || side === "unattributed") return "the outlet itself";
  if (side === "unspecified") return "unspecified";
  return SIDE_LABELS[side];
}

export function isMediator(side: Side | "outlet"): boolean {
  return side !== "outlet" && MEDIATOR_SIDES.includes(side);
}

/** The belligerents: their figures and claims are the ones that contradict each other. */
export const BELLIGERENTS: readonly Side[] = ["azerbaijan", "armenia", "nagorno-karabakh"];

/** Armenia and the Karabakh Armenian authorities report the same losses (see the gold README). */
export function sameCamp(a: string, b: string): boolean {
  const camp = (s: string) => (s === "nagorno-karabakh" ? "armenia" : s);
  return camp(a) === camp(b);
}

const SIDE_ALIASES: Record<string, Side> = {
  azerbaijani: "azerbaijan", azeri: "azerbaijan", baku: "azerbaijan", az: "azerbaijan",
  armenian: "armenia", yerevan: "armenia", am: "armenia",
  karabakh: "nagorno-karabakh", "nagorno karabakh": "nagorno-karabakh", artsakh: "nagorno-karabakh", nk: "nagorno-karabakh", stepanakert: "nagorno-karabakh",
  russian: "russia", moscow: "russia", kremlin: "russia",
  osce: "osce-minsk-group", "minsk group": "osce-minsk-group", "osce minsk group": "osce-minsk-group", minsk: "osce-minsk-group",
  turkish: "turkey", turkiye: "turkey", ankara: "turkey",
  iranian: "iran", tehran: "iran",
  us: "united-states", usa: "united-states", "united states": "united-states", american: "united-states", washington: "united-states",
  french: "france", paris: "france",
  eu: "european-union", "european union": "european-union", brussels: "european-union",
  un: "united-nations", "united nations": "united-nations",
  "red cross": "icrc", "international committee of the red cross": "icrc",
};

/** A side as typed ("Azerbaijani", "Karabakh", "EU"), or null when it names none. */
export function parseSide(text: string): Side | null {
  const key = foldText(text).replace(/[-_]+/g, " ").replace(/[^a-z ]/g, "").trim();
  const direct = SIDES.find((s) => s.replace(/-/g, " ") === key);
  return direct ?? SIDE_ALIASES[key] ?? null;
}

/** Like parseSide, but a typed side that names none is an error the user should see. */
export function requireSide(text: string): Side {
  const side = parseSide(text);
  if (!side) throw new CounterclaimError(`unknown side "${text.slice(0, 40)}": use one of ${SIDES.join(", ")}`, { option: "side" });
  return side;
}
