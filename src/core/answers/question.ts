// Reads a question into what it asks: the kind of answer wanted (a figure, who did it, a denial
// or admission, a mediator's word, when, why, where), the side whose claim is wanted, the side
// whose losses are asked about, places and a time (a date, a named event, "after the 2020 deal").
// Pure and cheap: it runs on every /ask before the lead sentence is chosen.
import { BELLIGERENTS, enemyOf, isBelligerent, isMediator, UNCLEAR } from "../sides/sides.ts";
import type { Side } from "../types.ts";
import { defaultGazetteer, placesIn, type Match } from "../attribution/gazetteer.ts";
import { tokenize, type Token } from "../attribution/tokens.ts";
import { parseQueryDate } from "../dates/queryDates.ts";
import { findEvents, type NamedEvent } from "../events/events.ts";
import { addDays } from "../dates/calendar.ts";
import { QUESTION_WORD_TYPOS } from "../search/stopWords.ts";
import { questionDoer } from "./doer.ts";
import { escapeRegExp } from "../rules/rule.ts";

export type Asked = "figure" | "who" | "denial" | "response" | "mediator" | "when" | "why" | "place" | "what";

export interface QuestionTime {
  start: string;
  end: string;
  /** A named event the time comes from, when the question names one. */
  event: NamedEvent | null;
  /** "after the 2020 deal": the period runs from the event's end onwards. */
  relation: "during" | "after" | "before";
}

export interface Question {
  text: string;
  asked: Asked;
  /** A count of prisoners or of people displaced is asked, not of the dead and wounded. */
  notCasualties: boolean;
  /** The side whose statement is wanted ("according to Baku", "did Pashinyan say"). */
  claimant: Side | null;
  /**
   * The third party named as the claimant, as written ("Amnesty", "PACE"): the side "other" covers
   * many bodies, so only this one's word answers. Null for a belligerent, a mediator or none.
   */
  claimantName?: string | null;
  /** The side whose losses are asked about ("Azerbaijani soldiers", "Armenian army death toll"). */
  affected: Side | null;
  /** Every side the question names, in order (claimant and affected among them). */
  sides: Side[];
  places: string[];
  time: QuestionTime | null;
  /** The side whose deed is asked about ("how many prisoners did Armenia free"), not its word. */
  doer?: Side | null;
}

/** A count asked for: "how many", "the death toll", "landmine victims … total", "what did Yerevan say about its own dead". */
const FIGURE =
  /\bhow\s+(?:many|much)\b|\babout\s+(?:its|their|his|her|the|our)\s+(?:own\s+)?(?:dead|killed|wounded)\b|\bhow\s+(?:large|big|deep|far|wide)\b|\bsize\s+of\b|\bnumber\s+of\b|\b(?:death|casualty)\s+tolls?\b|\b(?:death|body|casualty)\s+counts?\b|\btoll\b|\bcasualt(?:y|ies)\b|\blosses\b|\bfigures?\b|\bfatalit(?:y|ies)\b|\b(?:in\s+)?total\b|\btally\b/i;
/** A count asked outright, not a figure word among keywords ("wax figures"): "how many", "death toll". */
const COUNT_ASKED = /\bhow\s+(?:many|much)\b|\bnumber\s+of\b|\b(?:death|casualty)\s+tolls?\b|\btoll\b|\bcasualt(?:y|ies)\b|\blosses\b|\bfatalit(?:y|ies)\b/i;
/** A question typed as keywords, no question word or verb first: "karabakh army deaths november 2020". */
const KEYWORDS_ONLY = /^(?!\s*(?:who|whom|whose|what|which|when|where|why|how|did|does|do|has|have|had|was|were|is|are|can|could|will|would|should)\b)/i;
/**
 * A verb that makes the words a sentence ("Baku said the soldier killed at the border died in an
 * accident?", "Whcih soldier was killed …?"): they ask whether or who, not for a count.
 */
const FINITE_VERB = /\b(?:said|says|say|claimed|claims|was|were|is|are|did|does|has|had)\b/i;
/** Losses named as a noun: a keyword question naming them asks their count. */
const LOSSES_NAMED = /\b(?:deaths|dead|killed|casualties|fatalities|wounded)\b/i;
const DENIAL =
  /\b(?:den(?:y|ied|ies|ial)|admit(?:ted|s)?|admission|acknowledg\w*|confirm(?:ed|s)?|reject(?:ed|s)?|refut\w*|own(?:ed)? up|brush(?:ed)? off|dismiss\w*)\b/i;
const MEDIATOR = /\b(?:mediat\w*|broke(?:r|red|rs)|negotiat\w*|negociat\w*|co-?chairs?|minsk\s+group|peace\s*keepers?|red\s+cross|icrc|osce|un|eu)\b/i;
const MEDIATION_VERBS = /\b(?:mediat\w*|broker\w*|negotiat\w*|negociat\w*|intermediar\w*)\b/i;
/**
 * A side's reaction to something said or done: "how did Turkey respond to the claim", "what was
 * Baku's reaction", "how did Yerevan reply". Like a denial, only the named side's word answers.
 */
const RESPONSE = /\b(?:respond(?:ed|s)?|responses?|react(?:ed|s|ions?)?|repl(?:y|ied|ies)|retort(?:ed|s)?|hit\s+back)\b/i;
/** The mediators as the ones reacting: "how did the mediators react", "the co-chairs' response". */
const MEDIATORS_REACT =
  /\b(?:mediators?|co-?chairs?|minsk\s+group|osce)(?:['’]s?)?\s+(?:(?:\w+\s+){0,2}(?:respond(?:ed|s)?|react(?:ed|s)?|repl(?:y|ied|ies)|responses?|reactions?)\b)/i;
/** A reaction named as a noun: "Armenian response to …", "reaction of Baku", "Yerevan's reply". */
const RESPONSE_NOUN = /\b(?:responses?|reactions?|repl(?:y|ies)|retorts?)\b/i;
const WHO = /^\s*(?:who|whom|whose|which\s+(?:side|country|army|party|forces?))\b/i;
/** "Who denied that …", "which side rejected …": the denial is the answer, its speaker the who. */
const WHO_DENIED = /^\s*(?:who|which\s+\w+)\s+(?:has\s+|had\s+)?(?:denied|denies|rejected|rejects|refuted|refutes|dismissed|dismisses)\b/i;
/**
 * A person asked for: "which senior Russian naval officer died …", "which MP said …", "who spoke for the army", "who were the
 * journalists killed …", "names of the pilots shot down", "… and who was on board?", "who died when the truck hit a mine". Answered by a sentence that names someone, not by the incident's account.
 */
const WHO_PERSON =
  /\bwho\s+(?:was|were)\s+(?:on\s+board|aboard)\b|^\s*who\s+(?:died|(?:was|were)\s+killed)\b|^\s*who\s+spoke\s+(?:for|on\s+behalf\s+of)\b|^\s*(?:who\s+(?:was|were|is|are)\s+the\b|(?:what\s+(?:was|were|are|is)\s+)?(?:the\s+)?names?\s+of\b|(?:which|what)\s+(?!(?:did|does|do|has|have|had|was|were|is|are|will|would|can|could)\b)(?:[\w'-]+\s+){0,3}?(?:officers?|mps?|officials?|ministers?|journalists?|reporters?|commanders?|generals?|leaders?|diplomats?|spokes(?:man|woman|person)|envoys?|ambassadors?|pilots?|soldiers?|persons?|man|woman|men|women|politicians?|lawmakers?|senators?|deputies|crew\s+members?)\b)/i;

/** The names asked for: "names of the reporters killed", "soldier killed name and …", "… killed near Sotk name". */
const NAMES_ASKED = /\bnames?\s+(?:of|and)\b|\bnames?\s*\??\s*$/i;

export function asksForPerson(text: string): boolean {
  return WHO_PERSON.test(text);
}

/** "Who denied that …": the answer is the denial, although the accusation holds the question's words. */
export function asksWhoDenied(text: string): boolean {
  return WHO_DENIED.test(text);
}
const WHEN = /^\s*when\b|\bwhat\s+(?:date|day|time)\b/i;
/**
 * "Why …", "what caused …", "what did Baku say caused …", "for what reason …", "what motive did he give": a cause asked for.
 * So is a purpose: "what was the truce for", "what did Medvedev say the swap was for", "what was the operation meant to achieve".
 */
const WHY =
  /(?:^|[,:;]\s*)why\b|\bwhat\b[^?]{1,80}?\b(?:is|was|are|were|be)\s+(?:meant\s+|intended\s+|supposed\s+)?for\s*[?.!]*\s*$|^\s*what\s+(?:is|was|are|were)\s+[^?]{1,60}?\s+for\s*[?.!]*\s*$|\bwhat\s+(?:is|was|were|are)\s+the\s+(?:purpose|aim|goal|point)\s+of\b|\bwhat\b[^?]{1,80}?\b(?:meant|intended|designed|supposed)\s+to\s+(?:achieve|accomplish|do)\b|\bwhat\s+(?:caused|was\s+the\s+reason)\b|\bwhat\s+(?:did|does|do|has|have)\s+[^?]{1,40}?\s+(?:say|said|claim|think|believe)\s+caused\b|\bfor\s+what\s+reason\b|\bwhat\s+(?:reasons?|motives?|motivation|justification|grounds|explanation)\s+(?:did|does|do|has|have|had|was|were|is)\b/i;
const PLACE = /^\s*where\b|\b(?:which|what)\s+(?:\w+\s+)?(?:towns?|villages?|cit(?:y|ies)|settlements?|places?|positions?|regions?|districts?|areas?)\b/i;
/** Nouns of victims: a side adjective right before one names whose losses are asked about. */
const VICTIMS =
  /^(?:soldiers?|servicem[ae]n|troops?|civilians?|people|losses|casualt(?:y|ies)|police(?:men)?|officers?|peacekeepers?|army|forces?|military|fighters?|personnel|dead|deaths?|death|fatalit(?:y|ies)|troop|servicewom[ae]n|side's|prisoners?|pows?)$/i;
/**
 * Counts that are not of the dead and wounded: prisoners, the displaced and deported, troops sent,
 * houses damaged, and money, prices and goods ("how much was the club fined", "how much did food prices rise"),
 * and markets ("how much did the bond's yield go up", "how far did exports fall").
 */
const NOT_CASUALTIES =
  /\b(?:prisone?rs?|prisner\w*|captives?|captive|captured|hostages?|abduct\w*|kidnap\w*|pows?|detain\w*|refugees?|fled|displaced|deport\w*|expell?\w*|evacuat\w*|arriv\w*|entered|crossed|resettl\w*|relocat\w*|exodus|houses?|homes?|buildings?|apartments?|dwellings?|damaged|sent|deployed|fine[ds]?|cost\w*|paid|pay|prices?|money|budget|worth|euros?|dollars?|manats?|drams?|roubles?|rubles?|per\s*cent|percent|tonnes?|tons|barrels?|cubic|yields?|(?:euro)?bonds?|basis\s+points?|spreads?|shares|stocks?|exchange\s+rate|currency|inflation|gdp|growth|exports?|imports?|revenues?|output|investments?|ratings?)\b/i;
const AFTER = /\b(?:after|since|following|post)\s*$/i;
/** An event longer than this (a war, an offensive) is over at its end; "after" a shorter one (a deal signed overnight) counts from its first day. */
const LONG_EVENT_DAYS = 7;
const BEFORE = /\b(?:before|prior\s+to|ahead\s+of)\s*$/i;

/** "How deep did the troops push", "how far", "how much land did Baku retake": a distance or an area. */
const DISTANCE_ASKED =
  /\bhow\s+(?:deep|far|wide)\b|\bhow\s+much\s+(?:land|territory|ground|of\s+the\s+(?:land|territory))\b|\bhow\s+many\s+(?:square\s+)?(?:kilomet(?:re|er)s|km|miles|hectares)\b/i;

export function asksDistance(text: string): boolean {
  return DISTANCE_ASKED.test(text);
}

/** "How large is the contingent", "how big was the march": a size, which is no toll unless the question speaks of losses. */
const SIZE_ASKED = /\bhow\s+(?:large|big)\b|\bsize\s+of\b/i;

/**
 * "How many armenian towns were shelled", "how many people protested", "how many settlers did the mission
 * find": a count asked with no word of loss asks no toll; a casualty figure does not answer it.
 */
const HOW_MANY = /\bhow\s+many\b/i;
/** Words of loss beyond LOSS_WORDS that make a count a toll: "admit losing", "mine victims", "troops shot". */
const TOLL_WORDS =
  /\b(?:los(?:e|es|ing)|victims?|shoot|shot|burn\w*|kil+(?:ed|ing|s)?|remains|fatal\w*|execut\w*|massacr\w*|slaughter\w*|perish\w*|slain|bodies|toll|die|dying|missing|hospitali[sz]ed|martyr\w*)\b/i;

function asksCountWithoutLoss(text: string): boolean {
  return HOW_MANY.test(text) && !TOLL_WORDS.test(text);
}

export function understandQuestion(text: string): Question {
  const clean = withPossessivesMarked(withKeyWordsSpelled(text.replace(/\s+/g, " ").trim().slice(0, 1_000)));
  const { claimant, claimantName, affected, sides, speakingPlaces } = sidesOf(clean);
  return {
    text: clean,
    asked: askedOf(clean, claimant),
    notCasualties: NOT_CASUALTIES.test(clean) || ((SIZE_ASKED.test(clean) || asksDistance(clean) || asksCountWithoutLoss(clean)) && !LOSS_WORDS.test(clean)),
    claimant,
    claimantName,
    affected,
    sides,
    // "What toll did Baku give": a capital that speaks is the claimant, not where it happened.
    places: placesOf(clean).filter((p) => !speakingPlaces.includes(p)),
    time: timeOf(clean),
    doer: questionDoer(clean),
  };
}

/**
 * The words the reading turns on (sides, victims, "casualties"), whose typos the search may not
 * correct with confidence: "Armenain soldiers" names whose losses, "casualites" asks a figure.
 * One letter swapped, dropped, added or changed in a word of six letters or more.
 */
const KEY_WORDS = [
  "armenia",
  "armenian",
  "armenians",
  "azerbaijan",
  "azerbaijani",
  "azerbaijanis",
  "karabakh",
  "casualties",
  "casualty",
  "soldiers",
  "servicemen",
  "civilians",
  "wounded",
  "ceasefire",
];
const KEY_WORD_SET = new Set(KEY_WORDS);
/** Words a key word's typo must not be taken for. */
const NOT_TYPOS = new Set(["soldier", "civilian", "casual", "armenias"]);

export function withKeyWordsSpelled(text: string): string {
  return withQuestionWordsSpelled(text).replace(/\p{L}{6,}/gu, (word) => {
    const lower = word.toLowerCase();
    if (KEY_WORD_SET.has(lower) || NOT_TYPOS.has(lower)) return word;
    const key = KEY_WORDS.find((k) => k[0] === lower[0] && Math.abs(k.length - lower.length) <= 1 && oneEditApart(lower, k));
    if (!key) return word;
    return word[0] === word[0]?.toUpperCase() ? key[0]?.toUpperCase() + key.slice(1) : key;
  });
}

/** A name this short plus "s" is too often a word of its own. */
const MIN_POSSESSOR = 4;
/** Common nouns the gazetteer reads as a place ("the region" is Karabakh): "regions" is their plural. */
const COMMON_NOUNS =
  /^(?:region|enclave|republic|capital|country|state|city|town|village|territory|province|district|border|front|side|government|ministry|army)$/i;
/** A people's name: "Russians", "Azerbaijanis", "Israelis" are plurals, not possessives. */
const PEOPLES = /(?:ian|ani|ean|ese|eli|ish)$/i;

/**
 * "what was washingtons reaction", "irans position", "aliyevs office": a possessive typed without
 * its apostrophe, read as the name it is ("Washington's"), so that the side speaking is known. Only
 * where the word with its "s" names nothing and the word without it names a side, a place or an actor.
 */
export function withPossessivesMarked(text: string): string {
  return text.replace(/\b(\p{L}+)s\b/gu, (word, name: string) => {
    if (name.length < MIN_POSSESSOR || PEOPLES.test(name)) return word;
    const names = (w: string) => defaultGazetteer.match(tokenize(w));
    // A role ("ministers", "presidents") or a common noun that may stand for a place ("regions") is a plural.
    const named = !COMMON_NOUNS.test(name) && names(name).some((m) => m.entry.kind === "country" || m.entry.kind === "actor");
    return named && names(word).length === 0 ? `${name}'s` : word;
  });
}

/** "Whcih Karabakh soldier …": a mistyped question word read as the word meant, in its case. */
function withQuestionWordsSpelled(text: string): string {
  return text.replace(/\p{L}{3,5}/gu, (word) => {
    const meant = QUESTION_WORD_TYPOS[word.toLowerCase()];
    if (!meant) return word;
    return word[0] === word[0]?.toUpperCase() ? meant[0]?.toUpperCase() + meant.slice(1) : meant;
  });
}

/** One insertion, deletion, substitution or swap of two neighbouring letters. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, from: number) => x.slice(from);
  if (a.length === b.length) return rest(a, i + 1) === rest(b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2));
  return a.length > b.length ? rest(a, i + 1) === rest(b, i) : rest(a, i) === rest(b, i + 1);
}

function askedOf(text: string, claimant: Side | null = null): Asked {
  if (WHY.test(text)) return "why";
  if (WHEN.test(text)) return "when";
  // "Armenian response to the soldier wounded report": a reaction named as a noun is asked, not the losses it answered.
  // "trophy park wax figures reaction of the MFA": a figure word among the keywords is what was reacted to.
  if (KEYWORDS_ONLY.test(text) && !FINITE_VERB.test(text) && !COUNT_ASKED.test(text) && RESPONSE_NOUN.test(text)) return "response";
  // "names of the reporters killed by the mine", "soldier killed near Sotk name": who died is asked, not how many.
  if (NAMES_ASKED.test(text) && !/\bhow\s+many\b/i.test(text)) return "who";
  if (FIGURE.test(text) || (KEYWORDS_ONLY.test(text) && !FINITE_VERB.test(text) && LOSSES_NAMED.test(text))) return "figure";
  if (/^\s*(?:did|has|have|was|were|is)\b/i.test(text) && DENIAL.test(text)) return "denial";
  if (PLACE.test(text)) return "place";
  // "How did the mediators react": the mediators' word is asked, whichever of them said it.
  if (RESPONSE.test(text) && !WHO.test(text)) return claimant === null && MEDIATORS_REACT.test(text) ? "mediator" : "response";
  // "who brokered the truce" asks for the mediator; "who denied that …" for the denial.
  if (WHO.test(text) || (WHO_PERSON.test(text) && !MEDIATION_VERBS.test(text)))
    return MEDIATION_VERBS.test(text) ? "mediator" : WHO_DENIED.test(text) ? "denial" : "who";
  // "What did Mammadyarov demand when the co-chairs came", "what did Armenia tell the UN": a mediator
  // named as the occasion or the audience of a belligerent's word; that word is asked, not the mediator's.
  if (MEDIATOR.test(text) && !(claimant !== null && (BELLIGERENTS as readonly Side[]).includes(claimant))) return "mediator";
  if (DENIAL.test(text)) return "denial";
  return "what";
}

/**
 * Sides named in the question. A speaker ("Pashinyan", "the Minsk Group", "according to Baku",
 * "did Armenia ask", "Azerbaijan's foreign ministry") is the claimant: the first one named. A
 * side word before a victim noun in a question about losses ("Azerbaijani soldiers died") is the
 * affected side. A country word after a preposition is a place ("in Tartar"), and one before any
 * other noun ("the Russian helicopter") names neither.
 */
/**
 * Questions are often typed in lower case: "according to the un", "what did the icrc say". A word that is
 * one of the gazetteer's short names in capitals is read as that name, save the words it also spells
 * ("us", "who", "halo").
 */
function capitalisedAcronyms(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    const upper = t.text.toUpperCase();
    // ("the us restriction", "the us envoy": after "the", "us" is no pronoun.)
    const spelt = !ACRONYM_WORDS.has(t.norm) || (t.norm === "us" && tokens[i - 1]?.norm === "the");
    return t.isWord && t.text === t.norm && spelt && defaultGazetteer.acronyms.has(upper) ? { ...t, text: upper } : t;
  });
}
const ACRONYM_WORDS = new Set(["us", "who", "halo", "tv", "mp", "ceo", "plc", "llc"]);

/** The states that co-chaired the Minsk Group: named together, they are the mediators. */
const CO_CHAIR_STATES: readonly Side[] = ["france", "russia", "united-states"];

function sidesOf(text: string): {
  claimant: Side | null;
  claimantName: string | null;
  affected: Side | null;
  sides: Side[];
  speakingPlaces: string[];
} {
  const tokens = capitalisedAcronyms(tokenize(text));
  const losses = FIGURE.test(text) || LOSS_WORDS.test(text);
  let claimant: Side | null = null;
  let claimantName: string | null = null;
  let affected: Side | null = null;
  const sides: Side[] = [];
  const speakingPlaces: string[] = [];
  const matches = defaultGazetteer.match(tokens);
  for (const [at, match] of matches.entries()) {
    const side = match.entry.side;
    if (!side || side === UNCLEAR || match.entry.kind === "head") continue;
    // "What did the US co-chair say": the country names which member of the mediators speaks, not a speaker of its own.
    if (match.entry.kind === "country" && qualifiesMediator(tokens, match.end, matches[at + 1])) continue;
    // "How many villagers did Armenia say were killed": the people counted are not a speaker.
    if (match.entry.kind === "actor" && counted(tokens, match.start)) continue;
    if (!sides.includes(side)) sides.push(side);
    const role = match.entry.kind === "country" ? countryRole(text, tokens, match.start, match.end, losses) : "claimant";
    if (role === "affected") affected ??= side;
    else if (role === "claimant") {
      // "did Amnesty say": a third party named as an actor is one body among the many the side "other"
      // holds (a mediator's side is one body, whatever it is called: "the co-chairs", "the mediators").
      if (claimant === null && match.entry.kind === "actor" && side === "other") {
        claimantName = tokens
          .slice(match.start, match.end)
          .map((t) => t.text)
          .join(" ");
      }
      claimant ??= side;
      // "did Baku give": the capital alone speaks; in "the Karabakh army" the place still names where.
      if (match.entry.kind === "country") speakingPlaces.push(...placesIn(defaultGazetteer, tokens.slice(match.start, match.end)));
    }
  }
  // "Why did France, Russia and the US vote against …": the three co-chair states together are the co-chairs.
  if (claimant && CO_CHAIR_STATES.includes(claimant) && CO_CHAIR_STATES.every((s) => sides.includes(s))) claimant = "osce-minsk-group";
  // "How many enemy soldiers died, according to Baku": the speaker's enemy took the losses counted.
  if (!affected && claimant && losses && ENEMY_VICTIMS.test(text)) affected = enemyOf(claimant);
  // "Azerbaijan's own losses", "did the Karabakh army admit any losses of its own": the speaker's side.
  // "How many of its troops died, according to Baku": the speaker's own, named with a possessive before the victims.
  if (!affected && claimant && losses && (/\bown\b/i.test(text) || possessedVictims(tokens))) affected = claimant;
  // "How many troops did Azerbaijan admit losing", "… say it lost": a side loses its own.
  if (!affected && claimant && OWN_LOSS.test(text)) affected = claimant;
  // "What losses did Azerbaijan's MoD report": a side naming no other reports its own. Not a third
  // party's: "what death toll did Putin give for the fighting" counts the belligerents' dead.
  if (!affected && claimant && isBelligerent(claimant) && sides.length === 1 && REPORTED_LOSSES.test(text)) affected = claimant;
  return { claimant, claimantName, affected, sides, speakingPlaces };
}

/**
 * A mediating body's name right after a country word ("the American co-chairman", "the Russian
 * co-chair", "the US minsk co-chair": a lowercase "minsk" the gazetteer does not match may stand between).
 */
function qualifiesMediator(tokens: readonly Token[], end: number, next: Match | undefined): boolean {
  if (next?.entry.kind !== "actor" || !next.entry.side || !isMediator(next.entry.side)) return false;
  return tokens.slice(end, next.start).every((t) => MEDIATOR_NAME_WORDS.test(t.norm));
}
const MEDIATOR_NAME_WORDS = /^(?:minsk|osce|csce|group)$/;

/** Victims named as the speaker's enemy: "enemy soldiers", "the opponent's troops". */
const ENEMY_VICTIMS = /\b(?:enemy|opponent'?s?|adversary'?s?)\s+(?:soldiers?|troops|servicemen|men|losses|casualties|fighters|forces)\b/i;
/** A claimant losing something: its own losses ("did Baku admit losing", "Armenia said it lost"). */
const OWN_LOSS = /\b(?:lose|loses|losing|lost)\b/i;
const REPORTED_LOSSES = /\b(?:losses|casualt\w*|toll|dead|deaths?|fatalit\w*)\b/i;
const LOSS_WORDS = /\b(?:kill\w*|died|dead|deaths?|wounded|injur\w*|hurt|captured|prisoners?|losses|lost|casualt\w*|martyr\w*)\b/i;
const SPEAKER_NOUNS =
  /^(?:defen[cs]e|foreign|ministry|government|govt|gov|officials?|president|presidential|office|authorities|leaders?|leadership|side|state|security|prime|embassy|envoy|media|ombudsman|human|spokes\w*|mfa|mod|parliament|responses?|reactions?|repl(?:y|ies)|version)$/;
const PLACE_PREPOSITIONS =
  /^(?:in|after|before|since|during|following|into|to|from|near|over|at|through|across|inside|outside|around|against|toward|towards|of|on|within)$/;
const SPEECH_VERBS =
  /^(?:say|says|said|claim\w*|accus\w*|report\w*|den(?:y|ies|ied)|admit\w*|announc\w*|stat(?:e|es|ed)|warn\w*|blam\w*|told|tell|tells|insist\w*|confirm\w*|reject\w*|demand\w*|threat\w*|promis\w*|call\w*|ask\w*|urg\w*|respond\w*|react\w*|repl(?:y|ies|ied)|retort\w*|acknowledg\w*|vow\w*)$/;
/** Verbs of a deed whose subject acts: "Azerbaijani troops took the village", "Armenian forces shelled". */
const DEED_VERBS =
  /^(?:took|take|takes|captured|seized|overran|overrun|attacked|attack|entered|stormed|shelled|fired|fire|launched|crossed|advanced|shot|killed|kill|bombed|struck|invaded|occupied|retook|recaptured)$/;

/** "How many villagers …", "how many of the people …": the token starts the noun a count question counts. */
function counted(tokens: readonly Token[], start: number): boolean {
  const before = tokens.slice(Math.max(0, start - 3), start).map((t) => t.norm);
  const at = before.lastIndexOf("many");
  return at >= 0 && before[at - 1] === "how" && before.slice(at + 1).every((w) => /^(?:of|the|those|these)$/.test(w));
}

/** "its troops", "their soldiers": victims named as the speaker's own. */
function possessedVictims(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => /^(?:its|their)$/.test(t.norm) && isVictim(tokens[i + 1]?.norm ?? ""));
}

/** Verbs whose subject takes the losses: "Armenia suffered", "Azerbaijan lost". */
const SUFFERS = /^(?:suffer(?:ed|s|ing)?|lost|lose|loses|losing)$/;
const AUXILIARIES = /^(?:did|does|do|has|have|had|was|were|is|will|would|can|could)$/;

/** Nouns of deeds and things a side owns: after a possessive they name no speaker. */
const DEEDS =
  /^(?:offensives?|operations?|attacks?|strikes?|wars?|assaults?|campaigns?|forces|troops|shelling|blockade|territory|capital|army|military|advance|counter-?offensive|bombardment|incursion|invasion|drones?|missiles?|positions?|villages?|towns?|cit(?:y|ies)|january|february|march|april|may|june|july|august|september|october|november|december|sept?|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug)$/;

type Role = "claimant" | "affected" | "none";

function countryRole(text: string, tokens: readonly Token[], start: number, end: number, losses: boolean): Role {
  // "What losses did Baku say Armenia suffered": a side that suffers or loses is whose losses are asked
  // ("did Azerbaijan lose" asks the side's own count: its claim, read below).
  if (losses && SUFFERS.test(tokens[end]?.norm ?? "") && !AUXILIARIES.test(tokens[start - 1]?.norm ?? "")) return "affected";
  const before = text.slice(0, tokens[start]?.start ?? 0);
  // "How many Armenians were killed": the people counted are whose losses are asked.
  if (losses && !NOT_CASUALTIES.test(text) && /\bhow\s+many\s+(?:ethnic\s+)?$/i.test(before)) return "affected";
  if (/\bacc?ording\s+to\s*(?:the\s+)?$/i.test(before) || /\b(?:says?|said|claims?|claimed)\s+$/i.test(before)) return "claimant";
  // "What did the Russian peacekeepers say": the article between the auxiliary and the subject changes nothing.
  const prev = tokens[start - 1]?.norm === "the" ? (tokens[start - 2]?.norm ?? "") : (tokens[start - 1]?.norm ?? "");
  const next = tokens[end]?.norm ?? "";
  const after = tokens[end + 1]?.norm ?? "";
  const victimAt = isVictim(next) ? end : /^(?:armed|civilian|military|army)$/.test(next) && isVictim(after) ? end + 1 : -1;
  // "When Azerbaijani troops took Maraga": troops doing the deed are its authors, not the victims.
  // "The Armenian soldiers killed on the border": a participle with no object after it tells what befell them.
  const verb = tokens[victimAt + 1]?.norm ?? "";
  const victim = victimAt >= 0 && (!DEED_VERBS.test(verb) || sufferedDeed(verb, tokens[victimAt + 2]));
  // "Why were Azerbaijani eco-activists blocking the road": a movement of the side's people is not the
  // side's government; its word is its own, and the side's officials answer for something else.
  if (PROTEST_GROUPS.test(next)) return "none";
  // "Did Russian peacekeepers report …": the subject after an auxiliary speaks.
  if (AUXILIARIES.test(prev) && !(victim && losses)) return "claimant";
  // "firing at Armenian soldiers": victims named outside a question about losses are neither.
  if (victim) return losses ? "affected" : "none";

  if (SPEAKER_NOUNS.test(next)) return "claimant";
  // "Azerbaijan's September 2023 offensive", "Armenia's capital": a possessive before a deed or a thing names no speaker.
  if (tokens[end - 1]?.possessive === true) return DEEDS.test(next) || DEEDS.test(after) || /^\d/.test(next) ? "none" : "claimant";
  if (PLACE_PREPOSITIONS.test(prev)) return "none";
  if (AUXILIARIES.test(prev) || next === "" || !(tokens[end]?.isWord ?? false)) return "claimant";
  // "Armenia accused", "Baku says": a country before a verb of speech speaks; "Karabakh Armenians
  // fled" does not, and before a noun ("the Russian helicopter") it only qualifies it.
  return SPEECH_VERBS.test(next) ? "claimant" : "none";
}

/** People of a side who act as a movement, not as its state: "Azerbaijani eco-activists", "Armenian protesters". */
const PROTEST_GROUPS = /^(?:[\p{L}]+-)?(?:activists?|protest[eo]rs?|demonstrators?|campaigners?|environmentalists?|bloggers?)$/u;

/** Deeds whose participle names what befell the noun before it: "the soldiers killed", "the men captured". */
const SUFFERED = /^(?:killed|shot|captured|wounded|injured|taken)$/;
/** After such a participle, where or when it befell them: "killed on the border", "captured near Kalbajar", "shot last week". */
const AFTER_SUFFERED = /^(?:on|in|at|near|during|by|when|while|after|before|since|last|this|overnight|yesterday|today|outside|inside|along|across)$/;

/**
 * "The Armenian soldiers killed on the border" (the soldiers died), not "Azerbaijani troops killed five
 * men" (they killed): the participle followed by a preposition or the question's end, not by an object.
 */
function sufferedDeed(verb: string, next: Token | undefined): boolean {
  return SUFFERED.test(verb) && (next === undefined || !next.isWord || AFTER_SUFFERED.test(next.norm));
}

/** Victim nouns, forgiving one typo at the end of a longer word ("civilans", "soilders" aside). */
function isVictim(word: string): boolean {
  return VICTIMS.test(word) || (word.length >= 6 && /^(?:civil|soldi|servic|troop|casual)/.test(word));
}

function placesOf(text: string): string[] {
  return placesIn(defaultGazetteer, tokenize(text));
}

/** A named event wins over a bare year ("the 2020 war" is 27 Sep – 10 Nov, not all of 2020). */
function timeOf(text: string): QuestionTime | null {
  const [mention] = findEvents(text);
  const typed = safeQueryDate(text);
  // "the 2010 Mardakert skirmish" is not the Mardakert clash of 2008 that an alias names: a year
  // typed outside the event's period says another event of the same kind was meant.
  const otherYear = mention && typed && (mention.event.end < typed.start || mention.event.start > typed.end);
  if (mention && !otherYear) {
    const before = text.slice(0, Math.max(0, eventOffset(text, mention.text)));
    const relation = AFTER.test(before.replace(/\bthe\s*$/i, "")) ? "after" : BEFORE.test(before.replace(/\bthe\s*$/i, "")) ? "before" : "during";
    const { start, end } = mention.event;
    // "Mines have killed 45 since the 2020 war": the period runs from the event's end, so a toll of the war itself is
    // another count; "the truce after the November 2021 fighting" comes on the event's last day, which still counts.
    if (relation === "after") return { start: addDays(start, LONG_EVENT_DAYS) < end ? end : start, end: "9999-12-31", event: mention.event, relation };
    if (relation === "before") return { start: "0001-01-01", end: addDays(start, -1), event: mention.event, relation };
    return { start, end, event: mention.event, relation };
  }
  const date = typed;
  if (!date) return null;
  // "as of 11 October", "by November 2020": a running total up to that day.
  // The date's wording may carry its preposition ("by November 2020", "of 11 October").
  const upTo =
    /^(?:by|until|through|up to)\b/i.test(date.text) ||
    new RegExp(`\\b(?:as|by|until|up\\s+to|as\\s+of)\\s+(?:the\\s+)?${escapeRegExp(date.text)}`, "i").test(text);
  if (upTo) return { start: "0001-01-01", end: date.end, event: null, relation: "before" };
  return { start: date.start, end: date.end, event: null, relation: "during" };
}

/** Where the alias starts in the original text (approximate: by its first word). */
function eventOffset(text: string, alias: string): number {
  const first = alias.split(" ")[0] ?? alias;
  const at = text.toLowerCase().indexOf(first);
  return at < 0 ? 0 : at;
}

function safeQueryDate(text: string): ReturnType<typeof parseQueryDate> {
  try {
    return parseQueryDate(text);
  } catch {
    return null;
  }
}
