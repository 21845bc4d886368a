// The one place that knows the sides: ids, labels, aliases, roles, camps and enemies come from
// sides.json (checked with zod when this module loads); everything else asks this module.
import { parseDataFile } from "../dataFile.ts";
import { z } from "zod";
import raw from "./sides.json" with { type: "json" };
import { CounterclaimError } from "../errors.ts";
import { foldText } from "../search/fold.ts";

/** Who made a claim (see ../shared/gold/README.md): the keys of sides.json. */
export type Side = keyof typeof raw.sides;

/** A claim's side, or "unclear" when the speaker could not be resolved with confidence. */
export const UNCLEAR = "unclear";
export type ClaimSide = Side | typeof UNCLEAR;

/** A casualty figure's claimant: a side, or the outlet itself when no party is named. */
export type Claimant = Side | "unattributed";
/** A casualty figure's victims: a side, or unspecified when the text names none. */
export type AffectedSide = Side | "unspecified";

const ROLES = ["belligerent", "mediator", "third"] as const;
export type SideRole = (typeof ROLES)[number];

const SideInfoSchema = z
  .object({
    label: z.string().min(1),
    colour: z.string().regex(/^#[0-9A-Fa-f]{6}$/, "a colour is #RRGGBB"),
    role: z.enum(ROLES),
    camp: z.string().min(1).optional(),
    enemy: z.string().min(1).optional(),
    troopsOnTheGround: z.boolean().optional(),
    aliases: z.array(z.string().min(1)),
    speakerPrefixes: z.array(z.string().min(1)),
  })
  .strict();
type SideInfo = z.infer<typeof SideInfoSchema>;

function loadSides(data: unknown): Record<Side, SideInfo> {
  const table = parseDataFile("sides.json", z.object({ sides: z.record(SideInfoSchema) }), data).sides as Record<Side, SideInfo>;
  for (const [id, info] of Object.entries(table)) {
    if (info.enemy && !(info.enemy in table)) throw new CounterclaimError(`sides.json: sides.${id}.enemy: unknown side "${info.enemy}"`);
    if (info.role === "belligerent" && !(info.camp && info.enemy)) {
      throw new CounterclaimError(`sides.json: sides.${id}: a belligerent needs a camp and an enemy`);
    }
  }
  return table;
}

const TABLE = loadSides(raw);

/** Every side, in the order of sides.json (a tuple, so that zod can make an enum of it). */
export const SIDES = Object.keys(TABLE) as [Side, ...Side[]];

const withRole = (role: SideRole) => SIDES.filter((s) => TABLE[s].role === role);
/** Sides that speak as mediators when they speak about the conflict. */
export const MEDIATOR_SIDES: readonly Side[] = withRole("mediator");
/** The belligerents: their figures and claims are the ones that contradict each other. */
export const BELLIGERENTS: readonly Side[] = withRole("belligerent");

export const SIDE_LABELS = Object.fromEntries(SIDES.map((s) => [s, TABLE[s].label])) as Record<Side, string>;

/** Each side's colour (#RRGGBB) in charts and embeds: always with the side's name beside it. */
export const SIDE_COLOURS = Object.fromEntries(SIDES.map((s) => [s, TABLE[s].colour])) as Record<Side, string>;

export function isSide(value: string): value is Side {
  return value in TABLE;
}

export function isBelligerent(side: string): side is Side {
  return isSide(side) && TABLE[side].role === "belligerent";
}

export function isMediator(side: string): side is Side {
  return isSide(side) && TABLE[side].role === "mediator";
}

/** Its unnamed servicemen are its own (belligerents, and Russia with its peacekeepers). */
export function hasTroopsOnTheGround(side: string): boolean {
  return isSide(side) && TABLE[side].troopsOnTheGround === true;
}

/** The camp a side counts its losses with: Armenia and the Karabakh Armenians are one. */
export function campOf(side: string): string {
  return (isSide(side) && TABLE[side].camp) || side;
}

export function sameCamp(a: string, b: string): boolean {
  return campOf(a) === campOf(b);
}

/** The side whose losses a belligerent's own forces cause, or null for everyone else. */
export function enemyOf(side: string): Side | null {
  const enemy = isSide(side) ? TABLE[side].enemy : undefined;
  return enemy && isSide(enemy) ? enemy : null;
}

/** How articles name a side at the start of a speaker ("Azerbaijani military"). */
export function speakerPrefixes(side: Side): readonly string[] {
  return TABLE[side].speakerPrefixes;
}

/** How a reader sees a side, a claimant or a victim named. */
export function sideLabel(side: ClaimSide | "outlet" | Claimant | AffectedSide): string {
  if (side === "outlet" || side === "unattributed") return "the outlet itself";
  if (side === "unspecified") return "unspecified";
  if (side === UNCLEAR) return "Side unclear";
  return SIDE_LABELS[side];
}

const ALIASES = new Map<string, Side>(SIDES.flatMap((s) => TABLE[s].aliases.map((a) => [a, s] as const)));

/** A side as typed ("Azerbaijani", "Karabakh", "EU"), or null when it names none. */
export function parseSide(text: string): Side | null {
  const key = foldText(text)
    .replace(/[-_]+/g, " ")
    .replace(/[^a-z ]/g, "")
    .trim();
  const direct = SIDES.find((s) => s.replace(/-/g, " ") === key);
  return direct ?? ALIASES.get(key) ?? null;
}

/** Like parseSide, but a typed side that names none is an error the user should see. */
export function requireSide(text: string): Side {
  const side = parseSide(text);
  if (!side) throw new CounterclaimError(`unknown side "${text.slice(0, 40)}": use one of ${SIDES.join(", ")}`, { option: "side" });
  return side;
}
