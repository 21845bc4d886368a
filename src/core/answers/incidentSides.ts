// Who spoke about an incident, in the order a reader follows a dispute: the side that made the
// first claim, then the sides that answered it (their denials first), then anyone else; and which
// belligerent camp said nothing at all.
import type { Claim } from "../types.ts";
import type { Incident } from "./incidents.ts";
import { isMediator, sameCamp, sideLabel } from "../sides/sides.ts";

export interface SideClaims {
  side: Claim["side"];
  claims: Claim[];
  /** True when this side's word answers another's (it denies). */
  replies: boolean;
}

export function orderedSides(claims: Claim[]): SideClaims[] {
  const bySide = new Map<Claim["side"], Claim[]>();
  for (const c of claims) {
    const list = bySide.get(c.side);
    if (list) list.push(c);
    else bySide.set(c.side, [c]);
  }
  const groups = [...bySide].map(([side, list]) => {
    const replies = list.some((c) => c.kind === "denial");
    // Denials lead a replying side's lines; accusations and reports lead the others'.
    const ordered = [...list].sort((a, b) => rank(a, replies) - rank(b, replies) || a.sentenceId.localeCompare(b.sentenceId));
    return { side, claims: ordered, replies };
  });
  return groups.sort((a, b) => order(a) - order(b) || firstDay(a).localeCompare(firstDay(b)));
}

const rank = (c: Claim, replies: boolean) => (replies ? (c.kind === "denial" ? 0 : 1) : c.kind === "denial" ? 1 : 0);
const order = (g: SideClaims) => (isMediator(g.side) ? 2 : g.replies ? 1 : 0);
const firstDay = (g: SideClaims) => g.claims[0]?.sentenceId ?? "";

/** The belligerent camps (Azerbaijan; Armenia with the Karabakh authorities) with no claim in the incident. */
export function silentCamps(found: Incident): string[] {
  const speaking = [...found.claims.map((c) => c.side as string), ...found.figures.map((f) => f.claimedBy as string)];
  const camps: { side: "azerbaijan" | "armenia"; label: string }[] = [
    { side: "azerbaijan", label: sideLabel("azerbaijan") },
    { side: "armenia", label: `${sideLabel("armenia")} or ${sideLabel("nagorno-karabakh")}` },
  ];
  if (!camps.some((camp) => speaking.some((s) => sameCamp(s, camp.side)))) return [];
  return camps.filter((camp) => !speaking.some((s) => sameCamp(s, camp.side))).map((c) => c.label);
}
