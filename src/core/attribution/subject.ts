// Where a speech verb's speaker stands: the nearest actor before the verb (skipping asides
// and prepositional objects), after it in inverted order, or after "according to" / "by".
import { CALENDAR_WORDS } from "../dates/calendar.ts";
import { isBelligerent, UNCLEAR } from "../sides/sides.ts";
import { NATIONALITY_WORD } from "./discourse.ts";
import { headsOfStates } from "./coordination.ts";
import { ORGANISATION_WORDS, strangerMention, textOf, type Mention } from "./mentions.ts";
import { isSpeechVerbForm, type VerbHit } from "./speechVerbs.ts";
import { isCitedYear, isQuoteMark, OPENING_ADVERBS, type Token } from "./tokens.ts";

/**
 * The verb's possible subjects, most likely first: the nearest actor before it (after any
 * quote), then one right after it ('…,” said the ministry'), then actors before the quote.
 * A candidate that cannot be resolved ("each side" with no antecedent) gives way to the next.
 */
export function subjectCandidates(verb: VerbHit, tokens: Token[], mentions: Mention[]): Mention[] {
  const open = mentions.filter((m) => !m.quoted);
  if (verb.accordingTo) {
    // ("According to the group's interviews with deportees and Armenian officials": those it interviewed are
    // its sources, not the sentence's; the group that interviewed them speaks.)
    const interviewed = interviewsOwnedAt(tokens, verb.end);
    const sources = open.filter((m) => m.start >= verb.end && m.start <= verb.end + 6 && !commaBetween(tokens, verb.end, m.start) && m.start < interviewed);
    // ("According to Azerbaijani Procuracy officials quoted in the report": the report that quotes them is the
    // outermost source, and speaks for its author.)
    const quoting = sources[0] ? quotingWork(sources[0], tokens, open) : null;
    if (quoting) return [quoting];
    const person = namedPerson(verb, tokens, open, true);
    // A name the sources already cover ("By Baku's telling") is no second candidate.
    const named = person?.text && !sources.some((m) => m.start <= person.start && person.start < m.end) ? person : null;
    return named?.start === verb.end ? [named, ...sources] : [...sources, ...(named ? [named] : [])];
  }
  if (verb.passive) {
    // (Past a time said before it: "announced on 4 April by the Kremlin".)
    const by = tokens.findIndex((t, k) => k >= verb.end && k <= verb.end + AGENT_REACH && t.norm === "by");
    const agent = open.find((m) => m.start > verb.end && m.start <= Math.max(verb.end + 3, by + 2));
    return agent ? [agent] : one(namedPerson({ ...verb, end: verb.end + 1 }, tokens, open, true) ?? undefined);
  }
  // "…, in what Armenia's Foreign Ministry called a staged process": the name between "in what" and a verb of naming
  // ("what the parties said at the time" is no one's claim: a question about speech).
  const naming = /^(?:call|called|calls|described|describes|termed|terms|labelled|labeled|branded|dubbed)$/.test(tokens[verb.start]?.norm ?? "");
  // (Only a party's naming: "in what analysts called the worst clash" is the writer's aside, not their claim.)
  const whatSubject = naming
    ? open.find(
        (m) =>
          // ("in what Moscow officially called …": an adverb may stand before the verb.)
          (m.end === verb.start || (m.end === verb.start - 1 && /\w{3,}ly$/.test(tokens[m.end]?.norm ?? ""))) &&
          tokens[m.start - 1]?.norm === "what" &&
          // "to end what it called the blockade": a pronoun there points back to the sentence's own actor.
          // ("… to report on what he called Armenia's attack": "he" too, which the resolver reads as the sentence's opener.)
          // ("Civilians fled what Baku calls a counter-terror operation": after any verb, a party naming what it
          // names with an object of its own is that party's word too.)
          ((tokens[m.start - 2]?.norm === "in" && m.side !== null && m.side !== "other") ||
            partyNamesObject(m, verb, tokens) ||
            m.anaphor === "it" ||
            m.anaphor === "they" ||
            (m.anaphor === "he" && opensWithPlacedPerson(open, tokens))),
      )
    : undefined;
  if (whatSubject) return [whatSubject];
  // ("… in what residents described as a strike": the writer's aside, never a claim of a state named earlier.)
  if (naming && open.some((m) => m.end === verb.start && tokens[m.start - 1]?.norm === "what" && m.side === "other")) return [];
  // "… drew criticism from Azerbaijani officials, who accuse France of bias": the relative's antecedent.
  const antecedent = relativeAntecedent(verb, tokens, open);
  if (antecedent) return [antecedent];
  // "The ministry summoned the ambassador, X, and handed him a protest note stating that …": what the note
  // states is said by whoever handed it, the sentence's opening subject, not the one it was handed to.
  const sender = sentDocumentSays(verb, tokens) ? openingSubject(open, tokens) : null;
  if (sender) return [sender];
  // "…, we spoke to Hikmet Hajiyev": a first or second person right at the verb is its subject,
  // the writer or the reader, and no actor further back stands in for it.
  if (personalSubjectAt(verb, tokens)) return [];
  const lastQuote = lastQuotedBefore(tokens, verb.start);
  const left = open
    .filter(
      (m) =>
        m.end <= verb.start &&
        m.start > lastQuote &&
        !inAside(m, verb, tokens) &&
        !venueOfStatement(m, verb, tokens, open) &&
        !inBracketsAfter(m, tokens, open, verb) &&
        !placeVisited(m, tokens) &&
        !isObject(m, tokens, mentions, tokens[verb.start]?.norm.endsWith("ing"), standsAtVerb(m, verb, tokens), participleAt(verb, tokens)) &&
        !outsideClause(m, verb, tokens) &&
        !inRelativeClause(m, verb, tokens) &&
        !placeModifyingNoun(m, tokens) &&
        !placeInAside(m, tokens) &&
        !inFrontedPhrase(m, tokens, verb) &&
        !ownedObject(m, tokens, verb) &&
        !amongTheAccused(m, tokens, verb) &&
        !topicOfWork(m, tokens),
    )
    .reverse();
  // "Turkey, Azerbaijan's closest ally, welcomed": the apposition describes the subject before it.
  // But "France, the US and Russia, the co-chairs of the Minsk Group, called": the countries
  // speak as that mediating body, so an apposed mediator keeps its place.
  // And "His French counterpart, Jean-Jacques Gaillard, said": a known person named after a title is
  // who the title is, and speaks for the side the gazetteer knows him by.
  // ("Russia, itself a Minsk Group co-chair, said": "itself" makes the apposition a description of the state.)
  const [described, apposed] = partition(
    left,
    (m) =>
      (m.type === "mediator" &&
        !DESCRIBING_ASIDE.has(tokens[m.start - 1]?.norm ?? "") &&
        !DESCRIBING_ASIDE.has(tokens[m.start - 2]?.norm ?? "") &&
        !oneMediatingState(m, left, tokens) &&
        !describesHeadsOfStates(m, left, tokens)) ||
      !inApposition(m, verb, tokens) ||
      namesTheTitle(m, left, tokens) ||
      placeOfNamedTitle(m, verb, tokens),
  );
  const beforeQuote = open
    .filter((m) => m.end <= lastQuote)
    .reverse()
    .slice(0, 1);
  // Inverted order only straight after a quote or a comma: '…,” said the ministry'.
  const prev = tokens[verb.start - 1];
  // ("…, urging both sides to return": a participle after a comma has its object after it.)
  // ("Clinton, speaking in Yerevan, said she was concerned": a pronoun with its own verb opens the report.)
  const reportOpens = PRONOUN.test(tokens[verb.end]?.norm ?? "") && REPORT_VERB.test(tokens[verb.end + 1]?.norm ?? "");
  const inverted =
    prev !== undefined && (isQuoteMark(prev.text) || prev.text === ",") && !verb.transitive && !/ing$/.test(tokens[verb.start]?.norm ?? "") && !reportOpens;
  const after = inverted ? one(subjectAfter(verb, tokens, open)) : [];
  // A person the gazetteer does not know, named right at the verb ("his wife Veronika
  // Zonabend said"), speaks for no side we know of: "other". Only after every actor failed,
  // unless the name stands right against the verb and no actor does.
  const openComma = openingCommaOfApposition(verb, tokens);
  // "Richard Giragosian, director of the … Center for International Studies, said": the name
  // opening the sentence, not the capitalised words closing the apposition.
  const namedFound = nameOpening(tokens, openComma, open) ?? namedPerson(verb, tokens, open, inverted);
  // ("A diplomat who has travelled through Lachin said": a name inside the "who" clause is no speaker.)
  const named = namedFound && !inRestrictiveWhoClause(namedFound, tokens) ? namedFound : null;
  // "State prosecutors Vusal Aliyev and Fuad Musayev said": the plural title heads both names, and says whose they are.
  const pairTitle = named ? titleOverNamedPair(named, tokens, open) : null;
  if (pairTitle && named?.end === verb.start) return [pairTitle];
  // "Viktor Orlov, the Russian envoy, said": the name is the subject; the apposition describes him.
  // ("Anna Grigoryan, 64, a pensioner from Stepanakert, said": past the age to the apposition.)
  const agedName = named !== null && named.end + 2 === openComma && /^\d{1,3}$/.test(tokens[named.end + 1]?.text ?? "");
  const nameFirst = named !== null && ((named.end === verb.start && described[0]?.end !== verb.start) || named.end === openComma || agedName);
  // "Aliyev chaired a meeting of his security council and said …": a verb after "and" shares
  // the subject that opened the sentence.
  const opener = afterAnd(verb, tokens) ? (openingSubject(open, tokens) ?? apposedOpeningOffice(tokens, open)) : null;
  if (opener) return [opener, ...described.filter((m) => m !== opener).slice(0, 2)];
  // "USAID Administrator Samantha Power visited Armenia on 25 September, announced $11.5 million …":
  // the second of verbs listed with commas shares the subject that opened the sentence, not the
  // object of the first.
  // (Not "Azerbaijan shelled the village, said the ministry": a subject right after the verb says it.)
  const listed = prev?.text === "," && after.length === 0 ? openingSubject(open, tokens) : null;
  // (Only where the subject's own verb follows it: "The decree, first published by …, said" has an aside, no list.)
  // (And only one comma, the list's: "Azerbaijan shelled the town, Karen Petrosyan, a resident, told us" names its speaker.)
  const ownVerbNext =
    listed !== null &&
    tokens[listed.end]?.text !== "," &&
    !tokens.slice(listed.end, verb.start - 1).some((t) => t.text === ",") &&
    finiteVerbBetween(tokens, listed.end, verb.start - 1);
  if (listed && ownVerbNext && (listed.side || listed.anaphor === "title") && !listed.quoted && noClauseBreak(tokens, listed.end, verb.start))
    return listed.side ? [listed, ...described.filter((m) => m !== listed).slice(0, 2)] : [listed];
  // "Steinmeier, speaking as OSCE Chairperson-in-Office, said": the office the aside names is whose words these are.
  const capacity = capacityAside(verb, tokens, open);
  if (capacity) return [capacity];
  // "The statement, read out by the OSCE's chairman-in-office, …, said": whoever read it out speaks.
  const reader = statementReader(verb, tokens, open);
  if (reader) return [reader];
  // "X has sent the United Nations a report on the strike, accusing Armenia of …": a participle
  // after a comma shares the subject the sentence opened with, not an object standing nearer.
  const participle = prev?.text === "," && tokens[verb.start]?.norm.endsWith("ing") ? openingSubject(open, tokens) : null;
  if ((participle?.side || participle?.anaphor === "title") && !participle.quoted && noClauseBreak(tokens, participle.end, verb.start))
    // (A title that may resolve to no one is still the subject: the objects after it never speak instead.)
    return participle.side ? [participle, ...described.filter((m) => m !== participle).slice(0, 2)] : [participle];
  // "In Yerevan, Simonyan credited Washington, telling reporters …": a name opening the sentence before
  // its own verb is the participle's subject, not the object of that verb.
  // ("Gukassian went further, crediting him with …, and calling him …": so is a participle after "and".)
  const namedOpener =
    (prev?.text === "," || afterAnd(verb, tokens)) && tokens[verb.start]?.norm.endsWith("ing") && !participle ? openingNameBeforeVerb(tokens, verb) : null;
  if (namedOpener) return [namedOpener];
  // "The Minsk Group co-chairs from Russia, France and the United States urged": the countries
  // only say where the mediators come from; the mediators speak.
  const body = mediatorBeforeOrigins(described, tokens, mentions);
  if (body) return [body, ...described.filter((m) => m !== body).slice(0, 2)];
  // "Moscow's leverage is shrinking, said Kamran Ismayilov": after a comma, a subject standing
  // right after the verb says the words before it; the actors in those words are what was said.
  const invertedSubject = inverted && prev?.text === "," ? (closingSubject(after[0], verb, tokens) ?? closingSubject(named, verb, tokens)) : null;
  if (invertedSubject) return [invertedSubject, ...described.slice(0, 2)];
  // "A ceasefire came into force at midnight, Vladimir Kazimirov, the Russian president's envoy for
  // Nagorno-Karabakh, told Interfax": a known person set off by commas before his apposition speaks.
  // (Only before a description: "…, Vladimir Putin, Donald Trump and Emmanuel Macron, called" is a list.)
  const describedAfter = /^\p{Ll}/u.test(tokens[openComma + 1]?.text ?? "");
  const trailingPerson = describedAfter
    ? open.find((m) => m.end === openComma && m.type === "person" && m.side !== null && m.side !== UNCLEAR && tokens[m.start - 1]?.text === ",")
    : undefined;
  if (trailingPerson) return [trailingPerson, ...described.filter((m) => m !== trailingPerson).slice(0, 2)];
  const found = [
    ...(nameFirst ? [named] : []),
    ...[...described.slice(0, 3), ...apposed.slice(0, 1)],
    ...(named && !nameFirst ? [named] : []),
    ...after,
    ...beforeQuote,
  ];
  // "On Monday Hajiyev went further, telling reporters that …": a participle after a comma shares
  // the subject the sentence opened with, a name as much as an actor.
  if (found.length === 0 && prev?.text === "," && tokens[verb.start]?.norm.endsWith("ing")) {
    const opening = openingName(tokens, verb);
    if (opening) return [opening];
  }
  return found;
}

/** The mention as a list of candidates: none when there is none. */
function one(m: Mention | undefined): Mention[] {
  return m ? [m] : [];
}

/** No ";", colon, dash or subordinating "while"/"but" between two points of a sentence. */
function noClauseBreak(tokens: Token[], from: number, to: number): boolean {
  return !tokens.slice(from, to).some((t) => [";", ":", "–", "—"].includes(t.text) || ["while", "but", "whereas", "although"].includes(t.norm) || t.quoted);
}

/**
 * "… whose movement demands Pashinyan's resignation and accuses him …": a possessive right after a
 * verb of speech, before a noun of its own, is whose thing the verb's object is, never a later verb's subject.
 */
function ownedObject(m: Mention, tokens: Token[], verb: VerbHit): boolean {
  return tokens[m.end - 1]?.possessive === true && m.end < verb.start && tokens[m.end]?.isWord === true && isSpeechVerbForm(tokens[m.start - 1]?.norm ?? "");
}

/**
 * "For Israeli manufacturers, the figure confirms …", "For Armenia, the line would mean …": whom a
 * fronted "For …," phrase names is what the sentence is about, never the subject of its verb; and a
 * place in a fronted scene ("At talks in Moscow on Feb. 20, …") is only where it happened.
 */
function inFrontedPhrase(m: Mention, tokens: Token[], verb: VerbHit): boolean {
  const first = tokens.findIndex((t) => t.isWord);
  const word = tokens[first]?.norm ?? "";
  if (word !== "for" && !FRONTED_SCENE.has(word)) return false;
  // ("At talks in Moscow on Feb. 20, the foreign ministers of the two republics … called": where and
  // when it happened, set before the subject, names no speaker of a verb after it.)
  const reach = word === "for" ? FOR_REACH : SCENE_REACH;
  const comma = tokens.findIndex((t, k) => k > first && k <= first + reach && t.text === ",");
  // (Only a place in the scene: "At the time a spokesman for Georgia's Interior Ministry, Major X, said" has no comma of its own.)
  const scene = word === "for" || (SCENE_NOUNS.has(tokens[first + 1]?.norm ?? "") && m.type === "country");
  return comma > 0 && m.start > first && m.end <= comma && verb.start > comma && scene;
}

const FOR_REACH = 8;
const SCENE_REACH = 12;
/** Prepositions that open a fronted scene: "At talks in Moscow,", "During a visit to Baku,". */
const FRONTED_SCENE: ReadonlySet<string> = new Set(["at", "during", "after", "before", "following"]);
/** The events a fronted scene names right after its preposition. */
const SCENE_NOUNS: ReadonlySet<string> = new Set(["talks", "a", "the", "his", "her", "their", "its", "meetings", "consultations", "negotiations"]);

/**
 * "In 2022 it published a study of Nakhchivan which concluded …": the place or the party a work is
 * about is its topic, never the one whose findings the work states.
 */
function topicOfWork(m: Mention, tokens: Token[]): boolean {
  return TOPIC_PREPOSITIONS.has(tokens[m.start - 1]?.norm ?? "") && WORK_NOUNS.has(tokens[m.start - 2]?.norm ?? "");
}
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "on", "about", "into"]);
const WORK_NOUNS: ReadonlySet<string> = new Set(["study", "survey", "assessment", "analysis", "investigation", "inquiry", "audit", "census", "review"]);

/**
 * "The prosecution in the trial of fifteen former leaders of Nagorno-Karabakh asked …": whom a trial
 * or a case is against, named before the verb, is accused, not the subject of the verb.
 */
function amongTheAccused(m: Mention, tokens: Token[], verb: VerbHit): boolean {
  if (m.start > verb.start) return false;
  for (let k = m.start - 1; k >= Math.max(0, m.start - ACCUSED_REACH); k--) {
    const t = tokens[k];
    if (!t?.isWord) return false;
    if ((t.norm === "of" || t.norm === "against") && TRIAL_NOUNS.has(tokens[k - 1]?.norm ?? "")) return true;
  }
  return false;
}
const TRIAL_NOUNS: ReadonlySet<string> = new Set(["trial", "trials", "case", "cases", "prosecution", "charges", "indictment", "sentencing", "conviction"]);
/** How far back the trial may stand: "the trial of fifteen former political and military leaders of". */
const ACCUSED_REACH = 9;

/** The capitalised name that opens a sentence, after a fronted "On Monday" or "In June,". */
function openingName(tokens: Token[], verb: VerbHit): Mention | null {
  let i = 0;
  if (["on", "in", "at", "by", "after", "later", "earlier"].includes(tokens[0]?.norm ?? "")) {
    i = 1;
    while (i < 4 && tokens[i]?.isWord && (CALENDAR_WORDS.has(tokens[i]?.norm ?? "") || /^\d/.test(tokens[i]?.text ?? ""))) i++;
    if (tokens[i]?.text === ",") i++;
  }
  let end = i;
  while (end < verb.start && end - i < 3 && tokens[end]?.capitalized && tokens[end]?.isWord && !tokens[end]?.quoted) end++;
  if (end === i || tokens[end]?.isWord !== true || tokens[end]?.capitalized) return null;
  return strangerMention(tokens, i, end);
}

/**
 * A name of one to three capitalised words opening the sentence (after "In Yerevan," or "On Monday,"),
 * followed straight away by a verb in the past ("Simonyan credited …"), before the participle `verb`.
 */
function openingNameBeforeVerb(tokens: Token[], verb: VerbHit): Mention | null {
  let i = 0;
  if (FRONTED_PHRASE.has(tokens[0]?.norm ?? "")) {
    const comma = tokens.findIndex((t, k) => k > 0 && k < 6 && t.text === ",");
    if (comma < 0) return null;
    i = comma + 1;
  }
  let end = i;
  while (end < verb.start && end - i < 3 && tokens[end]?.capitalized && tokens[end]?.isWord && !tokens[end]?.quoted && !NOT_NAMES.has(tokens[end]?.norm ?? ""))
    end++;
  if (end === i || !FINITE_PAST.test(tokens[end]?.norm ?? "")) return null;
  return strangerMention(tokens, i, end);
}

/** A subject right after the verb that closes the sentence or its clause ("…, said the ministry."). */
function closingSubject(m: Mention | null | undefined, verb: VerbHit, tokens: Token[]): Mention | null {
  if (!m || m.start < verb.end || m.start > verb.end + 1) return null;
  const next = tokens[m.end];
  return next === undefined || next.text === "," || next.text === "." || next.text === ";" ? m : null;
}

/** The index of the word before the verb and the adverbs and auxiliaries in front of it ("and have said"). */
function beforeVerbGroup(verb: VerbHit, tokens: Token[]): number {
  let k = verb.start - 1;
  while (k >= 0 && tokens[k]?.isWord && (adverbAt(tokens, k) || AUXILIARY.has(tokens[k]?.norm ?? ""))) k--;
  return k;
}

function personalSubjectAt(verb: VerbHit, tokens: Token[]): boolean {
  const k = beforeVerbGroup(verb, tokens);
  const t = tokens[k];
  return t !== undefined && !t.quoted && /^(?:we|i|you)$/.test(t.norm);
}

/**
 * A mediating body whose "from"/"of" phrase lists the countries right before the verb: the body,
 * not the last country, is the subject.
 */
function mediatorBeforeOrigins(described: Mention[], tokens: Token[], mentions: Mention[]): Mention | null {
  const nearest = described[0];
  // ("… from Russia, the USA and France in a joint statement called": the last country says how they spoke.)
  const origin = (m: Mention | undefined) => m?.type === "country" || (m?.type === "statement" && m.sideFrom === "country");
  const body = described.find((m) => !origin(m));
  if (!origin(nearest) || body?.type !== "mediator" || !body.side || !nearest) return null;
  if (!["from", "of"].includes(tokens[body.end]?.norm ?? "")) return null;
  // Only countries, commas, "and" and "the" from there to the country at the verb.
  const inCountry = (i: number) => mentions.some((m) => m.type === "country" && i >= m.start && i < m.end);
  for (let i = body.end + 1; i < nearest.start; i++) {
    if (!inCountry(i) && ![",", "and", "the"].includes(tokens[i]?.norm ?? "")) return null;
  }
  return body;
}

/** "protests in Yerevan, where crowds accused …": the verb's clause starts after "where". */
/** Relatives named by whose kin they are: "the wife of", "the son of", "the widow of". */
const KIN_OF: ReadonlySet<string> = new Set([
  "wife",
  "husband",
  "son",
  "daughter",
  "widow",
  "widower",
  "mother",
  "father",
  "brother",
  "sister",
  "nephew",
  "niece",
  "cousin",
  "grandson",
  "granddaughter",
]);

/** Words opening a wh-clause: "what the agencies reported", "how the two sides counted". */
const WH_OPENERS: ReadonlySet<string> = new Set(["what", "how", "who", "why", "where", "when"]);

/** Words opening a clause of time or cause, whose own subject follows them. */
const SUBORDINATORS: ReadonlySet<string> = new Set(["after", "before", "because", "until", "once", "unless"]);

function outsideClause(m: Mention, verb: VerbHit, tokens: Token[]): boolean {
  const between = tokens.slice(m.end, verb.start);
  let opener = -1;
  between.forEach((t, i) => {
    if (t.norm === "where" || t.norm === "when") opener = i;
  });
  // ("The Karabakh parliament, where Armenians hold most seats, appealed …": an aside set off by commas
  // describes the mention; the verb after it is the mention's own.)
  const aside = opener > 0 && between[opener - 1]?.text === "," && between.slice(opener + 1).some((t) => t.text === ",");
  if (opener >= 0 && !aside) return true;
  // "The Karabakh exodus: what the agencies reported": a wh-clause after a label's colon has its own subject.
  const labelEnd = between.findIndex((t) => t.text === ":");
  if (labelEnd >= 0 && WH_OPENERS.has(between[labelEnd + 1]?.norm ?? "")) return true;
  // "Canada cancelled the permits for Turkey after a review found that …": a clause opened by "after"
  // or "because" before a noun of its own has that noun for its subject ("Baku, after a long silence,
  // said" sets the phrase off with commas and keeps its subject).
  const subordinate = between.findIndex((t, i) => SUBORDINATORS.has(t.norm) && DETERMINERS.has(between[i + 1]?.norm ?? ""));
  if (subordinate >= 0 && !between.slice(subordinate).some((t) => t.text === ",")) return true;
  // "what the parties and mediators have said": the subject of a wh-clause reports nothing.
  // A label before a colon ("What happened: the ministry said …") opens no wh-clause.
  const before = tokens.slice(Math.max(0, m.start - 5), m.start);
  const colon = before.map((t) => t.text).lastIndexOf(":");
  return before.slice(colon + 1).some((t) => t.norm === "what" || t.norm === "how");
}

/**
 * "Mr Kazimirov, who has spent the year shuttling between Baku, Yerevan and Stepanakert, said":
 * places and people inside a relative clause closed by a comma before the verb are not its subject.
 */
function inRelativeClause(m: Mention, verb: VerbHit, tokens: Token[]): boolean {
  if (inRestrictiveWhoClause(m, tokens) || inContactClause(m, tokens)) return true;
  // "… has led protesters who now demand Mr Pashinyan's resignation, accusing him …": before a
  // participle set off by a comma, a "who" clause with no comma before it holds no subject either.
  // (Only when that comma closes the clause: "X, the envoy who led Baku's delegation, had refused to sign, saying"
  // closes it earlier, and the clause says whose envoy he is.)
  const participle =
    /ing$/.test(tokens[verb.start]?.norm ?? "") && tokens[verb.start - 1]?.text === "," && !tokens.slice(m.end, verb.start - 1).some((t) => t.text === ",");
  let opener = -1;
  for (let i = m.start - 1; i >= 0 && tokens[i]?.text !== ";"; i--) {
    if (RELATIVE_WORDS.has(tokens[i]?.norm ?? "") && (tokens[i - 1]?.text === "," || participle)) {
      opener = i;
      break;
    }
  }
  if (opener < 0) return false;
  // The clause must close with a comma between the mention and the verb.
  return tokens.slice(m.end, verb.start).some((t) => t.text === ",");
}

const RELATIVE_WORDS = new Set(["who", "which", "whose", "whom"]);

/**
 * "Firms working in the districts Azerbaijan retook in 2020 say …": a state right after the land
 * it took, lost or holds, with no "that", is the subject of that clause, not of the speech verb.
 */
function inContactClause(m: Mention, tokens: Token[]): boolean {
  return LAND_NOUNS.has(tokens[m.start - 1]?.norm ?? "") && LAND_VERBS.test(tokens[m.end]?.norm ?? "");
}

const LAND_NOUNS = new Set([
  "districts",
  "district",
  "territories",
  "territory",
  "lands",
  "land",
  "areas",
  "area",
  "villages",
  "regions",
  "region",
  "towns",
  "positions",
]);
const LAND_VERBS =
  /^(?:re)?(?:took|taken|captured|seized|won|lost|regained|liberated|occupied|controls?|controlled|holds?|held|retook|returned|handed|gave|ceded|surrendered|recaptured|reclaimed)$/;

/**
 * "A Western diplomat who follows the region closely said": a "who" straight after the person it
 * describes, its own verb before the mention; the mention is that clause's object, not the subject.
 */
function inRestrictiveWhoClause(m: Mention, tokens: Token[]): boolean {
  // ('"What is the use of talks with those who bomb churches?" he wrote': a quotation closes the clause; a
  // "who" inside it is the quoted words', not the subject's.)
  for (let i = m.start - 1; i > 0 && tokens[i]?.text !== ";" && tokens[i]?.text !== "," && !tokens[i]?.quoted; i--) {
    // Only a clause on the sentence's opening subject: in "X, the deputy speaker who led Baku's
    // delegation, said" the clause is the apposition's, and says whose delegation he led.
    // ("A rapporteur mission of the CSCE that toured the region said": "that" after a noun, not after "said", opens one too.)
    const relative = tokens[i]?.norm === "who" || (tokens[i]?.norm === "that" && nounBefore(tokens[i - 1]));
    if (relative && i < m.start - 1 && tokens[i - 1]?.isWord === true) return openingSubjectAt(tokens, i);
  }
  return false;
}

/**
 * Whether the words before a relative word are the sentence's opening subject: no comma before it,
 * or only the one that closes a fronted place or time ("At the Goris medical centre, a surgeon who
 * asked not to be named because he … said").
 */
function openingSubjectAt(tokens: Token[], relative: number): boolean {
  const commas = tokens.slice(0, relative).filter((t) => t.text === ",");
  return commas.length === 0 || (commas.length === 1 && FRONTED_PHRASE.has(tokens[0]?.norm ?? ""));
}
const FRONTED_PHRASE = new Set(["at", "in", "on", "from", "near", "outside", "inside", "after", "before", "during", "later", "earlier"]);

/** A noun a "that" clause may describe: a name ("the CSCE that"), or a body's or a document's noun. */
function nounBefore(t: Token | undefined): boolean {
  if (!t?.isWord || isSpeechVerbForm(t.norm)) return false;
  return (t.capitalized && t.i > 0) || ANTECEDENT_NOUN.test(t.norm);
}

const ANTECEDENT_NOUN =
  /^(?:group|team|body|mission|delegation|committee|council|commission|panel|report|organisation|organization|agency|unit|magazine|newspaper|paper|outlet|channel|station)s?$/;

/** The actor right before ", who" or ", which" when the verb follows the relative word. */
function relativeAntecedent(verb: VerbHit, tokens: Token[], open: Mention[]): Mention | null {
  const k = beforeVerbGroup(verb, tokens);
  if (!["who", "which"].includes(tokens[k]?.norm ?? "") || tokens[k - 1]?.text !== ",") return null;
  // ("…requested by the prosecution, which had told the court": a title the resolver places, as a later "it" would be.)
  return open.find((m) => m.end === k - 1 && (m.side !== null || (m.anaphor === "title" && m.type !== "statement"))) ?? null;
}

/**
 * "Nancy Pelosi, the Speaker of the US House of Representatives, visited Yerevan … and condemned …":
 * a name the gazetteer does not know opening the sentence, set off by commas round the office that
 * places it: the office is the subject a verb after "and" shares.
 */
function apposedOpeningOffice(tokens: Token[], open: Mention[]): Mention | null {
  const comma = tokens.findIndex((t) => t.text === ",");
  if (comma < 2 || comma > 4 || !tokens.slice(0, comma).every((t) => t.isWord && t.capitalized && !t.quoted)) return null;
  const close = tokens.findIndex((t, k) => k > comma && t.text === ",");
  // ("…, the Speaker of the US House of Representatives, …": the first body the apposition names places the office.)
  const office = open.find((m) => m.start > comma && m.end <= close && close - comma <= APPOSITION_WORDS);
  return office && office.side !== null && office.side !== UNCLEAR && tokens[office.end]?.text !== "and" ? office : null;
}

/** How long an office set off by commas after a name may be: "the Speaker of the US House of Representatives". */
const APPOSITION_WORDS = 10;

/** A past-tense verb of the sentence's own between two points: "visited", "met", "held". */
function finiteVerbBetween(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => t.isWord && !t.capitalized && FINITE_PAST.test(t.norm));
}

function afterAnd(verb: VerbHit, tokens: Token[]): boolean {
  // ("…, and have said Baku uses the issue": auxiliaries stand between "and" and the verb too.)
  // ("It did not name Armenia as the aggressor, but urged …": so does a verb after "but" with its comma.)
  const k = beforeVerbGroup(verb, tokens);
  return tokens[k]?.norm === "and" || (tokens[k]?.norm === "but" && tokens[k - 1]?.text === ",");
}

/**
 * Whether the verb is a participle saying what a document handed or sent over says: "handed him a
 * protest note stating that …", "sent the court a letter saying …".
 */
function sentDocumentSays(verb: VerbHit, tokens: Token[]): boolean {
  if (!DOCUMENT_SAYS.has(tokens[verb.start]?.norm ?? "") || !SENT_DOCUMENT.has(tokens[verb.start - 1]?.norm ?? "")) return false;
  const from = Math.max(0, verb.start - 1 - SENT_DOCUMENT_REACH);
  return tokens.slice(from, verb.start - 1).some((t) => SENDING.has(t.norm));
}
const DOCUMENT_SAYS: ReadonlySet<string> = new Set(["stating", "saying", "declaring", "demanding", "warning", "protesting", "asserting"]);
const SENT_DOCUMENT: ReadonlySet<string> = new Set(["note", "letter", "message", "memorandum", "communique", "protest", "demarche"]);
const SENDING: ReadonlySet<string> = new Set(["handed", "hands", "sent", "sends", "delivered", "delivers", "passed", "addressed"]);
/** "handed him a formal protest note": how far before the document its sending verb may stand. */
const SENT_DOCUMENT_REACH = 5;

/** The actor a sentence opens with ("Azerbaijan's president, Ilham Aliyev, …"), if it opens with one. */
function openingSubject(open: Mention[], tokens: Token[]): Mention | null {
  const first = open[0];
  // "On Monday, the U.S. ambassador … visited the border and reiterated …": past a fronted time.
  // "The head of the US aid agency USAID, Samantha Power, visited … and announced": past a title.
  let from = frontedTimeEnd(tokens, true);
  while (from < (first?.start ?? 0) && TITLE_OPENERS.has(tokens[from]?.norm ?? "")) from++;
  if (!first || first.start > from + 1 || first.start < from || (first.start === from + 1 && tokens[from]?.norm !== "the")) return null;
  // ("In September prosecutors opposed …, saying": a bare title opening the sentence is its subject too,
  // whoever it turns out to be.)
  return first.side !== null || first.definite || first.anaphor === "title" ? first : null;
}

/**
 * "Russia, a co-chair of the OSCE Minsk Group, said": one state described as one of the mediators
 * speaks as itself (a person so described speaks as the mediator: "Igor Popov, a co-chair of …").
 */
export function oneMediatingState(m: Mention, mentions: readonly Mention[], tokens: Token[]): boolean {
  // ("Russia, the main mediator in the conflict, welcomed": one state, not a list, described by one mediator's title.)
  const article = tokens[m.start - 1]?.norm === "main" || tokens[m.start - 1]?.norm === "chief" ? m.start - 2 : m.start - 1;
  const singular = !/s$/i.test(tokens[m.end - 1]?.norm ?? "");
  // ("Russia, one of the three co-chairs of the Minsk Group, said", "France, another co-chair country, warned":
  // one of the mediating states, described as such, speaks for itself.)
  const oneOf = oneOfTheMediators(m, tokens);
  if (oneOf >= 0)
    return mentions.some(
      (o) =>
        o.type === "country" && o.side !== null && o.end === oneOf && tokens[o.end]?.text === "," && !["and", ","].includes(tokens[o.start - 1]?.norm ?? ""),
    );
  if (!["a", "an"].includes(tokens[article]?.norm ?? "") && !(tokens[article]?.norm === "the" && singular)) return false;
  return mentions.some(
    (o) =>
      o.type === "country" &&
      o.side !== null &&
      tokens[o.end]?.text === "," &&
      o.end + 2 === article + 1 &&
      !["and", ","].includes(tokens[o.start - 1]?.norm ?? ""),
  );
}

/**
 * Where the state stands ends (the index of its comma) before "one of the (three) co-chairs" or "another
 * co-chair (country)": a mediator's title saying the state is one of several; -1 otherwise.
 */
function oneOfTheMediators(m: Mention, tokens: Token[]): number {
  const back = (k: number) => tokens[k]?.norm ?? "";
  // (The mention may hold its own article and number: "the three co-chairs of the Minsk Group".)
  const title = tokens.findIndex((t, i) => i >= m.start && i < m.end && /^co-?chairs?$|^mediators?$/.test(t.norm));
  if (title < 0) return -1;
  let k = title - 1;
  if (back(k) === "another") return back(k - 1) === "," ? k - 1 : -1;
  if (/^(?:two|three|four)$/.test(back(k))) k--;
  if (back(k) !== "the" || back(k - 1) !== "of" || back(k - 2) !== "one" || !/s$/.test(back(title))) return -1;
  return back(k - 3) === "," ? k - 3 : -1;
}

const TITLE_OPENERS = new Set(["the", "head", "chief", "director", "leader", "of"]);

/**
 * Where a fronted time phrase and its comma end ("On Monday,", "In June 1993,"), or 0. With
 * `commaless`, a time phrase run straight into its subject ends there too ("On Tuesday President
 * Aliyev …", "In September prosecutors …"): only where the sentence's opening subject is sought.
 */
export function frontedTimeEnd(tokens: Token[], commaless = false): number {
  const rowDate = timelineDateEnd(tokens);
  if (rowDate > 0) return rowDate;
  if (!["on", "in", "at", "by", "later", "earlier"].includes(tokens[0]?.norm ?? "")) return 0;
  let i = 1;
  while (i < 5 && tokens[i]?.isWord && (CALENDAR_WORDS.has(tokens[i]?.norm ?? "") || /^\d/.test(tokens[i]?.text ?? ""))) i++;
  if (i > 1 && tokens[i]?.text === ",") return i + 1;
  return commaless && i > 1 && tokens[i]?.isWord ? i : 0;
}

/** "17 September 2020 - Washington raised …", "May 2021 – …": a timeline row's date and its dash, before the row's subject. */
function timelineDateEnd(tokens: Token[]): number {
  let i = 0;
  while (i < 4 && tokens[i]?.isWord && (CALENDAR_WORDS.has(tokens[i]?.norm ?? "") || /^\d/.test(tokens[i]?.text ?? ""))) i++;
  return i > 0 && /^[-–—]$/.test(tokens[i]?.text ?? "") ? i + 1 : 0;
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}

/** Between two commas that close right before the verb, with a subject before the first comma. */
const APPOSITION_MARKS = new Set([",", "–", "—", "-"]);

/** A known person named right after a title and its comma: "His French counterpart, Jean-Jacques Gaillard,". */
function namesTheTitle(m: Mention, mentions: readonly Mention[], tokens: Token[]): boolean {
  if (m.sideFrom !== "actor" || m.type !== "person" || m.sides.length !== 1 || tokens[m.start - 1]?.text !== ",") return false;
  // Only where the title's nationality says otherwise ("French" for a Minsk Group co-chair): a title that
  // agrees or names no side stays the subject, so that "the ombudsman's office" later finds the ombudsman.
  // ("the leader of Karabakh's self-defence committee, Serzh Sarkisian,": the body he led then says whose he was.)
  // ("The foreign ministry's spokesman, Vahan Hunanyan, said": a title naming no side, which only the
  // text before could place, is who the known name after it is.)
  return mentions.some(
    (o) =>
      o !== m &&
      o.end === m.start - 1 &&
      ((o.sideFrom === "country" && o.sides.length > 0 && !m.sides.some((side) => o.sides.includes(side)) && !HEAD_OF_BODY.test(o.text)) ||
        (o.anaphor === "title" && o.sides.length === 0 && o.type === "person")),
  );
}

/** A body's head named by the body: "the leader of Karabakh's self-defence committee", "the head of the … council". */
const HEAD_OF_BODY = /^(?:the\s+)?(?:\p{L}+\s+)?(?:leader|head|chairman|chief|commander)\s+of\b/iu;

/**
 * "…, the deputy governor-general of East Azerbaijan for security affairs, Aliyar Rastgou, said": the
 * place after "of" in a title set off just before the speaker's name says whose official he is.
 */
function placeOfNamedTitle(m: Mention, verb: VerbHit, tokens: Token[]): boolean {
  // (The place itself, or the title that holds it: "the deputy governor of West Azerbaijan".)
  // ("the leader of Karabakh's self-defence committee, Serzh Sarkisian,": a body's head is a title too.)
  const headOfBody = m.sideFrom === "country" && HEAD_OF_BODY.test(m.text);
  const placeOfTitle = (m.type === "country" && tokens[m.start - 1]?.norm === "of") || (m.type === "person" && m.sideFrom === "country") || headOfBody;
  if (!placeOfTitle) return false;
  const between = tokens.slice(m.end, verb.start);
  const commas = between.flatMap((t, i) => (t.text === "," ? [i] : []));
  if (commas.length !== 2 || commas[1] !== between.length - 1) return false;
  const name = between.slice((commas[0] ?? 0) + 1, -1);
  return name.length >= 2 && name.length <= 3 && name.every((t) => t.isWord && t.capitalized);
}

function inApposition(m: Mention, verb: VerbHit, tokens: Token[]): boolean {
  // The apposition closes at the last mark before the verb (only adverbs may follow it).
  let close = verb.start - 1;
  // "Ankara, Baku's closest ally, has said": adverbs and auxiliaries may follow the apposition.
  while (close > m.end && tokens[close]?.isWord && (adverbAt(tokens, close) || AUXILIARY.has(tokens[close]?.norm ?? ""))) close--;
  const mark = tokens[close]?.text ?? "";
  if (close < m.end || !APPOSITION_MARKS.has(mark)) return false;
  // A dashed one opens at the dash before ("– Russia, France and the United States –");
  if (mark !== ",") {
    const open = lastIndexOf(tokens, m.start, (t) => t.text === mark);
    return open > 0;
  }
  // a comma one at the comma before it (", Azerbaijan's closest ally,"), unless a conjunction
  // opens a clause there (", while the US secretary of state, John Kerry, urged").
  const open = lastIndexOf(tokens, m.start, (t) => t.text === "," || t.text === ";");
  if (open <= 0 || tokens[open]?.text === ";") return false;
  // "On Tuesday, Hikmet Hajiyev, adviser to the president, said": the comma closing a fronted time opens no apposition.
  if (frontedTimeEnd(tokens) === open + 1) return false;
  // '"… untrue," Fahrettin Altun, the director, told': the comma closing a quotation opens no apposition.
  if (isQuoteMark(tokens[open + 1]?.text ?? "")) return false;
  // "the presidents of Russia, the United States and France, …": the rest of a list of states, not an aside.
  if (m.type === "country" && listOfStatesTail(tokens, open, m) && headsOfStates(m, tokens)) return false;
  return !CLAUSE_OPENERS.has(tokens[open + 1]?.norm ?? "");
}

/**
 * "the presidents of Russia, the United States and France, the co-chair countries of the OSCE Minsk
 * Group, called": the mediators' name in the aside describes the states whose heads speak.
 */
function describesHeadsOfStates(m: Mention, mentions: readonly Mention[], tokens: Token[]): boolean {
  const open = lastIndexOf(tokens, m.start, (t) => t.text === ",");
  const state = mentions.find((o) => o.end === open && o.type === "country");
  return state !== undefined && headsOfStates(state, tokens);
}

/** After a comma, "the United States and France,": the states a list joins with "and" up to its closing comma, after a word of the list before it. */
function listOfStatesTail(tokens: Token[], open: number, m: Mention): boolean {
  const end = tokens.findIndex((t, k) => k >= m.end && t.text === ",");
  const words = tokens.slice(open + 1, end < 0 ? m.end : end);
  const and = words.findIndex((t) => t.norm === "and");
  return (
    and > 0 &&
    and < words.length - 1 &&
    words.every((t) => t.isWord && (t.capitalized || t.norm === "and" || t.norm === "the")) &&
    (tokens[open - 1]?.capitalized ?? false)
  );
}

/** The sentence opens (past a fronted time) with a person the gazetteer places: "President Ilham Aliyev declared …". */
function opensWithPlacedPerson(open: readonly Mention[], tokens: Token[]): boolean {
  const first = open[0];
  return first !== undefined && first.type === "person" && first.sides.length === 1 && first.start <= frontedTimeEnd(tokens) + 1;
}

const CLAUSE_OPENERS = new Set(["while", "whereas", "but", "and", "as", "although", "though", "after", "before", "when", "since", "whilst"]);

function lastIndexOf(tokens: Token[], before: number, test: (t: Token) => boolean): number {
  for (let i = before - 1; i >= 0; i--) if (test(tokens[i] as Token)) return i;
  return -1;
}

const ADVERB_LIKE = /ly$|^(also|later|then|again|now|previously|earlier|reportedly|repeatedly|first|initially|still|already|once)$/;

/** An adverb at token k, "in turn" included ("The ministry in turn dismissed …"). */
function adverbAt(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.norm ?? "";
  return ADVERB_LIKE.test(word) || (word === "in" && tokens[k + 1]?.norm === "turn") || (word === "turn" && tokens[k - 1]?.norm === "in");
}
const AUXILIARY = new Set(["had", "has", "have", "was", "is", "were", "would", "will", "did"]);

const NAME_PARTICLES = new Set(["de", "van", "von", "al", "bin", "la", "le", "di", "du", "der"]);
/** Capitalised words that are no part of a person's name. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...CALENDAR_WORDS,
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "but",
  "and",
  "meanwhile",
  "however",
  "earlier",
  "later",
  "this",
  "that",
  "it",
  "he",
  "she",
  "they",
  "we",
  "i",
  // ("I'd add that Baku claimed …": the writer's own "I", contracted, is no name.)
  "i'd",
  "i'll",
  "i've",
  "i'm",
  "after",
  "before",
  "while",
  // ("By calling it counter-terrorism, Baku …": a preposition or a conjunction opening a gerund or a clause is no name.)
  "by",
  "without",
  "with",
  "for",
  "as",
  "if",
  "when",
  "despite",
  "because",
  "although",
  "though",
  "unless",
  "until",
  // ("Then Baroness Cox said": a sentence's opening adverb is no first name.)
  ...OPENING_ADVERBS,
  // ("Having concluded that …, the court said": a perfect participle opening the sentence is no name.)
  "having",
  "being",
  "mr",
  "mrs",
  "ms",
]);

/** How many tokens a bracketed party-and-state tag ("(D-CA)", "(R-N.J.)") takes up right before `end`; 0 if none. */
function partyTagBefore(tokens: readonly Token[], end: number): number {
  if (tokens[end - 1]?.text !== ")") return 0;
  let from = end - 2;
  while (from > 0 && end - from < PARTY_TAG_TOKENS && tokens[from]?.text !== "(") from--;
  if (tokens[from]?.text !== "(") return 0;
  const inner = tokens
    .slice(from + 1, end - 1)
    .map((t) => t.text)
    .join("");
  return PARTY_TAG.test(inner) ? end - from : 0;
}
/** "D-CA", "R-Texas", "I-Vt.", "D-N.J.": a party's initial, a dash, the state. */
const PARTY_TAG = /^[RDI][-–][\p{Lu}][\p{L}.]{1,12}$/u;
const PARTY_TAG_TOKENS = 8;

/** A run of two to four capitalised words ("Tamar Kiknadze", "Thomas de Waal") that is nobody the gazetteer knows. */
function namedPerson(verb: VerbHit, tokens: Token[], open: Mention[], inverted: boolean): Mention | null {
  let beforeVerb = verb.start;
  // "Stepanyan had earlier reported": adverbs and auxiliaries may stand between the name and the verb.
  while (beforeVerb > 0 && tokens[beforeVerb - 1]?.isWord && (adverbAt(tokens, beforeVerb - 1) || AUXILIARY.has(tokens[beforeVerb - 1]?.norm ?? "")))
    beforeVerb--;
  // "Smith (2010) argues": an author's year in brackets stands between the name and the verb.
  if (tokens[beforeVerb - 1]?.text === ")" && isCitedYear(tokens[beforeVerb - 2]?.text ?? "") && tokens[beforeVerb - 3]?.text === "(") beforeVerb -= 3;
  // "Adam Schiff (D-Calif.) said": a member of Congress's party and state in brackets, likewise.
  beforeVerb -= partyTagBefore(tokens, beforeVerb);
  // (The run helpers are module functions over this context, not closures: tsx names every
  // closure on each call, which cost more than the search itself.)
  const near: NameSearch = { verb, tokens, open, inverted, beforeVerb };
  const run =
    runEndingAt(near, beforeVerb) ??
    (tokens[verb.start - 1]?.text === "," ? runEndingAt(near, verb.start - 1) : null) ??
    runEndingAt(near, openingCommaOfApposition(verb, tokens)) ??
    runBeforeDescription(near) ??
    (inverted ? runStartingAt(near, verb.end) : null);
  if (!run) return null;
  // ("residents of Kusapat and Arajadzor told …": the places people live in, not a person's name.)
  if (placesOfPeople(tokens, run[0])) return null;
  return strangerMention(tokens, organisationStart(tokens, run[0]), run[1]);
}

/**
 * "The Center for Truth and Justice said": the capitalised words before the run's "for", "of" or "and"
 * belong to the same name when they name an organisation ("Center", "Institute", "Committee"), so the
 * speaker is the body, not "Justice". Otherwise the run's own start.
 */
function organisationStart(tokens: Token[], start: number): number {
  let k = start;
  while (ORGANISATION_JOINS.has(tokens[k - 1]?.norm ?? "") && tokens[k - 2]?.capitalized && tokens[k - 2]?.isWord) {
    let j = k - 2;
    while (j > 0 && tokens[j - 1]?.capitalized && tokens[j - 1]?.isWord) j--;
    k = j;
  }
  const named = tokens.slice(k, start).some((t) => ORGANISATION_WORDS.has(t.norm));
  return named ? k : start;
}
/** Words that join the parts of an organisation's name: "Institute for War and Peace Reporting". */
const ORGANISATION_JOINS: ReadonlySet<string> = new Set(["for", "of", "and", "on", "to"]);

/** Whether the capitalised words at `start` close a list of places after "residents of", "villagers from" and the like. */
function placesOfPeople(tokens: Token[], start: number): boolean {
  let k = start - 1;
  // Back over the places listed before it: "Kusapat and", "Talish, Madaghis and".
  while (k > 0 && (tokens[k]?.norm === "and" || tokens[k]?.text === ",") && tokens[k - 1]?.capitalized) {
    k--;
    while (k > 0 && tokens[k - 1]?.capitalized && tokens[k - 1]?.isWord) k--;
    k--;
  }
  return (tokens[k]?.norm === "of" || tokens[k]?.norm === "from") && FROM_PEOPLE.test(tokens[k - 1]?.norm ?? "");
}

/** What `namedPerson` looks around: the verb, its sentence's tokens and actors, and where a name may end. */
interface NameSearch {
  verb: VerbHit;
  tokens: Token[];
  open: Mention[];
  inverted: boolean;
  /** The verb's start, moved back over adverbs, auxiliaries and a cited year. */
  beforeVerb: number;
}

function takenByActor(open: Mention[], i: number): boolean {
  return open.some((m) => i >= m.start && i < m.end);
}

function isNameWord(near: NameSearch, t: Token | undefined): boolean {
  return t?.isWord === true && !t.quoted && !takenByActor(near.open, t.i) && ((t.capitalized && !NOT_NAMES.has(t.norm)) || NAME_PARTICLES.has(t.norm));
}

function runEndingAt(near: NameSearch, end: number): [number, number] | null {
  const { tokens } = near;
  let start = end;
  while (start > 0 && isNameWord(near, tokens[start - 1]) && end - start < 4) start--;
  // "de Waal said": a name may not start with its particle; the surname carries it.
  // (Unless it is written capitalised, as a surname's own first word: "De Waal concludes …".)
  while (start < end && NAME_PARTICLES.has(tokens[start]?.norm ?? "") && !tokens[start]?.capitalized) start++;
  return validRun(near, start, end) ? [start, end] : null;
}

function runStartingAt(near: NameSearch, start: number): [number, number] | null {
  let end = start;
  while (isNameWord(near, near.tokens[end]) && end - start < 4) end++;
  return validRun(near, start, end) ? [start, end] : null;
}

/** One word only right at the verb ("Balayan said"), and only if the text introduced him. */
function validRun(near: NameSearch, start: number, end: number): boolean {
  const { tokens, open, verb } = near;
  return (
    (end - start >= 2 || end === near.beforeVerb || (near.inverted && start === verb.end)) &&
    tokens[start]?.capitalized === true &&
    tokens[end - 1]?.capitalized === true &&
    // "Armenian Defense Ministry spokeswoman Shushan Stepanian": the name of a titled actor, not a stranger.
    // So is "Governor of Tavush province Hayk Chobanyan": the unit of the place may stand between.
    !open.some((m) => m.end === start || (m.end === start - 1 && PLACE_UNITS.has(tokens[start - 1]?.norm ?? ""))) &&
    // "Minister for Foreign Affairs, Jeyhun Bayramov,": the office's remit, not a person.
    !(tokens[end]?.text === "," && tokens[end + 1]?.capitalized === true && isRemit(tokens, start)) &&
    // "Azerbaijan's National Agency for Mine Action said": the remit of a body named right before it.
    !(REMIT_OPENERS.has(tokens[start - 1]?.norm ?? "") && open.some((m) => m.end === start - 1 && m.type !== "person" && m.type !== "country")) &&
    // "the Ministry of Public Administration and Justice said": the last word of a body's remit.
    !(tokens[start - 1]?.norm === "and" && open.some((m) => m.end === start - 1 && (m.type === "ministry" || m.type === "government"))) &&
    !inLongRemit(tokens, open, start) &&
    // "A Russian diplomat in Vienna said": a capitalised word after "in" is where, not who.
    !PLACE_PREPOSITIONS.has(tokens[start - 1]?.norm ?? "") &&
    // "A U.S. official travelling with Vice-President Al Gore said": whom the subject was with, not who.
    !COMPANY_PREPOSITIONS.has(tokens[start - 1]?.norm ?? "")
  );
}

/** Prepositions whose object is someone beside the subject, never the subject. */
const COMPANY_PREPOSITIONS = new Set(["with", "alongside", "accompanying", "against", "beside"]);

/** The kind of place after its name in an office's title: "Governor of Tavush province", "head of Fuzuli district". */
const PLACE_UNITS = new Set(["province", "county", "district", "region", "oblast", "municipality", "community", "village", "city", "town", "rayon"]);

/** Prepositions after which a capitalised word names a place ("in Vienna", "from Goris"), not a speaker. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "from", "near", "outside", "inside"]);

/**
 * "the State Commission on Prisoners of War, Hostages and Missing Persons said": the last words of a
 * body's long remit, reached back over its capitalised words, commas and "of", "and".
 */
function inLongRemit(tokens: Token[], open: Mention[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - REMIT_REACH); k--) {
    const t = tokens[k];
    if (!t) return false;
    if ((REMIT_OPENERS.has(t.norm) || t.norm === "on") && open.some((m) => m.end === k && m.type !== "person" && m.type !== "country")) return true;
    if (!(t.capitalized || t.text === "," || REMIT_GLUE.has(t.norm))) return false;
  }
  return false;
}

const REMIT_GLUE = new Set(["of", "and", "the", "for", "on"]);
/** How far back a remit may reach from its last words. */
const REMIT_REACH = 14;

/** Words that open the remit of an office ("Minister for Europe and Foreign Affairs", "Ministry of Defence"). */
const REMIT_OPENERS = new Set(["of", "for"]);

/**
 * Whether the words from `start`, closed by the comma of an apposition, end an office's remit:
 * "for Foreign Affairs, Jeyhun Bayramov,". A name right after the remit ("Minister of Emergency
 * Situations Kamaladdin Heydarov told") is no remit.
 */
function isRemit(tokens: Token[], start: number): boolean {
  let k = start - 1;
  while (k > 0 && (tokens[k]?.norm === "and" || (tokens[k]?.isWord && tokens[k]?.capitalized))) k--;
  return REMIT_OPENERS.has(tokens[k]?.norm ?? "") && (k === start - 1 || tokens[k + 1]?.capitalized === true);
}

/**
 * '"…," Vladimir Kazimirov, the Russian envoy who shuttled between Baku and Yerevan, told
 * reporters': a name followed by ", the/a/an …" that opens a description reaching the verb.
 */
function runBeforeDescription(near: NameSearch): [number, number] | null {
  const { verb, tokens } = near;
  const from = lastQuotedBefore(tokens, verb.start) + 1;
  for (let i = from; i < verb.start - 2; i++) {
    if (tokens[i]?.text !== "," || !["the", "a", "an"].includes(tokens[i + 1]?.norm ?? "")) continue;
    if (tokens.slice(i, verb.start).some((t) => t.text === ";" || t.text === ".")) continue;
    const run = runEndingAt(near, i);
    if (run) return run;
  }
  return null;
}

/** The comma opening ", an analyst at …," when the verb follows its closing comma; -1 when none. */
export function openingCommaOfApposition(verb: VerbHit, tokens: Token[]): number {
  let k = verb.start - 1;
  while (k >= 0 && tokens[k]?.isWord && adverbAt(tokens, k)) k--;
  // ("NAME, who heads the commission, has said …", "…, has also said": the verb's auxiliary stands after the comma.)
  if (APPOSITION_AUXILIARIES.has(tokens[k]?.norm ?? "")) {
    k--;
    while (k >= 0 && tokens[k]?.isWord && adverbAt(tokens, k)) k--;
  }
  if (tokens[k]?.text !== ",") return -1;
  // "NAME, head of the diocese, who led the march, accused …": past a relative clause to the
  // apposition before it.
  let relative = -1;
  const fronted = frontedPlaceEnd(tokens);
  for (let i = k - 1; i >= 0; i--) {
    if (tokens[i]?.text !== ",") continue;
    // ("In Tbilisi, NAME, who heads …, said": the fronted place's comma opens no apposition.)
    if (i === fronted - 1 && relative >= 0) return relative;
    if (!RELATIVE_OPENERS.has(tokens[i + 1]?.norm ?? "")) return i;
    relative = i;
  }
  return relative;
}

/** Where a fronted "In Tbilisi," or "At the UN," ends (the index after its comma); 0 when none. */
function frontedPlaceEnd(tokens: Token[]): number {
  if (!["in", "at", "from"].includes(tokens[0]?.norm ?? "")) return 0;
  const comma = tokens.findIndex((t, k) => k > 1 && k <= 5 && t.text === ",");
  if (comma < 0 || !tokens.slice(1, comma).every((t) => t.isWord && (t.capitalized || t.norm === "the"))) return 0;
  return comma + 1;
}

const RELATIVE_OPENERS = new Set(["who", "whose", "which"]);
/** A speech verb's auxiliary between an apposition's closing comma and the verb: "has said", "had told", "would say". */
const APPOSITION_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "had", "will", "would"]);

/** Two or three capitalised words that open the sentence and end at the apposition's comma. */
function nameOpening(tokens: Token[], appositionComma: number, open: Mention[]): Mention | null {
  // ("In Tbilisi, Revaz Adamia, who heads …, said": the name starts after a fronted place.)
  const fronted = frontedPlaceEnd(tokens);
  // ("Anna Grigoryan, 64, a pensioner from Stepanakert, said": the age before the apposition is the name's.)
  const agedBefore = appositionComma >= fronted + 3 && /^\d{1,3}$/.test(tokens[appositionComma - 1]?.text ?? "") && tokens[appositionComma - 2]?.text === ",";
  const comma = agedBefore ? appositionComma - 2 : appositionComma;
  const one = comma === fronted + 1;
  const after = tokens[comma + 1];
  // ("Rahim, 61, who fled Lachin, said": one name is enough when an age follows it.)
  const aged = one && /^\d{1,3}$/.test(after?.text ?? "") && tokens[comma + 2]?.text === ",";
  // ("Clinton, speaking in Yerevan on Monday, said": a surname alone before a participle's aside.)
  // ("Poghosyan, asked whether the town had fallen, said": a participle asking or reaching him.)
  // ("Rokhlin, who first raised the affair, told …": "who" makes the one word a person's name.)
  const acting = one && (/^\p{Ll}+ing$/u.test(after?.text ?? "") || ASIDE_PARTICIPLES.has(after?.text ?? "") || after?.norm === "who");
  // ("Mr Poghosyan, asked …, said", "Rep. Frank Pallone, a New Jersey Democrat, said": an honorific
  // or a title before the name, with or without its full stop, goes before the name.)
  const titled = HONORIFICS.has(tokens[fronted]?.norm ?? "") && comma >= fronted + 2;
  const from = fronted + (titled ? (tokens[fronted + 1]?.text === "." ? 2 : 1) : 0);
  if ((comma < fronted + 2 && !aged && !acting) || comma - from > 3 || comma <= from || open.some((m) => m.start >= fronted && m.start < comma)) return null;
  const words = tokens.slice(from, comma);
  const name = words.every((t) => t.isWord && !t.quoted && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) && !NOT_NAMES.has(t.norm));
  return name ? strangerMention(tokens, from, comma) : null;
}

/** Words that open an apposition describing its subject rather than naming the capacity it speaks in. */
export const DESCRIBING_ASIDE: ReadonlySet<string> = new Set(["itself", "himself", "herself", "themselves", "also", "once"]);

const HONORIFICS: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "dr", "prof", "rep", "sen", "congressman", "congresswoman"]);

/** Past participles that open an aside about how a speaker was reached: "asked whether …", "reached by telephone". */
const ASIDE_PARTICIPLES: ReadonlySet<string> = new Set(["asked", "pressed", "questioned", "reached", "contacted", "interviewed", "approached"]);

function lastQuotedBefore(tokens: Token[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (tokens[i]?.quoted) return i;
  return -1;
}

/** Inverted attribution after a quote: "…,” said the ministry', "…,” read a statement released by them". */
function subjectAfter(verb: VerbHit, tokens: Token[], open: Mention[]): Mention | undefined {
  // '…, said that the Armenian prime minister …': what was said follows, not who said it.
  if (CLAUSE_AFTER_VERB.has(tokens[verb.end]?.norm ?? "")) return undefined;
  const first = open.find((m) => m.start >= verb.end && m.start <= verb.end + 6);
  // "…, said 26 Armenian defenders had been killed": an adjective of nationality before a noun that is
  // no actor ("defenders", "aircraft") opens what was said.
  // ('…," said a senior Russian diplomat.': a noun phrase closing the sentence is who spoke.)
  if (
    first?.type === "country" &&
    NATIONALITY_WORD.test(first.text) &&
    /^\p{Ll}/u.test(tokens[first.end]?.text ?? "") &&
    tokens[first.end]?.isWord &&
    !closesSentence(tokens, first.end)
  )
    return undefined;
  // ("…, said the Armenian side had not yet given a toll": a subject with its own verb after it opens what was said.)
  if (first && CLAUSE_VERB_AFTER.has(tokens[first.end]?.norm ?? "")) return undefined;
  // ("X, a Red Cross delegate, said in Barda, north of Agdam, that …": where he spoke, not who.)
  const beforeFirst = first ? (tokens[first.start - 1]?.norm === "the" ? first.start - 2 : first.start - 1) : -1;
  if (first && WHERE_SPOKEN.has(tokens[beforeFirst]?.norm ?? "")) return undefined;
  // ("…, said 282 Azerbaijanis, including 33 civilians, had been killed": people counted are what was said, never who said it.)
  if (first && /^(?:\d[\d,.]*|dozens|hundreds|thousands)$/.test(tokens[first.start - 1]?.norm ?? "")) return undefined;
  if (first?.type !== "statement" || first.side) return first;
  const byAgent = open.find((m) => m.start > first.end && m.start <= first.end + 4 && tokens[m.start - 1]?.norm === "by");
  return byAgent ?? first;
}

/** Prepositions that place a report: a name after them is where it was made. */
// ("…," the secretary …, say on the television': the channel spoken on, not who spoke.)
const WHERE_SPOKEN: ReadonlySet<string> = new Set(["in", "at", "from", "near", "outside", "inside", "during", "on", "via", "through"]);

/** True when one to three lower-case words from `start` close the sentence: "a senior Russian diplomat." */
function closesSentence(tokens: Token[], start: number): boolean {
  let k = start;
  while (k < start + 3 && tokens[k]?.isWord && /^\p{Ll}/u.test(tokens[k]?.text ?? "")) k++;
  const next = tokens[k];
  return k > start && (next === undefined || next.text === "." || next.text === "!");
}

/** Finite verbs and auxiliaries that, right after a noun, make it the subject of a clause of its own. */
const CLAUSE_VERB_AFTER: ReadonlySet<string> = new Set([...AUXILIARY, "are", "could", "should", "might", "must"]);

/** Nouns whose "of" names what they know or oppose: "experience of the Minsk Group", "critics of the government". */
const OBJECT_OF_NOUNS: ReadonlySet<string> = new Set(["experience", "knowledge", "understanding", "critic", "critics", "opponent", "opponents"]);

/** Words opening the reported clause right after a verb: no inverted subject stands there. */
const CLAUSE_AFTER_VERB = new Set(["that", "whether", "if", "how", "why", "what", "when"]);

// "with his Armenian and Azerbaijani counterparts", "an aide to Aliyev": objects, not subjects.
// ("of" and "in" are left out: "the head of the Artsakh Information Center" is a subject.)
// ("at" is left out too: "director of operations at the UN office" says whom he speaks for.)
const PREPOSITIONS = new Set([
  "by",
  "with",
  "to",
  "against",
  "on",
  "from",
  "into",
  "between",
  "about",
  "over",
  "toward",
  "towards",
  "near",
  "among",
  "after",
  "before",
  "during",
  "via",
  "upon",
  // "held a sit-in outside the ICRC office, saying …": a place's owner is no subject.
  "outside",
  // "Eyewitness accounts reaching Moscow said": where the accounts arrived is no speaker.
  "reaching",
  "inside",
  "behind",
  "beside",
  "opposite",
  "across",
  "around",
]);

/** Whether the verb opens a participle clause set off by a comma: ", stating that …", ", while condemning …". */
function participleAt(verb: VerbHit, tokens: Token[]): boolean {
  if (!/ing$/.test(tokens[verb.start]?.norm ?? "")) return false;
  const before = tokens[verb.start - 1];
  return before?.text === "," || (PARTICIPLE_OPENERS.has(before?.norm ?? "") && tokens[verb.start - 2]?.text === ",");
}
const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(["while", "whilst", "when", "after", "before", "by", "thereby"]);

function isObject(m: Mention, tokens: Token[], mentions: Mention[], verbIsIng = false, atVerb = false, participle = false): boolean {
  // "residents of villages in Jolfa and Khoda Afarin counties": where the people it names live.
  if (m.type === "country" && placeOfRole(m, tokens)) return true;
  let first = m;
  for (;;) {
    const prev = mentions.filter((p) => p.end <= first.start).at(-1);
    const gap = prev ? tokens.slice(prev.end, first.start).map((t) => t.norm) : [];
    // "Analysts in Baku and Yerevan said": a place joined to the place a role is in is where too.
    const joinedToRolePlace = first === m && m.type === "country" && prev?.type === "person" && /\b(?:in|at)\s+\p{Lu}[\p{L}-]+$/u.test(prev.text);
    if (joinedToRolePlace && gap.length > 0 && gap.every((w) => w === "and" || w === ",")) return true;
    // Only an "and" joins a mention to the one before ("by Moscow, Armenia's ministry said" does not).
    if (!prev || gap.length === 0 || gap.length > 2 || !gap.includes("and") || !gap.every((w) => w === "and" || w === "," || w === "the")) break;
    // ("… shot down over Nagorno-Karabakh, and Azerbaijani officials said": ", and" before the verb's own subject opens a clause.)
    if (first === m && atVerb && gap[0] === ",") break;
    first = prev;
  }
  let k = first.start - 1;
  while (k >= 0 && ["the", "his", "her", "its", "their", "a", "an"].includes(tokens[k]?.norm ?? "")) k--;
  // "An activist with the unofficial Karabakh Committee": a plain adjective or two may stand
  // between the preposition and its object.
  // (A pronoun takes no adjective: in "By this morning it had raised the toll", "it" is the subject.)
  const pronoun = /^(?:it|he|she|they|we)$/i.test(first.text);
  // ("On the first day the defence ministry announced": a mention with its own article starts its own
  // phrase; the words before it belong to the phrase before, not to it.)
  const ownArticle = DETERMINERS.has(tokens[first.start]?.norm ?? "");
  for (
    let skipped = 0;
    !pronoun &&
    !ownArticle &&
    skipped < 2 &&
    k > 0 &&
    isPlainAdjective(tokens[k]) &&
    !TIME_HEADS.has(tokens[k]?.norm ?? "") &&
    PREPOSITIONS.has(objectPreposition(tokens, k));
    skipped++
  )
    k--;
  while (k >= 0 && ["the", "his", "her", "its", "their", "a", "an"].includes(tokens[k]?.norm ?? "")) k--;
  const word = tokens[k]?.norm ?? "";
  // "Nouneh Sarkissian, the wife of Armenia's president, wrote": the one a relative is kin to is not who speaks.
  if (word === "of" && KIN_OF.has(tokens[k - 1]?.norm ?? "")) return true;
  // "The people blocking it say …": a pronoun right after a participle is its object, not the subject.
  // ("By this morning it had raised the toll": after a determiner, "-ing" is a noun, a time, and "it" the subject.)
  const determined = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|each|every|last|next|same)$/.test(tokens[k - 1]?.norm ?? "");
  if (
    pronoun &&
    /^it$/i.test(first.text) &&
    /\w{3,}ing$/.test(word) &&
    !determined &&
    !/^(?:during|according|regarding|concerning|including|morning|evening)$/.test(word)
  )
    return true;
  // "with Baku and Yerevan each blaming the other": "with" opens a clause whose subject they are.
  if (word === "with" && verbIsIng) return false;
  // "… voted to disband the commission and return the region to local bodies, stating that …": a mention right
  // after a verb of the clause is that verb's object; the participle's subject is the clause's own.
  // (Not after a verb of speech: "…, said the ministry, adding that …" has the ministry speaking.)
  // "… adopted a motion on the rights of the Armenians of Artsakh, while condemning …": what a thing's "of" names
  // is no subject of the participle (but "the head of the Armenian delegation, …, saying" is his delegation's).
  if (participle && !pronoun && word === "of" && /^[a-z-]{3,}$/.test(tokens[k - 1]?.text ?? "") && !HOLDERS_OF.has(tokens[k - 1]?.norm ?? "")) return true;
  // (Never the sentence's first actor, its subject however it opens: "On the same day President Aliyev signed …".)
  const opening = mentions.find((o) => !o.quoted) === first;
  if (
    participle &&
    !pronoun &&
    !opening &&
    /^[a-z]{3,}$/.test(tokens[k]?.text ?? "") &&
    !PREPOSITIONS.has(word) &&
    !NOT_A_VERB_BEFORE.has(word) &&
    !TIME_HEADS.has(word) &&
    !isSpeechVerbForm(word)
  )
    return true;
  // "The archbishop gave Prime Minister Nikol Pashinyan an hour to resign, saying …": the object of
  // the clause's own verb does not say what the participle says; its subject does.
  // (Only a person named right after the verb: "the envoy who led Baku's delegation" is his own.)
  if (
    verbIsIng &&
    m.type === "person" &&
    k === m.start - 1 &&
    !tokens[k]?.capitalized &&
    FINITE_PAST.test(word) &&
    !WHO_BEFORE.test(textOf(tokens, Math.max(0, k - 4), k))
  )
    return true;
  // "a day after Armenia's Defence Ministry said …": "after" and "before" open a clause when its
  // verb follows the mention straight away.
  // ("Armenia's representative before the court, Gevorg Kostanyan, said": a name set off by commas
  // after it makes "before the court" a phrase inside the subject, not a clause.)
  const namedAfter = tokens[m.end]?.text === "," && tokens[m.end + 1]?.capitalized === true;
  if (CONJUNCTION_PREPOSITIONS.has(word) && atVerb && !namedAfter) return false;
  // "a statement released by the Foreign Ministry said", "reports from Stepanakert said":
  // the body a statement comes from is the one speaking.
  // (But "an analysis of statements from both ministries found": the analysis speaks, about them.)
  if ((word === "by" || word === "from") && STATEMENT_SOURCE.has(tokens[k - 1]?.norm ?? ""))
    return tokens[k - 2]?.norm === "of" && STUDY_NOUNS.has(tokens[k - 3]?.norm ?? "");
  // "Inspectors from the International Committee of the Red Cross said": a body's staff speak for
  // the body (a place after them, "doctors from Stepanakert", is only where they come from).
  // "Delegates from Baku said", "Deputies from the two republics blamed each other": at the head of the
  // sentence, those sent from a place speak for it (a civilian "from Agdam" is read elsewhere).
  // ("Deputies from Nagorno-Karabakh in the Soviet parliament said": the place with where they sit, one mention.)
  if (
    word === "from" &&
    (m.type === "country" || PLACE_FIRST.test(m.text)) &&
    m.sides.length > 0 &&
    SENT_FROM.test(tokens[k - 1]?.norm ?? "") &&
    opensSubject(tokens, k - 1)
  )
    return false;
  const body = m.type !== "country" || (m.text.replace(/^the\s+/i, "").split(/\s+/).length > 2 && m.side !== null && !isBelligerent(m.side));
  if ((word === "from" || word === "of" || word === "with") && body && m.side !== null && STAFF.test(tokens[k - 1]?.norm ?? "")) return false;
  // "Relief agencies working in the region put …", "people in Stepanakert said": a place after
  // "in" inside the subject is where the subject is, not who speaks ("In Baku, …" opens a sentence).
  if ((word === "in" || word === "at") && (LIVING_IN.test(tokens[k - 1]?.norm ?? "") || placeOfRole(m, tokens))) return true;
  // "ICRC representatives in Baku said", "The Dashnaktsutyun party in Yerevan": a body named
  // right before the place, or owning the staff there, speaks; the place is only where it is.
  const bodyBefore = (end: number) => mentions.some((p) => p.end === end && p.sides.length > 0 && p.type !== "country");
  if (
    (word === "in" || word === "at") &&
    (bodyBefore(k) || (STAFF.test(tokens[k - 1]?.norm ?? "") && mentions.some((p) => p.end === k - 1 && p.sides.length > 0)))
  )
    return true;
  // "Deputies from Nagorno-Karabakh in the Soviet parliament said": where those sent from a place sit is
  // no speaker; the place they were sent from speaks (above).
  const sentFrom = (end: number) =>
    mentions.some((p) => p.end === end && p.sides.length > 0 && tokens[p.start - 1]?.norm === "from" && SENT_FROM.test(tokens[p.start - 2]?.norm ?? ""));
  if ((word === "in" || word === "at") && sentFrom(k)) return true;
  // "The Armenian representation at the United Nations said": the body a state's mission is
  // accredited to is where it sits, not who speaks.
  if ((word === "at" || word === "to") && MISSION_NOUNS.has(tokens[k - 1]?.norm ?? "")) return true;
  // "A speaker with long experience of the Minsk Group said", "a critic of the government said":
  // what someone knows or opposes is the object of the noun before "of", never who speaks.
  if (word === "of" && OBJECT_OF_NOUNS.has(tokens[k - 1]?.norm ?? "")) return true;
  // "In London, the ministers said": a fronted place is where, never who.
  if ((word === "in" || word === "at") && k === 0) return true;
  return PREPOSITIONS.has(word);
}

/** Head nouns of a fronted time phrase: in "On the first day Yerevan reported …" the name after one starts the clause. */
// ("During the war Baku claimed …", "Throughout the fighting both sides said …": an event that times the
// clause heads a phrase of its own, not an adjective before the clause's subject.)
const TIME_HEADS: ReadonlySet<string> = new Set([
  ...["day", "days", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "hours"],
  ...["war", "fighting", "clashes", "offensive", "talks", "summit", "meeting", "visit", "ceasefire", "truce", "siege", "blockade", "crisis"],
]);

/** Nouns for someone's study of statements: "an analysis of statements from …", "a review of reports by …". */
const STUDY_NOUNS = new Set(["analysis", "review", "study", "examination", "comparison", "count", "tally", "survey", "reading"]);

/** "a diplomat in Yerevan", "doctors at the Stepanakert hospital": the place where a role's holder is. */
export function placeOfRole(m: Mention, tokens: Token[]): boolean {
  if (m.placeOfPeople) return true;
  let k = m.start - 1;
  while (k >= 0 && ["the", "a", "an"].includes(tokens[k]?.norm ?? "")) k--;
  // ("residents of villages in Jolfa and Khoda Afarin counties": back over the places listed before it.)
  while (k > 0 && (tokens[k]?.norm === "and" || tokens[k]?.text === ",") && tokens[k - 1]?.capitalized) {
    k--;
    while (k > 0 && tokens[k - 1]?.capitalized) k--;
    k--;
  }
  // "A woman from Agdam said": where a civilian comes from (not "officials from Baku", who serve there).
  if (tokens[k]?.norm === "from") return FROM_PEOPLE.test(tokens[k - 1]?.norm ?? "");
  // "Eyewitness accounts reaching Moscow said": where the accounts arrived.
  if (tokens[k]?.norm === "reaching") return true;
  if (tokens[k]?.norm !== "in" && tokens[k]?.norm !== "at") return false;
  if (LIVING_IN.test(tokens[k - 1]?.norm ?? "")) return true;
  // "doctors at the hospital in Agdam": the place of the workplace of people who work there.
  let w = k - 1;
  if (!WORKPLACES.has(tokens[w]?.norm ?? "")) return false;
  w--;
  while (w >= 0 && ["the", "a", "an", "city", "local", "main", "regional", "district", "central", "military"].includes(tokens[w]?.norm ?? "")) w--;
  return (tokens[w]?.norm === "at" || tokens[w]?.norm === "in" || tokens[w]?.norm === "from") && LIVING_IN.test(tokens[w - 1]?.norm ?? "");
}

const WORKPLACES = new Set(["hospital", "clinic", "morgue", "school", "camp", "shelter", "university", "centre", "center"]);

/**
 * People and participles whose "in X" is where they are: "people in Stepanakert", "agencies working in
 * the region", "refugees interviewed in Ganja", "displaced families sheltered in Goris", "diplomats in
 * Moscow" (posted there, mostly from elsewhere), "a doctor in Stepanakert".
 */
const LIVING_IN =
  /^(?:people|person|residents?|villagers?|civilians?|famil(?:y|ies)|refugees?|crowds?|protesters?|witness(?:es)?|diplomats?|attach[eé]s?|observers?|analysts?|experts?|correspondents?|journalists?|reporters?|doctors?|physicians?|surgeons?|nurses?|volunteers?|workers?|priests?|teachers?|students?|professors?|lecturers?|researchers?|scholars?|academics?|historians?|economists?|colleagues?|friends?|neighbou?rs?|relatives?|acquaintances?|divisions?|regiments?|brigades?|battalions?|bases?|garrisons?|villages?|towns?|communities|\w+ing|interviewed|questioned|quoted|contacted|reached|based|accredited|posted|stationed|displaced|stranded|trapped|housed|sheltered|gathered|camped)$/;

/** Civilians whose "from X" is their home town: "a man from Shusha", "refugees from Agdam". */
const FROM_PEOPLE =
  /^(?:m[ae]n|wom[ae]n|boys?|girls?|mothers?|fathers?|grand(?:mother|father)s?|widows?|pensioners?|farmers?|shepherds?|drivers?|truckers?|traders?|shopkeepers?|teachers?|students?|residents?|inhabitants?|natives?|refugees?|villagers?|famil(?:y|ies)|civilians?|survivors?|people|persons?)$/;

/** Subject pronouns, and the verbs that show one opens a reported clause ("she was", "it had"). */
const PRONOUN = /^(?:he|she|it|they|we|i)$/;
const REPORT_VERB = /^(?:was|were|is|are|had|has|have|would|could|will|did|does|do|should|must|might|may|can|\w+ed)$/;

/** A relative clause opening just before the verb: "the envoy who led …". */
const WHO_BEFORE = /\b(?:who|which|that)\s*$/i;
/** A finite verb in the past, whose object stands after it: "gave", "blocked", "accused". */
const FINITE_PAST = /^(?:\w{2,}ed|gave|told|met|sent|left|took|brought|sought|struck|hit|shot|beat|caught|held|kept|led|went|came|made|wrote|spoke|stood|put)$/;

/** People who work for a body: "inspectors from …", "a team with …". */
/** Those a place sends to speak for it: "delegates from Baku", "deputies from Yerevan". */
const SENT_FROM = /^(?:delegates|deputies|speakers|representatives|envoys|lawmakers|mps|legislators|members)$/;
/** A mention that opens with a place's name and goes on with where: "Nagorno-Karabakh in the Soviet parliament". */
const PLACE_FIRST = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+in\s+the\s/u;

/** Whether the noun at `at` opens its sentence's subject: nothing before it but a determiner or a number. */
function opensSubject(tokens: Token[], at: number): boolean {
  return tokens.slice(0, at).every((t) => ["the", "some", "several", "many", "two", "three", "four", "five"].includes(t.norm) || /^\d+$/.test(t.text));
}

const STAFF = /^(?:workers|staff|staffers|officials|representatives|inspectors|investigators|monitors|delegates|team|teams|employees|members)$/;

/** A state's mission to a body: "representation", "mission", "delegation" (to the UN, at the OSCE). */
const MISSION_NOUNS = new Set([
  "representation",
  "mission",
  "delegation",
  "permanent",
  "representative",
  "envoy",
  "ambassador",
  "embassy",
  "office",
  "consulate",
]);

/** Words that are prepositions before a noun and conjunctions before a clause. */
const CONJUNCTION_PREPOSITIONS = new Set(["after", "before", "since", "until", "as"]);

/** Nouns whose "of" names the body their holders speak for: "the head of …", "members of …", "the government of …". */
const HOLDERS_OF: ReadonlySet<string> = new Set([
  "head",
  "heads",
  "chief",
  "leader",
  "leaders",
  "director",
  "member",
  "members",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "representative",
  "representatives",
  "president",
  "minister",
  "secretary",
  "chairman",
  "chairwoman",
  "chair",
  "delegation",
  "delegations",
  "government",
  "ministry",
  "officials",
  "leadership",
  "authorities",
  "envoy",
  "ambassador",
  "office",
  "commander",
  "army",
  "forces",
  "troops",
  "units",
  "people",
  "residents",
]);

/** Lower-case words before a subject that are no verb taking it as object: conjunctions, relatives, adverbs. */
const NOT_A_VERB_BEFORE: ReadonlySet<string> = new Set([
  "and",
  "but",
  "while",
  "whilst",
  "whereas",
  "when",
  "that",
  "which",
  "who",
  "whom",
  "where",
  "because",
  "since",
  "then",
  "also",
  "not",
  "only",
  "even",
  "both",
  "either",
  "neither",
  "nor",
  "yet",
  "though",
  "although",
  "unless",
  "once",
  "meanwhile",
  "however",
  "instead",
  "later",
  "earlier",
  "now",
  "still",
  "again",
  "each",
  "all",
  "some",
  "many",
  "most",
  "several",
  "other",
  "whose",
  "hundred",
  "hundreds",
  "thousand",
  "thousands",
  "dozen",
  "dozens",
]);

/** Only adverbs ("first", "later") between a mention and its verb. */
function standsAtVerb(m: Mention, verb: VerbHit, tokens: Token[]): boolean {
  if (m.end > verb.start) return false;
  const between = tokens.slice(m.end, verb.start);
  if (between.every((t) => t.isWord && adverbAt(tokens, t.i))) return true;
  // "after French Foreign Minister Catherine Colonna, visiting Yerevan on Tuesday, announced": an aside between commas.
  return between.length >= 3 && between[0]?.text === "," && between.at(-1)?.text === "," && !between.slice(1, -1).some((t) => t.text === ",");
}

export const DETERMINERS: ReadonlySet<string> = new Set(["the", "its", "his", "her", "their", "our", "a", "an"]);

/** A lower-case word that is not a verb, a preposition or a conjunction: "unofficial", "local". */
function isPlainAdjective(t: Token | undefined): boolean {
  return (
    t?.isWord === true &&
    !t.capitalized &&
    /^[a-z-]+$/.test(t.text) &&
    !PREPOSITIONS.has(t.norm) &&
    !TIMES_OF_DAY.has(t.norm) &&
    !["and", "or", "but", "that", "said", "says"].includes(t.norm)
  );
}

/**
 * Times that close a fronted phrase on their own: in "By evening Baku had announced …" and "By
 * then Yerevan had said …" the name after them is the subject, not the object of "by".
 */
const TIMES_OF_DAY = new Set([
  "morning",
  "afternoon",
  "evening",
  "night",
  "nightfall",
  "midday",
  "noon",
  "midnight",
  "dawn",
  "daybreak",
  "dusk",
  "lunchtime",
  "then",
  "now",
  "today",
  "tonight",
  "yesterday",
]);

/** The preposition a run of adjectives and articles before k hangs from, if any. */
function objectPreposition(tokens: Token[], k: number): string {
  let j = k - 1;
  while (j >= 0 && (isPlainAdjective(tokens[j]) || ["the", "a", "an"].includes(tokens[j]?.norm ?? ""))) j--;
  return tokens[j]?.norm ?? "";
}

const STATEMENT_SOURCE = new Set([
  "statement",
  "statements",
  "released",
  "issued",
  "published",
  "posted",
  "communique",
  "report",
  "reports",
  "data",
  "figures",
  "officials",
  "sources",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "representatives",
  "representative",
]);

function commaBetween(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => t.text === ",");
}

const ASIDE_OPENERS = [
  "which",
  "who",
  "whose",
  "where",
  "citing",
  "quoting",
  "speaking",
  "writing",
  "commenting",
  "responding",
  "addressing",
  "referring",
  "backed",
  "supported",
  "armed",
  "accompanied",
];

/**
 * Participles that open an aside telling when or where a text appeared: "Ibrahimov's post,
 * published while Azerbaijan and Armenia were fighting, said …". Only who it was issued by
 * ("published by the ministry") speaks.
 */
const APPEARANCE_OPENERS = new Set(["published", "posted", "written", "uploaded", "shared", "issued", "released", "broadcast", "aired", "delivered"]);

/**
 * The sided actor of an aside that says in which capacity the subject speaks, right before the
 * verb: ", speaking as OSCE Chairperson-in-Office,", ", in his capacity as the EU's special
 * representative,". Null when there is no such aside or it names no side.
 */
function capacityAside(verb: VerbHit, tokens: Token[], open: Mention[]): Mention | null {
  if (tokens[verb.start - 1]?.text !== ",") return null;
  let comma = verb.start - 2;
  while (comma >= 0 && tokens[comma]?.text !== ",") comma--;
  if (comma < 1) return null;
  const words = tokens
    .slice(comma + 1, comma + 8)
    .map((t) => t.norm)
    .join(" ");
  const at = CAPACITY_OPENER.exec(words)?.[0].trim().split(" ").length;
  if (at === undefined) return null;
  // ("Aliyev, speaking as Armenian shells fell on Tartar, said": "as" opening a clause names no capacity;
  // a capacity ends the aside with the office itself or a role's noun.)
  const close = verb.start - 1;
  const office = open.find((m) => m.start >= comma + 1 + at && m.end <= close && m.side !== null && m.side !== UNCLEAR && !m.anaphor);
  if (!office || close - office.end > 3) return null;
  return office.end === close || CAPACITY_ROLES.test(tokens[close - 1]?.norm ?? "") ? office : null;
}

/** The head nouns of an office one speaks as: "co-chair", "special representative", "envoy". */
const CAPACITY_ROLES =
  /^(?:co-?chair|chair(?:man|woman|person)?(?:-in-office)?|representative|envoy|mediator|minister|president|head|coordinator|rapporteur|ambassador|secretary|spokes(?:man|woman|person)|member|delegate|commissioner|director)$/;

/** "speaking as", "acting as", "in his capacity as", "speaking in her capacity as". */
const CAPACITY_OPENER = /^(?:(?:speaking|acting|writing) as|(?:(?:speaking|acting|writing) )?in (?:his|her|its|their) capacity as) /;

/**
 * The agent of an aside that says who issued the statement that is the verb's subject: "The
 * statement, read out by X, said", "A declaration, signed by X and Y, called for". Null otherwise.
 */
function statementReader(verb: VerbHit, tokens: Token[], open: Mention[]): Mention | null {
  const statement = open.find((m) => m.type === "statement" && m.end < verb.start && tokens[m.end]?.text === ",");
  // ("In the statement, circulated by the Kremlin, Sarkisian and Aliyev said": a statement after a
  // preposition is where they said it, not the subject.)
  let before = (statement?.start ?? 0) - 1;
  while (before >= 0 && DETERMINERS.has(tokens[before]?.norm ?? "")) before--;
  if (!statement || (before >= 0 && tokens[before]?.isWord)) return null;
  let k = statement.end + 1;
  if (!READER_VERBS.has(tokens[k]?.norm ?? "")) return null;
  k++;
  if (tokens[k]?.norm === "out") k++;
  if (tokens[k]?.norm !== "by") return null;
  const agent = open.find((m) => m.start > k && m.start <= k + 2 && m.end < verb.start);
  return agent && agent.side !== null && agent.side !== UNCLEAR ? agent : null;
}

const READER_VERBS: ReadonlySet<string> = new Set(["read", "issued", "released", "signed", "delivered", "circulated", "distributed", "published"]);

/**
 * "A Karabakh foreign ministry statement circulated at the United Nations accused …": a body in the
 * participle phrase after a statement is where or to whom the statement went, not who speaks; the
 * statement (its author) is the subject. Only an agent after "by" issues it, and statementReader
 * reads that one.
 */
function venueOfStatement(m: Mention, verb: VerbHit, tokens: Token[], open: Mention[]): boolean {
  const statement = open.find((s) => s.type === "statement" && s.end < m.start && m.end <= verb.start);
  if (!statement || !HANDED_ON.has(tokens[statement.end]?.norm ?? "")) return false;
  const preposition = tokens[statement.end + 1]?.norm ?? "";
  if (!VENUE_PREPOSITIONS.has(preposition)) return false;
  // The phrase runs on to the verb: no comma, and no second verb, between the participle and it.
  return tokens.slice(statement.end + 1, verb.start).every((t) => t.text !== "," && !t.quoted);
}

/** Participles of a text handed on: "circulated at", "submitted to", "read out at". */
const HANDED_ON: ReadonlySet<string> = new Set([
  ...["circulated", "distributed", "delivered", "submitted", "presented", "sent", "handed", "read", "published", "posted", "released", "issued"],
]);
const VENUE_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "to", "in", "on", "before", "within", "among", "during"]);

/** ", which backs Azerbaijan," or ", speaking on state television," between a subject and its verb. */
function inAside(m: Mention, verb: VerbHit, tokens: Token[]): boolean {
  let comma = m.start - 1;
  while (comma >= 0 && tokens[comma]?.text !== ",") comma--;
  if (comma < 0) return false;
  const opener = tokens[comma + 1]?.norm ?? "";
  const appearance = APPEARANCE_OPENERS.has(opener) && !isAgent(m, tokens);
  if (!ASIDE_OPENERS.includes(opener) && !appearance) return false;
  return tokens.slice(m.end, verb.start).some((t) => t.text === ",");
}

/**
 * "The co-chairs of the OSCE Minsk Group (the US, Russia and France) urged …": a list in brackets right
 * after another mention spells it out; the mention before the brackets is the subject.
 */
function inBracketsAfter(m: Mention, tokens: Token[], mentions: Mention[], verb: VerbHit): boolean {
  let open = m.start - 1;
  while (open >= 0 && m.start - open <= BRACKET_REACH && tokens[open]?.text !== "(" && tokens[open]?.text !== ")") open--;
  if (tokens[open]?.text !== "(") return false;
  const close = tokens.findIndex((t, k) => k >= m.end && k < verb.start && t.text === ")");
  // (A list, not a short name: "the Azerbaijan National Agency for Mine Action (ANAMA)" is the one body.)
  const list = close >= 0 && tokens.slice(open + 1, close).some((t) => t.text === "," || t.norm === "and");
  return list && mentions.some((o) => o.end === open && o !== m && o.side !== null);
}

/** The work right after "quoted in" or "cited in" following a source: "officials quoted in the report". */
function quotingWork(source: Mention, tokens: Token[], mentions: Mention[]): Mention | null {
  if (!/^(?:quoted|cited)$/.test(tokens[source.end]?.norm ?? "") || tokens[source.end + 1]?.norm !== "in") return null;
  return mentions.find((m) => m.start === source.end + 2 && m.type === "statement") ?? null;
}

/** Where "with" opens the people an owner's interviews were with ("the group's interviews with …"); the sentence's length if none. */
export function interviewsOwnedAt(tokens: Token[], from: number): number {
  const owner = tokens.findIndex((t, k) => k >= from && k <= from + 3 && t.possessive);
  if (owner < 0 || !INTERVIEWS.has(tokens[owner + 1]?.norm ?? "") || tokens[owner + 2]?.norm !== "with") return tokens.length;
  return owner + 2;
}

const INTERVIEWS: ReadonlySet<string> = new Set(["interviews", "interview", "conversations", "talks"]);

/**
 * "Nancy Pelosi, the Speaker of the US House, visited Yerevan on 18 September and condemned …": the
 * place a visit is made to is the visit's object, never who speaks after it.
 */
function placeVisited(m: Mention, tokens: Token[]): boolean {
  if (m.type !== "country") return false;
  // ("The heads of the country's religious communities met in Baku to condemn …": where they met, not who they are.)
  // ("Armenian fighters we met in Stepanakert said": where the reporter met them still says whose fighters they are.)
  const meeting =
    ["in", "at"].includes(tokens[m.start - 1]?.norm ?? "") && MEETING.has(tokens[m.start - 2]?.norm ?? "") && !PRONOUN.test(tokens[m.start - 3]?.norm ?? "");
  return meeting || VISITING.has(tokens[m.start - 1]?.norm ?? "");
}

const MEETING: ReadonlySet<string> = new Set(["met", "meet", "meets", "gathered", "gather", "convened", "assembled", "rallied"]);

const VISITING: ReadonlySet<string> = new Set([
  "visited",
  "visits",
  "visiting",
  "toured",
  "tours",
  "touring",
  "left",
  "leaving",
  "reached",
  "entered",
  "entering",
]);

/** How many words into brackets a name spelling out the mention before them may stand. */
const BRACKET_REACH = 8;

/** How far after a passive verb its "by" may stand: "announced on Tuesday, 4 April by …". */
const AGENT_REACH = 5;

/** "by the ministry", "by the Armenian side": the agent of a passive participle. */
function isAgent(m: Mention, tokens: Token[]): boolean {
  const before = tokens[m.start - 1]?.norm;
  return before === "by" || (tokens[m.start - 2]?.norm === "by" && /^(?:the|its|his|her|their)$/.test(before ?? ""));
}

/**
 * "The protesters began blocking the Stepanakert–Goris highway, saying …": a place joined to
 * another by a dash, or standing before a road or a frontier, names the thing, never a speaker.
 * ("Russia's foreign ministry gave the Washington meeting a positive assessment but reminded …": nor
 * before a meeting or a document held or signed there.)
 */
function placeModifyingNoun(m: Mention, tokens: Token[]): boolean {
  if (m.type !== "country") return false;
  // (Joined, with no space: "16:55 — The ICRC said" has a live blog's dash before its speaker.)
  const joined = (dash: Token | undefined, word: Token | undefined) =>
    dash !== undefined && word !== undefined && /^[–—-]$/.test(dash.text) && (dash.end === word.start || dash.start === word.end);
  const dashed = joined(tokens[m.start - 1], tokens[m.start]) || joined(tokens[m.end], tokens[m.end - 1]);
  // ("the Karabakh Records archive": the place opens a name of its own, whose common noun follows it.)
  const named = tokens[m.end]?.capitalized === true && tokens[m.end]?.isWord === true && NAMED_COLLECTIONS.has(tokens[m.end + 1]?.norm ?? "");
  return dashed || named || NOUNS_A_PLACE_NAMES.has(tokens[m.end]?.norm ?? "");
}
/** Common nouns after a capitalised name a place opens: "the Karabakh Records archive", "the Artsakh Heritage project". */
const NAMED_COLLECTIONS: ReadonlySet<string> = new Set(["archive", "archives", "collection", "database", "project", "website", "blog"]);

/**
 * "…, a woman who rents a house in Zoravan, north of Yerevan, told": a place set off after a bearing
 * ("north of", "outside", "near") says where, and is no speaker of the verb after it.
 */
function placeInAside(m: Mention, tokens: Token[]): boolean {
  if (m.type !== "country" || tokens[m.end]?.text !== ",") return false;
  const before = tokens[m.start - 1]?.norm ?? "";
  const bearing = before === "of" && BEARINGS.has(tokens[m.start - 2]?.norm ?? "");
  return bearing || before === "outside" || before === "near";
}

const BEARINGS: ReadonlySet<string> = new Set([
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "miles",
  "kilometres",
  "kilometers",
  "km",
]);

/** What a place's name before it names by where it is or happened: a road, a crossing, a meeting, a document. */
const NOUNS_A_PLACE_NAMES: ReadonlySet<string> = new Set([
  "highway",
  "road",
  "motorway",
  "railway",
  "pipeline",
  "corridor",
  "route",
  "axis",
  "direction",
  "checkpoint",
  "crossing",
  "meeting",
  "meetings",
  "talks",
  "summit",
  "negotiations",
  "conference",
  "declaration",
  "agreement",
  "accords",
  "protocol",
  "communique",
  "format",
  // ("the Washington texts speak of a route": the texts agreed there, no party's words.)
  "texts",
  "text",
  "documents",
  "document",
  "process",
]);

/**
 * "fled what Baku calls a counter-terror operation", "rejected what Yerevan called provocations": a party's
 * naming with its object right after the verb ("what Moscow called for" asks for something, and is Moscow's too).
 * A name of no side, or one the reader cannot place, names nothing for a party.
 */
function partyNamesObject(m: Mention, verb: VerbHit, tokens: Token[]): boolean {
  const object = tokens[verb.end];
  return m.side !== null && m.side !== "other" && m.side !== UNCLEAR && m.sides.length === 1 && m.anaphor === null && object?.isWord === true;
}

/** Most words a name joined by "and" to the next may have: "Vusal Aliyev", "Anna Maria Petrosyan". */
const PAIRED_NAME_WORDS = 4;

/**
 * The plural title right before "Name and Name" ("State prosecutors Vusal Aliyev and Fuad Musayev",
 * "Defence ministers A and B"), given the second name; null when no such title stands there.
 */
function titleOverNamedPair(second: Mention, tokens: Token[], mentions: Mention[]): Mention | null {
  if (tokens[second.start - 1]?.norm !== "and") return null;
  let k = second.start - 2;
  const end = k + 1;
  while (k >= 0 && end - k <= PAIRED_NAME_WORDS && tokens[k]?.isWord && tokens[k]?.capitalized) k--;
  if (k === end - 1) return null;
  const title = mentions.find((m) => m.end === k + 1 && m.anaphor === "title");
  return title && /s$/.test(tokens[title.end - 1]?.norm ?? "") ? title : null;
}
