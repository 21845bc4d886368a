// What the text has said so far: the speakers and actors a later "it", "they", "the ministry"
// or "the statement" can point back to. One state per article, across its paragraphs.
import type { ClaimSide, Side } from "../types.ts";
import type { ActorType } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";

export interface Referent {
  sides: ClaimSide[];
  /** How the text named it ("Karabakh's Armenian-backed Defense Army"). */
  speaker: string;
  type: ActorType;
  plural: boolean;
  /** True when it made a claim; false when it was only mentioned. */
  spoke: boolean;
  sentenceNo: number;
}

export interface Discourse {
  /** Oldest first. */
  referents: Referent[];
  sentenceNo: number;
  /**
   * The side of the outlet's own state (Report.az, Armenpress, TASS), when it has one: in its
   * copy "the Ministry of Defense" with no other antecedent is that state's ministry.
   */
  home: Side | null;
}

export function emptyDiscourse(home: Side | null = null): Discourse {
  return { referents: [], sentenceNo: 0, home };
}

/** How far back a mere mention (not a speaker) stays available to "they"/"them". */
const MENTION_REACH = 1;

/** The earlier actor a pronoun or bare title refers to, or null when the text offers none. */
export function resolveAnaphor(mention: Mention, state: Discourse): Referent | null {
  const recent = [...state.referents].reverse();
  const speakers = recent.filter((r) => r.spoke);
  const near = (r: Referent) => r.spoke || state.sentenceNo - r.sentenceNo <= MENTION_REACH;
  switch (mention.anaphor) {
    case "it":
      return speakers.find((r) => r.type !== "person" && !r.plural) ?? speakers[0] ?? null;
    case "he":
      return speakers.find((r) => r.type === "person") ?? recent.find((r) => r.type === "person" && near(r)) ?? null;
    case "they":
      return recent.find((r) => (r.plural || r.sides.length > 1) && near(r)) ?? speakers[0] ?? null;
    case "title": {
      if (mention.type === "statement") return speakers[0] ?? null;
      // An official's title ("the deputy prime minister") is never an analyst or a witness.
      const official = speakers.filter((r) => !r.sides.includes("other"));
      return official.find((r) => r.type === mention.type) ?? official[0] ?? homeReferent(mention, state);
    }
    default:
      return null;
  }
}

export function remember(state: Discourse, referent: Omit<Referent, "sentenceNo">): void {
  state.referents.push({ ...referent, sentenceNo: state.sentenceNo });
  // Long enough to remember who was introduced in a long analysis piece, short enough to stay cheap.
  if (state.referents.length > 400) state.referents.shift();
}

function homeReferent(mention: Mention, state: Discourse): Referent | null {
  if (!state.home) return null;
  return { sides: [state.home], speaker: mention.text, type: mention.type, plural: mention.plural, spoke: false, sentenceNo: state.sentenceNo };
}
