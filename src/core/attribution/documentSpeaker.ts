// Speakers that the document's structure names rather than a sentence: a press release's issuer,
// an interview's interviewee, a briefing's labelled speakers. Each is a phrase as written,
// resolved to a side through the gazetteer or the people the text has introduced; one that cannot
// be resolved with confidence speaks with the side "unclear", never a guessed one.
import type { ClaimSide } from "../types.ts";
import { UNCLEAR } from "../sides/sides.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { tokenize } from "./tokens.ts";
import { type Discourse, latestReferent } from "./discourse.ts";
import { titleCase } from "../ingest/text.ts";

export interface DocumentSpeaker {
  sides: ClaimSide[];
  speaker: string;
}

/**
 * "the Ministry of Foreign Affairs of the Republic of Armenia" → armenia; "Zakharova" → russia
 * (a known name, or a surname the text introduced with a side); otherwise unclear.
 */
export function resolveSpeakerPhrase(phrase: string, state: Discourse, gazetteer: Gazetteer): DocumentSpeaker {
  const speaker = tidy(phrase);
  // ("Permanent Mission of the Republic of Azerbaijan to the OSCE": the body a mission is accredited to is not whose it is.)
  const all = findMentions(gazetteer, tokenize(speaker.replace(ACCREDITED_TO, "")));
  const mentions = all.filter((m) => m.sides.length > 0 && !m.anaphor);
  // "State Committee on Affairs of Refugees of the Republic of Armenia": a body's name opening the
  // phrase is the state's it names, not the people its remit names.
  const body = all[0]?.anaphor === "title" && all[0].start === 0 && all[0].type !== "person" && all[0].type !== "statement";
  const actor = mentions.find((m) => m.sideFrom === "actor" && !(body && m.type === "person"));
  const sided = actor ?? (body ? ownerOf(speaker, gazetteer) : undefined) ?? mentions.find((m) => m.sideFrom === "country") ?? mentions[0];
  if (sided) return { sides: sided.sides, speaker };
  const known = introducedAs(speaker, state);
  if (known) return { sides: known, speaker };
  if (state.home && /\b(?:ministry|spokes(?:wo)?man|spokesperson|government|office)\b/i.test(speaker)) return { sides: [state.home], speaker };
  return { sides: [UNCLEAR], speaker };
}

/** "… to the OSCE", "… to the United Nations" after a mission's, a delegation's or a representative's name. */
const ACCREDITED_TO =
  /(?<=\b(?:[Mm]ission|[Dd]elegation|[Rr]epresentative|[Rr]epresentation|[Ee]mbassy|[Aa]mbassador)\b.*)\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}.-]*))*$/u;

/** The state that closes a body's name ("… of the Republic of Armenia"), read on its own. */
function ownerOf(name: string, gazetteer: Gazetteer): Mention | undefined {
  const owner = OWNER.exec(name)?.[1];
  return owner ? findMentions(gazetteer, tokenize(owner)).find((m) => m.sideFrom === "country" && m.sides.length === 1) : undefined;
}

const OWNER = /\bof\s+((?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}[\p{L}-]+)\s*$/u;

/** The side of someone the text introduced earlier, found by a word of their name ("Hovhannisyan"). */
function introducedAs(phrase: string, state: Discourse): ClaimSide[] | null {
  const words = phrase
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && w.length > 2)
    .map((w) => w.toLowerCase());
  if (words.length === 0) return null;
  const match = latestReferent(state, (r) => r.type === "person" && r.speaker.split(/\s+/).some((w) => words.includes(w.toLowerCase())));
  return match ? match.sides : null;
}

const ACRONYM = /^\p{Lu}{2,5}$/u;

/** "HOVHANNISYAN" → "Hovhannisyan", while an acronym ("EEAS", "OSCE") stays; surrounding quotes and punctuation go. */
function tidy(phrase: string): string {
  const trimmed = phrase.replace(/^[\s"“”'‘’*_]+|[\s"“”'‘’*_:,.]+$/g, "");
  return trimmed !== trimmed.toUpperCase() || ACRONYM.test(trimmed) ? trimmed : titleCase(trimmed);
}
