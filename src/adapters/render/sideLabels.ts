// The one place that decides how a side is named, so Discord and the console label claims identically.
import type { AnswerLine, Side, SourceRef } from "../../core/types.ts";
import { SIDE_LABELS } from "../../core/answers/sides.ts";

/** The core's names for the sides: one table for every renderer. */
export const SIDE_NAMES: Record<Side, string> = SIDE_LABELS;

const MAX_SPEAKER = 60;

/** How articles name a side at the start of a speaker ("Azerbaijani military", "Karabakh's army"). */
const SIDE_PREFIXES: Partial<Record<Side, string[]>> = {
  azerbaijan: ["Azerbaijani", "Azeri"],
  armenia: ["Armenian"],
  "nagorno-karabakh": ["Karabakh Armenian", "Karabakh", "Artsakh"],
  russia: ["Russian"],
  turkey: ["Turkish"],
  iran: ["Iranian"],
  "united-states": ["US", "U.S.", "American"],
  france: ["French"],
  "european-union": ["EU"],
  "united-nations": ["UN", "U.N."],
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Azerbaijan's Defense Ministry" under side azerbaijan → "Defense Ministry": the side is already named. */
function speakerDetail(side: Side, speaker: string | null): string | null {
  if (!speaker) return null;
  const names = [SIDE_NAMES[side], ...(SIDE_PREFIXES[side] ?? [])];
  let detail = speaker.replace(/\s+/g, " ").trim().replace(/^the\s+/i, "");
  if (names.some((n) => n.toLowerCase() === detail.toLowerCase())) return null;
  const prefix = new RegExp(`^(?:${names.map(escapeRegExp).join("|")})(?:'s|’s|’|')?\\s+`, "i");
  detail = detail.replace(prefix, "");
  // "the Azerbaijani side" says nothing beyond the side itself.
  if (!detail || /^(side|party|sides)$/i.test(detail)) return null;
  if (detail.length > MAX_SPEAKER) detail = `${detail.slice(0, MAX_SPEAKER - 1).trimEnd()}…`;
  return detail.charAt(0).toUpperCase() + detail.slice(1);
}

/** "Azerbaijan (Defense Ministry)", or for the outlet's own reporting "Reuters (own reporting)": never a side. */
export function sideLabel(line: Pick<AnswerLine, "side" | "speaker" | "sources">, sources: readonly SourceRef[]): string {
  if (line.side === "outlet") {
    const outlet = sources.find((s) => s.n === line.sources[0])?.outlet?.trim();
    return outlet ? `${outlet} (own reporting)` : "The outlet's own reporting";
  }
  const detail = speakerDetail(line.side, line.speaker);
  return detail ? `${SIDE_NAMES[line.side]} (${detail})` : SIDE_NAMES[line.side];
}

/** Words that mark a line after its label: shown in square brackets on both surfaces. */
export function lineMarkers(line: Pick<AnswerLine, "disputed" | "mediator">): string[] {
  const markers: string[] = [];
  if (line.mediator) markers.push("mediator");
  if (line.disputed) markers.push("disputed");
  return markers;
}
