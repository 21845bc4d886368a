// The one place that decides how a side is named, so Discord and the console label claims identically.
import type { AnswerLine, Side, SourceRef } from "../../core/types.ts";
import { isSide, SIDE_COLOURS, SIDE_LABELS, sideLabel as coreSideLabel, speakerPrefixes, UNCLEAR } from "../../core/sides/sides.ts";
import { escapeRegExp } from "../../core/rules/rule.ts";

/** The core's names for the sides: one table for every renderer. */
export const SIDE_NAMES: Record<Side, string> = SIDE_LABELS;

const MAX_SPEAKER = 60;

/** Grey for what is no side: the outlet's own reporting, an unclear speaker, unnamed victims. */
const NO_SIDE_COLOUR = "#8C8C8C";

/** A side's colour (sides.json), the same in embeds and charts; grey for the outlet, "unclear" and the like. */
export function sideColour(side: string): string {
  return isSide(side) ? SIDE_COLOURS[side] : NO_SIDE_COLOUR;
}

/** "Azerbaijan's Defense Ministry" under side azerbaijan → "Defense Ministry": the side is already named. */
function speakerDetail(side: Side, speaker: string | null): string | null {
  if (!speaker) return null;
  const names = [SIDE_NAMES[side], ...speakerPrefixes(side)];
  let detail = speaker
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the\s+/i, "");
  if (names.some((n) => n.toLowerCase() === detail.toLowerCase())) return null;
  const prefix = new RegExp(`^(?:${names.map(escapeRegExp).join("|")})(?:'s|’s|’|')?\\s+`, "i");
  detail = detail.replace(prefix, "");
  // "the Azerbaijani side" says nothing beyond the side itself.
  if (!detail || /^(side|party|sides)$/i.test(detail)) return null;
  detail = clip(detail);
  return detail.charAt(0).toUpperCase() + detail.slice(1);
}

function clip(text: string): string {
  return text.length > MAX_SPEAKER ? `${text.slice(0, MAX_SPEAKER - 1).trimEnd()}…` : text;
}

/** "Azerbaijan (Defense Ministry)", or for the outlet's own reporting "Reuters (own reporting)": never a side. */
export function lineLabel(line: Pick<AnswerLine, "side" | "speaker" | "sources">, sources: readonly SourceRef[]): string {
  if (line.side === "outlet") {
    const outlet = sources.find((s) => s.n === line.sources[0])?.outlet?.trim();
    return outlet ? `${outlet} (own reporting)` : "The outlet's own reporting";
  }
  // An unresolved speaker is shown as written: the reader judges whose it is.
  if (line.side === UNCLEAR) return line.speaker ? `${coreSideLabel(UNCLEAR)} (${clip(line.speaker)})` : coreSideLabel(UNCLEAR);
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
