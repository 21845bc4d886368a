// Finds counted groups of people in a sentence: "at least five Azerbaijani soldiers",
// "four of its troops", "another", "No Karabakh Armenian soldiers", or a bare number
// ("two killed and five wounded"). Whether a group was killed or wounded is decided later.
import { CALENDAR_WORDS, monthNumber } from "../dates/calendar.ts";
import { keyedPatterns, mayMatch, requiredTexts, searchable } from "../ingest/requiredText.ts";
import { patternsOf, type RuleTable } from "../rules/rule.ts";
import { NUMBER_PATTERN, QUALIFIER_PATTERN, normalizeQualifier, parseNumberPhrase } from "./numbers.ts";
import {
  ANAPHORIC_TOLL_BEFORE,
  LIVES_TAKEN_BEFORE,
  LIST_NAMES_BEFORE,
  NAMES_ADDED_AFTER,
  MODIFIER_WORDS,
  TOLL_AFTER_VALUE,
  TO_BEFORE_VALUE,
  VICTIM_NOUN_PATTERN,
  isSingularNoun,
  outcomeOf,
  tollBefore,
  tollOutcome,
  victimKind,
  type Outcome,
  type VictimKind,
} from "./lexicon.ts";
import { REGIONAL_SURNAME, surnameNation } from "./surnames.ts";

export interface VictimGroup {
  /** Span in the normalised sentence, qualifier and possessive included. */
  start: number;
  end: number;
  count: number;
  qualifier: string | null;
  /** "its/their/our" before the number or in "N of its …". */
  possessive: boolean;
  /** Words between the number and the noun ("Karabakh Armenian"), "" when none. */
  modifiers: string;
  /** The victim noun, or null for a bare number ("six wounded") or "N of them". */
  noun: string | null;
  kind: VictimKind | null;
  /** "another", "others", "N of them": the same victims as the group before. */
  inherits: boolean;
  /** "the pilot": one victim named by the article before, or by its role; set only then. */
  definite?: boolean;
  /** The outcome the group names itself: "2,783 deaths", "two wounded soldiers". */
  ownOutcome: Outcome | null;
  /** "Soldier killed, …": one person's noun with no article, a headline's or a timeline line's; set only then. */
  bare?: boolean;
  /** "(… was killed) and his brother wounded": a relative of the victim just named; set only then. */
  kinOfVictim?: boolean;
}

/** People counted by naming them ("killing A and B", "Major A, Captain B and …"): no number, qualifier or noun of their own. */
function namedPeople(start: number, end: number, count: number, kind: VictimKind | null, ownOutcome: Outcome | null): VictimGroup {
  return { start, end, count, qualifier: null, possessive: false, modifiers: "", noun: "person", kind, inherits: false, ownOutcome };
}

/**
 * "a third", "a second": one more victim after a figure ("two were killed and a third injured");
 * "the third crew member (was evacuated with injuries)": the last of a crew or group, one person.
 */
const ORDINAL = "(?:an?|the)\\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)";
const ORDINAL_WORD = new RegExp(`^${ORDINAL}$`, "i");
/** "(suppressed) without losses", "without causing casualties": none, when losses or casualties follow (see countOf). */
const WITHOUT = "without(?:\\s+causing)?(?=\\s+(?:any\\s+)?(?:losses|casualties)\\b)";
const COUNT = new RegExp(
  // "6,500+ people": a plus after digits is "more than".
  `(?:\\b(its|their|our)\\s+)?(?:\\b(${QUALIFIER_PATTERN})\\s+)?\\b(${NUMBER_PATTERN}|no\\s+one|nobody|none|no|any|another|both|${ORDINAL}|${WITHOUT}|an?|the)(?![\\w-])(?:(?<=\\d)(\\+)(?=\\s))?`,
  "gi",
);
/** One relative after a victim: "(a girl) and her grandmother", "(a man) and his 12-year-old son". */
const KIN_AFTER =
  /^\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:(?:grand|great-grand)?(?:mother|father|son|daughter|child)|wife|husband|brother|sister)(?![\w-])/i;
/** The upper bound of a range after its lower one: "(25,000) to 35,000", "(two) or three". */
const RANGE_REST = new RegExp(`^\\s*(?:to|or|-)\\s*(?:${NUMBER_PATTERN})(?![\\w-])`, "i");
/** "between (12) and 13", "between (20,000) and 30,000": a range opened by "between" closes with "and". */
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const BETWEEN_REST = new RegExp(`^\\s+and\\s+(?:${NUMBER_PATTERN})(?![\\w-])`, "i");
/** "N of its …", "N of its own (soldiers)", "N more of its …", "N other of the …". */
// "1,000 of Khojaly's inhabitants", "two of the region's own soldiers": a place's or body's people, named by its possessive.
const OF_DETERMINER =
  /^\s+(?:(?:more|other|additional|further)\s+)?of\s+(its|their|our|his|her|the\s+[\p{L}-]+['’]s|the|these|those|them|whom|\p{Lu}[\p{L}-]*'s)(?![\p{L}])(?:\s+own\b)?/iu;
/** The whole a part is counted out of, after "N of the": "(38 of the) 67 (people on board)". */
const OF_WHOLE = new RegExp(`^\\s+(?:(?:${QUALIFIER_PATTERN})\\s+)?(?:${NUMBER_PATTERN})(?=\\s)`, "i");
const OF_THE_WOUNDED = /^\s+(?:wounded|injured)\b/i;
const CIVILIANS_NEXT = /^\s+civilians?\b/i;
/** "and two more were wounded": a bare count of more victims like those just named. */
const MORE_BARE = /^\s+more(?=\s*[,.;]|\s*$|\s+(?:were|was|had|have|has|killed|dead|died|wounded|injured|hurt|on|in|at|during|overnight)\b)/i;
/** What may follow an ordinal with no noun: "a third was injured", "injuring a third." */
const ORDINAL_NEXT =
  /^(?:\s*[,.;:!?)"]|\s*$|\s+(?:and|or|in|on|at|near|during|when|after|by)\b|\s+(?:was|were|had|has|is|died|killed|dead|wounded|injured|hurt|later|also|sustained|suffered|received)\b)/i;
/** A negation earlier in the clause, which makes "any casualties" none: "did not suffer any", "denied … any", "denied suffering any", "without any". */
// ("did not disclose any losses" says nothing of how many: only a verb of suffering or being counts.)
const NEGATED_BEFORE =
  /(?:\b(?:not|never|without)|n't)\s+(?:(?:suffer|sustain|incur|have|had|has|were|was|be|been)\w*\s+)?$|\bden(?:y|ies|ied|ying)\s+(?:that\s+)?[^,;.]{0,50}?\b(?:suffered|sustained|incurred|had|has|have|were|was|been)\s+$|\bden(?:y|ies|ied|ying)\s+(?:suffering|sustaining|incurring|having)\s+$/i;
/** A denial right before "any (of their officers)": "denied that". */
const DENIAL_BEFORE = /\bden(?:y|ies|ied|ying)\s+(?:that\s+)?$/i;
/** The victims' fate right after them: "(any of their officers) had died", "were killed". */
const FATE_AFTER = /^\s+(?:(?:were|was|had|have|has|been|being)\s+){0,2}(?:killed|died|dead|wounded|injured|hurt)\b/i;
/** "has not lost", "did not lose", "never lost" right before the group. */
const NOT_LOST_BEFORE = /(?:\b(?:not|never)|n't)\s+(?:\w+ly\s+)?(?:lost|lose)\s+$/i;
/** Modifiers that make a group "more of the same": "two other children", "three more soldiers". */
const SAME_KIND = /\b(?:other|more|additional|further)\b/i;
/** A victim noun after exactly n modifier words; the longest valid reading wins. */
const NOUN_TAILS = [3, 2, 1, 0].map((n) => new RegExp(`^((?:\\s+[\\w'-]+){${n}})\\s+(${VICTIM_NOUN_PATTERN})(?![\\w-])`, "i"));
/** What may follow a bare number that counts people: an outcome, a verb, a break. */
// ("and three severely injured": an adverb may stand before the outcome; "as many as 1,000 may have died": an estimate's modal;
// "about 40 feared dead", "two reported killed": a hedge before the outcome; "(50 died …, then) 71 two days later": a
// count going on, with when.)
const BARE_NEXT =
  /^(?:\s*[,.;:!?)"]|\s*$|\s+\w+ly\s+(?:killed|wounded|injured|hurt)\b|\s+(?:killed|dead|died|perished|wounded|injured|hurt|maimed|were|was|had|have|has|and|or|in|on|at|near|during|while|when|after|since|sustained|suffered|received|lost)\b|\s+(?:may|might|must)\s+have\b|\s+(?:feared|reported|confirmed|presumed|believed)\s+(?:dead|killed|wounded|injured)\b|\s+(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|hours?)\s+later\b)/i;
/** Units and times after a number: "rose to 50 percent", "at 10 am". */
const UNIT_NEXT =
  /^\s*(?:%|percent\b|per\s+cent\b|[ap]\.?m\.?(?![\w])|hours?\b|days?\b|weeks?\b|months?\b|years?\b|km\b|kilomet|metres?\b|meters?\b|o'clock\b)/i;
const MODIFIER = new RegExp(`^(?:${MODIFIER_WORDS})$`, "i");
/** A verb of harm right before a number (not "lost": "lost two" alone counts nothing sure). */
const HARM_VERB_BEFORE = /\b(?:killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures|injure)\s+$/i;
const PASSIVE_BEFORE = /\b(?:were|was|been|be|being|is|are)\s+(?:\w+ly\s+)?\w+\s+$/i;
/** Nouns a toll word may describe: "casualty figures", "death reports". */
/** A verb of speaking right after "bodies" (maybe after an adverb or two): the bodies are institutions. */
const BODIES_SPEAK =
  /^\s+(?:(?:\w+ly|once|again|also|jointly|later|then)\s+){0,3}(?:said|say|says|called|call|calls|urged|urge|urges|warned|warn|warns|stated|announced|reported|noted|added|appealed|asked|reminded|recalled)\b/i;
const TOLL_AS_MODIFIER = /^\s+(?:figures?|counts?|tolls?|numbers?|reports?|data|lists?|rates?|estimates?|statistics|claims?)\b/i;

export function findVictimGroups(sentence: string): VictimGroup[] {
  const groups: VictimGroup[] = [];
  for (const m of sentence.matchAll(COUNT)) {
    // A number inside the group before ("38 of the 67 people") is part of that group.
    const last = groups.at(-1);
    if (last && (m.index ?? 0) < last.end) continue;
    const group = readGroup(sentence, m);
    if (group) groups.push(group);
  }
  joinSingles(sentence, groups);
  joinKinBeforeOthers(sentence, groups);
  joinOneBeforeOthers(sentence, groups);
  dropSinglesRestated(sentence, groups);
  joinRanks(sentence, groups);
  // "a resident of Sarijali, Malik Mammadov, was injured": a name in apposition to a counted group is that group.
  // "two officers, Major A and Captain B, had been killed": every name listed in that apposition is.
  const named = namedVictims(sentence).filter(
    (v) =>
      !groups.some(
        (g) => g.end <= v.start && v.start - g.end <= 80 && (AFTER_COMMA.test(sentence.slice(0, v.start)) || inApposition(sentence.slice(g.end, v.start))),
      ),
  );
  describedNames(sentence, groups, named);
  const objects = [...namedObjects(sentence), ...surnamesKilled(sentence)].filter((v) => !groups.some((g) => g.start < v.end && v.start < g.end));
  const lists = listsWithAsides(sentence);
  const singles = named.filter((v) => !lists.some((l) => l.start <= v.start && v.end <= l.end));
  const bare = bareSingles(sentence).filter((v) => !groups.some((g) => g.start < v.end && v.start < g.end));
  const others = [...singles, ...objects, ...lists];
  const kin = kinOfAVictim(sentence).filter((v) => ![...groups, ...others].some((g) => g.start < v.end && v.start < g.end));
  return [...groups, ...others, ...namedList(sentence), ...asManyAgain(sentence, groups), ...bare, ...kin].sort((a, b) => a.start - b.start);
}

/**
 * "Rauf Karimov, a resident of Tartar, was killed", "Yuri Kotenok, a Russian reporter, was wounded": the one person
 * described in apposition right after a named victim is the same victim, counted once, by the name (whose predicate
 * the name's rule found, past however long a description) with what the description says he was. The description's
 * group is dropped from `groups` and the named group takes its noun, nation and kind in `named` (both in place).
 */
/** Between a name and its description: a comma, maybe past an age or a year of birth ("A, born in 1965, a resident of …"). */
const NAME_THEN_DESCRIPTION = /^\s*,\s*(?:(?:born\s+(?:in\s+)?\d{4}|\d{1,3}|aged\s+\d{1,3})\s*,\s*)?$/;

function describedNames(sentence: string, groups: VictimGroup[], named: VictimGroup[]): void {
  named.forEach((v, i) => {
    if (v.count !== 1) return;
    const k = groups.findIndex(
      (g) => g.count === 1 && g.start >= v.end && NAME_THEN_DESCRIPTION.test(sentence.slice(v.end, g.start)) && SINGLE.test(sentence.slice(g.start)),
    );
    const g = groups[k];
    if (!g) return;
    groups.splice(k, 1);
    // ("X, a Russian, was wounded": a nation alone says whose civilian he was.)
    const nationOnly = g.kind === "nationality";
    named[i] = { ...v, noun: nationOnly ? v.noun : g.noun, modifiers: nationOnly ? ` ${g.noun ?? ""}` : g.modifiers, kind: nationOnly ? "civilian" : g.kind };
  });
}

/**
 * "(Rauf Aliyev was killed) and his brother Elchin seriously wounded": one relative of a victim, named by the
 * possessive and maybe his first name, with a fate of his own right after (its verb maybe left out).
 */
const KIN_OF_A_VICTIM =
  /(?<=\band\s)(?:his|her)\s+(?:[\p{Ll}-]+\s+)?(?<kin>(?:grand)?(?:mother|father|son|daughter)|wife|husband|brother|sister|uncle|nephew|cousin)(?:\s+\p{Lu}\p{Ll}+)?(?=\s+(?:(?:was|had\s+been|has\s+been)\s+)?(?:\w+ly\s+)?(?:killed|died|dead|wounded|injured|hurt)\b)/gu;

function kinOfAVictim(sentence: string): VictimGroup[] {
  return [...sentence.matchAll(KIN_OF_A_VICTIM)].map((m) => {
    const noun = m.groups?.kin?.toLowerCase() ?? "";
    const start = m.index ?? 0;
    return {
      start,
      end: start + m[0].length,
      count: 1,
      qualifier: null,
      possessive: false,
      modifiers: "",
      noun,
      kind: "civilian",
      inherits: false,
      ownOutcome: null,
      kinOfVictim: true,
    };
  });
}

/** Nouns of one person a headline or a timeline line names with no article: "Soldier killed", "Ensign dies". */
const BARE_SINGLE_NOUNS = [
  "soldier",
  "serviceman",
  "servicewoman",
  "conscript",
  "ensign",
  "sergeant",
  "officer",
  "policeman",
  "police officer",
  "border guard",
  "pilot",
  "peacekeeper",
  "civilian",
  "villager",
  "resident",
  "shepherd",
  "farmer",
  "deminer",
  "journalist",
  "child",
  "toddler",
  "boy",
  "girl",
  "woman",
  "man",
].map((noun) => `[${noun[0]?.toUpperCase()}${noun[0]}]${noun.slice(1)}`);
/**
 * "Soldier killed, six wounded in truce breach", "Azerbaijani soldier killed near Tovuz", "13 Feb — Civilian wounded
 * in Tavush": a headline's or a timeline line's clause that opens on one person's noun with no article, maybe after
 * a nation's name, and its fate right after it. (In prose the noun has its article: "a soldier was killed".)
 */
const BARE_SINGLE = new RegExp(
  // ('The "Armenian pilot has heroically died", she wrote': a quotation that opens on the noun, as a post's words do.)
  `(?:^|[:;—–]\\s*|\\s-\\s+|,\\s+|")((?:(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|One|Every|Each|No)\\s)\\p{Lu}[\\p{L}'-]*\\s+){0,2}?)(${BARE_SINGLE_NOUNS.join("|")})(?=\\s+(?:(?:has|had)\\s+(?:\\w+ly\\s+)?)?(?:killed|dies|died|dead|wounded|injured|hurt)\\b)`,
  "gu",
);

function bareSingles(sentence: string): VictimGroup[] {
  const out: VictimGroup[] = [];
  for (const m of sentence.matchAll(BARE_SINGLE)) {
    const modifiers = (m[1] ?? "").trim();
    const noun = (m[2] ?? "").toLowerCase();
    const start = (m.index ?? 0) + m[0].length - (m[1] ?? "").length - (m[2] ?? "").length;
    const end = (m.index ?? 0) + m[0].length;
    out.push({
      start,
      end,
      count: 1,
      qualifier: null,
      possessive: false,
      modifiers: modifiers ? ` ${modifiers}` : "",
      noun,
      kind: victimKind(noun),
      inherits: false,
      ownOutcome: null,
      bare: true,
    });
  }
  return out;
}

/**
 * "killing four soldiers and wounding as many", "two were killed and as many again injured": "as many" after a
 * count in the same clause counts as many people again, whose outcome is its own verb's. ("as many as 40" is a
 * hedge, read with its number; "as many people as" compares.)
 */
const AS_MANY = /\bas\s+many(?:\s+again|\s+more)?(?!\s+(?:as|\w+\s+as)\b)(?![\w-])/gi;

function asManyAgain(sentence: string, groups: VictimGroup[]): VictimGroup[] {
  const out: VictimGroup[] = [];
  for (const m of sentence.matchAll(AS_MANY)) {
    const start = m.index ?? 0;
    const counted = groups.filter((g) => g.end <= start).at(-1);
    if (!counted || counted.count === 0 || /[.;:()]/.test(sentence.slice(counted.end, start)) || start - counted.end > 80) continue;
    out.push({ ...counted, start, end: start + m[0].length, possessive: false, noun: null, kind: null, modifiers: "", inherits: false, ownOutcome: null });
  }
  return out;
}

/**
 * "shells hit the house, killing 50-year-old Anna Petrosyan and her grandson Aram", "killing warrant officer
 * Mubariz Ibrahimov", "a shell killed Captain A and machine gunner B": the people named as the object of the
 * verb, one each (and the relative or the second person named after). The verb before them gives the outcome
 * and its agent, as for any counted group; a rank or a trade before the name says whether they served.
 */
function namedObjects(sentence: string): VictimGroup[] {
  const out: VictimGroup[] = [];
  for (const m of sentence.matchAll(harmedName())) {
    const name = m.groups?.name ?? "";
    const second = m.groups?.second ?? "";
    if ([name, second].some((n) => n !== "" && (NOT_A_PERSON.test(n) || n.split(/[ -]/).some((w) => CALENDAR_WORDS.has(w.toLowerCase()))))) continue;
    // "the death of a leader" in history is no toll: after a noun, only a rank or a trade names a victim.
    if (m.groups?.noun && !m.groups.role) continue;
    const start = m.index ?? 0;
    // "Seriously wounded soldier Khayyam Dashdemirov died": a participle before a rank describes the person, and is no verb.
    // ("one of them, Lieutenant A (A.R. in the judgment), killed Lieutenant B": the comma closes the subject's apposition.)
    const before = sentence.slice(0, start);
    if (m.groups?.role && ADJECTIVAL_PARTICIPLE.test(before) && !VERB_AFTER_APPOSITION.test(before)) continue;
    // "killing Gurgen Margaryan, an Armenian officer,": the counted apposition is the same person, and names his side.
    if (/^\s*,\s*an?\s/i.test(sentence.slice(start + m[0].length))) continue;
    const count = 1 + (second ? 1 : 0) + (m.groups?.kin ? 1 : 0);
    const serving = [m.groups?.role, m.groups?.secondRole].some((r) => r !== undefined && SERVING_ROLE.test(r));
    const group = namedPeople(start, start + m[0].length, count, serving ? "military" : "civilian", null);
    out.push(m.groups?.nation ? { ...group, modifiers: ` ${m.groups.nation}` } : group);
  }
  return out;
}

/**
 * "In 2004 Safarov killed Margaryan with an axe": a surname alone, of one of the two nations (see surnames.ts), as the
 * object of "killed" whose subject is a name too. (After a noun, "the army killed Hakobyan's
 * men", or a passive, "was killed", no surname stands as the victim.)
 */
const SURNAME_KILLED = new RegExp(`(?<=\\p{Lu}\\p{Ll}+\\s+(?:(?:had|has)\\s+)?killed\\s)(?<name>${REGIONAL_SURNAME})(?![\\p{L}'’-]|\\s+\\p{Lu})`, "gu");

function surnamesKilled(sentence: string): VictimGroup[] {
  return [...sentence.matchAll(SURNAME_KILLED)].flatMap((m) => {
    const name = m.groups?.name ?? "";
    if (surnameNation(name) === null) return [];
    const start = m.index ?? 0;
    return [namedPeople(start, start + name.length, 1, "civilian", null)];
  });
}

/** A past participle opening the sentence or after a determiner or an adverb: "(The) badly wounded (soldier …)". */
const ADJECTIVAL_PARTICIPLE = /(?:^|[,;:(]|\b(?:the|a|an|\w+ly))\s*(?:killed|wounded|injured)\s+$/i;
/** "(one of them), Lieutenant A (A.R. in the judgment), killed": "killed" after an apposition set off by commas is its subject's verb. */
const VERB_AFTER_APPOSITION = /,\s+[^,;:()]{2,80}?(?:\s*\([^()]{1,60}\))?\s*,\s*killed\s+$/u;

/** A trade before a name that is no rank: "police officer Yura Tepanosyan", "driver Elchin Aliyev". */
const TRADE =
  "(?:[Pp]olice\\s+officer|[Pp]oliceman|[Mm]achine\\s+gunner|[Bb]order\\s+guard|[Dd]river|[Ss]hepherd|[Ff]armer|[Jj]ournalist|[Rr]eporter|[Cc]ameraman|[Dd]eminer|[Ss]apper)";
/** Roles of those who serve: a rank, a police officer, a gunner, a border guard, a sapper. */
const SERVING_ROLE =
  /^(?:(?:[\w-]+\s+)*(?:[Pp]rivate|[Cc]orporal|[Ss]ergeant|[Ll]ieutenant|[Gg]eneral|[Cc]olonel|[Cc]aptain|[Mm]ajor|[Ee]nsign|[Oo]fficer|[Cc]onscript|[Ss]oldier|[Ss]erviceman|[Pp]oliceman|[Gg]unner|[Gg]uard|[Ss]apper))$/u;
const PERSON_NAME = "\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+){1,2}";
/** An age or a year of birth set off after a named object, when another person follows: "(A), born in 1967, (and …)", "(A), 52, (and …)". */
const OBJECT_ASIDE = "(?:,\\s+(?:born\\s+in\\s+\\d{4}|\\d{1,3}),(?=\\s+and\\s))?";
/** A nation's adjective before a rank: "Armenian Lieutenant", "Azerbaijani Major". */
export const RANKED_NATION = "Armenian|Azerbaijani|Azeri|Karabakh|Russian|Turkish|Iranian|Georgian";
let harmedNamePattern: RegExp | null = null;

/**
 * A person's name after a verb of harm, maybe with an age or a rank before it ("killing 50-year-old Anna
 * Petrosyan", "killing Major Sargis Abrahamyan"), or after "the death(s) of" with a rank ("the deaths of
 * Major A and Captain B"); a second person or a relative may follow.
 */
function harmedName(): RegExp {
  harmedNamePattern ??= new RegExp(
    // ("hacked Lieutenant A to death": a blow that kills only with "to death" after the name, see activeOutcome.)
    `(?<=\\b(?:killing|killed|wounding|wounded|injuring|injured|hacked|hacking|stabbed|stabbing|(?<noun>deaths?)\\s+of|(?:murders?|killings?)\\s+of)\\s)` +
      // ("hacked 26-year-old Lieutenant A to death": the age before the rank.)
      "(?:\\d{1,3}-year-old\\s+(?=\\p{Lu}))?" +
      // ("the murder of Armenian army lieutenant Gurgen Margaryan": the nation and the force before the rank.)
      // ("killed Armenian Lieutenant Gurgen Margaryan": the nation right before the rank, which says whose he was.)
      `(?:(?<nation>${RANKED_NATION})\\s+(?=${RANK}))?(?:(?:\\p{Lu}\\p{Ll}+\\s+)?(?:army|military|police)\\s+(?=${RANK}))?(?:(?<role>${RANK}|${TRADE})\\s+)?(?:\\d{1,3}-year-old\\s+)?` +
      `(?<name>${PERSON_NAME})\\b${OBJECT_ASIDE}(?:\\s+and\\s+(?:(?<secondRole>${RANK}|${TRADE})\\s+)?(?<second>${PERSON_NAME})\\b)?` +
      // ("killing A, born in 1967, and her granddaughter B": the aside after the first name leaves the list one.)
      "(?<kin>\\s+and\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+)?(?:(?:grand|great-grand)?(?:mother|father|son|daughter|child)|wife|husband|brother|sister)(?:\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?)?)?",
    "gu",
  );
  return harmedNamePattern;
}

/** Words that end an apposition: a verb or a clause of its own ("were killed, and Private X was wounded"). */
const APPOSITION_BREAK = /[;:.()]|\b(?:were|was|is|are|had|has|have|been|said|says|while|but|who|which|whom)\b/i;

/** The text between a counted group and a name, when it only opens an apposition: ", Major A and ", ", contract soldier ". */
function inApposition(between: string): boolean {
  return /^\s*,/.test(between) && !APPOSITION_BREAK.test(between);
}

/** What follows an apposition that closes before its verb: ", died", ", was killed", ", who …". */
const APPOSITION_CLOSED = /^\s*,\s+(?:(?:later|also|then|had|has|was|were)\s+)*(?:died|killed|wounded|injured|succumbed|who|was|were)\b/i;
/** "a woman and a child", "a soldier, a policeman and a driver": one person each, listed together. */
const SINGLE = /^an?\s/i;
/** One person, by an article or the number: "a civilian", "one civilian". */
const ONE_PERSON = /^(?:an?|one)\s/i;
// ("two journalists, Siraj Abishov and Maharram Ibrahimov, and a local official": names in apposition between.)
const LIST_GLUE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,\s*\p{Lu}[\p{L}'’ -]{2,60},\s*and\s+)$/u;

/**
 * "a woman and a child had been killed": single persons listed together are one group of them
 * all, so that the outcome after the list counts each ("2 killed"), not the last one alone.
 */
function joinSingles(sentence: string, groups: VictimGroup[]): void {
  for (let k = groups.length - 1; k > 0; k--) {
    const [a, b] = [groups[k - 1], groups[k]];
    // (b may already hold the singles listed after it: "a policeman and a driver".)
    if (!a || !b || a.qualifier || b.qualifier || !a.noun || !b.noun) continue;
    // "killed four Azerbaijani servicemen and one civilian": one more person after a count, the two the object of one
    // verb of harm, is one more of the same dead. (A clause of their own, "… and a civilian were killed", lists them apart.)
    const oneMoreObject =
      b.count === 1 &&
      ONE_PERSON.test(sentence.slice(b.start)) &&
      /^\s+and\s+$/.test(sentence.slice(a.end, b.start)) &&
      HARM_VERB_BEFORE.test(sentence.slice(0, a.start)) &&
      !/^\s+(?:was|were|had|has|have)\b/i.test(sentence.slice(b.end)) &&
      b.kind !== "nationality" &&
      !namesOtherNation(`${a.modifiers} ${a.noun}`, `${b.modifiers} ${b.noun}`);
    if (oneMoreObject) {
      groups.splice(k - 1, 2, { ...b, start: a.start, count: a.count + 1, modifiers: a.modifiers || b.modifiers, kind: a.kind ?? b.kind });
      continue;
    }
    if (!SINGLE.test(sentence.slice(b.start)) || !LIST_GLUE.test(sentence.slice(a.end, b.start))) continue;
    // "a volunteer, a father of two, was killed": the parent in apposition is the same person, no one more.
    if (
      /^\s*,\s*$/.test(sentence.slice(a.end, b.start)) &&
      PARENT_OF_BEFORE.test(`${sentence.slice(b.start, b.end)} of `) &&
      /^\s+of\s/i.test(sentence.slice(b.end))
    ) {
      groups.splice(k, 1);
      continue;
    }
    const single = a.count === 1 && SINGLE.test(sentence.slice(a.start));
    // "a ninth victim, a 40-year-old man, died": one person and a single one set off by commas before the verb is the
    // same person described, not a list (a list goes on with "and" or another item).
    if (single && b.count === 1 && /^\s*,\s*$/.test(sentence.slice(a.end, b.start)) && APPOSITION_CLOSED.test(sentence.slice(b.end))) {
      // (The person is counted once, by the description, with the nation the first words gave.)
      groups.splice(k - 1, 2, { ...b, modifiers: /\p{Lu}/u.test(a.modifiers) ? a.modifiers : b.modifiers, kind: b.kind ?? a.kind });
      continue;
    }
    // "two civilians, a woman and a child, were killed": as many single persons set off by a comma are the two again.
    if (!single && a.count === b.count && /^\s*,\s*$/.test(sentence.slice(a.end, b.start))) {
      groups.splice(k, 1);
      continue;
    }
    // "two Azerbaijani journalists and a local official": a civilian named after civilians joins their count.
    if (!single && !(a.kind === b.kind && (a.kind === "civilian" || a.kind === "military") && !a.inherits)) continue;
    // ("three Azerbaijani soldiers and an Armenian conscript": persons of two nations are two sides' dead, never one count.)
    if (namesOtherNation(a.modifiers, b.modifiers)) continue;
    const modifiers = /\p{Lu}/u.test(b.modifiers) ? b.modifiers : a.modifiers || b.modifiers;
    groups.splice(k - 1, 2, { ...b, start: a.start, count: a.count + b.count, modifiers, kind: a.kind === b.kind ? a.kind : (a.kind ?? b.kind) });
  }
}

/**
 * One relative named before "N other" victims: "(killed) his sister and at least two other Armenians", "(stabbed) his
 * sister to death and killed two other Armenians". "Other" counts the relative among them: one group of N + 1.
 */
const KIN_AND_BEFORE =
  /\b(?:his|her|their|my|our)\s+(?:[\p{Ll}\d-]+\s+)?(?:sister|brother|son|daughter|mother|father|wife|husband|cousin|uncle|aunt|nephew|niece)(?<death>\s+to\s+death\s+and\s+(?:then\s+)?(?:killed|murdered|stabbed)\s+|\s+and\s+)$/u;

function joinKinBeforeOthers(sentence: string, groups: VictimGroup[]): void {
  groups.forEach((group, k) => {
    if (!/^other\b/i.test(group.modifiers)) return;
    const kin = KIN_AND_BEFORE.exec(sentence.slice(0, group.start));
    if (!kin) return;
    // (After "to death and killed", the verb before the others gives their outcome: the group keeps its start.)
    const verbBetween = /\bto\s+death\b/i.test(kin.groups?.death ?? "");
    groups[k] = { ...group, start: verbBetween ? group.start : (kin.index ?? group.start), count: group.count + 1 };
  });
}

/**
 * "a colonel and four other officers", "a woman and two more civilians": "other" or "more" after one person
 * counts that person among the victims: one group of N + 1, which heads its own list (it goes back to no
 * victims counted earlier in the sentence).
 */
function joinOneBeforeOthers(sentence: string, groups: VictimGroup[]): void {
  for (let k = groups.length - 1; k > 0; k--) {
    const [a, b] = [groups[k - 1], groups[k]];
    if (!a || !b || a.count !== 1 || a.qualifier || !a.noun || !SINGLE.test(sentence.slice(a.start)) || !b.noun) continue;
    if (!/^(?:other|more)\b/i.test(b.modifiers) || !/^\s+and\s+$/i.test(sentence.slice(a.end, b.start))) continue;
    if (namesOtherNation(a.modifiers, b.modifiers)) continue;
    const modifiers = /\p{Lu}/u.test(a.modifiers) ? a.modifiers : b.modifiers;
    groups.splice(k - 1, 2, { ...b, start: a.start, count: b.count + 1, modifiers, inherits: a.inherits });
  }
}

/** Two groups' capitalised modifiers that differ ("Azerbaijani", "Armenian"): each names a nation of its own. */
function namesOtherNation(a: string, b: string): boolean {
  const capitals = (modifiers: string) => (modifiers.match(/\p{Lu}[\p{L}-]*/gu) ?? []).join(" ");
  return capitals(a) !== "" && capitals(b) !== "" && capitals(a) !== capitals(b);
}

/** Words between a count and a list of single persons that describe the counted, with no clause of their own: " wrapped in blankets, ". */
const DESCRIBED_THEN_COMMA = /^\s+(?:[\p{Ll}-]+\s+){0,5}?[\p{Ll}-]+\s*,\s*$/u;
const CLAUSE_WORD = /\b(?:and|or|but|while|were|was|are|is|had|has|have|said|says|then|later|also|when|after)\b/i;

/**
 * "brought two bodies wrapped in blankets, a man and a woman who had died on the pass": as many single persons
 * listed after a count and what describes it are the same people again, not more of them.
 */
function dropSinglesRestated(sentence: string, groups: VictimGroup[]): void {
  for (let k = groups.length - 1; k > 0; k--) {
    const [a, b] = [groups[k - 1], groups[k]];
    if (!a || !b || b.count < 2 || a.count !== b.count || !SINGLE.test(sentence.slice(b.start)) || !/\sand\s/i.test(sentence.slice(b.start, b.end))) continue;
    const between = sentence.slice(a.end, b.start);
    if (DESCRIBED_THEN_COMMA.test(between) && !CLAUSE_WORD.test(between)) groups.splice(k, 1);
  }
}

/**
 * "two majors, two warrant officers and a soldier were killed": ranks listed together are one
 * group of the forces, counted together, unless they name different sides ("two Armenian and
 * three Azerbaijani soldiers").
 */
function joinRanks(sentence: string, groups: VictimGroup[]): void {
  for (let k = groups.length - 1; k > 0; k--) {
    const [a, b] = [groups[k - 1], groups[k]];
    if (!a || !b || a.qualifier || b.qualifier || !a.noun || !b.noun || a.inherits || b.inherits) continue;
    if (a.kind !== "military" || b.kind !== "military" || !LIST_GLUE.test(sentence.slice(a.end, b.start))) continue;
    if (/\p{Lu}/u.test(a.modifiers + b.modifiers) && a.modifiers !== b.modifiers) continue;
    groups.splice(k - 1, 2, { ...b, start: a.start, count: a.count + b.count, modifiers: a.modifiers || b.modifiers });
  }
}

/** "named the dead as A, B, C and D": the list after it, up to the clause that follows. */
const NAMED_THE_DEAD = /\bnamed\s+(?:the\s+)?(?:dead|killed|victims|fallen|slain|soldiers\s+killed|servicemen\s+killed)\s+as\s+/giu;
const LISTED_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;

/**
 * "The ministry later named the dead as Eduard Harutyunyan, Gagik Manukyan and Arsen Hambardzumyan":
 * the dead, counted by their names. The list ends at the first item that is no full name (", and
 * said one more soldier was wounded").
 */
function namedList(sentence: string): VictimGroup[] {
  const out: VictimGroup[] = [];
  for (const m of sentence.matchAll(NAMED_THE_DEAD)) {
    const from = (m.index ?? 0) + m[0].length;
    const items = sentence.slice(from).split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
    let count = 0;
    let end = from;
    for (const item of items) {
      const name = item.replace(/[.;:]+$/, "");
      if (!LISTED_NAME.test(name) || NOT_A_PERSON.test(name)) break;
      count++;
      end = sentence.indexOf(name, end) + name.length;
    }
    if (count < 2) continue;
    out.push(namedPeople(m.index ?? 0, end, count, null, "killed"));
  }
  // "It named Sergeant A and Corporal B as killed": the people a body names as dead, by their names.
  for (const m of sentence.matchAll(NAMED_AS_DEAD)) {
    const list = m.groups?.list ?? "";
    const names = list.split(/,\s+(?:and\s+)?|,?\s+and\s+/).map((n) => n.replace(RANK_FIRST, ""));
    if (names.some((n) => NOT_A_PERSON.test(n))) continue;
    const start = (m.index ?? 0) + m[0].indexOf(list);
    out.push(namedPeople(start, start + list.length, names.length, "military", "killed"));
  }
  return out;
}

/** A military rank before a name ("Private Ilgar Aliyev", "Major General Polad Hashimov"), which is no part of it. */
// The rank may be written in lower case after the first name's: "Sergeant A and corporal B".
export const RANK =
  "(?:(?:[Mm]ajor|[Ll]ieutenant|[Bb]rigadier)\\s+[Gg]eneral|[Ll]ieutenant\\s+[Cc]olonel|(?:(?:[Jj]unior|[Ss]enior|[Ll]ance|[Ss]taff|[Ff]irst|[Ss]econd)\\s+)?(?:[Pp]rivate|[Cc]orporal|[Ss]ergeant|[Ll]ieutenant)" +
  "|[Cc]aptain|[Mm]ajor|[Cc]olonel|[Ee]nsign|[Ww]arrant\\s+[Oo]fficer|[Cc]onscript|[Ss]oldier|[Ss]erviceman)";

/** A person's age after the name: "34", "61 years old", "thirteen", "seventy-two". */
const AGE =
  "(?:\\d{1,3}(?:\\s+years?\\s+old|-years?-old)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))";

/** A name in apposition: after a comma, with or without its rank (", Major General Oleg Petrov,"). */
const AFTER_COMMA = new RegExp(`,\\s*(?:\\d{1,3}-year-old\\s+)?(?:${RANK}\\s+)?$`);

/**
 * "Vitaly Igitian was shot dead", "Gunay Aliyeva, 28, died in hospital": one person named in
 * full and what happened to him is a figure of one. A full name is two or three capitalised words
 * that are not a title or a place ("Defence Minister", "Stepanakert"), not after "the", "of", "in",
 * "at", "by" or another capitalised word, and may be followed by an age (", 34,", ", 61 years old,") or a comma.
 */
const NAME =
  `(?:(?:\\b${RANK}\\s+)+|(?<!\\band\\s|[Tt]he\\s|[Oo]f\\s|[Ii]n\\s|[Aa]t\\s|[Bb]y\\s)(?<![\\p{Lu}][\\p{Ll}]+\\s))` +
  // ("Artur, thirteen, died today": a first name alone is a person's when an age follows it, as diaries name the dead.)
  `\\b(?<name>\\p{Lu}\\p{Ll}+(?:(?:[- ]\\p{Lu}\\p{Ll}+){1,2}|(?=,\\s*${AGE},)))(?:,\\s*(?:${AGE}|born\\s+in\\s+\\d{4}),|,)?` +
  // ", chief of staff of the corps, was killed": what the person was, set off by commas, before the predicate.
  // ("Monte Melkonian, the Visalia-born graduate who became the best-known commander of the war, was killed": after an
  // article, a longer description, which may open on a capital, before a harm done to him; not before "died", which
  // after a life told at length is an obituary's. A dot inside a word, "writes for the Segodnia.ru news service", ends nothing.)
  '(?:\\s+(?:(?:the\\s+|an?\\s+)?\\p{Ll}[^,;.()"]{2,100}?,|(?:the|an?)\\s+(?:[^,;.()"]|\\.(?=\\w)){2,160}?,(?=\\s+(?:was|has\\s+been|had\\s+been)\\s)))?' +
  // " of the Armenian army (was killed)": the force the person served in.
  "(?:\\s+of\\s+the\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}(?:army|armed\\s+forces|forces|police|border\\s+guards?|border\\s+service|troops))?" +
  "\\s+(?:(?:also|later|then)\\s+)?";
const named = (predicate: string): RegExp => new RegExp(NAME + predicate, "gu");
/** What harm befell one person: "was shot dead", "had been badly injured". */
// ("Hasanov was himself shot dead": a reflexive stands where an adverb may; "was taken hostage and then killed",
// "was abducted and later shot dead": what was done to the person first, before the harm.)
const PERSON_HARMED =
  "(?:was|has\\s+been|had\\s+been)\\s+(?:(?:\\w+ly|also|later|then|himself|herself)\\s+)?" +
  "(?:(?:taken\\s+(?:hostage|prisoner|captive)|captured|abducted|kidnapped|seized|tortured|beaten)\\s+and\\s+(?:(?:then|later|subsequently|eventually)\\s+)?)?" +
  "(?:killed|shot\\s+dead|shot\\s+and\\s+killed|fatally\\s+wounded|wounded|injured)\\b";
/** What befell one person, or that he died: "had died", "died". */
const PERSON_PREDICATE = `(?:${PERSON_HARMED}|(?:had\\s+|has\\s+)?died\\b)`;

/** A full name, with its rank, as one item of a list. */
const LIST_ITEM = `(?:${RANK}\\s+)?\\p{Lu}\\p{Ll}+(?:[- ]\\p{Lu}\\p{Ll}+){1,2}`;
/** "named Sergeant A and Corporal B as killed", "listed Private A as dead": a body's own list of its dead, rank by rank. */
const NAMED_AS_DEAD = new RegExp(
  `\\b(?:named|listed|identified)\\s+(?<list>${LIST_ITEM}(?:,\\s+${LIST_ITEM})*(?:,?\\s+and\\s+${LIST_ITEM})?)\\s+as\\s+(?:killed|dead|having\\s+been\\s+killed|among\\s+the\\s+dead)\\b`,
  "gu",
);
/**
 * What a named person does, written before the name in a list: "AZERTAC correspondent", "local official",
 * "cameraman". (A job named by its employer or a lower-case word before it; the job itself from a closed list.)
 */
const JOB_BEFORE_NAME =
  "(?:(?:\\p{Lu}[\\p{L}]+|\\p{Ll}{3,})\\s+)?(?:cameraman|camera\\s+operator|correspondent|reporter|journalist|photographer|official|driver|doctor|nurse|engineer|deminer|shepherd|farmer|resident)";
/** An item after a list's first: a full name, with its rank or its job before it. */
const NEXT_LIST_ITEM = `(?:${JOB_BEFORE_NAME}\\s+)?${LIST_ITEM}`;
/** What happened to a listed group: a plural predicate, or "died". */
const LIST_OUTCOME = "(?:(?:were|have\\s+been|had\\s+been)\\s+(?:\\w+ly\\s+)?(?:killed|shot\\s+dead|fatally\\s+wounded|wounded|injured)|died)\\b";

/**
 * What a named person suffered. `predicate` rules leave the outcome to the predicate after the
 * name, read as for any group; the others carry it in their own words (a lost leg is a wound).
 */
export const NAMED_VICTIM_RULES = {
  predicate: {
    // ("Elvin Aliyev, who he said was shot dead by a sniper": a relative clause with its speaker tells the harm as his
    // claim. A bare "Vazgen Sargsyan, who was killed in 1999," recalls someone whose death the story does not count.)
    pattern: named(`(?:who\\s+(?:he|she|they)\\s+(?:said|says|added)\\s+(?=${PERSON_HARMED}))?${PERSON_PREDICATE}`),
    examples: [
      "Vitaly Igitian was shot dead",
      "Rauf Karimov had died of his wounds",
      "Gunay Aliyeva, 28, died in hospital",
      "an engineer, Rauf Karimov, was badly injured",
      "Polad Hashimov, chief of staff of the corps, was killed",
      "Rauf Karimov, head of the village council, was also killed",
      "Lieutenant Gurgen Margaryan of the Armenian army was killed",
      "Levon Hakobyan was taken hostage and then killed",
      "nine-year-old Elvin Aliyev, who he said was shot dead by a sniper",
      "Arsen Mkrtchyan, the Gyumri-born engineer who led the best-known battalion of the war, was killed",
      "Leyla, nine, died in the night",
      "Samir, 19, was wounded at the checkpoint",
    ],
    counterExamples: [
      "the Defence Minister was injured",
      "the border guard Rauf was injured",
      "Levon Hakobyan, who said he was wounded",
      "Vazgen Sargsyan, who was killed in 1999",
      "Leyla died in the night",
    ],
  },
  // "Rauf Aliyev said he was wounded", "a soldier told the court he was injured": a "he" or "she" whom a reporting verb
  // right before tells the harm of is one person, as a name is. (Not "who said he was wounded", the speaker described
  // in passing, nor "and he was wounded there", a life told with no one saying so.)
  reportedPronoun: {
    pattern:
      /(?<!\bwho\s+)\b(?:said|says|told(?:\s+\w+){0,2}?|claimed|testified|showed\s+only)\s+(?:(?:at\s+the\s+time|later)\s+)?(?:that\s+)?(?<name>[Hh]e|[Ss]he)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:\w+ly|himself|herself)\s+)?(?:killed|shot\s+dead|wounded|injured)\b/gu,
    examples: [
      "Rauf Aliyev said he was wounded while carrying a friend",
      "He said he was himself injured by shrapnel",
      "a conscript had told the court he was wounded by shellfire",
      "They told us she was badly injured",
    ],
    counterExamples: ["Levon Hakobyan, who said he was wounded", "and he was wounded there", "he said he was tired"],
  },
  // "Poghosyan was fatally wounded", "Hasanov was killed": a surname alone, when it is one of the region's (see
  // surnames.ts), names a person harmed as well as a full name does. (Not one who "died": "Sargsyan died in
  // 2009" is as often a death of old age, told of someone named before.)
  surname: {
    pattern: new RegExp(
      `(?<![\\p{Lu}][\\p{Ll}]+\\s|[\\p{Lu}][\\p{Ll}]+\\s+and\\s|\\b(?:[Tt]he|[Oo]f|[Ii]n|[Aa]t|[Bb]y|[Aa]n?)\\s)\\b(?<name>${REGIONAL_SURNAME})\\s+(?:(?:also|later|then)\\s+)?${PERSON_HARMED}`,
      "gu",
    ),
    examples: [
      "Azerbaijan said Ibrahimov was killed in a clash",
      "fire was opened, and Poghosyan was fatally wounded",
      "Harutyunyan had been seriously wounded",
      "Mammadov was himself shot dead",
    ],
    counterExamples: [
      "Sargsyan died in 2009",
      "Hakobyan and Sargsyan had been wounded",
      "Armenian Ibrahimov was killed",
      "the Ibrahimov was killed",
      "Baku was shelled",
      "Smith was killed",
    ],
  },
  listed: {
    // "Major Aram Hakobyan and Captain Levon Sargsyan had been fatally wounded": every name counts.
    // ("cameraman Aram Hakobyan, TV correspondent Levon Sargsyan and local official Karen Sahakyan were killed": a job before a name.)
    pattern: new RegExp(
      `(?<![\\p{Lu}][\\p{Ll}]+\\s)\\b(?<name>${LIST_ITEM}(?:,\\s+${NEXT_LIST_ITEM})*,?\\s+and\\s+${NEXT_LIST_ITEM})\\s+${LIST_OUTCOME}`,
      "gu",
    ),
    examples: [
      "Major Aram Hakobyan and Captain Levon Sargsyan had been fatally wounded",
      "Anna Petrosyan, Levon Avetisyan and Karen Sahakyan were killed",
      "cameraman Aram Hakobyan, TV correspondent Levon Sargsyan and local official Karen Sahakyan were killed",
    ],
    counterExamples: ["Aram Hakobyan and Levon Sargsyan were elected", "Armenia and Azerbaijan were blamed", "Aram Hakobyan and local official were killed"],
  },
  injuries: {
    pattern: named("(?:suffered|sustained|received)\\s+(?:\\w+\\s+){0,2}?(?:injuries|injury|wounds?)\\b"),
    examples: ["deminer Vasif Chobanov suffered injuries to his left hand", "Rauf Karimov, 41, sustained shrapnel wounds"],
    counterExamples: ["Rauf Karimov suffered losses in business", "the village suffered heavy damage"],
  },
  limbLost: {
    pattern: named(
      "(?:(?:stepped\\s+on|drove\\s+over|triggered|struck)\\s+(?:an?\\s+)?[^.;]{0,40}?\\bmine\\b[^.;]{0,100}?)?(?:\\blost\\s+(?:a|an|his|her|one|both)\\s+(?:\\w+\\s+)?(?:legs?|arms?|foot|feet|hands?|eyes?|limbs?)|\\bamputated|\\b(?:suffered|sustained|underwent)\\s+(?:an?\\s+)?(?:traumatic\\s+|partial\\s+)?amputation)\\b",
    ),
    examples: [
      "Orkhan Aliyev stepped on an anti-personnel mine and lost a leg",
      "Farid Quliyev stepped on a mine while herding sheep and his right foot had to be amputated",
      "Sabir Huseynov lost his left arm",
      "Tural Hasanov, born in 1990, suffered a traumatic amputation of his left foot",
    ],
    counterExamples: ["Sabir Huseynov lost his seat in parliament", "Sabir Huseynov stepped on a mine but was unhurt"],
  },
} satisfies RuleTable<string>;

const NOT_A_PERSON =
  /\b(?:Minister|President|Ministry|Army|Forces|Council|Office|Service|Committee|Republic|Agency|Company|Group|Institute|Center|Centre|Department|Bureau|Guard|Police|Court|Union|Party|Front|Brigade|Regiment|Battalion|State|National|Defence|Defense|General|Colonel|Major|Captain|Sergeant|Private|Karabakh|Azerbaijan|Armenia|Russia|Turkey|Iran|Stepanakert|Baku|Yerevan|Ganja|Shusha|Lachin|The|A|An)\b/;

// Each with its required texts (the predicate's "killed", "died", …; a list's "were", "been", …): a casualty
// sentence without them is not searched for names at every position.
const NAMED_VICTIM_PATTERNS = keyedPatterns(patternsOf(NAMED_VICTIM_RULES));
const RANK_FIRST = new RegExp(`^${RANK}\\s+`, "u");
const JOB_FIRST = new RegExp(`^${JOB_BEFORE_NAME}\\s+`, "u");

function namedVictims(sentence: string): VictimGroup[] {
  const out: VictimGroup[] = [];
  const lower = searchable(sentence);
  for (const keyed of NAMED_VICTIM_PATTERNS) {
    if (!mayMatch(keyed, lower)) continue;
    const { name: rule, pattern } = keyed;
    for (const m of sentence.matchAll(pattern)) {
      const name = m.groups?.name ?? "";
      // A list names several: each of its names, less its rank, must be a person's.
      const names = rule === "listed" ? name.split(/,\s+(?:and\s+)?|,?\s+and\s+/).map((n) => n.replace(JOB_FIRST, "").replace(RANK_FIRST, "")) : [name];
      if (names.some((n) => NOT_A_PERSON.test(n)) || name.split(/[ -]/).some((w) => CALENDAR_WORDS.has(w.toLowerCase()))) continue;
      // ("Armenian was killed" in a headline is a nationality, no surname.)
      if (rule === "surname" && surnameNation(name) === null) continue;
      const start = (m.index ?? 0) + m[0].indexOf(name);
      // A listed group holds the single name its last item also matches.
      const end = start + name.length;
      if (out.some((g) => g.start === start || (g.end === end && g.count >= names.length))) continue;
      for (let k = out.length - 1; k >= 0; k--) if ((out[k]?.end ?? -1) === end) out.splice(k, 1);
      const ownOutcome =
        rule === "predicate" || rule === "surname" || rule === "listed" || rule === "reportedPronoun"
          ? null
          : outcomeOf(m[0].slice(m[0].indexOf(name) + name.length));
      out.push(namedPeople(start, end, names.length, "civilian", ownOutcome));
    }
  }
  return out;
}

/** The rest of a share after its first number, and its first number before the second: "(four) in five", "(one) out of three". */
/** What ends a share: "of (those killed)", a verb, a break; not a noun that counts days or places ("in two days"). */
const SHARE_END = /^(?:\s*(?:[,.;:)]|$)|\s+(?:of|were|was|are|is|had|have|died|killed|wounded)\b)/i;
const SHARE_AFTER = new RegExp(`^\\s+(?:in|out\\s+of)\\s+(?:${NUMBER_PATTERN})(?![\\w-])(?=${SHARE_END.source.slice(1)})`, "i");
const SHARE_BEFORE = new RegExp(`(?:^|\\s)(?:${NUMBER_PATTERN})\\s+(?:in|out\\s+of)\\s+$`, "i");

/** "another 70", "another two": a count right after "another". */
const ANOTHER_NUMBER = new RegExp(`^\\s+(?:${NUMBER_PATTERN})(?![\\w-])`, "i");

/** Whether the text ends with a month, or a month and its day: "13 Feb ", "February 13, ". */
function afterAMonth(before: string): boolean {
  const month = /([A-Za-z]+)\.?,?\s+$/.exec(before)?.[1] ?? /([A-Za-z]+)\.?\s+\d{1,2},?\s+$/.exec(before)?.[1] ?? "";
  return monthNumber(month) !== null;
}

/** Whether the text right after a number opens with a month's name: "13 October", "28 MAY", "5 Feb.". */
// ("the offensive of 19–20 September": the first day of a span of days, the month after the last.)
function dayOfMonth(after: string): boolean {
  const next = /^(?:\s*(?:-|to|and)\s*\d{1,2})?\s+(\p{Lu}\p{L}+)\b/u.exec(after)?.[1];
  return next !== undefined && monthNumber(next) !== null;
}

/** A time or a day and month written with digits: "16:40", "19.09" (and never "1.5 million"). */
const CLOCK_OR_DAY = /^\d{1,2}[:.]\d{2}$/;

/** Whether the number at `start` is written as part of a time or a numeric date ("15:10", "19.09.2022"). */
function inClockTime(sentence: string, start: number, number: string): boolean {
  const at = number ? sentence.indexOf(number, start) : -1;
  if (at < 0 || !/^\d/.test(number)) return false;
  const after = sentence.slice(at + number.length);
  if (CLOCK_OR_DAY.test(number) && !/^\s+(?:hundred|thousand|million)\b/i.test(after)) return true;
  return /\d[:.]$/.test(sentence.slice(0, at)) || /^[:.]\d/.test(after);
}

function readGroup(sentence: string, m: RegExpMatchArray): VictimGroup | null {
  const start = m.index ?? 0;
  const word = (m[3] ?? "").toLowerCase().replace(/\s+/g, " ");
  let end = start + m[0].length;
  let possessive = m[1] !== undefined;
  // "15:10 Woman injured …", "EDIT 19.09, 16:40 –": the hours and minutes of a time, or a day and month, are no count.
  if (inClockTime(sentence, start, m[3] ?? "")) return null;
  const ordinal = ORDINAL_WORD.test(word);
  let inherits = word === "another" || ordinal;
  if (ordinal && /^\s+of\b/i.test(sentence.slice(end))) return null; // "a third of the population"
  // "four in five of those killed were civilians", "one out of three": a share, never a count.
  // ("12 in two days", "50 in five villages" go on counting.)
  if (SHARE_AFTER.test(sentence.slice(end)) || (SHARE_BEFORE.test(sentence.slice(0, start)) && SHARE_END.test(sentence.slice(end)))) return null;
  // "13 Feb 2024 — Four soldiers killed", "In 2024 soldiers were killed": a year, never a count.
  if (
    /^(?:19|20)\d{2}$/.test(word) &&
    (afterAMonth(sentence.slice(0, start)) ||
      /\b(?:in|since|by|until|during|throughout|early|late|mid)\s+$/i.test(sentence.slice(0, start)) ||
      // ("the 2020 executions in Hadrut": the year of the events a noun after it names.)
      (/\bthe\s+$/i.test(sentence.slice(0, start)) &&
        /^\s+(?:deaths|killings|executions|beheadings|massacres?|events|war|fighting)\b/i.test(sentence.slice(end))))
  )
    return null;
  // "Every one of these deaths is a tragedy", "each one of them": all of them, never a count of one.
  // "two conscripts, both nineteen, who died": an age in apposition, never a count.
  if (/\b(?:every|each)\s+$/i.test(sentence.slice(0, start)) || /,\s*(?:both|all|each)\s+(?:aged\s+)?$/i.test(sentence.slice(0, start))) return null;
  // "a volunteer, a father of two, was killed": the victim's children, never a count of victims.
  if (PARENT_OF_BEFORE.test(sentence.slice(0, start))) return null;
  // "a group of 15 to 20 infiltrators had been neutralised, with five of them killed": the size of a unit, not its losses.
  if (UNIT_OF_BEFORE.test(sentence.slice(0, start))) return null;
  // "several thousand more have been wounded", "many hundreds": a scale word with no number counts no one.
  if (/^(?:hundred|thousand|million|dozen)s?$/.test(word) && /\b(?:several|many|a\s+few)\s+$/i.test(sentence.slice(0, start))) return null;
  // "the mission did not pass without losses": a denied "without" says there were some.
  if (word.startsWith("without") && /(?:\b(?:not|never)|n't)\b[^,;.]{0,40}$/i.test(sentence.slice(0, start))) return null;
  // "as of 13 October", "28 MAY -- a soldier wounded": a day of the month, never a count.
  if (/^\d{1,2}$/.test(word) && dayOfMonth(sentence.slice(end))) return null;
  // "wounded at least another 70": the number after "another" counts them, not "another" itself.
  if (word === "another" && ANOTHER_NUMBER.test(sentence.slice(end))) return null;
  // "an estimated 25,000 to 35,000 people", "two or three soldiers": a range counts at least its lower bound.
  // ("between 12 and 13 people were killed": the lower bound, as "12 to 13" would be.)
  const rangeOpen = /^[\d\p{L}]/u.test(word) && !/\bfrom\s+$/i.test(sentence.slice(0, start));
  const range = rangeOpen
    ? (RANGE_REST.exec(sentence.slice(end)) ?? (BETWEEN_BEFORE.test(sentence.slice(0, start)) ? BETWEEN_REST.exec(sentence.slice(end)) : null))
    : null;
  if (range) end += range[0].length;
  // "died in the fighting of 1992 to 1994", "the war of 1988-94": a span of years, never a range of victims.
  if (range && yearSpan(word, range[0]) && !readNoun(sentence.slice(end))) return null;
  const yearBefore = /\b((?:19|20)\d{2})\s*(?:to|-|–)\s*$/.exec(sentence.slice(0, start))?.[1];
  if (yearBefore && yearSpan(yearBefore, word) && !readNoun(sentence.slice(end))) return null;

  const of = OF_DETERMINER.exec(sentence.slice(end));
  if (of) {
    const det = (of[1] ?? "").toLowerCase();
    end += of[0].length;
    if (["its", "their", "our"].includes(det)) possessive = true;
    // "two of them", "two of whom": the victims were named before.
    if (det === "them" || det === "whom") inherits = true;
  }
  // "38 of the 67 people on board": the first number counts the victims, the second the whole.
  // ("two of its three crew members": the whole after a possessive too.)
  const whole = of && /^(?:the|these|those|its|their|our)$/i.test(of[1] ?? "") ? OF_WHOLE.exec(sentence.slice(end)) : null;
  if (whole) end += whole[0].length;
  // "One of the wounded, Anna Petrosyan, died in hospital": the wounded were counted before; what befell
  // them now is the predicate after ("168 of the wounded were taken to hospitals" counts no new victims).
  const ofWounded = of && /^the$/i.test(of[1] ?? "") ? OF_THE_WOUNDED.exec(sentence.slice(end)) : null;
  if (ofWounded) end += ofWounded[0].length;
  const more = !of && !ordinal ? MORE_BARE.exec(sentence.slice(end)) : null;
  if (more) {
    end += more[0].length;
    inherits = true;
  }
  // "another of its soldiers" names its noun; after "of them" only the civilians' share does ("seven of them
  // civilians"): "five of them children" stays a bare part, as before.
  const ofThem = inherits && of && /^(?:them|whom)$/i.test(of[1] ?? "");
  const noun = more || (ofThem && !CIVILIANS_NEXT.test(sentence.slice(end))) ? null : readNoun(sentence.slice(end));
  if (noun) end += noun.length;
  if (ordinal && !noun && !ORDINAL_NEXT.test(sentence.slice(end))) return null;
  // "saved 300 lives" is no toll; "claimed 300 lives" is.
  if (noun && /^lives$/i.test(noun.noun) && !LIVES_TAKEN_BEFORE.test(sentence.slice(0, start))) return null;
  // "two names were missing from the document" is no count of people; "its list ran to 834 names" is.
  if (noun && /^names$/i.test(noun.noun) && !LIST_NAMES_BEFORE.test(sentence.slice(0, start)) && !NAMES_ADDED_AFTER.test(sentence.slice(end))) return null;
  // "the pilot was killed", "that the Armenian pilot has heroically died": one victim named by its role, its fate right after it.
  if (
    word === "the" &&
    !identifiedOne(sentence, start, end, noun) &&
    (!noun ||
      !(THE_ONE_HARMED.test(sentence.slice(end)) || THE_ONE_AND_ANOTHER_HARMED.test(sentence.slice(end))) ||
      /\b(?:dead|killed|wounded|injured|fallen|other|same)\b/i.test(noun.modifiers))
  )
    return null;
  const kind = noun ? victimKind(noun.noun) : null;
  if (kind && noun && /^(?:others?|survivors?)$/i.test(noun.noun)) inherits = true;
  if (noun && SAME_KIND.test(noun.modifiers)) inherits = true;

  // "denied that its side had suffered any casualties": "any" after a denial counts no one.
  // ("denied that any of their officers had died": a denial of the victims' fate right after them counts none too.)
  if (
    word === "any" &&
    !(noun && (NEGATED_BEFORE.test(sentence.slice(0, start)) || (DENIAL_BEFORE.test(sentence.slice(0, start)) && FATE_AFTER.test(sentence.slice(end)))))
  )
    return null;
  // "has not lost a single soldier": a single one denied is none.
  const noneLost = /^an?$/.test(word) && noun !== null && /^single\b/i.test(noun.modifiers.trim()) && NOT_LOST_BEFORE.test(sentence.slice(0, start));
  let count = word === "any" || noneLost ? 0 : countOf(word, noun?.noun ?? null, Boolean(of));
  if (count === null) return null;
  // "both soldiers and civilians were killed": "both … and" joins two kinds, and counts neither.
  if (word === "both" && /^\s+(?:and|or)\b/i.test(sentence.slice(end))) return null;
  // "a two-year-old girl and her grandmother were killed": the relative named after the victim is one more.
  const kin = noun ? KIN_AFTER.exec(sentence.slice(end)) : null;
  if (kin) {
    end += kin[0].length;
    count += 1;
  }
  if (!noun && (!inherits || more) && !bareNumberCountsPeople(sentence, start, end, word)) return null;
  // "a volunteer of the Azerbaijan Red Crescent": a nation's Red Cross or Red Crescent society names whose civilians its people are.
  const society = noun ? NATIONAL_SOCIETY_AFTER.exec(sentence.slice(end)) : null;
  if (society) end += society[0].length;
  const modifiers = society ? `${noun?.modifiers ?? ""} ${society.groups?.nation ?? ""}`.trim() : (noun?.modifiers ?? "");

  return {
    start,
    end,
    count,
    inherits,
    possessive,
    kind: society ? "civilian" : kind,
    qualifier: normalizeQualifier(m[2]) ?? (m[4] ? "more than" : null),
    modifiers,
    noun: noun?.noun ?? null,
    ownOutcome: (noun && tollOutcome(noun.noun)) ?? innerOutcome(noun?.modifiers ?? ""),
    ...(word === "the" ? { definite: true } : {}),
  };
}

/** "(a volunteer) of the Azerbaijan Red Crescent (Society)", "(two staff) of the Armenian Red Cross": a nation's own society. */
const NATIONAL_SOCIETY_AFTER = /^\s+of\s+the\s+(?<nation>Azerbaijan|Azerbaijani|Armenian|Armenia|Karabakh)\s+Red\s+(?:Crescent|Cross)(?:\s+Society)?\b/;

/** Whether a range's bounds are two years a few apart: "1992 (to 1994)", "1988 (-94)". */
function yearSpan(lower: string, rest: string): boolean {
  const upper = /(\d+)\s*$/.exec(rest)?.[1] ?? "";
  if (!/^(?:19|20)\d{2}$/.test(lower) || !/^(?:(?:19|20)\d{2}|\d{2})$/.test(upper)) return false;
  const from = Number(lower);
  const to = upper.length === 2 ? Math.floor(from / 100) * 100 + Number(upper) : Number(upper);
  return to > from && to - from <= 30;
}

interface NounTail {
  noun: string;
  modifiers: string;
  length: number;
}

/**
 * The victim noun after the number, with at most three modifiers ("ethnic Armenian").
 * Longest first, because "Azerbaijani" alone is a noun too ("five Azerbaijanis").
 */
function readNoun(tail: string): NounTail | null {
  for (const pattern of NOUN_TAILS) {
    const m = pattern.exec(tail);
    if (!m) continue;
    const modifiers = (m[1] ?? "").trim();
    const words = modifiers ? modifiers.split(/\s+/) : [];
    // A modifier is a name ("Azerbaijani"), a hyphenated adjective or a known adjective:
    // "five years ago soldiers" must not read "years ago" as describing soldiers.
    // A possessive also describes them: "two of the village's residents".
    // "none of the casualty figures": a toll word that describes another noun counts no one.
    if (victimKind(m[2] ?? "") === "toll" && TOLL_AS_MODIFIER.test(tail.slice(m[0].length))) continue;
    // "The three bodies once again called on citizens …": bodies that speak are institutions, not the dead.
    if (/^bodies$/i.test(m[2] ?? "") && BODIES_SPEAK.test(tail.slice(m[0].length))) continue;
    // "three seriously wounded Azerbaijani soldiers": an adverb of the outcome adjective after it describes them too.
    const adverbOfOutcome = (w: string, i: number) => /ly$/i.test(w) && /^(?:wounded|injured)$/i.test(words[i + 1] ?? "");
    // ("30 Armenian and Azerbaijani soldiers": two nations' names joined describe them all.)
    const nationsJoined = (w: string, i: number) => w === "and" && /^[A-Z]/.test(words[i - 1] ?? "") && /^[A-Z]/.test(words[i + 1] ?? "");
    if (words.every((w, i) => /^[A-Z]/.test(w) || w.includes("-") || /\w's$/.test(w) || MODIFIER.test(w) || adverbOfOutcome(w, i) || nationsJoined(w, i))) {
      return { noun: m[2] ?? "", modifiers, length: m[0].length };
    }
  }
  return null;
}

/** The number a counting word gives for this noun, or null when it does not count people. */
function countOf(word: string, noun: string | null, hasOf: boolean): number | null {
  if ((word === "a" || word === "an") && noun && /^couple$/i.test(noun)) return 2;
  if (word === "a" || word === "an") return noun && isSingularNoun(noun) && victimKind(noun) !== "toll" ? 1 : null;
  // ("the other wounded" are the rest of the victims, no one of them.)
  if (word === "the") return noun && isSingularNoun(noun) && victimKind(noun) !== "toll" && !/^others?$/i.test(noun) && !hasOf ? 1 : null;
  if (word === "no") return noun ? 0 : null;
  if (word === "none") return hasOf || !noun ? 0 : null;
  if (word === "no one" || word === "nobody") return 0;
  if (word.startsWith("without")) return noun && /^(?:losses|casualties)$/i.test(noun) ? 0 : null;
  if (word === "another" || ORDINAL_WORD.test(word)) return 1; // "another", "a third"
  // "both servicemen were killed": two. ("both of them died" only goes back over two counted before.)
  if (word === "both") return noun !== null && !isSingularNoun(noun) ? 2 : null;
  return parseNumberPhrase(word);
}

/** The fate of one victim right after "the pilot": "was killed", "had been wounded", '"has heroically died."'. */
// ("the Azerbaijani soldier who died was a sergeant": the relative tells the fate.)
const THE_ONE_HARMED = /^\s*"?\s*(?:who\s+)?(?:(?:was|has|had)\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:killed|died|wounded|injured|shot\s+dead)\b/i;

/** "the driver (and a passenger were killed)": one victim by its role and a single other, their fate right after them. */
const THE_ONE_AND_ANOTHER_HARMED =
  /^\s+and\s+an?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|shot\s+dead)|died)\b/iu;

/** "identified (the dead Azerbaijani) as", "named (the killed Armenian) as": a source telling who its one dead was. */
const IDENTIFIED_BEFORE = /\b(?:identified|named)\s+$/i;
const IDENTIFIED_AS_AFTER = /^\s+as\s+(?:an?\s+)/i;
/** One person named by the nation alone: "Azerbaijani", "Armenian" (the plural counts a group and is read elsewhere). */
const ONE_OF_A_NATION = /^(?:Armenian|Azerbaijani|Azeri)$/;

/**
 * "The agency identified the dead Azerbaijani as a sergeant": a source that tells who the one dead of a nation was
 * confirms that death, whoever counted it before. (The dead named by their names, "named the dead as A and B", restate
 * a toll just given, see restatedVictims.ts.)
 */
function identifiedOne(sentence: string, start: number, end: number, noun: NounTail | null): boolean {
  if (!noun || !ONE_OF_A_NATION.test(noun.noun) || !/^(?:dead|killed|slain)$/i.test(noun.modifiers.trim())) return false;
  return IDENTIFIED_BEFORE.test(sentence.slice(0, start)) && IDENTIFIED_AS_AFTER.test(sentence.slice(end));
}

/** "a group of", "a sabotage unit of": what follows counts the men of a unit, not its losses. */
const UNIT_OF_BEFORE =
  /\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:group|unit|detachment|squad|party|column|platoon|company)\s+of\s+(?:some\s+|about\s+|around\s+|up\s+to\s+)?(?:\d+\s*(?:to|or|-)\s*)?$/i;

/** "a father of", "mother of": the children a victim leaves, counted after it. */
const PARENT_OF_BEFORE = /\b(?:father|mother|parent|grandfather|grandmother)\s+of\s+$/i;

/** "aged", "aged about", "age around": an age follows (the qualifier may stand in the group's own span). */
const AGED_BEFORE = /\bage[ds]?\s+(?:(?:about|around|some|roughly|approximately|nearly|almost|just|only)\s+)?$/i;

/** A bare number only counts people when nothing suggests a date, a year or a unit. */
function bareNumberCountsPeople(sentence: string, start: number, end: number, word: string): boolean {
  // "a boy aged about 12 was killed": an age, even hedged, counts no one.
  if (AGED_BEFORE.test(sentence.slice(0, start))) return false;
  // "two were wounded and none killed": "none" right before an outcome counts no one.
  if (word === "none" && /^\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:killed|wounded|injured|hurt|dead|died)\b/i.test(sentence.slice(end)))
    return true;
  if (/^(?:a|an|no|none)$/.test(word)) return false;
  // "the death toll stood at 50", "raised its toll to 71 from the 50 it gave": a toll closes on
  // its number whatever follows, unless a unit does.
  if (tollBefore(sentence.slice(0, start)) || ANAPHORIC_TOLL_BEFORE.test(sentence.slice(0, start))) return !UNIT_NEXT.test(sentence.slice(end));
  // "bringing to 11 the number of soldiers killed": the toll named after its value.
  if (TO_BEFORE_VALUE.test(sentence.slice(0, start)) && TOLL_AFTER_VALUE.test(sentence.slice(end))) return true;
  if (/^\d{4}$/.test(word)) return false; // a year
  // "missile strike kills 13 as truce frays": the object of a verb of harm counts people unless a unit follows.
  // ("were killed 12 July": a passive verb takes no object, and a date may follow it.)
  const beforeText = sentence.slice(0, start);
  if (HARM_VERB_BEFORE.test(beforeText) && !PASSIVE_BEFORE.test(beforeText)) {
    const next = /^\s+([A-Za-z]+)/.exec(sentence.slice(end))?.[1] ?? "";
    return !UNIT_NEXT.test(sentence.slice(end)) && monthNumber(next) === null;
  }
  if (!BARE_NEXT.test(sentence.slice(end))) return false;
  const before = /([A-Za-z]+)\.?\s+$/.exec(sentence.slice(0, start))?.[1] ?? "";
  if (monthNumber(before) !== null) return false; // "November 26"
  // "put their losses at 92 dead": an outcome right after the number makes it a toll, whatever precedes.
  if (/^\s+(?:dead|killed|wounded|injured)\b/i.test(sentence.slice(end))) return true;
  if (/^(?:aged|age|number|no|at|since|until|from|by)$/i.test(before)) return false;
  // "Conscript, 22, killed by sniper": a number between commas right after a person is an age.
  if (/\p{L},\s*$/u.test(sentence.slice(0, start)) && /^\s*,/.test(sentence.slice(end))) return false;
  // ("… and her grandson Elvin, 3.": after a person's name, a small number closing the sentence is his age too.)
  if (/\p{Lu}\p{Ll}+,\s*$/u.test(sentence.slice(0, start)) && /^\d{1,2}$/.test(word) && /^\s*(?:[.;)]|$)/.test(sentence.slice(end))) return false;
  return true;
}

function innerOutcome(modifiers: string): Outcome | null {
  // ("leaving a killed soldier on the battlefield": the defence ministries' "killed" before the noun.)
  return /\b(?:wounded|injured|dead|killed|fallen|slain)\b/i.test(modifiers) ? outcomeOf(modifiers) : null;
}

/** An aside after a listed name: ", born in 1982,", ", 34,", ", chief of staff of the corps,". */
// (An aside holds no "and": "agency reporter Elvin Guliyev and Samir Huseynov," is the next names, not an aside.)
const NAME_ASIDE = ",\\s+(?:born\\s+in\\s+\\d{4}|\\d{1,3}|(?:the\\s+)?\\p{Ll}(?:(?!\\band\\s)[^,;.]){0,80}?),";
/** Words of a title between "and" and the last name: "and AZERTAC correspondent Maharram Ibrahimov". */
const TITLE_WORDS = "(?:(?:\\p{Lu}{2,}|\\p{Ll}[\\p{Ll}-]*)\\s+){0,5}?";
// (Listed names are set apart by a comma or an aside: with the comma optional, a run of capitalised
// words ("By By By …") splits into names in exponentially many ways before "and" is found missing.)
const LIST_WITH_ASIDES = new RegExp(
  `(?<![\\p{Lu}][\\p{Ll}]+\\s)\\b(?<list>${LIST_ITEM}(?:(?:${NAME_ASIDE}|,)\\s+${NEXT_LIST_ITEM})*(?:${NAME_ASIDE}|,)?\\s+and\\s+(?:${NEXT_LIST_ITEM}|${TITLE_WORDS}${LIST_ITEM})(?:${NAME_ASIDE})?)\\s+${LIST_OUTCOME}`,
  "gu",
);
const ASIDES = new RegExp(NAME_ASIDE, "gu");
const LIST_WITH_ASIDES_KEYS = { keys: requiredTexts(LIST_WITH_ASIDES) };
const ITEMS = new RegExp(LIST_ITEM, "gu");

/**
 * "Major General Polad Hashimov, chief of staff of the corps, and Colonel Ilgar Mirzayev were killed",
 * "cameraman Siraj Abishov, born in 1989, and correspondent Maharram Ibrahimov, born in 1982, died": a
 * list of names with asides between them, counted by its names once the asides are set apart. Only lists
 * with an aside: the plain ones are NAMED_VICTIM_RULES.listed.
 */
function listsWithAsides(sentence: string): VictimGroup[] {
  const out: VictimGroup[] = [];
  // (Not searched without its required texts: most casualty sentences hold no list.)
  if (!mayMatch(LIST_WITH_ASIDES_KEYS, searchable(sentence))) return out;
  for (const m of sentence.matchAll(LIST_WITH_ASIDES)) {
    const list = m.groups?.list ?? "";
    const bare = list.replace(ASIDES, ",");
    if (bare === list) continue;
    const names = [...bare.matchAll(ITEMS)].map((n) => n[0].replace(RANK_FIRST, ""));
    if (names.length < 2 || names.some((n) => NOT_A_PERSON.test(n))) continue;
    const start = m.index ?? 0;
    out.push(namedPeople(start, start + list.length, names.length, "civilian", null));
  }
  return out;
}
