// A body's own publication on its own site: the Kremlin's readout on "President of Russia", a
// rights group's statement on its page. The site names the body as the outlet, and every sentence
// is the body's word, including what it relays of the parties. A news outlet, even a state's
// (TASS, Azertac), is no such body: what it reports keeps its own speakers. Nor is a watchdog
// named after a state ("Parliament Watch Armenia"), nor a third party's report that tells events
// in its own voice (a think tank's briefing): a third party's page is its statement only when it
// opens in its own name ("Amnesty International fears …").
import type { Genre, ParsedArticle } from "../types.ts";
import type { DocumentSpeaker } from "./documentSpeaker.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { findMentions } from "./mentions.ts";
import { tokenize } from "./tokens.ts";

/** Genres whose structure names no other speaker: a turn-taking page keeps its turns. */
const PAGE_GENRES = new Set<Genre>(["news", "wire", "analysis", "explainer"]);
/** Kinds of body that publish in their own name. */
const BODY_TYPES = new Set(["government", "ministry", "mediator", "person", "military"]);
/**
 * Institutions listed with the countries whose pages speak in their own voice: the Red Cross's
 * releases relay the parties as its own account. The United Nations' headquarters pages are a
 * venue (meetings coverage, the Court's orders, documents circulated for a member state) where
 * each party keeps its words; only a unit named after it ("United Nations in Armenia", "UNHCR
 * Armenia") reports in its own voice.
 */
const OWN_VOICE_SIDES = new Set(["icrc"]);
const UNIT_SIDES = new Set(["united-nations"]);
/** The UN's headquarters and its Court under their own names: a venue's pages. */
const VENUE = /^(?:the\s+)?(?:united nations|u\.?n\.?)(?:\s+(?:news|meetings coverage|press|press releases|digest|secretariat|web tv))?$|\bcourt\b/i;
/** Where a site joins its owner's name to a unit's or a product's: "United Nations in Armenia / Inter-Agency Refugee Response". */
const NAME_PARTS = /\s+[/|·]\s+/;
/** Words that make an outlet's name a paper's, a site's or a watchdog's, whatever state it names. */
const NOT_A_BODY =
  /\b(?:watch|monitor|observer|observatory|institute|centre|center|foundation|forum|network|project|news|times|post|daily|weekly|review|journal|press|media|digest|today|wire|tribune|herald|gazette|radio|tv)\b/i;
/** An elected member's title, which opens the name of the member's own site. */
const ELECTED_ROLE = /^(?:congressman|congresswoman|senator|representative|rep|mp|mep|lawmaker)$/;
/** How far into its first paragraph a third party's statement names itself. */
const OPENING_CHARS = 80;

/** The outlet as the page's issuer, or null when it is no body with a side, or a news outlet. */
export function outletAsIssuer(article: ParsedArticle, gazetteer: Gazetteer): DocumentSpeaker | null {
  const { outlet, genre } = article.meta;
  if (!outlet || !PAGE_GENRES.has(genre) || NOT_A_BODY.test(outlet)) return null;
  const name = (outlet.split(NAME_PARTS)[0] ?? outlet).trim();
  const tokens = tokenize(name);
  const words = tokens.filter((t) => t.isWord).length;
  const mentions = findMentions(gazetteer, tokens).filter((m) => m.sides.length === 1 && !m.anaphor);
  // The body must be most of the outlet's name: "Armenian Weekly" names a paper, not Armenia.
  const sideOf = (m: (typeof mentions)[number]) => m.sides[0] ?? "";
  const isBody = (m: (typeof mentions)[number]) => BODY_TYPES.has(m.type) || OWN_VOICE_SIDES.has(sideOf(m)) || (UNIT_SIDES.has(sideOf(m)) && !VENUE.test(name));
  const body = mentions.find((m) => isBody(m) && (m.end - m.start) * 2 >= words);
  // "Congressman Frank Pallone, Jr.", "Senator Jane Doe": a member's own office site, a third party's.
  if (!body && tokens[0] && ELECTED_ROLE.test(tokens[0].norm) && gazetteer.hasThirdPartyRole(tokens.slice(0, 1))) {
    return opensInOwnName(article, outlet) ? { sides: ["other"], speaker: outlet } : null;
  }
  const side = body?.sides[0];
  if (!body || !side || side === "unclear") return null;
  if (side === "other" && !opensInOwnName(article, outlet)) return null;
  return { sides: [side], speaker: outlet };
}

function opensInOwnName(article: ParsedArticle, outlet: string): boolean {
  const first = article.passages.find((p) => !p.heading);
  return first?.text.slice(0, OPENING_CHARS).includes(outlet) ?? false;
}

/** Words that make an outlet's name a paper's or a site's: its "we" is the newsroom's, no claim. */
const NEWS_NAME =
  /\b(?:news|times|post|daily|weekly|review|journal|press|media|digest|today|wire|tribune|herald|gazette|radio|tv|chronicle|courier|ledger|report|dispatch|notes)\b/i;

/**
 * The body of no side that publishes the page in its own name ("Civilian Protection Monitor",
 * "Human Rights Watch"): a research, rights or aid body, not a news outlet. Its report relays the
 * parties in their own words, but where it speaks as "we" ("We call on both governments …") the
 * body speaks. Null for a paper, a site, or a body of a party.
 */
export function ownVoiceBody(article: ParsedArticle, gazetteer: Gazetteer): DocumentSpeaker | null {
  const { outlet, genre } = article.meta;
  if (!outlet || !PAGE_GENRES.has(genre) || NEWS_NAME.test(outlet)) return null;
  const name = (outlet.split(NAME_PARTS)[0] ?? outlet).trim();
  const tokens = tokenize(name);
  const first = tokens[0]?.norm === "the" ? 1 : 0;
  const body = findMentions(gazetteer, tokens).find((m) => m.start <= first && !m.anaphor);
  return body && body.type === "government" && body.sides.length === 1 && body.sides[0] === "other" ? { sides: ["other"], speaker: outlet } : null;
}

/**
 * "We call on both governments to …", "We urge the platforms …", "None of the people we interviewed
 * expected to return": the publishing body's own call, or what it found in its own interviews. Its
 * notes on method ("For each entry we note …", "We do not treat official figures as verified") and
 * its assessments are not the claims annotators count; nor is anything inside a quotation.
 */
export function speaksAsWe(sentence: string): boolean {
  const unquoted = sentence.replace(/["“][^"”]*["”]/g, " ");
  return (OWN_CALL.test(unquoted) || OWN_INTERVIEWS.test(unquoted)) && !/\?\s*$/.test(sentence.trim());
}
const OWN_CALL = /\bwe\s+(?:also\s+|again\s+|therefore\s+|further\s+)?(?:call(?:ed)?\s+(?:on|upon)|urge[ds]?|appeal(?:ed)?\s+to|demand(?:ed)?\s+that)\b/i;
const OWN_INTERVIEWS = /\b(?:we|our\s+researchers)\s+(?:interviewed|surveyed|spoke\s+(?:to|with))\b/i;

/** Last words of a body's name that a page may call it by: "The Cell", "The Committee", "The Foundation". */
const BODY_SHORT_NAME =
  /^(?:cell|committee|foundation|trust|council|fund|society|association|network|coalition|alliance|federation|union|secretariat|charity|initiative|appeal)$/i;

/**
 * The word a body of no side that publishes the page calls itself by: "Cell" for the "Gorgona Humanitarian
 * Coordination Cell", whose "The Cell urges all partners …" is the body's own call. Null for a paper or a
 * site, a one-word name, or a body the gazetteer places (its page speaks through outletAsIssuer).
 */
export function ownShortName(article: ParsedArticle, gazetteer: Gazetteer): string | null {
  const { outlet, genre } = article.meta;
  if (!outlet || !PAGE_GENRES.has(genre) || NEWS_NAME.test(outlet)) return null;
  const words = (outlet.split(NAME_PARTS)[0] ?? outlet).trim().split(/\s+/);
  const last = words.at(-1) ?? "";
  if (words.length < 2 || !/^\p{Lu}/u.test(last) || !BODY_SHORT_NAME.test(last)) return null;
  const placed = findMentions(gazetteer, tokenize(outlet)).some((m) => !m.anaphor && m.sides.some((side) => side !== "other" && side !== "unclear"));
  return placed ? null : last;
}

/** Whether the sentence opens with the body's short name as its subject: "The Cell urges …", "On Monday the Cell called …". */
export function opensWithOwnShortName(sentence: string, short: string): boolean {
  const opening = new RegExp(String.raw`^(?:(?:on|in|at|by)\s[^,]{1,30},?\s+)?the\s+${short}\s+(?!of\b|for\b)\p{Ll}`, "iu");
  return opening.test(sentence.trim()) && new RegExp(String.raw`\b[Tt]he\s+${short}\b`, "u").test(sentence);
}

/**
 * "The Cell calls on all parties to allow …": the body's own call, right after its short name (a verb the
 * sentence's reading takes for a noun after a name it does not know).
 */
export function callsAsOwnBody(sentence: string, short: string): boolean {
  return new RegExp(String.raw`\b[Tt]he\s+${short}\s+(?:also\s+|again\s+|therefore\s+)?${OWN_BODY_CALL}`, "u").test(sentence);
}
const OWN_BODY_CALL = String.raw`(?:calls?\s+(?:on|upon|for)|urges?|appeals?\s+(?:to|for)|reiterates|renews\s+its\s+(?:call|appeal))\b`;
