// Groups gazetteer matches into mentions of actors: "Armenia's Foreign Ministry",
// "the Defense Ministry in Baku", "Karabakh's Armenian-backed Defense Army", and the
// pronouns and bare titles ("it", "the ministry", "their statement") that point back to one.
import type { ClaimSide } from "../types.ts";
import { isBelligerent, UNCLEAR } from "../sides/sides.ts";
import type { ActorType, Gazetteer, Match } from "./gazetteer.ts";
import type { Token } from "./tokens.ts";
import { CALENDAR_WORDS } from "../dates/calendar.ts";
import { isSpeechVerbForm, TELLING } from "./speechVerbs.ts";

export type Anaphor = "it" | "he" | "they" | "title";

export interface Mention {
  /** Token indexes [start, end). */
  start: number;
  end: number;
  text: string;
  /** The side it names outright, or null when it points back to an earlier speaker. */
  side: ClaimSide | null;
  /** All the sides a group names ("both sides"), else just [side]. */
  sides: ClaimSide[];
  /** The side of its first country word: differs from side in "French mediators of the Minsk Group". */
  qualifierSide: ClaimSide | null;
  /** Where side came from: a named actor, a country word, or a title's default ("mediators"). */
  sideFrom: "actor" | "country" | "default" | null;
  type: ActorType;
  plural: boolean;
  anaphor: Anaphor | null;
  /** "the ministry", "its statement": a title that can point back; "officials" cannot. */
  definite: boolean;
  /** "The two presidents": the pair the text just named speaks, not a default pair. */
  pairNamed?: boolean;
  /** A capitalised name the gazetteer does not know: someone the text introduced, or "other". */
  stranger?: boolean;
  quoted: boolean;
  /** "Yerevan" in "Armenians in Yerevan say": where the people before it are, never who speaks. */
  placeOfPeople?: boolean;
}

// Words that may stand inside one actor's name between gazetteer phrases.
const GLUE = new Set([
  "the",
  "a",
  "an",
  "of",
  "in",
  "for",
  "s",
  "de",
  "facto",
  "state",
  "national",
  "official",
  "senior",
  "top",
  "acting",
  "deputy",
  "press",
  // "the Defence Ministry information service", "the ministry's information department".
  "information",
  // "Turkey's presidential communications director".
  "communications",
  "presidential",
  "its",
  "their",
  "co-chairing",
  "co-heading",
  "co-chairs",
  "region",
  "republic",
  "self-proclaimed",
  "self-declared",
  "self-styled",
  // "the Karabakh self-defence forces", "Azerbaijan's armed forces".
  "self-defence",
  "self-defense",
  "armed",
  "breakaway",
  "unrecognised",
  "unrecognized",
  "local",
  "regional",
  "main",
  "joint",
  "weekend",
  "new",
  "former",
  "first",
  "vice",
  "assistant",
  "secretary",
  "affairs",
  "human",
  "rights",
  "chief",
  "military",
  "foreign",
  "defence",
  "defense",
  "interior",
  "emergency",
  // "Armenia's health minister", "the Azerbaijani emergencies minister": a minister's remit.
  "health",
  // "Aliyev's foreign policy aide", "Armenia's national security adviser".
  "policy",
  "security",
  "emergencies",
  "justice",
  "culture",
  "economy",
  "education",
  "finance",
  "energy",
  "transport",
  "agriculture",
  "ecology",
  "labour",
  "labor",
  "humanitarian",
  // "the UN refugee agency", "the EU monitoring mission": a body's domain between its owner and its head.
  "refugee",
  "refugees",
  "monitoring",
  "migration",
  "peacekeeping",
  "relief",
  "aid",
  // "Azerbaijan's mobilisation service", "Russia's foreign intelligence service", "the state
  // forensic bureau": more of a state body's remits.
  "mobilisation",
  "mobilization",
  "intelligence",
  "customs",
  "statistics",
  "statistical",
  "investigative",
  "forensic",
  "medical",
  "rescue",
  "protection",
  "civil",
  "social",
  "veterans",
  "environmental",
  "demining",
  "reconstruction",
  // "the Azerbaijani ground forces", "Armenia's air defence". (Not "internal": "the Interior Ministry's
  // internal troops" are the ministry's, whose owner the ministry's own title finds.)
  "ground",
  "air",
  "naval",
  "special",
]);
const GLUE_SUFFIX = /-(backed|led|based|controlled|installed|run)$/;
const MAX_GAP = 4;

// Maps, not objects: a word such as "constructor" or "valueOf" must not find Object.prototype's members.
const SUBJECT_PRONOUNS: ReadonlyMap<string, Anaphor> = new Map([
  ["it", "it"],
  ["he", "he"],
  ["she", "he"],
  ["they", "they"],
]);
// "Interfax quoted him as saying …": the one quoted is the speaker, so the pronoun is a mention.
const OBJECT_PRONOUNS: ReadonlyMap<string, Anaphor> = new Map([
  ["him", "he"],
  ["her", "he"],
  ["them", "they"],
]);
const QUOTING: ReadonlySet<string> = new Set(["quoted", "quotes", "quoting"]);
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, Anaphor> = new Map([
  ["its", "it"],
  ["his", "he"],
  ["her", "he"],
  ["their", "they"],
]);

export function findMentions(gazetteer: Gazetteer, tokens: Token[]): Mention[] {
  const matches = onlySpeakingPosts(gazetteer.match(tokens), tokens);
  const groups = groupMatches(
    withoutOwnedBareBodies(
      withoutInstitutionNames(
        withoutModifierHeads(
          withoutVerbHeads(withoutNamesakes(withoutPlatformsAsMedium(withoutSidesOfAPlace(matches, tokens), tokens), tokens), tokens),
          tokens,
        ),
        tokens,
      ),
      tokens,
    ),
    tokens,
    (text) => gazetteer.isPeople(text),
  );
  const mentions = groups.map((g, k) => {
    const mention = toMention(g, tokens);
    const before = groups[k - 1];
    const placed = before !== undefined && peopleInPlace(before.at(-1), g[0], tokens, (text) => gazetteer.isPeople(text));
    return placed ? { ...mention, placeOfPeople: true } : mention;
  });
  return [...mentions, ...pronounMentions(tokens, mentions)].sort((a, b) => a.start - b.start);
}

/** The first words of a group named only as sides: "both sides", "either side", "the two sides". */
const BARE_SIDES: ReadonlySet<string> = new Set(["both", "either", "each", "the", "two"]);

/** What has two sides as a place has them: "on both sides of the border", "either side of the river". */
const PLACE_WITH_SIDES: ReadonlySet<string> = new Set([
  "border",
  "frontier",
  "front",
  "line",
  "divide",
  "river",
  "fence",
  "wall",
  "checkpoint",
  "street",
  "road",
  "aisle",
  "bridge",
  "valley",
  "ridge",
  "mountains",
  "lake",
  "atlantic",
]);

/**
 * "every writer, on both sides of the border, writes …": a group's words ("both sides", "either side") before
 * "of the" and a place (a border, a river, a front line) say where people are, not which parties speak.
 * ("both sides of the conflict" are its parties.)
 */
function withoutSidesOfAPlace(matches: Match[], tokens: Token[]): Match[] {
  return matches.filter((m) => {
    if (m.entry.kind !== "group" || tokens[m.end]?.norm !== "of") return true;
    // ("Officials on both sides of the line of contact" are the parties' officials, wherever they are.)
    if (!BARE_SIDES.has(tokens[m.start]?.norm ?? "")) return true;
    const at = tokens[m.end + 1]?.norm === "the" ? m.end + 2 : m.end + 1;
    // ("the line of contact", "the ceasefire line": the place's head may come a word later.)
    return !(PLACE_WITH_SIDES.has(tokens[at]?.norm ?? "") || PLACE_WITH_SIDES.has(tokens[at + 1]?.norm ?? ""));
  });
}

/**
 * "The post said 20 houses were hit": a channel's post is a text that speaks only as the subject of its verb;
 * "deleted its post", "In the same post Stepanyan warned", "the Post explained" are no speaker, nor a border post.
 * ('"…," her post read': a speaker's own post, by its possessive, is that speaker's text.)
 */
function onlySpeakingPosts(matches: Match[], tokens: Token[]): Match[] {
  return matches.filter((m) => {
    const word = tokens[m.start];
    if (m.end - m.start !== 1 || !POST_WORDS.has(word?.norm ?? "") || m.entry.type !== "statement") return true;
    return (
      word?.text === word?.norm && /^(?:the|that|this|his|her|their)$/.test(tokens[m.start - 1]?.norm ?? "") && isSpeechVerbForm(tokens[m.end]?.norm ?? "")
    );
  });
}
const POST_WORDS: ReadonlySet<string> = new Set(["post", "tweet"]);

/**
 * "wrote on Facebook", "a post on Telegram by the ministry", "its YouTube channel", "Facebook posts":
 * a network named as where others post is the medium, not a body that speaks.
 */
function withoutPlatformsAsMedium(matches: Match[], tokens: Token[]): Match[] {
  // ("used Facebook and Twitter to denounce …": a network listed after one that is a medium is one too.)
  let mediumEnd = -1;
  return matches.filter((m) => {
    if (!m.entry.platform) return true;
    const before = tokens[m.start - 1];
    const listed = m.start - mediumEnd <= 1 && (before?.norm === "and" || before?.norm === "or" || before?.text === ",");
    // ("(Hayk Khanumyan, Telegram, 4 October 2020)": a credit's network between its commas.)
    const credited = before?.text === "," && [",", ")"].includes(tokens[m.end]?.text ?? "");
    // ("sent a telegram to Moscow": the common noun is a message, not the network.)
    const medium =
      !tokens[m.start]?.capitalized ||
      listed ||
      credited ||
      MEDIUM_BEFORE.has(before?.norm ?? "") ||
      before?.possessive === true ||
      MEDIUM_AFTER.has(tokens[m.end]?.norm ?? "");
    if (medium) mediumEnd = m.end;
    return !medium;
  });
}
/** Words that make a network the place of a post: "on Facebook", "via Telegram", "its YouTube channel", "used Twitter". */
const MEDIUM_BEFORE: ReadonlySet<string> = new Set([
  "on",
  "onto",
  "via",
  "through",
  "from",
  "to",
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
  "your",
  "used",
  "uses",
  "using",
  "use",
]);
const MEDIUM_AFTER: ReadonlySet<string> = new Set([
  "page",
  "pages",
  "post",
  "posts",
  "account",
  "accounts",
  "channel",
  "channels",
  "video",
  "videos",
  "live",
  "feed",
  "story",
  "stories",
  "group",
  "groups",
  "user",
  "users",
  "message",
  "messages",
  "poll",
]);

/**
 * "Opposition members of the committee said", "a spokesman for its defence committee": a body that goes by
 * a name of its own, named bare after "of" or "for", only says whose the people before it are; the
 * sentence's subject is those people, read as before (a named body, "the Committee of Ministers", stays).
 */
function withoutOwnedBareBodies(matches: Match[], tokens: Token[]): Match[] {
  return matches.filter((m) => {
    if (m.entry.kind !== "head" || m.end - m.start !== 1 || !OWN_NAME_HEADS.has(tokens[m.start]?.norm ?? "") || namedOnAfterOf(m.end, tokens)) return true;
    // ("The Caucasus Research Institute said": the last word of a name of its own, read as a name, not a title.)
    const before = tokens[m.start - 1];
    if (tokens[m.start]?.capitalized && before?.capitalized && before.isWord && !NAME_DETERMINERS.has(before.norm) && m.start - 1 > 0) return false;
    let k = m.start - 1;
    // (Back over its determiner and lower-case modifiers: "for its defence committee", "of the crisis committee".)
    while (k >= 0 && k >= m.start - 4 && tokens[k]?.isWord && !tokens[k]?.capitalized && tokens[k]?.norm !== "of" && tokens[k]?.norm !== "for") k--;
    return tokens[k]?.norm !== "of" && tokens[k]?.norm !== "for";
  });
}
/** Words before a capitalised head that are no part of its name: "The Committee's figure". */
const NAME_DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "this", "that", "its", "their", "our"]);
/** Heads of bodies that go by a name of their own, which the gazetteer knows only as heads: "the committee", "the institute". */
export const OWN_BODY_HEADS: ReadonlySet<string> = new Set(["committee", "institute", "observatory", "lab", "laboratory"]);
/** Those, and the heads of a force named by its own name: "the contingent", "the command". */
const OWN_NAME_HEADS: ReadonlySet<string> = new Set([...OWN_BODY_HEADS, "contingent", "command"]);

/** The words an organisation's own name is built on: "the Institute for War and Peace Reporting". */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  "lab",
  "laboratory",
  "center",
  "centre",
  "institute",
  "foundation",
  "committee",
  "council",
  "association",
  "society",
  "union",
  "network",
  "coalition",
  "alliance",
  "initiative",
  "observatory",
  "fund",
  "forum",
  "academy",
  "project",
  "campaign",
  "league",
  "federation",
  "watch",
]);
/** Words that make a body a state's own: "the State Committee for Refugees", "the National Council of …". */
export const STATE_BODY_WORDS: ReadonlySet<string> = new Set([
  "state",
  "national",
  "supreme",
  "central",
  "presidential",
  "parliamentary",
  "government",
  "federal",
  "republican",
  "investigative",
  "executive",
]);

function isGlue(token: Token | undefined): boolean {
  if (!token?.isWord) return token?.text === "’" || token?.text === "'";
  return GLUE.has(token.norm) || GLUE_SUFFIX.test(token.norm) || (token.capitalized && token.i > 0 && !isSpeechVerbForm(token.norm));
}

/**
 * "Artur Sargsyan" is not Serzh Sargsyan: a known surname after a first name the gazetteer does
 * not pair with it names someone else, whom the text must introduce.
 */
function withoutNamesakes(matches: Match[], tokens: Token[]): Match[] {
  return matches.filter((m) => {
    if (m.entry.kind !== "actor" || m.entry.type !== "person" || m.entry.plural || m.end - m.start !== 1 || !tokens[m.start]?.capitalized) return true;
    const before = tokens[m.start - 1];
    const inMatch = matches.some((o) => o !== m && before !== undefined && before.i >= o.start && before.i < o.end);
    // ("Meeting Aliyev in Dushanbe, …": a capitalised participle opening the sentence is no first name.)
    return !(
      before?.isWord &&
      before.capitalized &&
      !inMatch &&
      /^\p{Lu}[\p{Ll}]+$/u.test(before.text) &&
      !HONORIFICS.has(before.norm) &&
      // ("In January Pashinyan offered …": a month or a weekday is no first name.)
      !CALENDAR_WORDS.has(before.norm) &&
      !/ing$/.test(before.norm)
    );
  });
}

/** Words before a surname that are not a first name: "Mr Putin", "President Aliyev". */
const HONORIFICS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "sir",
  "president",
  "premier",
  "minister",
  "general",
  // (No lower rank: "Colonel Sargsyan" is an officer of that name, not the politician the gazetteer knows.)
  "ambassador",
  "envoy",
  "spokesman",
  "spokeswoman",
  "secretary",
  "chancellor",
  "senator",
  "sheikh",
  "prime",
  "leader",
  "said",
  "says",
  "told",
  "added",
  "and",
  "but",
  "when",
  "as",
  "then",
  "while",
  "after",
  "before",
  "meanwhile",
  "however",
]);

/**
 * "Armenia reports that …", "Azerbaijan reports seven dead", "the army reports no losses": a
 * head that is also a speech verb is the verb before "that", a colon, a number or a determiner.
 */
function withoutVerbHeads(matches: Match[], tokens: Token[]): Match[] {
  return matches.filter((m) => {
    // "the Karabakh military department": "department" is a body's only right after the body's name
    // ("the information department of the television", "the department" alone name no one we can place).
    if (m.entry.kind === "head" && tokens[m.start]?.norm === "department" && m.end - m.start === 1) {
      const glued = matches.some((o) => o !== m && o.end === m.start && o.entry.kind !== "head");
      if (!glued) return false;
    }
    if (m.entry.kind !== "head" || m.end - m.start !== 1) return true;
    const word = tokens[m.start];
    const next = tokens[m.end]?.norm ?? "";
    if (word && isSpeechVerbForm(word.norm) && OBJECT_START.test(next)) return false;
    // "…, the Office of the Prime Minister reports.": after a body's name, closing the sentence, the verb
    // ("have not addressed the Nakhchivan reports." names no body: the noun).
    if (word && /^reports?$/.test(word.norm) && endsBodyName(tokens, m.start) && CLOSING.test(tokens[m.end]?.text ?? ".")) return false;
    // "As the press service of the ministry reports, two soldiers were wounded": the verb of an "as" clause.
    return !(word && /^(?:reports|informs|notes|states)$/.test(word.norm) && tokens[m.end]?.text === "," && opensAsClause(tokens, m.start));
  });
}

/** Whether the clause holding `at` opens with "as": "As the ministry reports, …", "…, as the agency reports,". */
function opensAsClause(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && at - k < 12 && tokens[k - 1]?.isWord) k--;
  return tokens[k]?.norm === "as" && k < at - 1;
}

/** What may follow a closing verb: the sentence's end. */
const CLOSING = /^[.!?;]$/;
/** Words that make a capitalised name a body's: "the Ministry of Defence of Armenia", "the Office of the Prime Minister". */
const BODY_NOUN =
  /^(?:office|ministry|minister|service|agency|committee|army|council|government|presidency|administration|department|cent(?:re|er)|command|headquarters)$/;

/** Whether the capitalised words (with "of" and "the") right before `at` name a body. */
function endsBodyName(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 8; k--) {
    const t = tokens[k];
    if (!t?.isWord || !(t.capitalized || t.norm === "of" || t.norm === "the")) return false;
    if (t.capitalized && BODY_NOUN.test(t.norm)) return true;
  }
  return false;
}

/**
 * "Protesters stormed government buildings", "army vehicles were hit": a head before a thing it
 * owns only describes the thing, and names no one who speaks.
 */
function withoutModifierHeads(matches: Match[], tokens: Token[]): Match[] {
  return matches.filter(
    (m) =>
      m.entry.kind !== "head" ||
      m.end - m.start !== 1 ||
      (!OWNED_THING.test(tokens[m.end]?.norm ?? "") && !(FREQUENCY_WORDS.has(tokens[m.start]?.norm ?? "") && TIMED_EVENT.test(tokens[m.end]?.norm ?? ""))),
  );
}

/** "its weekly session", "the daily briefing": a paper's name for how often it appears, as an adjective. */
const FREQUENCY_WORDS: ReadonlySet<string> = new Set(["daily", "weekly", "monthly"]);
const TIMED_EVENT =
  /^(?:sessions?|meetings?|briefings?|bulletins?|reports?|updates?|press|news|basis|average|rate|tolls?|counts?|figures|shelling|clashes|exchanges|flights|protests|rallies|visits|payments?|allowance)$/;

/**
 * "Baku State University", "the Yerevan Medical Institute": a place that names a school, a hospital or
 * an academy is part of that body's name, and no state speaks through it.
 */
/** The gazetteer's matches in a window of words, without places that only name a school, a body or a unit. */
export function matchActors(gazetteer: Gazetteer, tokens: Token[]): Match[] {
  return withoutInstitutionNames(gazetteer.match(tokens), tokens);
}

function withoutInstitutionNames(matches: Match[], tokens: Token[]): Match[] {
  return matches.filter((m) => {
    // ("the Heydar Aliyev Center", "Zvartnots … the Heydar Aliyev International Airport": a place or a
    // body named after a person is not the person.)
    if (m.entry.kind === "actor" && m.entry.type === "person" && namedAfter(tokens, m.end)) return false;
    // ("Armenia's National Academy of Sciences": a state's own body, named as its.)
    if (m.entry.kind !== "country" || tokens[m.end - 1]?.possessive) return true;
    let k = m.end;
    while (k < m.end + 2 && tokens[k]?.capitalized && !INSTITUTION.test(tokens[k]?.norm ?? "")) k++;
    if (tokens[k]?.capitalized && INSTITUTION.test(tokens[k]?.norm ?? "")) return false;
    // "the CSIS Russia and Eurasia Program", "head of the Turkey programme", "director for Russia and
    // Eurasia at the National Endowment for Democracy": a state a unit or a title's remit is named
    // after, with the body that employs them, is no state speaking.
    const past = pastRegionPair(tokens, m.end);
    if (REMIT_UNIT.test(tokens[past]?.norm ?? "")) return false;
    if (tokens[m.start - 1]?.norm === "for" && tokens[past]?.norm === "at" && tokens[past + 1]?.isWord) return false;
    // "the Carnegie Moscow Center": a place between a founder's name and "Center" is inside the name.
    const named = tokens[m.start - 1]?.capitalized === true && tokens[m.start - 1]?.isWord === true && m.start - 1 > 0;
    return !(named && tokens[m.end]?.capitalized && NAMED_BODY.test(tokens[m.end]?.norm ?? ""));
  });
}
/** Whether capitalised words after a person's name make it the name of a place or a body. */
export function namedAfter(tokens: Token[], end: number): boolean {
  let k = end;
  while (k < end + 2 && tokens[k]?.capitalized && tokens[k]?.isWord && !namesAPlace(tokens[k])) k++;
  return tokens[k]?.capitalized === true && namesAPlace(tokens[k]);
}

/** "Center", "Airport", "Prize": a word that makes a person's name the name of a place or a body. */
export function namesAPlace(token: Token | undefined): boolean {
  return NAMED_AFTER_PERSON.test(token?.norm ?? "");
}
const NAMED_AFTER_PERSON =
  /^(?:center|centre|foundation|fund|airport|avenue|street|square|park|palace|museum|prize|award|stadium|bridge|school|university|institute|library|hall|mosque|boulevard|highway|station)$/;

/** The units a research body or a newsroom names after a region it covers. */
const REMIT_UNIT = /^(?:program|programme|programs|programmes|studies|project|initiative|desk)$/;

/** The index after "and Eurasia", "and Central Asia" following a state's name, else `at`. */
function pastRegionPair(tokens: Token[], at: number): number {
  if (tokens[at]?.norm !== "and" || !tokens[at + 1]?.capitalized) return at;
  const two = tokens[at + 2]?.capitalized && tokens[at + 2]?.isWord && !REMIT_UNIT.test(tokens[at + 2]?.norm ?? "");
  return two ? at + 3 : at + 2;
}

// ("the Moscow Patriarchate", "the Russian Orthodox Church": a church is no state speaking, whatever it is named after.)
const INSTITUTION =
  /^(?:university|institute|academy|college|conservatory|hospital|clinic|museum|school|lyceum|seminary|church|patriarchate|diocese|eparchy|catholicosate|archdiocese|mosque|cathedral|monastery)$/;
const NAMED_BODY = /^(?:center|centre|foundation|institute|office|bureau)$/;

/** Things a body owns, named after it without a possessive: "government buildings", "ministry premises". */
// ("Armenian military reporter Edik Baghdasaryan": a beat a journalist or an analyst covers is no body speaking.)
const OWNED_THING =
  /^(?:buildings?|premises|compounds?|property|properties|vehicles?|cars?|trucks?|bonds?|spending|budgets?|funds|funding|salaries|pensions|jobs|employees|reporters?|correspondents?|journalists?|analysts?|experts?|historians?|bloggers?|commentators?|veterans?)$/;

/** What opens the object of a reporting verb: "that", a colon, a count, a determiner. */
const OBJECT_START =
  /^(?:that|:|\d[\d,.]*|no|a|an|the|its|their|heavy|new|fresh|more|further|several|dozens|hundreds|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)$/;

/**
 * "Azerbaijan's Youth and Sports Minister": an "and" between two capitalised words of one title.
 * "Armenia and Azerbaijan" (two matches with only "and" between them) stay two mentions.
 */
function isInnerAnd(gap: Token[], k: number): boolean {
  return gap[k]?.norm === "and" && gap[k - 1]?.capitalized === true && gap[k + 1]?.capitalized === true;
}

const DETERMINERS = new Set(["the", "a", "an"]);
/** Bodies a person may be "from" or "at" and speak for: a ministry, a government (an embassy or a mission is one). */
const STAFF_BODIES: ReadonlySet<string> = new Set(["ministry", "government"]);

/** Adjacent matches joined by glue words form one mention, unless a quote separates them. */
function groupMatches(matches: Match[], tokens: Token[], isPeople: (text: string) => boolean): Match[][] {
  const groups: Match[][] = [];
  for (const m of matches) {
    const last = groups.at(-1);
    const prev = last?.at(-1);
    const gap = prev ? tokens.slice(prev.end, m.start) : [];
    // "an adviser to President Heydar Aliyev": whom an adviser serves is whom he speaks for (an
    // ambassador "to the UN" is still his own state's).
    const adviserTo =
      prev !== undefined && gap.length === 1 && gap[0]?.norm === "to" && prev.entry.kind === "head" && ADVISERS.has(tokens[prev.end - 1]?.norm ?? "");
    // "an official from Azerbaijan's defence ministry", "a counsellor at the Armenian embassy": the body a
    // person is from or at is whom he speaks for (not a place: "refugees from Agdam" are no town's).
    const staffOf =
      prev !== undefined &&
      prev.entry.kind === "head" &&
      prev.entry.type === "person" &&
      (gap[0]?.norm === "from" || gap[0]?.norm === "at") &&
      gap.slice(1).every((t) => DETERMINERS.has(t.norm)) &&
      gap.length <= 2 &&
      (STAFF_BODIES.has(m.entry.type) || (m.entry.kind === "country" && tokens[m.end - 1]?.possessive === true));
    // "the embassy in Yerevan said": the city an embassy is in is its host, neither whose it is nor a speaker.
    const hostOf =
      prev !== undefined &&
      m.entry.kind === "country" &&
      gap.length === 1 &&
      HOST_PREPOSITIONS.has(gap[0]?.norm ?? "") &&
      HOSTED_BODIES.has(tokens[prev.end - 1]?.norm ?? "");
    if (hostOf && last) {
      // (Its words stay the body's name: "the Azerbaijani embassy in Washington".)
      last[last.length - 1] = { ...prev, end: m.end };
      continue;
    }
    const joins =
      prev !== undefined &&
      !peopleInPlace(prev, m, tokens, isPeople) &&
      gap.length <= MAX_GAP &&
      (adviserTo || staffOf || gap.every((t, k) => isGlue(t) || isInnerAnd(gap, k))) &&
      // "In a statement the ministry said": a determiner alone between two matches opens a new one.
      !(gap.length > 0 && gap.every((t) => DETERMINERS.has(t.norm))) &&
      tokens[prev.start]?.quoted === tokens[m.start]?.quoted;
    if (joins && last) last.push(m);
    else groups.push([m]);
  }
  return groups;
}

/**
 * "Armenians in Yerevan say": a people where it lives is people, not the state whose capital the place
 * is; the place stays a mention of its own, which names where they are. (Karabakh's people in Karabakh
 * are read as its side elsewhere, as "the Karabakh Armenians say" is.)
 */
function peopleInPlace(people: Match | undefined, place: Match | undefined, tokens: Token[], isPeople: (text: string) => boolean): boolean {
  if (!people || !place || place.entry.kind !== "country" || place.entry.side === "nagorno-karabakh") return false;
  const gap = tokens.slice(people.end, place.start);
  return (
    gap.length === 1 &&
    HOST_PREPOSITIONS.has(gap[0]?.norm ?? "") &&
    /s$/i.test(tokens[people.end - 1]?.norm ?? "") &&
    isPeople(textOf(tokens, people.start, people.end))
  );
}

/** A state's bodies in another state's capital, which the city they are in does not make that state's. */
const HOSTED_BODIES: ReadonlySet<string> = new Set(["embassy", "embassies", "consulate", "consulates"]);
const HOST_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at"]);

const GENERIC_REGIONS: ReadonlySet<string> = new Set(["region", "enclave"]);

/** "region of Nakhichevan", "the enclave of Nakhchivan": the place a bare region word goes on to name. */
function namedByGenericRegion(generic: Match, group: Match[], tokens: Token[]): Match | undefined {
  if (generic.end - generic.start !== 1 || !GENERIC_REGIONS.has(tokens[generic.start]?.norm ?? "") || tokens[generic.end]?.norm !== "of") return undefined;
  return group.find(
    (m) => m.entry.kind === "country" && m.start > generic.end && tokens.slice(generic.end, m.start).every((t) => t.norm === "of" || t.norm === "the"),
  );
}

/**
 * "the regional soviet of Nagorno-Karabakh", "the soviet of people's deputies of Nagorno-Karabakh": a
 * soviet written in lower case is a council, which is the place's it is the council of. ("Soviet"
 * capitalised, the Union's, stays unresolved.)
 */
function councilOfPlace(unresolved: Match, group: Match[], tokens: Token[]): Match | undefined {
  const word = tokens[unresolved.end - 1];
  if (unresolved.entry.side !== UNCLEAR || word?.capitalized !== false || !/^soviets?$/.test(word.norm) || tokens[unresolved.end]?.norm !== "of")
    return undefined;
  return group.find((m) => m.entry.kind === "country" && m.start > unresolved.end && isBelligerent(m.entry.side ?? ""));
}

/**
 * "the Yerevan office of the ICRC", "the Baku delegation of the Red Cross": a city before an office's
 * word says where the office is; whose it is, is said after its "of".
 */
function ownerOfPlacedOffice(place: Match, group: Match[], tokens: Token[]): Match | undefined {
  // (Only a place: "the commandant's office of the region" is the commandant's, whoever he serves.)
  if (place.entry.side === UNCLEAR || tokens[place.end - 1]?.possessive) return undefined;
  if (!PLACED_OFFICES.has(tokens[place.end]?.norm ?? "") || tokens[place.end + 1]?.norm !== "of") return undefined;
  return group.find((m) => m.entry.kind === "country" && m.start > place.end + 1);
}
const PLACED_OFFICES: ReadonlySet<string> = new Set(["office", "delegation", "mission", "bureau", "branch", "representation", "subdelegation"]);

/**
 * "secretary-general of the Russian-led Collective Security Treaty Organization": an office the
 * gazetteer knows as one body's ("Secretary-General", the UN's), named here after "of" with another
 * body's name, is that other body's.
 */
export function officeOfAnotherBody(office: Match | undefined, group: readonly Match[], tokens: Token[]): boolean {
  if (!office || office.end - office.start > OFFICE_WORDS || tokens[office.end]?.norm !== "of") return false;
  if (!OFFICE_TITLE.test(textOf(tokens, office.start, office.end))) return false;
  let k = office.end + 1;
  if (tokens[k]?.norm === "the") k++;
  if (!tokens[k]?.capitalized) return false;
  // (Its own body named after it, "Secretary-General of the United Nations", leaves it the body's.)
  return !group.some((m) => m.start >= k && m.entry.side === office.entry.side);
}
/** How many words an office's own name takes ("Secretary-General", "High Representative"). */
const OFFICE_WORDS = 3;
/** The office words whose body may be named after them ("residents of Kirants" are people of a place, no office). */
const OFFICE_TITLE = /\b(?:secretary|representative|commissioner|envoy|chair(?:man|woman|person)?|president|director|rapporteur)\b/i;

function toMention(group: Match[], tokens: Token[]): Mention {
  const first = group[0] as Match;
  const last = group.at(-1) as Match;
  const start = withOwnMediaName(group, withLeadingArticle(first.start, tokens), tokens);
  // "the national mine action agency ANAMA": a state's own body named after a generic one is the state's.
  const actors = group.filter((m) => m.entry.kind === "actor" || m.entry.kind === "group");
  // ("the OSCE's Office for Democratic Institutions and Human Rights": a body the gazetteer knows, named
  // right after its parent's possessive, is itself, not its parent.)
  const possessed = actors.find((m, k) => k > 0 && actors[k - 1]?.end === m.start && tokens[m.start - 1]?.possessive === true);
  const namedActor = possessed ?? actors.find((m) => m.entry.side !== "other") ?? actors[0];
  // "the State Committee for Refugees": a state body's remit ("for Refugees") is not its speaker.
  // ("the minister for CIS affairs": a minister's remit too.)
  const remitHead = group.find(
    (m) =>
      m.entry.kind === "head" &&
      !m.entry.side &&
      (m.entry.type === "government" || m.entry.type === "ministry" || (m.entry.type === "person" && tokens[m.end - 1]?.norm === "minister")),
  );
  const remit =
    namedActor !== undefined &&
    remitHead !== undefined &&
    remitHead.end <= namedActor.start &&
    namedActor.entry.side === "other" &&
    ["for", "on"].includes(tokens[namedActor.start - 1]?.norm ?? "");
  const actor = remit || officeOfAnotherBody(namedActor, group, tokens) ? undefined : namedActor;
  // "the Armenian authorities in Nagorno-Karabakh" are Karabakh's: Karabakh outranks Armenia. A
  // body the gazetteer leaves unresolved, named first ("the military commandant of Stepanakert"),
  // outranks the place after it; "the Armenian Supreme Soviet" stays Armenia's.
  const firstCountry = group.find((m) => m.entry.kind === "country");
  // "Its Baku coordinator", "their Yerevan office": after a possessive, a city before a staff title says
  // where the owner's staff works, not whose they are; the owner is whom the possessive points back to.
  const stationed =
    firstCountry !== undefined &&
    firstCountry === group[0] &&
    POSSESSIVE_PRONOUNS.has(tokens[firstCountry.start - 1]?.norm ?? "") &&
    !/(?:ian|ani|ish|ese|ch|can|ean)$/i.test(textOf(tokens, firstCountry.start, firstCountry.end)) &&
    group.some((m) => m.entry.kind === "head" && (m.entry.type === "person" || m.entry.type === "government")) &&
    // ("its Yerevan counterpart": a counterpart is the other side's, whose capital names it.)
    !/\bcounterparts?$/i.test(textOf(tokens, group[0]?.start ?? 0, group.at(-1)?.end ?? 0));
  // "An ICRC spokeswoman in Stepanakert" stays the ICRC's: Karabakh outranks only a belligerent.
  // "the border region of Nakhichevan": a bare "region" or "enclave" (Karabakh's by default) is the one it names.
  const regionNamed = firstCountry
    ? (namedByGenericRegion(firstCountry, group, tokens) ?? councilOfPlace(firstCountry, group, tokens) ?? ownerOfPlacedOffice(firstCountry, group, tokens))
    : undefined;
  // ("the minister for CIS affairs": a third party after "for" is the office's remit, not its owner.)
  const remitCountry =
    firstCountry !== undefined &&
    firstCountry.entry.side === "other" &&
    tokens[firstCountry.start - 1]?.norm === "for" &&
    remitHead !== undefined &&
    remitHead.end <= firstCountry.start;
  const country =
    stationed || remitCountry
      ? undefined
      : (regionNamed ??
        (firstCountry?.entry.side === UNCLEAR || !isBelligerent(firstCountry?.entry.side ?? "")
          ? firstCountry
          : (group.find((m) => m.entry.kind === "country" && m.entry.side === "nagorno-karabakh") ?? firstCountry)));
  const head = [...group].reverse().find((m) => m.entry.kind === "head");
  // ("Its preliminary statement", "their final report": a document's adjectives between the possessive and its head.)
  const opening = first.entry.type === "statement" ? pastDocumentAdjectives(first.start, tokens) : first.start;
  const possessor = POSSESSIVE_PRONOUNS.get(tokens[opening - 1]?.norm ?? "");
  // "of the ruling Civil Contract party": a governing party is its government's, whichever that is.
  const ruling =
    head !== undefined && tokens[head.end - 1]?.norm === "party" && tokens.slice(Math.max(0, head.start - 4), head.start).some((t) => RULING.has(t.norm));
  // "A Karabakh participant in the talks": a party's delegate, not a conference's attendee.
  const delegate =
    head !== undefined &&
    /^participants?$/.test(tokens[head.end - 1]?.norm ?? "") &&
    TALKS_AFTER.test(textOf(tokens, head.end, Math.min(tokens.length, head.end + 4)));
  // "a Yerevan-based security analyst": a third party's role outranks the place it is based in.
  const thirdPartyRole = !actor && head?.entry.side === "other" && !ruling && !delegate;
  // "Azerbaijan's Mine Action Agency": a belligerent owning a body the gazetteer has as a third
  // party's makes it that state's own.
  const owner =
    firstCountry &&
    actor?.entry.side === "other" &&
    // ("Azerbaijan's Caucasus Muslims Board", "Armenia's Catholicos": a faith's people and bodies speak for
    // the faith, whichever country they are in.)
    actor.entry.ownedByNone !== true &&
    firstCountry.start < actor.start &&
    // ("the Russian Foreign Office": a state's adjective right before a ministry names its owner too.)
    ((tokens[firstCountry.end - 1]?.possessive && isBelligerent(firstCountry.entry.side ?? "")) ||
      (firstCountry.end === actor.start && actor.entry.type === "ministry" && firstCountry.entry.side !== "other" && firstCountry.entry.side !== UNCLEAR))
      ? firstCountry
      : undefined;
  // "the mediators in the Nagorno-Karabakh conflict": where mediators work is not whose they are.
  const mediatorsIn =
    !actor &&
    head?.entry.type === "mediator" &&
    head.entry.side !== null &&
    country !== undefined &&
    country.start > head.end &&
    tokens.slice(head.end, country.start).some((t) => t.norm === "in");
  // "the agency's representative in Armenia": a post a body owns by its possessive is held for that body
  // where "in" says, not for the country it is posted to. (Only a person's post: "the prosecutor
  // general's office in Baku" is a state's body in its own capital.)
  const postedIn =
    !actor &&
    head !== undefined &&
    head.entry.type === "person" &&
    country !== undefined &&
    country.start > head.end &&
    tokens.slice(head.end, country.start).some((t) => t.norm === "in") &&
    group.some((m) => m !== head && m.entry.kind === "head" && m.end <= head.start && tokens[m.end - 1]?.possessive === true);
  // "a private Azerbaijani television channel", "the opposition daily": media no state speaks through.
  // ("American magazines", "French newspapers": where the press is free of the state, a nationality's
  // papers are no government's voice; "Armenian newspapers" and "Russian media" stay the state's, as annotators read them.)
  const freePress =
    !actor &&
    head?.entry.type === "media" &&
    (tokens.slice(Math.max(0, start - 2), head.end).some((t) => FREE_PRESS.has(t.norm)) ||
      (country !== undefined && FREE_PRESS_STATES.has(country.entry.side ?? "") && /s$/.test(tokens[head.end - 1]?.norm ?? "")));
  // "The Armenian Weekly", "the Azerbaijan Daily Herald": an outlet's own name (its media word
  // capitalised after the country's) that the gazetteer does not know as a state's is a paper like any
  // other, not the state's media ("Armenian newspapers", "Azerbaijani State Television" stay the state's).
  const namedOutlet =
    !actor &&
    head?.entry.type === "media" &&
    country !== undefined &&
    country.end <= head.start &&
    tokens[head.start]?.capitalized === true &&
    // (A country's "Television", "Radio" or news "Agency" is its state broadcaster or agency.)
    !tokens.slice(start, head.end).some((t) => STATE_MEDIA_WORDS.has(t.norm) || BROADCASTERS.has(t.norm));
  const side =
    thirdPartyRole || freePress || namedOutlet
      ? "other"
      : owner
        ? owner.entry.side
        : mediatorsIn
          ? (head?.entry.side ?? null)
          : postedIn
            ? null
            : (actor?.entry.side ?? country?.entry.side ?? (ruling || possessor ? null : head?.entry.side) ?? null);
  const sides = owner ? (side ? [side] : []) : (actor?.entry.sides ?? (side ? [side] : []));
  // ("Their Security Council": a possessive says whose the body is; the title's default side is no one's then.)
  const sideFrom = owner
    ? "country"
    : actor
      ? "actor"
      : thirdPartyRole
        ? "default"
        : country && !postedIn
          ? "country"
          : head?.entry.side && !possessor
            ? "default"
            : null;
  // "a spokesman for the Azerbaijani Defence Ministry" is a person, whom a later "he" points back to.
  const personFor = group.find((m) => m.entry.kind === "head" && m.entry.type === "person" && ["for", "of", "at", "from"].includes(tokens[m.end]?.norm ?? ""));
  // "The Defence Ministry of the Armenian-backed authorities in …": the body named first, before its
  // "of", is what the mention is (one ministry, an "it"), not the owner after it.
  const firstHead = group.find((m) => m.entry.kind === "head");
  const bodyOf = firstHead && firstHead !== head && BODY_OF_TYPES.has(firstHead.entry.type) && tokens[firstHead.end]?.norm === "of" ? firstHead : undefined;
  const typed = (personFor && personFor === group[0] ? personFor : undefined) ?? bodyOf ?? head ?? actor ?? first;
  // "spokesman Tigran Balayan", "the opposition daily Yeni Musavat": the name after the title.
  const named = typed.entry.type === "person" || typed.entry.type === "media";
  const end = named && last.entry.kind === "head" ? withNameAfter(last.end, tokens) : last.end;
  return {
    start: possessor ? opening - 1 : start,
    end,
    text: textOf(tokens, possessor ? opening - 1 : start, end),
    side,
    sides,
    qualifierSide: postedIn ? null : (country?.entry.side ?? null),
    sideFrom,
    type: typed.entry.type,
    plural: typed.entry.plural,
    // ("the Secretary General of the Organization of Turkic States": a body named in full after its
    // generic word, which the gazetteer does not know, points back to no body the text named before.)
    anaphor: side || namedOnAfterOf(last.end, tokens) ? null : (possessor ?? "title"),
    // "the ministry" and "its statement" point back; so does a capitalised institution named
    // in full ("Defense Ministry spokesperson …"), unlike "officials" or "sources".
    // A title with its holder's name ("ministry spokesman Aram Torosyan") names one person too.
    definite:
      possessor !== undefined ||
      tokens[start]?.norm === "the" ||
      end > last.end ||
      group.some((m) => m.entry.kind === "head" && (isProperTitle(m, tokens) || speaksForTheMinistry(m, tokens) || isBareInstitution(m, tokens))),
    quoted: tokens[first.start]?.quoted ?? false,
    ...(actor?.entry.pairNamed ? { pairNamed: true } : {}),
  };
}

/** "… Organization of Turkic States": the capitalised name of a body goes on after "of" where the match ends. */
function namedOnAfterOf(end: number, tokens: Token[]): boolean {
  // (So is an organisation named after its "for": "the Institute for War and Peace Reporting", but not a
  // state's body, "the State Committee for Refugees", which is that state's.)
  const forName = tokens[end]?.norm === "for" && ORGANISATION_WORDS.has(tokens[end - 1]?.norm ?? "") && !STATE_BODY_WORDS.has(tokens[end - 2]?.norm ?? "");
  if ((tokens[end]?.norm !== "of" && !forName) || !tokens[end - 1]?.capitalized) return false;
  const next = tokens[end + 1]?.norm === "the" ? tokens[end + 2] : tokens[end + 1];
  return next?.isWord === true && next.capitalized;
}

/**
 * "ministry officials said", "a ministry source said": people named after a ministry the text has
 * already introduced speak for that ministry, as "the ministry" would ("officials" alone do not).
 */
function speaksForTheMinistry(m: Match, tokens: Token[]): boolean {
  return m.entry.type === "ministry" && tokens[m.end - 1]?.norm === "ministry" && MINISTRY_PEOPLE.has(tokens[m.end]?.norm ?? "");
}
const MINISTRY_PEOPLE = new Set(["officials", "official", "source", "sources", "representatives", "representative"]);

/** What a delegate takes part in: "in the talks", "in the negotiations". */
const TALKS_AFTER = /^in (?:the )?(?:talks|negotiations|peace talks|meeting|summit)\b/i;

/** Words that make a party the government's: "the ruling … party". */
const RULING = new Set(["ruling", "governing"]);

/** Words that make a media outlet no state's own. */
/** Words that make a named outlet a state's own: "State Television", "Public Radio", "the official Gazette". */
const STATE_MEDIA_WORDS: ReadonlySet<string> = new Set(["state", "public", "national", "official", "government", "republican", "ministry"]);
const BROADCASTERS: ReadonlySet<string> = new Set(["television", "tv", "radio", "broadcaster", "channel", "agency", "news agency"]);
/** States whose press, named by the nationality alone, is not their government's. */
const FREE_PRESS_STATES: ReadonlySet<string> = new Set(["united-states", "france"]);
const FREE_PRESS = new Set(["private", "privately", "independent", "opposition", "privately-owned", "pro-opposition"]);

/** Titles of those who serve a person: "an adviser to", "an aide to the president". */
const ADVISERS = new Set(["adviser", "advisor", "aide", "aides", "advisers", "advisors", "assistant", "counsellor", "counselor"]);

/** Bodies whose name may go on with "of" and their owner: "the Defence Ministry of the … authorities". */
const BODY_OF_TYPES = new Set<ActorType>(["ministry", "military"]);

/** "spokesman Tigran Balayan": a title's holder, named right after it, is part of the mention. */
function withNameAfter(end: number, tokens: Token[]): number {
  let k = end;
  let words = 0;
  while (words < 3) {
    const t = tokens[k];
    if (!t?.isWord || !t.capitalized || t.quoted || isSpeechVerbForm(t.norm) || CALENDAR_WORDS.has(t.norm)) break;
    // "Pavel S. Grachev": a middle initial and its dot belong to the name.
    const initial = /^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.text === "." && tokens[k + 2]?.capitalized === true;
    k += initial ? 2 : 1;
    words++;
  }
  return k;
}

/**
 * "Parliament condemns …", "Congress passed …": a one-word institution in capitals with no article is
 * the one the text named ("the European Parliament"), as a proper name is; a count noun needs one otherwise.
 */
function isBareInstitution(head: Match, tokens: Token[]): boolean {
  const word = tokens[head.start];
  return head.end - head.start === 1 && word?.capitalized === true && BARE_INSTITUTIONS.has(word.norm) && !tokens[head.start - 1]?.isWord;
}

const BARE_INSTITUTIONS: ReadonlySet<string> = new Set(["parliament", "congress", "senate"]);

function isProperTitle(head: Match | undefined, tokens: Token[]): boolean {
  if (!head || head.end - head.start < 2) return false;
  return tokens.slice(head.start, head.end).every((t) => t.capitalized || ["of", "for", "and"].includes(t.norm));
}

/** "the local authorities": the article and a few plain adjectives belong to the mention. */
/**
 * "the Assa-Irada news agency", "the Turan agency": an outlet's own name the gazetteer does not know,
 * right before its media word, belongs to the mention (so "the agency" later points back to this one,
 * whoever's it is, and not to another the text named).
 */
function withOwnMediaName(group: readonly Match[], start: number, tokens: Token[]): number {
  const only = group.length === 1 ? group[0] : undefined;
  if (only?.entry.kind !== "head" || only.entry.type !== "media" || start !== only.start) return start;
  let k = start;
  while (start - k < OWN_NAME_WORDS && tokens[k - 1]?.capitalized && tokens[k - 1]?.isWord && tokens[k - 1]?.norm !== "the" && !tokens[k - 1]?.possessive) k--;
  return k < start && tokens[k - 1]?.norm === "the" ? k - 1 : start;
}

/** How many words of its own an outlet's name may have before its media word. */
const OWN_NAME_WORDS = 3;

function withLeadingArticle(start: number, tokens: Token[]): number {
  let k = start;
  while (LEADING_ADJECTIVES.has(tokens[k - 1]?.norm ?? "")) k--;
  return tokens[k - 1]?.norm === "the" ? k - 1 : k;
}

/** Where a document's name starts, past the adjectives before its head ("preliminary statement"). */
function pastDocumentAdjectives(start: number, tokens: Token[]): number {
  let k = start;
  while (start - k < 2 && DOCUMENT_ADJECTIVES.has(tokens[k - 1]?.norm ?? "")) k--;
  return k;
}

const DOCUMENT_ADJECTIVES: ReadonlySet<string> = new Set([
  "preliminary",
  "final",
  "interim",
  "initial",
  "latest",
  "annual",
  "official",
  "written",
  "separate",
  "earlier",
  "previous",
  "full",
  "own",
]);

// ("The lead prosecutor told the court": the prosecutor of the trial, as "the prosecutor" would be.)
const LEADING_ADJECTIVES: ReadonlySet<string> = new Set(["local", "regional", "senior", "top", "same", "lead", "chief", "presiding"]);

/** "it said", "they said", and "… released by them". */
function pronounMentions(tokens: Token[], taken: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const t of tokens) {
    if (!t.isWord) continue;
    const afterBy = tokens[t.i - 1]?.norm === "by";
    // "Interfax quoted him as saying", "According to her, …": the one quoted is the source.
    const afterQuoting = QUOTING.has(tokens[t.i - 1]?.norm ?? "") || (tokens[t.i - 1]?.norm === "to" && tokens[t.i - 2]?.norm === "according");
    // "In his telling, …", "by their account": the owner of the account is the source.
    const owningAccount = (afterBy || tokens[t.i - 1]?.norm === "in") && TELLING.has(tokens[t.i + 1]?.norm ?? "");
    const anaphor =
      SUBJECT_PRONOUNS.get(t.norm) ??
      (afterBy && t.norm === "them" ? "they" : undefined) ??
      (afterQuoting ? OBJECT_PRONOUNS.get(t.norm) : undefined) ??
      (owningAccount ? POSSESSIVE_PRONOUNS.get(t.norm) : undefined);
    // (Whether a mention covers it is asked of the few pronouns only.)
    if (!anaphor || taken.some((m) => t.i >= m.start && t.i < m.end)) continue;
    found.push({
      start: t.i,
      end: t.i + 1,
      text: t.text,
      side: null,
      sides: [],
      definite: true,
      qualifierSide: null,
      sideFrom: null,
      type: anaphor === "he" ? "person" : "government",
      plural: anaphor === "they",
      anaphor,
      quoted: t.quoted,
    });
  }
  return found;
}

export function textOf(tokens: Token[], start: number, end: number): string {
  const a = tokens[start];
  const b = tokens[end - 1];
  if (!a || !b) return "";
  // Built in one pass (called for every candidate span of every sentence): a token glued to the one
  // before it is joined without a space, as the slice-map-join it replaces did.
  let text = a.text;
  for (let k = start + 1; k < end; k++) {
    const t = tokens[k] as Token;
    text += tokens[k - 1]?.end === t.start ? t.text : ` ${t.text}`;
  }
  return text;
}

/** A capitalised name the gazetteer does not know, standing at tokens [start, end). */
export function strangerMention(tokens: Token[], start: number, end: number): Mention {
  return {
    start,
    end,
    text: tokens
      .slice(start, end)
      .map((t) => t.text)
      .join(" "),
    side: null,
    sides: [],
    qualifierSide: null,
    sideFrom: null,
    type: "person",
    plural: false,
    anaphor: null,
    definite: true,
    quoted: false,
    stranger: true,
  };
}
