// A body's own publication on its own site: the Kremlin's readout on "President of Russia", a
// rights group's statement on its page. The site names the body as the outlet, and every sentence
// is the body's word, including what it relays of the parties. A news outlet, even a state's
// (TASS, Azertac), is no such body: what it reports keeps its own speakers.
import type { Genre } from "../types.ts";
import type { DocumentSpeaker } from "./documentSpeaker.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { findMentions } from "./mentions.ts";
import { tokenize } from "./tokens.ts";

/** Genres whose structure names no other speaker: a turn-taking page keeps its turns. */
const PAGE_GENRES = new Set<Genre>(["news", "wire", "analysis", "explainer"]);
/** Kinds of body that publish in their own name. */
const BODY_TYPES = new Set(["government", "ministry", "mediator", "person", "military"]);

/** The outlet as the page's issuer, or null when it is no body with a side, or a news outlet. */
export function outletAsIssuer(outlet: string | null, genre: Genre, gazetteer: Gazetteer): DocumentSpeaker | null {
  if (!outlet || !PAGE_GENRES.has(genre)) return null;
  const tokens = tokenize(outlet);
  const words = tokens.filter((t) => t.isWord).length;
  const mentions = findMentions(gazetteer, tokens).filter((m) => m.sides.length === 1 && !m.anaphor);
  // The body must be most of the outlet's name: "Armenian Weekly" names a paper, not Armenia.
  const body = mentions.find((m) => BODY_TYPES.has(m.type) && (m.end - m.start) * 2 >= words);
  const side = body?.sides[0];
  return body && side && side !== "unclear" ? { sides: [side], speaker: outlet } : null;
}
