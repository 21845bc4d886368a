// The gazetteer: who speaks for which side, as data (gazetteer.json), checked with zod and
// compiled into a phrase matcher over tokens. Extend the JSON, not this code.
import { parseDataFile } from "../dataFile.ts";
import { escapeRegExp } from "../rules/rule.ts";
import { z } from "zod";
import raw from "./gazetteer.json" with { type: "json" };
import { SIDES, UNCLEAR, type ClaimSide, type Side } from "../types.ts";
import { normalizeWord, tokenize, type Token } from "./tokens.ts";

export const ACTOR_TYPES = ["country", "military", "government", "ministry", "person", "media", "mediator", "statement"] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

const side = z.enum(SIDES);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const names = z.array(z.string().min(1)).min(1);
const GazetteerSchema = z.object({
  countries: z.array(z.object({ side, names })),
  // "ownedByNone": a body no state's possessive makes the state's ("Azerbaijan's Caucasus Muslims
  // Board" is the faith's), unlike the third parties a state may own ("Azerbaijan's Mine Action Agency").
  // "platform": a network that is also where others post ("wrote on Facebook"): a speaker only by its own name as subject.
  actors: z.array(
    z.object({ side, type: z.enum(ACTOR_TYPES), plural: z.boolean().optional(), ownedByNone: z.boolean().optional(), platform: z.boolean().optional(), names }),
  ),
  // "pairNamed": the pair the text has just named ("the two presidents" after "Aliyev and
  // Pashinyan met"), never a default pair: such a group means whoever the story is about.
  groups: z.array(z.object({ sides: z.array(side).min(2), pairNamed: z.boolean().optional(), why: z.string().min(1).optional(), names })),
  heads: z.array(z.object({ type: z.enum(ACTOR_TYPES), plural: z.boolean().optional(), defaultSide: side.optional(), names })),
  // "spellings": transliterations and the other side's name of the same place ("Gyanja", "Khankendi"),
  // which attribution reads as aliases and search folds into the place's own name.
  // "seat": a capital or the whole conflict zone ("Baku", "Karabakh", "the line of contact"): a question naming it asks
  // about a side or the war, so a corpus that never uses the word is not thereby silent on the question.
  places: z.array(z.object({ name: z.string().min(1), aliases: names, spellings: names.optional(), seat: z.boolean().optional() })),
  unresolved: z.array(z.object({ why: z.string().min(1), names })),
  peoples: z.object({ names }),
  // "stateOffices": a state's rights office whose name holds a third party's words (see the JSON's "why").
  thirdPartyRoles: z.object({ names, stateOffices: z.object({ why: z.string().min(1), names }) }),
  // Roles of a newsroom: a guest holding one reports (see the JSON's "why").
  newsroomRoles: z.object({ why: z.string().min(1), names }),
  // Leaders whose side changed with their office (see the JSON's "why"); outside every term, "other".
  termsOfOffice: z.object({
    why: z.string().min(1),
    people: z.array(
      z.object({
        names,
        terms: z.array(z.object({ side, from: isoDay, until: isoDay.optional() })).min(1),
      }),
    ),
  }),
  // Moscow's centre before the Union ended: whose it was annotators do not agree (see the JSON's "why").
  sovietCentre: z.object({
    why: z.string().min(1),
    until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    names,
    pressAfter: z.object({ why: z.string().min(1), names }),
  }),
  // The Minsk Group's first day: a bare "envoys" or "mediators" before it is not the Group (see "why").
  minskGroup: z.object({ why: z.string().min(1), since: isoDay, names }),
  // A legislature's printed record whose member labels speak for its state (see the JSON's "why").
  chambers: z.object({ why: z.string().min(1), records: z.array(z.object({ side, names })).min(1) }),
  // "The Washington Post", "the Tehran Times": a place's name before a masthead word is a paper's name.
  mastheadWords: z.object({ why: z.string().min(1), names }),
  // "Civilian Protection Monitor": an unknown capitalised name ending in one of these is a body of no side.
  civilBodyWords: z.object({ why: z.string().min(1), names }),
  // "Caspian Copper Mining", "Fitch Ratings": a capitalised name closed by one of these is a company (see "why").
  companyWords: z.object({ why: z.string().min(1), names, shortNames: names, stateWords: names }),
});
export type GazetteerData = z.infer<typeof GazetteerSchema>;

/** What a matched phrase is: a country (also a qualifier), a named actor, a title/institution, a place. */
export type EntryKind = "country" | "actor" | "group" | "head" | "place";

export interface Entry {
  kind: EntryKind;
  /** Fixed side (countries and actors) or the default for a bare head; "unclear" for unresolved bodies. */
  side: ClaimSide | null;
  type: ActorType;
  plural: boolean;
  /** Every side a group speaks for ("both sides"); one claim each. */
  sides?: Side[];
  /** A group that speaks for the pair the text just named, else for no side we can tell. */
  pairNamed?: boolean;
  /** A body no state owns, whichever state's possessive names it (actors only). */
  ownedByNone?: boolean;
  /** A network others post on ("on Facebook"), a speaker only where it is named as one (actors only). */
  platform?: boolean;
  /** Canonical place name (places only). */
  place?: string;
}

export interface Match {
  entry: Entry;
  /** Token indexes [start, end). */
  start: number;
  end: number;
}

export interface Gazetteer {
  /** Actors, countries and heads: longest matches, left to right, never overlapping. */
  match(tokens: Token[]): Match[];
  /** Places, matched on their own because "Stepanakert" is both a speaker and a place. */
  matchPlaces(tokens: Token[]): Match[];
  /** True when the words name a people ("Armenians", "an Azerbaijani"), not a government. */
  isPeople(text: string): boolean;
  /** True when the words hold a role that makes a named person a third party ("an analyst"). */
  hasThirdPartyRole(tokens: readonly Token[]): boolean;
  /** True when the tokens name a newsroom's role ("news editor at the station", "our correspondent"). */
  hasNewsroomRole(tokens: readonly Token[]): boolean;
  /**
   * The side a leader whose side changed with his office spoke for on `published`, when the speaker
   * names one ("Former president Robert Kocharyan's office" in 2020: "other"); null for anyone else.
   */
  sideInOffice(speaker: string, published: string): ClaimSide | null;
  /** True when a speaker of a text published on `published` is Moscow's Soviet centre ("Tass" in 1988). */
  isSovietCentre(speaker: string, published: string | null): boolean;
  /** Whether the speaker is one of the centre's dailies that became papers of their own after the Union. */
  isCentrePressAfter(speaker: string): boolean;
  /** The day the Soviet Union ended (YYYY-MM-DD): Moscow's officials before it spoke for the Union. */
  sovietEnd: string;
  /**
   * True when a speaker read as the Minsk Group in a text published on `published` cannot be it: the
   * text is older than the Group and the speaker does not name it ("senior envoys sent from Moscow" in 1990).
   */
  isMediatorBeforeMinskGroup(speaker: string, published: string | null): boolean;
  /**
   * The side of the legislature whose printed record a page's head names ("Congressional Record —
   * Senate" → united-states), or null: its members' labels speak for that side.
   */
  chamberOf(head: readonly string[]): ClaimSide | null;
  /**
   * The name a company goes by without its closing word ("Anglo Asian" for "Anglo Asian Mining",
   * "Fitch" for "Fitch Ratings"), or null when the name has no such word or what is left of it is a
   * country's or an actor's name ("Turkish" of "Turkish Airlines").
   */
  companyShortName(name: string): string | null;
  /** The one-word short names it holds only as written in capitals ("UN", "ICRC", "TASS"). */
  acronyms: ReadonlySet<string>;
}

interface Phrase {
  words: string[];
  /** All-caps short names (US, UN, EU) must be written so: "us" is a pronoun. */
  exact: string[] | null;
  /** Written in lower case ("refugees", "residents"): a common noun, never a word of a capitalised name. */
  common: boolean;
  entry: Entry;
  /** A person's name: a middle initial may stand between its first and second words ("Colin L. Powell"). */
  initialMayFollow: boolean;
}

export function parseGazetteer(data: unknown): GazetteerData {
  return parseDataFile("gazetteer", GazetteerSchema, data);
}

export function compileGazetteer(data: GazetteerData): Gazetteer {
  const phrases: Phrase[] = [];
  const placePhrases: Phrase[] = [];
  const add = (name: string, entry: Entry, into = phrases) => {
    const words = tokenize(name).filter((t) => t.isWord);
    if (words.length === 0) return;
    const isAcronym = /^[\p{Lu}.]{2,5}$/u.test(name);
    into.push({
      words: words.map((t) => t.norm),
      exact: isAcronym ? words.map((t) => t.text) : null,
      common: entry.kind !== "head" && isCommonNoun(name),
      entry,
      initialMayFollow: entry.type === "person" && entry.kind === "actor",
    });
  };
  for (const c of data.countries) for (const n of c.names) add(n, { kind: "country", side: c.side, type: "country", plural: false });
  for (const a of data.actors)
    for (const n of withSpellings(a.names))
      add(n, {
        kind: "actor",
        side: a.side,
        type: a.type,
        plural: a.plural ?? false,
        ...(a.ownedByNone ? { ownedByNone: true } : {}),
        ...(a.platform ? { platform: true } : {}),
      });
  for (const g of data.groups)
    for (const n of g.names)
      add(n, { kind: "group", side: g.sides[0] ?? null, sides: g.sides, type: "government", plural: true, ...(g.pairNamed ? { pairNamed: true } : {}) });
  // A list of people mixes singulars and plurals ("analyst", "analysts"): "they" can only be the plurals.
  // ("The Karabakh self-defence forces gave a different picture. … they said": troops and forces are "they", as people are.)
  const pluralName = (h: (typeof data.heads)[number], n: string) => h.plural ?? ((h.type === "person" || h.type === "military") && /[^s]s$/i.test(n));
  for (const h of data.heads) for (const n of h.names) add(n, { kind: "head", side: h.defaultSide ?? null, type: h.type, plural: pluralName(h, n) });
  for (const u of data.unresolved) for (const n of u.names) add(n, { kind: "country", side: UNCLEAR, type: "country", plural: false });
  for (const p of data.places)
    for (const n of [...p.aliases, ...(p.spellings ?? [])]) add(n, { kind: "place", side: null, type: "country", plural: false, place: p.name }, placePhrases);
  const actorIndex = indexByFirstWord(phrases);
  const placeIndex = indexByFirstWord(placePhrases);
  const peoples = new Set(data.peoples.names.map(normalizePhrase));
  // Asked for every country word that speaks: remembered, so each phrase is normalised once.
  const peopleSeen = new Map<string, boolean>();
  const roles = compileRolesOutside(data.thirdPartyRoles.names, data.thirdPartyRoles.stateOffices.names);
  const newsroom = compileRolesInWords(data.newsroomRoles.names);
  const mastheads = new Set(data.mastheadWords.names.map(normalizePhrase));
  const civilBodyWords = new Set(data.civilBodyWords.names.map(normalizePhrase));
  const companies = compileCompanyWords(data.companyWords);
  const centre = compileRoles(data.sovietCentre.names);
  const centrePress = compileRoles(data.sovietCentre.pressAfter.names);
  const minskGroup = compileRoles(data.minskGroup.names);
  const chambers = data.chambers.records.map((r) => ({ side: r.side, name: new RegExp(`\\b(?:${r.names.map(escapeRegExp).join("|")})\\b`, "i") }));
  const acronyms = new Set(phrases.flatMap((p) => (p.exact?.length === 1 && /^\p{Lu}{2,}$/u.test(p.exact[0] ?? "") ? [p.exact[0] as string] : [])));
  return {
    acronyms,
    match: (tokens) =>
      withRemitLists(
        asCompanies(
          asCivilBodies(asAssociations(asMovements(asNewspapers(matchPhrases(actorIndex, tokens), tokens, mastheads), tokens), tokens), tokens, civilBodyWords),
          tokens,
          companies,
        ),
        tokens,
      ),
    matchPlaces: (tokens) => matchPhrases(placeIndex, tokens),
    isPeople: (text) => {
      let known = peopleSeen.get(text);
      if (known === undefined) {
        known = peoples.has(normalizePhrase(text.replace(/^(?:the|an?|another|some|many|local|several)\s+/i, "")));
        if (peopleSeen.size < 10_000) peopleSeen.set(text, known);
      }
      return known;
    },
    hasThirdPartyRole: (tokens) => roles(tokens),
    hasNewsroomRole: (tokens) => newsroom(tokens.filter((t) => t.isWord)),
    sideInOffice: compileTerms(data.termsOfOffice.people),
    // An undated text is not known to be Soviet-era: its Moscow is Russia's.
    sovietEnd: data.sovietCentre.until,
    isCentrePressAfter: (speaker) => centrePress(tokenize(speaker)),
    isSovietCentre: (speaker, published) => published !== null && published < data.sovietCentre.until && centre(tokenize(speaker)),
    chamberOf: (head) => chambers.find((c) => head.some((line) => c.name.test(line)))?.side ?? null,
    companyShortName: (name) => {
      const tokens = tokenize(name.replace(/^the\s+/i, ""));
      const closer = tokens.findIndex((_, i) => i > 0 && companyWordAt(tokens, i, companies) > 0);
      if (closer < 1) return null;
      const short = tokens.slice(0, closer);
      if (!short.every((t) => capitalisedWord(t)) || matchPhrases(actorIndex, short).length > 0) return null;
      return short.map((t) => t.text).join(" ");
    },
    isMediatorBeforeMinskGroup: (speaker, published) => published !== null && published < data.minskGroup.since && !minskGroup(tokenize(speaker)),
  };
}

/**
 * Armenian surnames come transliterated both ways ("Kocharyan" and "Kocharian", "Ter-Petrosyan" and
 * "Ter-Petrosian", "Ter-Petrossian"): a person's name is known in any spelling of its "-yan" ending.
 */
function withSpellings(names: readonly string[]): string[] {
  const out = new Set(names);
  for (const name of names) {
    if (/\p{Ll}yan\b/u.test(name)) out.add(name.replace(/(\p{Ll})yan\b/gu, "$1ian"));
    if (/\p{Ll}ian\b/u.test(name) && !/\b(?:Armenian|Iranian|Russian|Georgian|Christian|Azerbaijanian)\b/.test(name))
      out.add(name.replace(/(\p{Ll})ian\b/gu, "$1yan"));
  }
  // "Ter-Petrossian", "Sarkissian": a doubled "s" before the ending, as French and older English spell it.
  for (const name of [...out]) if (/[^s]sian\b/u.test(name)) out.add(name.replace(/([^s])sian\b/gu, "$1ssian"));
  return [...out];
}

function normalizePhrase(text: string): string {
  return tokenize(text)
    .filter((t) => t.isWord)
    .map((t) => t.norm)
    .join(" ");
}

/** A matcher for role words and phrases ("analyst", "think tank") anywhere in a run of tokens. */
function compileRoles(names: readonly string[]): (tokens: readonly Token[]) => boolean {
  const inWords = compileRolesInWords(names);
  return (tokens) => inWords(tokens.filter((t) => t.isWord));
}

/** compileRoles, except where the words are part of one of `offices` ("the Human Rights Defender of Karabakh"). */
function compileRolesOutside(names: readonly string[], offices: readonly string[]): (tokens: readonly Token[]) => boolean {
  const inWords = compileRolesInWords(names);
  const officePhrases = offices.map((o) => normalizePhrase(o).split(" "));
  return (tokens) => {
    const words = tokens.filter((t) => t.isWord);
    const covered = new Set<number>();
    for (let i = 0; i < words.length; i++) {
      const office = officePhrases.find((o) => o.every((w, k) => words[i + k]?.norm === w));
      if (office) for (let k = 0; k < office.length; k++) covered.add(i + k);
    }
    return inWords(covered.size === 0 ? words : words.filter((_, i) => !covered.has(i)));
  };
}

/** compileRoles' matcher for the word tokens alone, for a caller that asks many matchers of the same words. */
function compileRolesInWords(names: readonly string[]): (words: readonly Token[]) => boolean {
  // Asked many times a sentence, of hundreds of roles: only the roles whose first word a word is are tried there.
  const byFirstWord = new Map<string, RolePhrase[]>();
  for (const n of names) {
    const phrase = { words: normalizePhrase(n).split(" "), common: isCommonNoun(n) };
    const first = phrase.words[0] ?? "";
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), phrase]);
  }
  return (words) => words.some((word, i) => byFirstWord.get(word.norm)?.some((p) => roleAt(p, words, i)) === true);
}

interface RolePhrase {
  words: string[];
  common: boolean;
}

/** Whether the role's words stand at `i` of the words, a common noun's outside a capitalised name. */
function roleAt(p: RolePhrase, words: readonly Token[], i: number): boolean {
  return p.words.every((w, k) => words[i + k]?.norm === w) && !(p.common && insideCapitalisedName(words, i));
}

/** Days after a term's end in which a text still reports what the leader said in office ("… resigned on Friday, saying …"). */
const REPORTING_DAYS = 7;

/** The last day a text reporting a term's last day may be published: `day` plus the reporting days. */
function reportedBy(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + REPORTING_DAYS);
  return date.toISOString().slice(0, 10);
}

/** Outside every term of office, a leader speaks for himself. */
const OUT_OF_OFFICE: ClaimSide = "other";

function compileTerms(people: GazetteerData["termsOfOffice"]["people"]): (speaker: string, published: string) => ClaimSide | null {
  // (Each term's last reporting day worked out once.)
  const named = people.map((p) => ({
    names: compileRolesInWords(p.names),
    terms: p.terms.map((t) => ({ from: t.from, side: t.side, reportedUntil: t.until === undefined ? undefined : reportedBy(t.until) })),
  }));
  // Which leader a speaker names, asked of every voice with one side: remembered per speaker, whose
  // names repeat from sentence to sentence and article to article ("Azerbaijan's Defence Ministry").
  const personOf = new Map<string, (typeof named)[number] | null>();
  return (speaker, published) => {
    let person = personOf.get(speaker);
    if (person === undefined) {
      // (Its words found once for every leader.)
      const words = tokenize(speaker).filter((t) => t.isWord);
      person = named.find((p) => p.names(words)) ?? null;
      if (personOf.size < 10_000) personOf.set(speaker, person);
    }
    if (!person) return null;
    const term = person.terms.find((t) => t.from <= published && (t.reportedUntil === undefined || published <= t.reportedUntil));
    return term ? term.side : OUT_OF_OFFICE;
  };
}

function indexByFirstWord(phrases: Phrase[]): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const first = p.words[0] ?? "";
    const list = index.get(first) ?? [];
    list.push(p);
    index.set(first, list);
  }
  // Longest first, and for equal length actors before places, so "Stepanakert" speaks for Karabakh.
  const rank = (e: Entry) => ({ group: 0, actor: 0, country: 1, head: 2, place: 3 })[e.kind];
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length || rank(a.entry) - rank(b.entry));
  return index;
}

/** A paper named after a place speaks for no side, whatever the place's. */
const NEWSPAPER: Entry = { kind: "actor", side: "other", type: "media", plural: false };

/** "The Washington Post", "the Moscow Times": a country or capital followed by a capitalised masthead word. */
function asNewspapers(matches: Match[], tokens: Token[], mastheads: ReadonlySet<string>): Match[] {
  return matches.map((m) => {
    const next = tokens[m.end];
    const taken = matches.some((o) => o.start === m.end);
    if (m.entry.kind !== "country" || !next?.isWord || !next.capitalized || taken || !mastheads.has(next.norm)) return m;
    return { entry: NEWSPAPER, start: m.start, end: m.end + 1 };
  });
}

/** A movement described after a region's name speaks for itself. */
const MOVEMENT: Entry = { kind: "actor", side: "other", type: "government", plural: false };
/** A party whose capitalised name opens with a country may be in opposition or in power. */
const NAMED_PARTY: Entry = { kind: "actor", side: UNCLEAR, type: "government", plural: false };
/** "the ruling New Azerbaijan Party": one the text says is in power speaks for the state its name names. */
const RULING_PARTY: Entry = { kind: "actor", side: null, type: "government", plural: false };

/** Whether "ruling" or "governing" stands before a party's name, over the name's own capitalised words ("New"). */
function rulingBefore(tokens: Token[], start: number): boolean {
  let at = start - 1;
  while (at >= start - 3 && tokens[at]?.isWord && tokens[at]?.capitalized) at--;
  return tokens[at]?.norm === "ruling" || tokens[at]?.norm === "governing";
}
// Plurals too: "the Armenia and I Have Honor factions" names two of them.
const MOVEMENT_WORDS = new Set([
  "movement",
  "movements",
  "party",
  "parties",
  "alliance",
  "alliances",
  "coalition",
  "bloc",
  "blocs",
  "faction",
  "factions",
  "initiative",
]);
const NAME_GLUE = new Set(["for", "the", "of", "and", "-"]);
const MOVEMENT_REACH = 5;

/** An association of a people, not its state: "the Armenians' Union of Russia", "the Azerbaijani Students' Association". */
const ASSOCIATION: Entry = { kind: "actor", side: "other", type: "government", plural: false };
// (Not "Assembly" or "Congress": "the Armenian National Assembly" is a parliament.)
const ASSOCIATION_WORDS = new Set(["union", "association", "society", "league", "foundation", "fund", "club"]);

/**
 * "The Armenians' Union of Russia", "the Azerbaijan Writers' Union", "the Union of Armenians of
 * Russia": a people or country word inside a capitalised name that ends or opens with an
 * association's word names the people's club, not the state; it speaks for itself.
 */
function asAssociations(matches: Match[], tokens: Token[]): Match[] {
  return matches.map((m) => {
    if (m.entry.kind !== "country") return m;
    const opener = tokens[m.start - 2];
    if (tokens[m.start - 1]?.norm === "of" && opener?.capitalized && ASSOCIATION_WORDS.has(opener.norm))
      return { entry: ASSOCIATION, start: m.start - 2, end: m.end };
    for (let i = m.end; i < tokens.length && i - m.end < MOVEMENT_REACH; i++) {
      const t = tokens[i];
      if (!t?.isWord || !t.capitalized) return m;
      if (ASSOCIATION_WORDS.has(t.norm))
        return matches.some((o) => o !== m && o.start > m.start && o.start <= i) ? m : { entry: ASSOCIATION, start: m.start, end: i + 1 };
    }
    return m;
  });
}

/**
 * "Civilian Protection Monitor found no evidence …", "the European Conflict Prevention Forum
 * believes …": a capitalised name the gazetteer does not know, closed by a civil body's word, is that
 * body, of no side. Its words may hold a third party's adjective ("European"), never a party's: the
 * "Karabakh Information Centre" is the gazetteer's to place.
 */
function asCivilBodies(matches: Match[], tokens: Token[], bodyWords: ReadonlySet<string>): Match[] {
  const bodies: Match[] = [];
  for (const head of tokens) {
    if (!head.capitalized || !bodyWords.has(head.norm) || matches.some((m) => head.i >= m.start && head.i < m.end)) continue;
    // The body's word closes the name: "Ararat Campaign Notebook" is a newsletter.
    if (capitalisedWord(tokens[head.i + 1])) continue;
    let start = head.i;
    while (
      start > 0 &&
      head.i - start < CIVIL_BODY_WORDS &&
      (capitalisedWord(tokens[start - 1]) || (NAME_GLUE.has(tokens[start - 1]?.norm ?? "") && capitalisedWord(tokens[start - 2])))
    )
      start--;
    // ("The" opening a sentence is no part of a name; a lone "Forum" names nothing.)
    if (tokens[start]?.norm === "the") start++;
    if (start >= head.i) continue;
    const inside = matches.filter((m) => m.start < head.i && m.end > start);
    if (!inside.every((m) => m.start >= start && m.entry.kind === "country" && m.entry.side !== null && NO_PARTY.has(m.entry.side))) continue;
    bodies.push({ entry: ASSOCIATION, start, end: head.i + 1 });
  }
  if (bodies.length === 0) return matches;
  return [...matches.filter((m) => !bodies.some((b) => m.start >= b.start && m.end <= b.end)), ...bodies].sort((a, b) => a.start - b.start);
}

/**
 * "Armenia's Ministry of Education, Science, Culture and Sports denied …": a ministry's capitalised
 * remit runs on through a list of capitalised words, the last after "and"; those words are its name,
 * not a speaker of their own ("Sports").
 */
function withRemitLists(matches: Match[], tokens: Token[]): Match[] {
  return matches.map((m) => {
    if (m.entry.kind !== "head" || m.entry.type !== "ministry" || !tokens[m.end - 1]?.capitalized) return m;
    const free = (k: number) => capitalisedWord(tokens[k]) && !matches.some((o) => o.start <= k && k < o.end);
    // ("Ministry of Science, Education, Youth and Sports": the list may open right after the ministry's "of".)
    let end = tokens[m.end]?.norm === "of" && free(m.end + 1) ? m.end + 2 : m.end;
    while (tokens[end]?.text === "," && free(end + 1)) end += 2;
    return tokens[end]?.norm === "and" && free(end + 1) && !capitalisedWord(tokens[end + 2]) ? { ...m, end: end + 2 } : m;
  });
}

/** A company or business body: it speaks for itself. */
const COMPANY: Entry = { kind: "actor", side: "other", type: "government", plural: false };

interface CompanyWords {
  /** The closing words of a company's name, each as its words ("chamber of commerce"); all-caps ones written so ("PLC"). */
  closers: { words: string[]; exact: string | null; capitalised: boolean }[];
  /** A body's own short name, a whole name with no words before it ("AmCham"). */
  shortNames: ReadonlySet<string>;
  /** Words that make a name the state's ("Central Bank"). */
  stateWords: ReadonlySet<string>;
}

function compileCompanyWords(data: GazetteerData["companyWords"]): CompanyWords {
  const closers = [...data.names, ...data.shortNames]
    .map((n) => ({ words: normalizePhrase(n).split(" "), exact: /^\p{Lu}{2,}$/u.test(n) ? n : null, capitalised: /^\p{Lu}/u.test(n) }))
    // Longest first: "Chamber of Commerce and Industry" before "Chamber of Commerce".
    .sort((a, b) => b.words.length - a.words.length);
  return { closers, shortNames: new Set(data.shortNames.map(normalizePhrase)), stateWords: new Set(data.stateWords.map(normalizePhrase)) };
}

/** How many tokens a company word takes at `i` (0 when none stands there). */
function companyWordAt(tokens: Token[], i: number, words: CompanyWords): number {
  const first = tokens[i];
  if (!first?.isWord || first.quoted) return 0;
  for (const c of words.closers) {
    if (c.capitalised && !first.capitalized) continue;
    if (c.exact !== null && first.text !== c.exact) continue;
    if (c.words.every((w, k) => tokens[i + k]?.norm === w)) return c.words.length;
  }
  return 0;
}

/** How many words a company's name may take before its closing word. */
const COMPANY_NAME_WORDS = 5;

/**
 * "Caspian Copper Mining said …", "Fitch Ratings has downgraded …", "the American Chamber of Commerce
 * in Azerbaijan told …", "AmCham Armenia said …": a capitalised name closed by a company's word is a
 * company or business body, of no side, whatever country its name holds; so is the country after it
 * ("in Azerbaijan", or "Armenia" after "AmCham"). A name with a state's word ("the Central Bank of
 * Armenia"), or one the gazetteer knows whole ("Azerbaijan Airlines"), is left as it was.
 */
function asCompanies(matches: Match[], tokens: Token[], words: CompanyWords): Match[] {
  const found: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const length = companyWordAt(tokens, i, words);
    if (length === 0) continue;
    let end = i + length;
    let start = i;
    while (
      start > 0 &&
      i - start < COMPANY_NAME_WORDS &&
      (capitalisedWord(tokens[start - 1]) || (NAME_GLUE.has(tokens[start - 1]?.norm ?? "") && capitalisedWord(tokens[start - 2])))
    )
      start--;
    if (tokens[start]?.norm === "the") start++;
    // A body's short name ("AmCham") needs no words before it; a closing word does.
    if (start >= i && !words.shortNames.has(tokens[i]?.norm ?? "")) continue;
    // The country a body works in or is named for: "… in Azerbaijan", "AmCham Armenia".
    const countryAt = (at: number) => matches.find((m) => m.start === at && m.entry.kind === "country");
    const tail = ["in", "of"].includes(tokens[end]?.norm ?? "") ? countryAt(end + 1) : countryAt(end);
    if (tail) end = tail.end;
    else if (capitalisedWord(tokens[end])) continue;
    const span = tokens.slice(start, end);
    if (span.some((t) => words.stateWords.has(t.norm))) continue;
    const inside = matches.filter((m) => m.start < end && m.end > start);
    const ownWord = (m: Match) => m.entry.kind === "head" && m.start >= i;
    const partOfName = (m: Match) =>
      m.start >= start && m.end <= end && (m.entry.kind === "country" || (m.entry.kind === "actor" && m.entry.side === "other") || ownWord(m));
    if (!inside.every(partOfName)) continue;
    found.push({ entry: COMPANY, start, end });
    i = end - 1;
  }
  if (found.length === 0) return matches;
  return [...matches.filter((m) => !found.some((b) => m.start < b.end && m.end > b.start)), ...found].sort((a, b) => a.start - b.start);
}

const capitalisedWord = (t: Token | undefined) => t?.isWord === true && t.capitalized && !t.quoted;
/** How many words a civil body's name may take before its closing word. */
const CIVIL_BODY_WORDS = 6;
/** Sides a word inside a civil body's name may have: "European" in "the European … Forum". */
const NO_PARTY: ReadonlySet<string> = new Set(["other", "european-union"]);

/**
 * "The Tavush for the Homeland movement", "the Armenia Alliance", "the Armenian National Movement":
 * a country or region opening the name of a movement, party or alliance is part of that name, not
 * the state speaking. A movement described in lower case ("… movement") is a third party; a
 * party's own capitalised name does not tell whether it is in power, so its side is unclear.
 */
function asMovements(matches: Match[], tokens: Token[]): Match[] {
  // The movement word's own head match ("bloc", "party") is part of the name it closes.
  const absorbed = new Set<Match>();
  const named = matches.map((m) => {
    if (m.entry.kind !== "country") return m;
    for (let i = m.end; i < tokens.length && i - m.end < MOVEMENT_REACH; i++) {
      const t = tokens[i];
      if (!t) break;
      if (MOVEMENT_WORDS.has(t.norm)) {
        // Inside the name: its own head word, and other parties it lists ("the Armenia and
        // Prosperous Armenia factions"); anything else there is a phrase of its own.
        const inside = matches.filter((o) => o.start > m.start && o.start <= i);
        const partOfName = (o: Match) => (o.start === i && o.entry.kind === "head") || (o.entry.kind === "actor" && o.entry.side === "other");
        if (!inside.every(partOfName)) return m;
        for (const o of inside) absorbed.add(o);
        const entry = !t.capitalized ? MOVEMENT : rulingBefore(tokens, m.start) ? { ...RULING_PARTY, side: m.entry.side } : NAMED_PARTY;
        return { entry, start: m.start, end: Math.max(i + 1, ...inside.map((o) => o.end)) };
      }
      if (!(t.isWord && t.capitalized) && !NAME_GLUE.has(t.norm)) break;
    }
    return m;
  });
  return absorbed.size === 0 ? named : named.filter((m) => !absorbed.has(m));
}

function matchPhrases(index: Map<string, Phrase[]>, tokens: Token[]): Match[] {
  const matches: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(index, tokens, i);
    if (found) {
      matches.push({ entry: found.phrase.entry, start: i, end: i + found.length });
      i += found.length;
    } else i++;
  }
  return matches;
}

function longestAt(index: Map<string, Phrase[]>, tokens: Token[], i: number): { phrase: Phrase; length: number } | null {
  const first = tokens[i];
  if (!first?.isWord) return null;
  const phrases = index.get(first.norm);
  if (!phrases) return null;
  const second = tokens[i + 1]?.norm;
  for (const p of phrases) {
    // Most phrases fail on their second word: checked here first, as phraseMatches would (a person's
    // name, whose middle initial may stand there, is left to it).
    if (p.words.length > 1 && p.words[1] !== second && !p.initialMayFollow) continue;
    const length = phraseMatches(p, tokens, i);
    if (length > 0) return { phrase: p, length };
  }
  return null;
}

/** How many tokens the phrase takes at `i` (0 when it does not match there). */
function phraseMatches(p: Phrase, tokens: Token[], i: number): number {
  const { words, exact } = p;
  if (p.common && insideCapitalisedName(tokens, i)) return 0;
  let at = i;
  for (let k = 0; k < words.length; k++) {
    // "Colin L. Powell", "George W. Bush": a person's middle initial after the first name.
    // (Not where the phrase spells the initial itself: "George W. Bush".)
    if (k === 1 && p.entry.type === "person" && p.entry.kind === "actor" && tokens[at]?.norm !== words[k] && isMiddleInitial(tokens, at))
      at += tokens[at + 1]?.text === "." ? 2 : 1;
    const t = tokens[at];
    if (!t || t.norm !== words[k]) return 0;
    // A possessive may only end a phrase: "Armenia's Foreign Ministry" is two phrases.
    if (t.possessive && k < words.length - 1) return 0;
    if (exact && t.text.replace(/['’]s?$/, "") !== exact[k]) return 0;
    at++;
  }
  return at - i;
}

/** A name the gazetteer writes in lower case ("refugees", "residents"): a common noun, not a proper name. */
function isCommonNoun(name: string): boolean {
  return /^[\p{Ll}\s'’-]+$/u.test(name);
}

/**
 * "the State Committee for Affairs of Refugees and Internally Displaced Persons": a capitalised word
 * joined to a name by "of" or "for" is part of that name, not the common noun ("refugees") it spells.
 * (A role before a name stays one: "Villagers Yusif Aliyev and …"; so does a title after "and": "the
 * Prosecutor General's Office and Interior Ministry".)
 */
function insideCapitalisedName(tokens: readonly Token[], start: number): boolean {
  return tokens[start]?.capitalized === true && ["of", "for"].includes(tokens[start - 1]?.norm ?? "") && tokens[start - 2]?.capitalized === true;
}

/** A single capital letter, with or without its full stop: "L." in "Colin L. Powell". */
function isMiddleInitial(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  return t?.isWord === true && /^\p{Lu}$/u.test(t.text) && (tokens[at + 1]?.text === "." || tokens[at + 1]?.capitalized === true);
}

/** The gazetteer shipped with the project. */
const DEFAULT_DATA = parseGazetteer(raw);
export const defaultGazetteer: Gazetteer = compileGazetteer(DEFAULT_DATA);

/** Each place's name with its other spellings ("ganja", "gyanja", "gence", …): one search term per place. */
export const PLACE_SPELLINGS: readonly (readonly string[])[] = DEFAULT_DATA.places
  .filter((p) => (p.spellings ?? []).length > 0)
  .map((p) => [p.name, ...(p.spellings ?? [])].map((n) => n.toLowerCase()));

/** Every name of each place (its aliases and other spellings), by canonical name. */
export const PLACE_NAMES: ReadonlyMap<string, readonly string[]> = new Map(DEFAULT_DATA.places.map((p) => [p.name, [...p.aliases, ...(p.spellings ?? [])]]));

/** The places that stand for a side or the whole war ("seat" in the data), by canonical name. */
export const SEAT_PLACES: ReadonlySet<string> = new Set(DEFAULT_DATA.places.filter((p) => p.seat === true).map((p) => p.name));

/** Normalised place names mentioned in a sentence, for incidents and search. */
export function placesIn(gazetteer: Gazetteer, tokens: Token[]): string[] {
  const found = new Set<string>();
  for (const m of gazetteer.matchPlaces(tokens)) if (m.entry.place) found.add(m.entry.place);
  return [...found];
}

export { normalizeWord };
