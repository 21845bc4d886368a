// What the text has said so far: the speakers and actors a later "it", "they", "the ministry"
// or "the statement" can point back to. One state per article, across its paragraphs.
import type { Side } from "../types.ts";
import type { ActorType } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";

export interface Referent {
  sides: Side[];
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
}

export function emptyDiscourse(): Discourse {
  return { referents: [], sentenceNo: 0 };
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
    case "title":
      if (mention.type === "statement") return speakers[0] ?? null;
      return speakers.find((r) => r.type === mention.type) ?? speakers[0] ?? null;
    default:
      return null;
  }
}

export function remember(state: Discourse, referent: Omit<Referent, "sentenceNo">): void {
  state.referents.push({ ...referent, sentenceNo: state.sentenceNo });
  if (state.referents.length > 50) state.referents.shift();
}
