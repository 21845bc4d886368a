// How well one sentence answers a question: the share of the question's words it holds (as the
// search weighs them), lifted or lowered by what the question asks for. A figure question wants a
// sentence with a casualty figure about the right side; "did X deny" wants X's denial; a question
// about a time or place wants a sentence of that time or place.
import { z } from "zod";
import type { CasualtyFigure, Claim, Genre, Sentence, Side } from "../types.ts";
import { parseDataFile } from "../dataFile.ts";
import countedAsData from "./countedAs.json" with { type: "json" };
import numberedLabelsData from "./numberedLabels.json" with { type: "json" };
import topicKindsData from "./topicKinds.json" with { type: "json" };
import { analyze } from "../search/analyze.ts";
import { holdsCount } from "../search/search.ts";
import { stem } from "../search/stem.ts";
import { isStopWord } from "../search/stopWords.ts";
import { baseVerb } from "../search/irregularVerbs.ts";
import { searchTerms as searchTokens } from "../search/tokenize.ts";
import type { SearchQuery } from "../search/query.ts";
import { findEvents } from "../events/events.ts";
import { asksDistance, asksForPerson, type Question } from "./question.ts";
import { isMediator, sameCamp } from "../sides/sides.ts";
import { defaultGazetteer } from "../attribution/gazetteer.ts";
import { tokenize } from "../attribution/tokens.ts";
import { addDays, MONTH_PATTERN, monthNumber } from "../dates/calendar.ts";
import { broadcastSource } from "../attribution/broadcastSource.ts";
import { relayedSide, sentenceDoer } from "./doer.ts";
import { speaksAsVoiceNamed } from "./namedVoice.ts";
import { givesKind, kindAsked } from "./kindAsked.ts";
import { judgesRefusal } from "./refusalReason.ts";
import { asksSeveralTolls, asksWholeToll, countsPartOfToll, givesWholeToll } from "./partialCount.ts";
import { escapeRegExp } from "../rules/rule.ts";
import { placesBeyondSeats } from "./speakerSeat.ts";
import { previewsItsPage } from "./pageSelfPreview.ts";

/** What is known about a sentence that may lead an answer. */
export interface SentenceFacts {
  sentence: Sentence;
  heading: boolean;
  claims: Claim[];
  figures: CasualtyFigure[];
  places: readonly string[];
  /** The places its paragraph names: where a sentence naming none ("nine were killed there") happened. */
  passagePlaces?: readonly string[];
  /** Every place its article names: a sentence of an article that never names the asked place is about another. */
  articlePlaces?: ReadonlySet<string>;
  /** The article's title: a paragraph repeating it is the headline, whatever its closing mark. */
  title?: string | null;
  /** The article's first body sentence (the lede), which tells the whole story in short. */
  opensArticle?: boolean;
  /** The article's day, for sentences that give no date of their own. */
  published: string | null;
  /** The article's genre: in an interview, only the interviewee's turns answer. */
  genre?: Genre;
  /**
   * The days its passage names, and the question put just before it in an interview ("Many still
   * think of September 2023 …" over "We lost 192 servicemen"): the time of a sentence with no date of its own.
   */
  context?: readonly { start: string; end: string }[];
}

/**
 * A sentence calling the claim false in its own words ('"The claim that … is absolutely untrue," said
 * …', "called the report a lie", "says nothing wrong was done"), or saying the deed was not done ("its
 * forces were not targeting religious buildings", "the army never fired on civilians", "had nothing to
 * do with the attack", "there was no blockade", "declined to confirm or deny", "dismissed the report as nonsense", "I will refrain
 * from commenting"): a denial, though the extraction may not read it as one.
 */
const DENIED_IN_WORDS =
  /\bnothing\s+(?:improper|wrong|illegal|unlawful)\b|\b(?:(?:absolutely|completely|entirely|totally)\s+)?(?:untrue|not\s+true|false(?:hood)?|baseless|groundless|unfounded|fabricat\w*|(?:an?|another)\s+(?:\w+\s+){0,2}lie|does\s+not\s+(?:reflect|correspond\s+to)\s+(?:the\s+)?(?:truth|reality))\b/i;
const DEED_NOT_DONE =
  /\b(?:(?:was|were|is|are|has|have|had|did|does|do)\s+not|(?:wasn|weren|isn|aren|hasn|haven|hadn|didn|doesn|don)['’]t|never)\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:target\w*|fir(?:e|ed|es|ing)|open(?:ed)?\s+fire|shell\w*|attack\w*|strik\w*|struck|hit(?:ting)?|bomb\w*|us(?:e|ed|es|ing)|cross\w*|violat\w*|kill\w*|shoot\w*|shot|launch\w*|involved|tak(?:e|en|es|ing)\s+part|carr(?:y|ied|ies)\s+out|chos\w*|choos\w*|enter\w*|deploy\w*|sen[dt]\w*)\b|\bhad\s+nothing\s+to\s+do\s+with\b|\bthere\s+(?:was|were|had\s+been)\s+no\b|\bnot\s+among\s+(?:its|their|the)\s+(?:\w+\s+)?targets\b|\b(?:declined|refused)\s+to\s+(?:confirm|comment)\b|\b(?:dismiss(?:ed|es|ing)|brush(?:ed|es|ing)?\s+off|wav(?:ed|es|ing)\s+away)\s+(?:[\w'’-]+\s+){1,6}?as\s+(?!(?:the\s+|its\s+|their\s+)?(?:head|chief|minister|commander|director|governor|mayor|ambassador|envoy|secretary|chairman|member|leader|president|prime|deputy|speaker)\b)["“]?\p{L}|\brefrain(?:ed|s)?\s+from\s+comment\w*/iu;

export function deniesInWords(text: string): boolean {
  return DENIED_IN_WORDS.test(text) || DEED_NOT_DONE.test(text);
}

/** A spoken denial: a claim read as one, or a claim denying in its own words. */
export function isDenial(facts: Pick<SentenceFacts, "claims" | "sentence">): boolean {
  return facts.claims.some((c) => c.kind === "denial") || (facts.claims.length > 0 && deniesInWords(facts.sentence.text));
}

/** "Did Baku deny …", "does Yerevan reject …": a denial asked for, not an admission ("did Baku admit …"). */
const DENY_ASKED = /\b(?:den(?:y|ied|ies|ial)|reject(?:ed|s)?|refut\w*|dismiss\w*)\b/i;

export function asksDenialItself(question: Pick<Question, "asked" | "text">): boolean {
  return question.asked === "denial" && DENY_ASKED.test(question.text);
}

/**
 * "Who signed the truce", "who refused to sign the protocol", "who fired the rockets": the doer of a
 * deed named by its verb is asked for. Not a word asked ("who said", "who called it …", "who denied"),
 * a mediator ("who brokered"), blame ("who did Baku blame") or a person by role ("who was the soldier");
 * "who killed the peacekeepers" asks the killer (a sentence telling the killing with its doer), not who died.
 */
const WHO_DID = /^\s*who\s+(?:had\s+|has\s+|have\s+|first\s+)?([a-z]{3,}ed|took|shot|struck|hit|made|gave|sent|led|ran|cut|broke|wrote|won|began|fought)\b/i;
const NOT_DEEDS =
  /^(?:said|called|claimed|denied|rejected|accused|blamed|described|reported|stated|announced|mediated|brokered|facilitated|warned|termed|labelled|labeled|named|died|wounded|injured)$/i;

/** The stem of the deed a "who" question asks the doer of ("sign" of "who signed"), or null. */
export function deedAsked(question: Pick<Question, "asked" | "text">): string | null {
  if (question.asked !== "who") return null;
  const verb = WHO_DID.exec(question.text)?.[1]?.toLowerCase();
  if (!verb || NOT_DEEDS.test(verb)) return null;
  // "signed" → "sign", "refused" → "refus", "fired" → "fir": the stem any form of the verb starts with.
  return verb.endsWith("ed") ? verb.slice(0, verb.endsWith("ied") ? -3 : -2).replace(/(.)\1$/, "$1") : verb;
}

/**
 * Whether a sentence tells the deed with its doer: the verb's stem after a name or a body ("Samvel
 * Babayan, the commander, signed in Stepanakert", "the defence ministers signed"), or before "by" and
 * its doer ("was signed by the three defence ministers", "signed in separate copies by …"), or the
 * doers named by the deed's noun ("the signatories include …"); not doers only counted ("more than 80
 * public figures have signed").
 */
export function tellsDoerOfDeed(stem: string, text: string): boolean {
  return deedTold(stem, text) === "with doer";
}

/** Whether a sentence tells the deed with no doer: "everyone in it was killed", with no "by" after it. */
export function tellsDeedWithoutDoer(stem: string, text: string): boolean {
  return deedTold(stem, text) === "passive";
}

/** A passive's auxiliary right before the verb: "was killed", "had been signed", "were reportedly shot". */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+(?:\p{Ll}+ly\s+)?$/u;
/**
 * The doer after a verb: "signed in separate copies by the three ministers", 'killed that day by "unidentified
 * members"', or named in the clause telling how ("had been killed when Azerbaijani troops … fired on their car").
 */
const DOER_AFTER = /^\s+(?:[\p{L}-]+\s+){0,4}?(?:by\s+["“]?(?:the\s+)?\p{L}|(?:when|as|after)\s+(?:the\s+)?\p{Lu})/u;

/** How a sentence tells the deed of a stem: with its doer, in the passive with none, or not at all. */
function deedTold(stem: string, text: string): "with doer" | "passive" | null {
  if (namesDoersByNoun(stem, text)) return "with doer";
  // A regular verb's own forms ("signed", "signing"), not a noun of its stem ("a sign still reads").
  // A short stem may have lost its doubled letter ("killed" → "kil", "stopped" → "stop"): it is read again.
  const doubled = `${escapeRegExp(stem.at(-1) ?? "")}?`;
  const verb = new RegExp(`\\b${escapeRegExp(stem)}${stem.length <= 4 ? `${doubled}(?:e?d|ing)` : "\\w*"}\\b`, "iu");
  const found = verb.exec(text);
  if (!found) return null;
  const before = text.slice(0, found.index);
  const after = text.slice(found.index + found[0].length);
  // "The document was never signed": a deed said not to be done names no doer of it.
  if (/\b(?:never|not|n['’]t)\s+(?:\w+\s+)?$/i.test(before)) return null;
  // "More than 80 public figures, among them Nobel laureates, have signed": the doers are counted, not named.
  if (COUNTED_DOERS.test(before)) return null;
  if (DOER_AFTER.test(after)) return "with doer";
  // "The ministry announced that everyone in it was killed": the names before a passive are not its doers.
  if (PASSIVE_BEFORE.test(before)) return "passive";
  return DOER_BEFORE.test(before) ? "with doer" : null;
}
/**
 * "The signatories include Lena Varga …", "the signers were …": the doers named after the deed's noun,
 * often in the sentence after the one telling the deed.
 */
export function namesDoersByNoun(stem: string, text: string): boolean {
  // Case matters for the name after it: no "i" flag, which would let \p{Lu} match any letter.
  const noun = `(?:${escapeRegExp(stem)}|${escapeRegExp(stem.charAt(0).toUpperCase() + stem.slice(1))})\\w*(?:ories|ers)`;
  return new RegExp(`\\b${noun}\\b[^.;]{0,20}?\\b(?:include[sd]?|are|were)\\s+(?:[\\p{Ll}-]+\\s+){0,3}\\p{Lu}`, "u").test(text);
}

/** Doers given by their number at the sentence's start: "More than 80 public figures", "Some 40 MPs", "Dozens of activists". */
const COUNTED_DOERS = /^\W*(?:(?:more\s+than|over|some|about|around|nearly|almost|at\s+least)\s+)?(?:\d[\d,]*|dozens|hundreds|thousands|scores)\b/i;
/** "Who signed it and where did they sign it": the place is asked as well as the doer. */
const WHERE_TOO = /\b(?:and|,)\s+where\b/i;
/** A name ("Serzh Sargsyan", "Babayan"), an office ("the defence minister") or a people before the verb. */
const DOER_BEFORE =
  /(?!(?:The|A|An|It|He|She|They|This|That|These|Those|In|On|At|By|But|And|Then|When|After|Before|Under)\b)\p{Lu}\p{Ll}+|\b(?:ministers?|presidents?|commanders?|leaders?|officials?|chiefs?|heads?|delegations?|generals?|speakers?|sides|parties|governments?|deputies|envoys?)\b/u;

/** Factors, named so the reasons for a choice can be read and tuned in one place. */
export const LEAD_FACTORS = {
  figureWanted: 1.6,
  countWanted: 1.25,
  /**
   * "At least 40 civilians had been killed, the ministry reported": a count of the dead whose
   * speaker the extraction could not resolve, so no figure was recorded, still tells a toll.
   */
  unrecordedToll: 1.3,
  noCount: 0.55,
  /**
   * "What did Armenia hand over …", "why did …", "who signed …": the lede tells the whole story in short,
   * in most of the question's words; the detail asked stands in a sentence further on. Not for a count or a
   * time, which a lede gives as often as any sentence.
   */
  lede: 0.85,
  /** "How many …": a sentence whose only counts are "dozens", "hundreds", "tens of thousands" says roughly, not how many. */
  vagueCount: 0.75,
  /**
   * "Which court said Armenia has effective control": "Armenia told the court it had no effective control"
   * says the opposite of what is asked; the sentence that says it does is the answer.
   */
  negatesAsked: 0.6,
  /**
   * "How many civilians died in the strike on 11 October": "41 civilians had been killed between 27 September
   * and 11 October" is a running tally over many days, not the toll of the one day's strike.
   */
  rangeTally: 0.55,
  affectedRight: 1.35,
  affectedWrong: 0.7,
  affectedUnknown: 0.9,
  claimantRight: 1.35,
  claimantWrong: 0.85,
  claimantCamp: 1.15,
  /** "How did Yerevan react": a sentence in which the other camp speaks too ("blamed each other"). */
  sharedWord: 0.8,
  /** "How did the mediators respond": "The mediators also asked …" is the second thing they said. */
  alsoAdds: 0.8,
  /** "Did Baku deny …", "how did Ankara respond …": another side's word is not the answer. */
  otherDenies: 0.6,
  /** "What did Baku say about the Armenian soldiers killed": Baku's count of its own dead is not its word on theirs. */
  ownLossesNotAsked: 0.5,
  /** "How many troops did Baku admit losing": another camp's count is not the one asked for. */
  otherCount: 0.6,
  /** "What did Aliyev say …": a sentence in which nobody speaks does not say what he said. */
  silent: 0.8,
  /** An interview's or briefing's sentence that is no one's claim: the interviewer's turn or the page's introduction. */
  interviewerTurn: 0.6,
  kindRight: 1.3,
  spoken: 1.1,
  placeRight: 1.2,
  /** A sentence of an article that never names the place asked about. */
  articleElsewhere: 0.8,
  /** A toll whose sentence names only other places than the one asked about. */
  placeWrong: 0.75,
  /** "How many died in the strike on Barda": a war's toll over "Ganja, Barda, Tartar and other towns" is not that strike's. */
  aggregateToll: 0.7,
  /** Per place named, up to four: "which towns" is answered by the list "Jermuk, Goris and Kapan". */
  placeAsked: 0.12,
  /** "Which towns": a sentence listing names ("Jermuk, Goris, Kapan and Vardenis"). */
  nameList: 1.5,
  /** "Which villages …": a sentence naming no place but the question's own ("four nearby villages"). */
  noNamesGiven: 0.6,
  /** "Where did they meet": a sentence naming a venue ("at the House of Friendship", "in a hotel outside the city"). */
  venueGiven: 1.4,
  mediationWords: 1.2,
  /** "What kind of missile struck Ganja": a sentence naming its model ("a Scud ballistic missile"), or how prisoners were tortured. */
  kindGiven: 1.6,
  /** "What kind of missile …": a sentence that names only the thing ("an Armenian missile attack") does not say which. */
  noKindGiven: 0.7,
  /** "Who signed the truce": a sentence telling the deed asked with its doer ("Samvel Babayan signed in Stepanakert"). */
  doerOfDeed: 1.5,
  /** "Who killed the peacekeepers": "everyone in it was killed" tells the deed but not its doer, which may follow. */
  deedWithoutDoer: 1,
  /** "Who signed the truce": a sentence that never tells the deed ("the war ended with a ceasefire") tells the occasion. */
  noDeed: 0.75,
  /** "Who signed it and where": a sentence naming a place besides the question's own, or a venue, says where too. */
  whereGiven: 1.2,
  /**
   * "Which Azerbaijani general was killed", "which district could they not return to": a sentence naming the
   * kind asked ("Major General Polad Hashimov", "fled the district of Lachin") says which, more surely than
   * one of the same incident about another ("a 76-year-old civilian, Aziz Azizov").
   */
  whichNounNamed: 1.15,
  /** "Who called the shelling a war crime": a sentence in which someone puts that label on it ("condemned the shelling as a 'war crime'"). */
  labelGiven: 1.8,
  /** "Who did Baku blame for the attack": a sentence putting the blame ("carried out on the orders of …"). */
  blameGiven: 1.3,
  /** "Who did Baku blame …": a sentence that blames no one tells the attack, not whose it was. */
  noBlame: 0.85,
  /** "Who mediated the swap": a sentence thanking or crediting the go-between ("thanked the Georgian prime minister"). */
  creditGiven: 1.6,
  /** "Who mediated the swap": a sentence that names no go-between tells the swap, not who made it. */
  noCredit: 0.75,
  reasonGiven: 1.3,
  /** "Why …": a sentence that only restates the question is context, not the reason. */
  noReason: 0.8,
  timeRight: 1.25,
  /** Undated, in a passage (or under an interviewer's question) naming the question's time: not another time's, though not dated itself. */
  contextTimeRight: 1,
  timeWrong: 0.8,
  /** "Since the 2020 war", "after the deal": a sentence dated before that time tells what the question leaves out. */
  beforeTimeAsked: 0.55,
  /** A sentence dated outside a question's day or week ("on 17 October"): another incident. */
  dayWrong: 0.55,
  /** "How many died on 17 October": a toll dated another day is another attack's toll. */
  figureDayWrong: 0.35,
  /** A question ("Why did they leave?", an interviewer's "Did the army fire at Ganja?") never answers. */
  asksItself: 0.45,
  publishedElsewhen: 0.8,
  publishedFarOff: 0.65,
  /** A toll reported years from the question's time, on top of `publishedFarOff`: another war's dead. */
  tollFarOff: 0.5,
  otherEvent: 0.75,
  heading: 0.6,
  /** A broadcast's on-screen caption or a story's "In brief:" line: a summary of the sentence that says it in full. */
  caption: 0.6,
  /** A list item, a fact box's figure, a label or a standfirst (no full stop): a pointer to what a sentence tells in full. */
  unfinishedLine: 0.6,
  /** A table's row: its cells sum up what a sentence of the article (or another's) says in full, with who said it. */
  tableRow: 0.6,
  /** "How many Armenian troops died": with no claimant named, the side's own count of its losses, not the enemy's claim. */
  ownCount: 1.2,
  /** "We look at who said what …", "In this episode we ask …": a page announcing what it covers tells none of it. */
  pagePreview: 0.1,
  /** A monitoring item's source line ("Source: Azerbaijani Radio, Baku, in Azeri 1500 gmt 2 Mar 92") names a broadcast, it answers nothing. */
  sourceLine: 0.2,
  /** "When …": a sentence that gives a day, an hour or a time relative to an event. */
  timeGiven: 1.3,
  /** "When will the guards take over": a sentence telling what is still to come ("will be handed over by 24 July"). */
  futureTold: 1.4,
  /** "When will …": a sentence telling only what has happened answers when it did, not when it will. */
  pastTold: 0.8,
  /** "When did the truce start": the hour it runs from ("from 12:00 on October 10") says more than when it was agreed. */
  startTimeGiven: 1.2,
  noTime: 0.85,
  /** "How many died": a sentence that counts only the wounded answers another question. */
  woundedOnly: 0.5,
  /** "Which naval officer died …": a sentence that names a person ("Among the dead was Captain Ivan Kovgan"). */
  personNamed: 1.35,
  /** "Which soldiers died …": "Three soldiers were killed" counts them but names no one. */
  noPersonNamed: 0.8,
  /** "Who was killed in the shootout": "three police officers were shot dead" says who by what they were, more than "five people". */
  victimsByRole: 1.1,
  /** "Which general was killed": a name given with the role asked ("Major General Polad Hashimov", "its soldiers, Sipan Melkonian"). */
  roleNamed: 1.25,
  /** "How many crew died": a count of the thing asked ("its three crew members"), not another ("12 soldiers"). */
  countedRight: 1.3,
  /** "How many flats are in the complex": a count of what is only planned ("a second complex, with 300 flats, is planned"). */
  planned: 0.8,
  /** "How many peacekeepers were sent": a sentence whose counts are of something else ("5,000 civilians"). */
  countedOther: 0.8,
  /** "How many hostages …", "how many fled": a sentence whose count is a casualty toll counts the dead, not what is asked. */
  tollNotAsked: 0.6,
  /** "When did they decide …", "where did they meet", "did Baku own up to …": a sentence giving a toll tells the losses, which are not asked. */
  lossesNotAsked: 0.85,
  /** "How many …": a toll raised or revised ("rose to 13") is the latest word on it. */
  updatedToll: 1.15,
  /** "How many died defending the district": "a further 35 died", "on the first day one was killed" count part of the toll. */
  partOfToll: 0.75,
  /** "How many died in the Ganja strikes": "a total of 26", "pushing its toll to 673" sum the attacks asked about. */
  wholeToll: 1.15,
  /** "How many prisoners did Armenia free": a sentence in which that side does the deed ("the Armenian authorities released"). */
  doerRight: 1.3,
  /** "… did Armenia free": a sentence in which another side does it ("the Karabakh authorities freed"). */
  doerOther: 0.85,
  /** "Were any civilians hurt?": a yes-or-no question about losses is answered by a casualty figure ("no civilians were injured"). */
  lossesAsked: 1.6,
  /** "What did they agree": a sentence saying what was agreed ("agreed to", "pledged that"). */
  outcomeVerb: 1.3,
  /** "What did the co-chairs ask Azerbaijan": a sentence making a request ("urge Azerbaijan to permit …"). */
  requestMade: 1.4,
  /** "What did Aliyev demand …", "what preconditions did Bayramov set": a sentence stating a demand or condition ("Armenia must …"). */
  demandMade: 1.3,
  /** "What did Aliyev demand …": a sentence stating none tells the occasion, not the demand. */
  noDemand: 0.8,
  /** "What did the co-chairs ask …": a sentence that asks nothing ("remain deeply concerned") tells their mood, not the request. */
  noRequest: 0.75,
  /** "How deep did the troops push", "how much land": a sentence giving a distance or an area ("3.5 kilometres"). */
  measureGiven: 1.6,
  /** "How far …": a sentence with no distance or area tells the push, not how far it went. */
  noMeasure: 0.75,
  /** "How long will the observers stay": a sentence giving a span of time ("for a maximum of two months", "until 2027"). */
  durationGiven: 1.4,
  /** "How long …": a sentence giving no span of time tells what was agreed, not for how long. */
  noDuration: 0.8,
  /** "What prison terms did the court give": a sentence giving a penalty ("six years in prison", "life imprisonment"). */
  penaltyGiven: 1.5,
  /** "What prison terms …": a sentence giving none tells the trial, not its verdict. */
  noPenalty: 0.7,
  /** "What sentence did prosecutors ask for Anna Petrosyan": a sentence naming other defendants, not her, gives their penalty or charge. */
  anotherDefendant: 0.7,
  /** "Why was he arrested", "what charges does he face": a sentence naming the charge ("accusing them of obstructing …"). */
  chargeGiven: 1.4,
  /** "How is ownership split": a sentence giving proportions ("74 percent … 26 percent"). */
  shareGiven: 1.5,
  /** "How accurate were the maps", "how many Armenians think …": a sentence giving a proportion ("only 25 percent", "36% think"). */
  degreeGiven: 1.5,
  /** "How accurate were the maps": a sentence giving no proportion says whether, not how much ("the maps are not accurate"). */
  noDegree: 0.75,
  /** "What was the vote count": a sentence giving the tally ("by 491 votes to 9", "by 13 votes to two"). */
  tallyGiven: 1.6,
  /** "What was the vote count": a sentence giving no tally tells the decision, not the count. */
  noTally: 0.8,
  /** "Who did Aliyev blame …": a sentence in which the person the question names speaks, not another voice of his side. */
  speakerAsked: 1.2,
  /** "What did Kocharyan complain about": a sentence in which only other people speak ("Vartan Oskanian urged …") is their word, not his. */
  otherPersonSpeaks: 0.8,
  /** "What did the spokeswoman claim about the helicopters": a sentence of hers that never names them is about something else. */
  topicMissing: 0.8,
  /** "Did shells from the war land in Iran": a sentence that never names the shells ("no aggression on our land") answers something else. */
  subjectMissing: 0.75,
  /** "What toll did the military commandant give": a count in which the voice so named speaks ("The military commandant of Baku said …"). */
  voiceNamed: 1.3,
  /**
   * "Did the fighting stop after Baku declared a truce?": a sentence saying whether it did, in the
   * question's own thing and verb ("no sign that the shelling had stopped"), not the account of the act.
   */
  goingOnTold: 2,
  /** "Did the fighting stop after …": a sentence naming neither the thing nor the verb tells the act, not what followed it. */
  goingOnUntold: 0.7,
  /** Added per share of the question's own words the sentence uses. */
  literal: 0.25,
};

/**
 * Whether an article's lede, which tells the whole story in short, leaves out the detail the question
 * asks: not a count or a time, which a lede gives as often as any sentence; not the person a "who"
 * question asks for, when the lede names one ("Anton Belov, the envoy, said …"); not a denial asked
 * for, when the lede is nothing but one side's denial (a lede telling the charge and the denial together
 * is the story in short).
 */
function ledeLeavesOutTheDetail(question: Question, facts: SentenceFacts): boolean {
  if (question.asked === "figure" || question.asked === "when") return false;
  const namesAsked = namesPersonAsked(question.text, facts.sentence.text) || namesAskedRole(question.text, facts.sentence.text);
  if ((question.asked === "who" || asksForPerson(question.text)) && namesAsked) return false;
  const deniesOnly = facts.claims.length > 0 && facts.claims.every((c) => c.kind === "denial");
  return !((question.asked === "denial" || question.asked === "response") && deniesOnly);
}

/**
 * "What did X say about the helicopters (on 27 September)", "… tell the judges about Armenian detainees":
 * the thing a word is asked about, up to four words after "about", ending at a preposition or the end.
 */
const ABOUT_TOPIC =
  /\babout\s+(?!(?:on|in|of|at|for|from|with|to|after|during|near|before|when)\b)(?:the\s+|a\s+|an\s+|its\s+|their\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+?)(?=\s+(?:on|in|of|at|for|from|with|to|after|during|near|before|when|and|or|that|which)\b|\s*[?,.;:]|\s*$)/iu;

const TOPIC_KINDS = parseDataFile(
  "topicKinds.json",
  z.object({ examples: z.array(z.string().min(1)).min(1), topics: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)) }),
  topicKindsData,
);
/** Each topic's search term, with the search terms of its kinds ("food" → "bread", "veget", …). */
const KINDS_OF_TOPIC = new Map(
  Object.entries(TOPIC_KINDS.topics).flatMap(([topic, kinds]) => {
    const term = analyze(topic)[0];
    return term ? [[term, new Set(kinds.flatMap((k) => analyze(k)))] as const] : [];
  }),
);

/**
 * Whether a question asks what was said about a thing (its head word) that the sentence never names,
 * by its name or by one of its kinds ("fruits, vegetables and bread" tell of food).
 */
export function missesTopicAsked(question: string, sentence: string): boolean {
  const topic = ABOUT_TOPIC.exec(question)?.[1];
  const head = topic ? analyze(topic).at(-1) : undefined;
  if (head === undefined) return false;
  const terms = analyze(sentence);
  const kinds = KINDS_OF_TOPIC.get(head);
  return !terms.includes(head) && !(kinds && terms.some((t) => kinds.has(t)));
}

/** "How many people had arrived", "how many crossed into Armenia": people who moved are counted, not the dead. */
const MOVEMENT_ASKED = /\b(?:arriv\w*|entered|crossed|resettl\w*|relocat\w*|return\w*|fled|flee\w*)\b/i;

/**
 * "How many soldiers were captured or missing": people held by the other side or unaccounted for are
 * counted, not the dead and wounded; a sentence counts them in these words or in "taken prisoner",
 * "contact lost with 24 others".
 */
const HELD_ASKED = /\b(?:captur\w*|captives?|captivity|prisoners?|pows?|detain\w*|missing|unaccounted|hostages?|abduct\w*)\b/i;
const HELD_TOLD =
  /\b(?:captur\w*|captives?|captivity|prisoners?|pows?|detain\w*|missing|unaccounted|hostages?|abduct\w*|(?:lost|losing)\s+contact|contact\s+(?:was\s+|has\s+been\s+)?lost)\b/i;

/** A toll where the held or the missing are asked ("four soldiers had been wounded" for "how many were captured"). */
function countsTollNotHeld(question: Question, facts: SentenceFacts): boolean {
  return facts.figures.length > 0 && HELD_ASKED.test(question.text) && !HELD_TOLD.test(facts.sentence.text);
}

/** "Did shells from the war land …", "were peacekeepers sent …": the things a yes-or-no question asks about, a plural noun. */
const THINGS_ASKED = /^\s*(?:did|do|does|has|have|had|were|are|was|is)\s+(?:the\s+|any\s+)?([\p{Ll}'’-]{3,}s)\b/u;

/**
 * Whether a yes-or-no question asks about things (a plural common noun, no name the gazetteer knows:
 * "shells", "peacekeepers", not "armenians") that the sentence never names.
 */
export function missesThingAsked(question: string, sentence: string): boolean {
  const thing = THINGS_ASKED.exec(question)?.[1];
  if (!thing || isStopWord(thing) || defaultGazetteer.match(tokenize(thing)).length > 0 || defaultGazetteer.isPeople(thing)) return false;
  const head = analyze(thing)[0];
  return head !== undefined && !analyze(sentence).includes(head);
}

/** A count that gives no number: "dozens of", "hundreds", "tens of thousands", "several", "scores of". */
const VAGUE_COUNT = /\b(?:(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands|millions|several|numerous)\b/gi;

/** Whether a sentence's counts are all vague ("dozens of soldiers killed"): it holds a count, but none once those are taken out. */
export function countsOnlyVaguely(text: string): boolean {
  return holdsCount(text) && !holdsCount(text.replace(VAGUE_COUNT, " "));
}

/** Share (0–1) of the question's evidence a sentence holds: per typed word, its best term. */
export function termShare(query: SearchQuery, sentence: string): number {
  return termShareIn(query, new Set(analyze(sentence)));
}

/** Share (0–1) of the question's evidence a set of search terms holds (a sentence's, an article's). */
export function termShareIn(query: SearchQuery, terms: ReadonlySet<string>): number {
  const best = new Map<number, number>();
  let mass = 0;
  const slotMass = new Map<number, number>();
  query.terms.forEach((t, i) => {
    const slot = query.slots[i] ?? i;
    const weight = (query.termIdf[i] ?? 0) * t.weight;
    slotMass.set(slot, Math.max(slotMass.get(slot) ?? 0, weight));
    if (terms.has(t.term)) best.set(slot, Math.max(best.get(slot) ?? 0, weight));
  });
  for (const v of slotMass.values()) mass += v;
  let found = 0;
  for (const v of best.values()) found += v;
  return mass > 0 ? found / mass : 0;
}

/** "Baghanis, Voskepar, Kirants and Berkaber": three or more names listed; "Getashen and Martunashen, two Armenian villages". */
export const PLACE_LIST =
  /\b\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:,\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)+,?\s+and\s+\p{Lu}[\p{L}-]+|\b\p{Lu}[\p{L}-]+\s+and\s+\p{Lu}[\p{L}-]+,\s+(?:the\s+)?(?:two|three|four|both)\s+(?:[\p{L}-]+\s+){0,2}(?:villages|towns|cities|districts|settlements)\b/u;
const MEDIATION = /\b(?:mediat\w*|broke(?:r|red|rs|ring)|co-?chairs?|good offices|intermediar\w*)\b/i;
/**
 * "Since" as a cause ("since the road is the only way in"), not as a time: "since 12 December",
 * "since then", "since the start of the war", "since his arrest;" tell when a thing began, not why it was done.
 */
export const CAUSAL_SINCE = String.raw`since\b(?!\s+(?:(?:his|her|its|their|our|my)\s+[\w-]+(?:\s*[.,;:)]|\s*$|\s+(?:in|on|at|of|last|this|and|or)\b)|then|\d|(?:early|late|mid)\b|mid-|(?:last|this)\s+\w+|the\s+(?:start|beginning|end|outbreak|middle|early|late|mid|first|spring|summer|autumn|fall|winter)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|dawn|midnight|morning|independence)\b))`;
/**
 * What people protest against is why they protest: "they are demonstrating against the illegal
 * exploitation of …", "campaigning against the deal", "a hunger strike against his trial". Only the verb: "leading protests against an
 * agreement" tells what the protests are about, not why someone else acted.
 */
export const PROTESTS_AGAINST = String.raw`(?:(?:protest(?:ed|ing)|demonstrat(?:ed|ing)|rall(?:ied|ying)|campaign(?:ed|ing)|picket(?:ed|ing)|march(?:ed|ing))\s+(?:\w+\s+){0,2}?|(?:hunger[- ])?strikes?\s+|boycotts?\s+)against\b`;
/**
 * What must happen first, a doer and a verb of the present: "until Armenia takes full responsibility", "until
 * the other side withdraws" (not "until 2027"). Shared by the reason a lead gives and the cause it states.
 */
/** What a thing "is (a direct) consequence of": its cause. Shared by the reason a lead gives and the cause it states. */
export const CONSEQUENCE_OF = String.raw`(?:is|was|are|were|be)\s+(?:\w+\s+){0,2}?consequences?\s+of`;

export const UNTIL_DONE_VERB = String.raw`until\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,3}?(?:takes|gives|stops|ends|withdraws|agrees|accepts|returns|complies|fulfils|fulfills|meets|hands|releases|lifts|removes|apologi[sz]es|recogni[sz]es|changes|abandons|ceases|halts|guarantees|ensures|pays|admits|allows)`;

/**
 * Words that give a reason or put the blame: what a "why" question wants. "because of the
 * shelling", "in response to the provocation", "in retaliation for", "a revenge operation for the
 * wounding of", "to prevent further attacks", "saying the talks were pointless", "in protest at",
 * "in light of the drills", "citing security concerns", "the army's task there was to break up …",
 * "concerns prompted the envoy to …", what the alternative "would have led to", who "were at risk", "for humanitarian purposes",
 * what "is a red line" for a side, how a speaker "explained" it, what must happen first ("until this issue is resolved"),
 * the law that rules it ("under the Criminal Code life imprisonment cannot be imposed"), what it is "a consequence of".
 */
const REASON = new RegExp(
  String.raw`\b(?:because|due to (?:the|a|an|its|their)|owing to|intended to|aimed at|with (?:the|an?) (?:aim|goal|purpose|intention) of|for (?:\w+ ){0,2}purposes?|with a view to|(?:would|will|should) (?:allow|enable|make it possible)|as a result|${CONSEQUENCE_OF}|${CAUSAL_SINCE}|${PROTESTS_AGAINST}|so that|in order to|reason|blam\w*|conditions?|caus\w*|result(?:ed)? (?:from|in)|after|in (?:response|reply|retaliation|revenge|protest)\b|retaliat\w*|revenge|aveng\w*|to (?:prevent|punish|protect|stop|avert)|(?:wish(?:ed|es)?|want(?:ed|s)?|sought|seeks?|hop(?:ed|es)|intend(?:ed|s)?) to avoid\b|saying|in protest|in (?:the )?light of|in view of|on the grounds?|citing|mistak(?:e|en|ing)\b[^.;]{0,40}?\bfor|by mistake|in error|(?:task|aim|goal|purpose|objective|mission)s? (?:\S+ ){0,4}(?:was|were|is|are) to|accidental(?:ly)?|(?:an?|the) accident|prompt(?:ed|ing|s)?|would\s+have\s+(?:led|meant|resulted|cost)|at\s+risk|red\s+line|concerns?\s+(?:over|about|that)|explain(?:s|ed|ing)?|explanation|until\s+(?:this|that|the|these|it|they)\b[^.;]{0,40}?\b(?:is|are|has|have)\s+(?:been\s+)?(?:resolved|settled|removed|fulfilled|met|changed|amended|completed|finished|concluded)|under\s+(?:\S+\s+){0,3}(?:law|code|constitution)|${UNTIL_DONE_VERB}|(?:act of|in|as) self-defen[cs]e\b(?! (?:forces?|units?|army|troops|groups?)))\b`,
  "i",
);

/** Whether a sentence gives a reason, a purpose or a condition ("until the inspection is completed"). */
export function givesReasonIn(text: string): boolean {
  return REASON.test(text);
}

/**
 * "Who did Baku blame for …", "who was responsible for …", "who ordered the attack": the one blamed is
 * asked for. Not "who blamed the shooting on …", which asks who spoke.
 */
const BLAME_ASKED =
  /^\s*(?:who|whom|which\s+\w+)\s+(?:(?:did|does|do|has|have|had)\b[^?]{0,60}?\b(?:blame|hold\s+responsible)|(?:was|were|is|are)\s+(?:responsible|behind|to\s+blame|at\s+fault)|ordered)\b/i;

export function asksWhoIsBlamed(question: Pick<Question, "text">): boolean {
  return BLAME_ASKED.test(question.text);
}

/**
 * Blame put on someone: "blamed Armenia", "accused Yerevan of …", "carried out on the orders of …",
 * "open aggression by the Republic of …", "caused by an interpersonal conflict", "was behind".
 */
// ("its units were answering 'large-scale provocations' by Armenian forces": a provocation blames who made it.)
const BLAME_GIVEN =
  /\b(?:blam\w*|accus\w*|responsib\w*|provocations?|provoked|on\s+the\s+orders?\s+of|ordered\s+by|caused\s+by|aggression\s+(?:by|of)|(?:was|were|is|are)\s+behind|at\s+fault|culprits?|perpetrat\w*)\b/i;

/** "Did Washington blame either side …", "has Moscow held anyone responsible": whether the side put the blame, and on whom. */
const BLAME_WHETHER = /^\s*(?:did|does|do|has|have|had|was|were|is|are)\b[^?]{0,60}?\b(?:blam\w*|hold\w*\s+(?:\w+\s+){0,3}?responsible|accus\w*)\b/i;

/** "Who mediated the swap", "who brokered the release", "… and who mediated?": the go-between is asked for by name. */
const WHO_MEDIATED =
  /\bwho\s+(?:mediat\w*|broker(?:ed|s)?|facilitat\w*|helped\s+(?:to\s+)?(?:broker|arrange|secure))\b|\bwhose\s+(?:proposal|initiative|mediation|good\s+offices)\b/i;

export function asksWhoMediated(question: Pick<Question, "text">): boolean {
  return WHO_MEDIATED.test(question.text);
}

/**
 * A go-between named: thanked or credited by a party ("The ministry thanked the Georgian prime
 * minister", "Pashinyan credited the EU"), or the deal said to be done through them ("with Moscow's
 * mediation", "under the mediation of the Russian side", "brokered by Qatar", "at the Russian side's initiative"),
 * to follow their proposal ("the releases followed a proposal made by the co-chairmen"), or the
 * fighting said to stop after their talks ("the fighting had stopped after Shoigu held telephone talks with …").
 */
const CREDIT =
  /\b(?:followed|after|following)\s+(?:a|the)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:proposal|initiative|appeal)\s+(?:made\s+)?by\b|\b(?:stopped|ended|halted|ceased|subsided)\s+(?:[\p{L}'’-]+\s+){0,3}?after\s+[^.;]{0,80}?\b(?:talks|mediation|intervention|telephone\s+calls?|phone\s+calls?|conversations?)\b|\b(?:thank(?:ed|s|ing)?|credit(?:ed|s|ing)?|gratitude|grateful)\b|\b(?:with|through|thanks\s+to|under)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:mediation|good\s+offices|facilitation|help|assistance|involvement)\b|\b(?:mediated|brokered|facilitated|arranged)\s+by\b|\bat\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}?initiative\b/iu;

export function givesCredit(text: string): boolean {
  return CREDIT.test(text);
}

/** A clock time, a weekday, a date, or a time counted from an event ("minutes before it began"). */
const TIME_GIVEN = new RegExp(
  [
    "\\b\\d{1,2}[:.]\\d{2}\\b",
    "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|midnight|noon|dawn|overnight)\\b",
    "\\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+\\d{1,2}\\b",
    "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b",
    "\\b(?:minutes?|hours?|days?|weeks?)\\s+(?:before|after|later|earlier)\\b",
    "\\b(?:on|since|from|until|at)\\s+(?:the\\s+)?(?:morning|evening|night|afternoon)\\b",
    // "On the twelfth of May 1994": a day written in words.
    "\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth)\\s+of\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b",
    // "At the beginning of September", "in late March", "by mid-2012": part of a month or a year.
    "\\b(?:beginning|start|end|middle)\\s+of\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\\d\\d)\\b",
    "\\b(?:early|late|mid-?)\\s*(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\\d\\d)\\b",
    // "By about 2012", "since 1994": a year as the time of the thing told, not a name ("the 2020 war").
    "\\b(?:in|by|since|until|till|before|after)\\s+(?:about\\s+|around\\s+|roughly\\s+)?(?:19|20)\\d\\d\\b(?!\\s+(?:war|conflict|fighting|ceasefire|truce|deal|agreement|statement|elections?|offensive)\\b)",
    // "Must report within eight weeks": a time limit.
    "\\bwithin\\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+)\\s+(?:hours?|days?|weeks?|months?|years?)\\b",
  ].join("|"),
  "i",
);
/** "When will the guards take over", "when is the handover due": a time still to come is asked. */
const FUTURE_ASKED = /^\s*when\s+(?:will|shall|(?:is|are)\s+(?:[\p{L}'’-]+\s+){1,6}?(?:due|expected|scheduled|set|planned|going)\s+to)\b/iu;
/** A time still to come told: "will be handed over by 24 July", "is due to open", "is expected to". */
const FUTURE_TOLD = /\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|set|planned|to\s+be)\b|(?:is|are)\s+to\s+\p{L}+)/iu;

/** "When did the truce start / take effect / come into force / close down". */
const START_ASKED = /\b(?:start\w*|beg[ia]n\w*|take\s+effect|took\s+effect|come\s+into\s+force|came\s+into\s+force|in\s+force|clos\w*|end(?:ed)?)\b/i;
/** The hour something runs from or ends at: "from 12:00", "since 20:00 on Wednesday", "from midnight", "completed at 23:59". */
const START_TIME = /\b(?:from|since|as\s+of|starting(?:\s+at)?|effective|completed\s+at)\s+(?:(?:[01]?\d|2[0-3])[:.][0-5]\d\b|midnight|noon)/i;
/**
 * Words for the dead, in a question or in the sentence that counts them: "how many perished",
 * "lost their lives", "were slain" ask (and tell) a toll as "died" does.
 */
const DEATH_WORDS = String.raw`died|die|killed|dead|deaths?|fatalit\w*|martyr\w*|perish\w*|slain|lost\s+(?:their|his|her|its)\s+lives|lives\s+(?:were\s+|have\s+been\s+)?lost`;
/** Losses named in any question, not only in a count: "is it true Azerbaijan lost 10,000 soldiers". */
const LOSSES_NAMED_IN_QUESTION =
  /\b(?:died|die|killed|dead|deaths?|wounded|injured|hurt|casualt\w*|tolls?|fatalit\w*|los[st]|lose|losses|victims?|martyr\w*)\b/i;
/** A question about deaths or wounds, which only a casualty figure answers. */
const ASKS_LOSSES = new RegExp(String.raw`\b(?:${DEATH_WORDS}|wounded|injured|hurt|casualt\w*|tolls?)\b`, "i");
/**
 * "How many died": a sentence that counts the dead or wounded although the extraction kept no
 * figure (its speaker unresolved: "at least 40 civilians had been killed, the ministry reported").
 */
export function tellsUnrecordedToll(question: Question, facts: Pick<SentenceFacts, "figures" | "sentence">): boolean {
  if (facts.figures.length > 0 || !asksLosses(question) || !holdsCount(withoutNumberedAdjectives(facts.sentence.text))) return false;
  // "How many died" is not told by "one of the two wounded soldiers was in a serious condition".
  const deathsOnly = DEATHS_ASKED.test(question.text) && !WOUNDS_ASKED.test(question.text);
  const text = facts.sentence.text.replace(TOLL_ROAD, " ");
  return deathsOnly ? DEATHS_ASKED.test(text) : ASKS_LOSSES.test(text);
}
/** A road's toll ("the Lanterne toll station", "a toll gate"): no count of the dead. */
const TOLL_ROAD = /\btolls?[\s-]+(?:station|gate|road|booth|plaza|bridge|motorway|highway|point)s?\b/gi;
/** A venue: a named building after "at"/"in", or a kind of building ("at a hotel", "in the presidential residence"). */
const VENUE =
  /\b(?:at|in|inside)\s+(?:the|a|an)\s+(?:[\p{Lu}][\p{L}'’-]+\s+(?:of\s+(?:the\s+)?)?){1,4}(?=[\s,.;])|\b(?:at|in|inside)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:palace|house|hotel|residence|mansion|dacha|hall|building|headquarters|embassy|consulate|airport|air\s+base|base|monastery|stadium|conference\s+cent(?:re|er))\b/iu;

/** Places a sentence names from which on it tells a toll over a region, not one place's. */
const AGGREGATE_PLACES = 3;

/**
 * A toll over a whole war or campaign: "94 civilians were killed …, including in the missile strikes
 * on Ganja", "during the 44 days of fighting", "throughout the war", "since the fighting began".
 */
const WAR_SPAN =
  /\bincluding\s+(?:in|at|on|during)\s+the\b|\b(?:during|over|in|throughout)\s+(?:the\s+)?(?:\d+|[a-z]+)\s+(?:days|weeks|months)\s+of\s+(?:the\s+)?(?:fighting|war|hostilities|clashes)\b|\bthroughout\s+the\s+(?:war|fighting|conflict|hostilities)\b|\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:war|fighting|hostilities)\b/i;

/**
 * A toll over several places, or over a whole war, answering a question about the losses at one
 * place: "how many died in the Ganja strike of 11 October" is not answered by the war's toll.
 */
function isAggregateToll(question: Question, facts: SentenceFacts): boolean {
  if (question.places.length !== 1 || facts.figures.length === 0 || !asksLosses(question)) return false;
  return facts.places.length >= AGGREGATE_PLACES || (ONE_ATTACK.test(question.text) && WAR_SPAN.test(facts.sentence.text) && !asksSeveralTolls(question));
}

/** One attack asked about ("the Ganja rocket attack", "the strike on Barda"), not a war or an offensive. */
const ONE_ATTACK = /\b(?:strike|attack|shelling|bombing|explosion|blast|raid|ambush)\b/i;

/** "How many died", "the death toll of the strike": the dead or wounded are asked about, not prisoners or gas. */
export function asksLosses(question: Question): boolean {
  return question.asked === "figure" && !question.notCasualties && ASKS_LOSSES.test(question.text);
}
/** A yes-or-no question: "were any …", "did anyone …", "has the army …". */
const YES_OR_NO = /^\s*(?:were|was|did|do|does|has|have|had|is|are)\b/i;

/** "Who called the shelling a war crime?", "who described the report as disinformation?": the label is the question's last word. */
const LABEL_ASKED = /^\s*who\s+(?:called|calls|call|described|describes|branded|brands|termed|labell?ed|dubbed)\b[^?]*?\s([\p{L}-]{4,})\s*\??\s*$/iu;

/** The search term of the label a "who called X a Y" question asks about ("crime", "disinformation"), or null. */
function labelAsked(question: string): string | null {
  const word = LABEL_ASKED.exec(question)?.[1];
  return word ? (analyze(word)[0] ?? null) : null;
}

/** "What did X say / tell / announce …": the words are asked. */
const SAYING_ASKED = /^\s*what\s+(?:did|does|do|has|have|had)\b[^?]{0,60}?\b(?:say|tell|told|said|announce|declare|write)\b/i;

/** A saying placed in a city: "Karekin II said in Baku", "told reporters in Yerevan", "speaking in Moscow". */
const SAID_IN_PLACE = /\b(?:said|says|told|tells|spoke|speaking|declared|announced)\b(?:\s+[\p{Ll}\d-]+){0,2}\s+in\s+\p{Lu}/u;

/**
 * A person named: a rank or title before a name ("Captain First Rank Ivan Kovgan", "cameraman Aram
 * Petrosyan", "warrant officer Ali Guliyev"), "named the dead as Siraj Abishov", "identified the dead
 * soldier as private Ali Guliyev", a name with its office after it ("Aram Petrosyan, the region's
 * former president"), "among the dead was …". Case matters: names are capitalised.
 */
const PERSON_NAMED =
  /\b(?:Captain|Colonel|Major|General|Lieutenant|Sergeant|Admiral|Commander|Corporal|Private|MP|Mr|Mrs|Ms|Dr)\s+(?:\p{Lu}\p{Ll}+\s+){1,3}\p{Lu}\p{Ll}+|\b(?:named|identified)\b[^.]{0,60}?\bas\s+(?:\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}+\s+\p{Lu}|\b(?:warrant\s+officer|officer|cameram[ae]n|camerawom[ae]n|correspondent|reporter|journalist|photographer|editor|sergeant|private|conscript|volunteer|pilot|colonel|major|general|lieutenant|captain)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\b\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:president|commander|leader|minister|speaker|officer|chief|head|mayor|governor|spokes(?:man|woman))\b|\b[Aa]mong\s+the\s+(?:dead|killed|victims|wounded)\s+(?:was|were)\b|\b(?:resident|man|woman|villager|farmer|shepherd|civilian|boy|girl|teacher|soldier|servicem[ae]n|officer|journalist|reporter|cameraman|driver|worker|pensioner|conscript|volunteer|\d+-year-old)s?\b[^,.;]{0,40},\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,/u;

/** "Who spoke for the army": the spokesman is asked for, named after his title ("a spokesman for the army, Arman Petrosyan,"). */
const SPOKESMAN_ASKED = /^\s*who\s+spoke\s+(?:for|on\s+behalf\s+of)\b/i;
const SPOKESMAN_NAMED = /\bspokes(?:man|woman|person)\b[^,.;]{0,60},\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+,/u;

/** Whether the sentence names the person the question asks for: anyone named, or the spokesman asked for. */
export function namesPersonAsked(question: string, text: string): boolean {
  return PERSON_NAMED.test(text) || (SPOKESMAN_ASKED.test(question) && SPOKESMAN_NAMED.test(text));
}

/** "Who was killed in the shootout", "who died": the dead are asked for, by name or by what they were. */
const WHO_DIED = /^\s*who\s+(?:died|(?:was|were)\s+(?:killed|wounded|injured|shot(?:\s+dead)?))\b/i;

export function asksWhoDied(question: string): boolean {
  return WHO_DIED.test(question);
}

/** A count of victims ("three", "two", "12", "a"): what stands before the noun saying who they were. */
const VICTIM_COUNT = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|both)`;
/**
 * The dead told by what they were, though not by name: "three police officers were shot dead", "two
 * Azerbaijani soldiers were killed", "a 76-year-old shepherd died". Not "five people were killed": a count of people says how many, not who.
 */
const VICTIMS_BY_ROLE = new RegExp(
  String.raw`\b${VICTIM_COUNT}\s+(?:[\p{L}'’-]+\s+){0,3}?(?:soldiers?|servicem[ae]n|police(?:m[ae]n)?(?:\s+officers?)?|officers?|civilians?|peacekeepers?|guards?|border\s+guards?|journalists?|reporters?|children|child|boys?|girls?|women|woman|men|man|doctors?|medics?|rescuers?|workers?|farmers?|shepherds?|villagers?|residents?|conscripts?|volunteers?|fighters?|pilots?|crew\s+members?|drivers?|sappers?|deminers?)\b[^.;]{0,40}?\b(?:killed|died|dead|shot|wounded|injured|lost\s+their\s+lives)\b`,
  "iu",
);

export function namesVictimsByRole(text: string): boolean {
  return VICTIMS_BY_ROLE.test(text);
}

export function namesPerson(text: string): boolean {
  return PERSON_NAMED.test(text);
}

/** The role a question asks a person by: "which Azerbaijani general", "who was the karabakh soldier". */
const ROLE_ASKED =
  /^\s*(?:which|what|who\s+(?:was|were|is|are)\s+the)\s+(?:[\w'-]+\s+){0,3}?(officer|mp|official|minister|journalist|reporter|commander|general|leader|diplomat|spokes(?:man|woman|person)|envoy|ambassador|pilot|soldier|serviceman|colonel|captain|major|cameraman|correspondent|prosecutor|judge)s?\b/i;

/**
 * Whether the sentence gives a name with the role the question asks by: the role right before the
 * name ("Major General Polad Hashimov", "its soldiers, Sipan Melkonian") or after it ("Zorik
 * Gevorgyan, a Karabakh soldier").
 */
export function namesAskedRole(question: string, sentence: string): boolean {
  const role = ROLE_ASKED.exec(question)?.[1]?.toLowerCase();
  if (!role) return false;
  // Case matters for the name, not for the role ("General", "general"): no "i" flag, which would let \p{Lu} match any letter.
  const roleWord = `(?:${role}|${role[0]?.toUpperCase()}${role.slice(1)}|${role.toUpperCase()})s?`;
  const name = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}";
  const before = new RegExp(`\\b${roleWord}\\b,?\\s+(?:(?:First|Second|Third)\\s+Rank\\s+)?${name}`, "u");
  const after = new RegExp(`${name},\\s+(?:a|an|the)?\\s*(?:[\\p{L}'’-]+\\s+){0,3}${roleWord}\\b`, "u");
  return before.test(sentence) || after.test(sentence);
}

const DEATHS_ASKED = new RegExp(String.raw`\b(?:${DEATH_WORDS})\b`, "i");
const WOUNDS_ASKED = /\b(?:wounded|injured|injuries|hurt|casualt\w*)\b/i;

/** "How many died": every figure of the sentence counts the wounded only ("one serviceman was wounded"). */
export function countsOnlyWounded(question: Question, facts: Pick<SentenceFacts, "figures">): boolean {
  if (!DEATHS_ASKED.test(question.text) || WOUNDS_ASKED.test(question.text)) return false;
  return facts.figures.every((f) => f.killed === null);
}

/** "How long will the observers stay", "for how long", "how long was the mission meant to last": a span of time is asked. */
const DURATION_ASKED = /\b(?:for\s+)?how\s+long\b(?!\s+ago)/i;

export function asksDuration(text: string): boolean {
  return DURATION_ASKED.test(text);
}

/**
 * A span of time given: "for a maximum of two months", "a two-year mandate", "20 years in prison",
 * "banned for life", "until 19 February 2027", "until the end of the year". Not a time ago or a
 * time between two events ("two years ago", "four days after the war began").
 */
const DURATION_GIVEN =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a\s+few)[\s-]+(?:days?|weeks?|months?|years?)\b(?!\s+(?:ago|earlier|before|after|later))|\bfor\s+life\b|\blife\s+(?:imprisonment|sentences?|terms?|bans?)\b|\b(?:indefinitely|permanently)\b|\buntil\s+(?:\d|(?:the\s+)?end\s+of|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/i;

export function givesDuration(text: string): boolean {
  return DURATION_GIVEN.test(text);
}

/** A length, an area or a distance: "a 5-km-wide corridor", "two kilometres", "400 sq km". */
const MEASURE =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundreds?|thousands?)\s*-?\s*(?:km|kilometres?|kilometers?|miles?|metres?|meters?|sq\.?\s*km|square\s+(?:kilometres?|kilometers?|miles?))\b/gi;

/** One measure given, read without the global flag's memory: "advanced 3.5 kilometres", "110 square kilometres". */
const MEASURE_GIVEN = new RegExp(MEASURE.source, "i");

export function givesMeasure(text: string): boolean {
  return MEASURE_GIVEN.test(text);
}

/**
 * The sentence with what a "how many" question cannot be counting taken out: "how many peacekeepers"
 * is not answered by "a 5-km-wide corridor" (a measure), though "how wide" is.
 */
function countsOf(question: string, sentence: string): string {
  const counted = withoutNumberedAdjectives(sentence);
  return /\bhow\s+many\b/i.test(question) ? counted.replace(MEASURE, " ") : counted;
}

/**
 * A number that only describes a noun: "its four-day sitting", "the 44-day war", "a 19-year-old
 * conscript", "a two-storey house". It counts no one.
 */
const NUMBERED_ADJECTIVE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundred)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?-(?:day|week|month|year|hour|minute|storey|story|point|party|nation|member)s?(?:-olds?)?\b/gi;

/** "Twenty-five years after …", "thirty-six hours": a compound number of a span of time counts no one. */
const COMPOUND_SPAN =
  /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/gi;

/**
 * A number naming a part of a text or a document ("Section 1", "Article 5", "resolution 822", "point 6"):
 * a label, not a count (numberedLabels.json).
 */
const NUMBERED_LABEL = new RegExp(
  String.raw`\b(?:${parseDataFile("numberedLabels.json", z.object({ words: z.array(z.string().regex(/^[a-z]+$/)).min(1) }), numberedLabelsData).words.join("|")})s?\s+(?:no\.?\s*)?\d+[a-z]?\b`,
  "gi",
);

export function withoutNumberedAdjectives(text: string): string {
  return text.replace(NUMBERED_ADJECTIVE, " ").replace(COMPOUND_SPAN, " ").replace(NUMBERED_LABEL, " ");
}

/** "How many Russian peacekeepers were …": the words after "how many", up to the verb. */
const HOW_MANY = /\bhow\s+many\s+((?:[\p{L}'’-]+\s+){0,3})/iu;
const VERB_OR_AUX =
  /^(?:did|do|does|were|was|are|is|have|has|had|will|would|could|can|died|die|killed|wounded|injured|lost|fled|left|went|got|according|in|on|at|during|after|before|since|when)$/;
/** A past verb after the counted noun ("people crossed the bridge"); first ("armoured vehicles") it describes the noun. */
const PAST_VERB = /^\p{Ll}{3,}ed$/u;
/**
 * A preposition after the counted noun opens a phrase about it ("people from Armenia", "hectares of woodland");
 * "and" or "or" joins a second noun ("towns and villages"), counted as the first is (countedAs.json).
 */
const NOUN_ENDS = /^(?:the|a|an|from|of|for|with|by|to|near|inside|outside|across|along|under|within|and|or)$/;
/** A number word or figure, the start of a count. */
const COUNT_WORD =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|dozens?|hundreds?|thousands?)$/;
/** "Dozens of", "hundreds of", "tens of thousands of": a count that says roughly, not how many. */
const VAGUE_COUNT_WORD = /^(?:dozens|hundreds|thousands|millions)$/;
/**
 * "The number of refugees … had exceeded 78,000", "the total of flats stands at 450": a count whose
 * figure follows the noun it counts, linked by a verb of amount (not "the number of refugees is
 * unknown, though 12 buses left", whose figure counts something else).
 */
const NUMBER_OF =
  /\b(?:number|total|tally)\s+of\s+([\p{L}'’-]+)\b[^.;:!?]{0,40}?\b(?:reached|exceeded|topped|passed|surpassed|stood\s+at|stands\s+at|(?:was|is)\s+put\s+at|(?:rose|risen|grew|grown|climbed|increased)\s+to|totall?ed)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|at\s+least\s+)?\d/giu;
/** "The government puts the number of refugees … at close to one million": the same, the figure after "at". */
const NUMBER_PUT_AT =
  /\bput(?:s|ting)?\s+the\s+(?:number|total|tally)\s+of\s+([\p{L}'’-]+)\b[^.;:!?]{0,60}?\bat\s+(?:about\s+|some\s+|nearly\s+|almost\s+|close\s+to\s+|over\s+|more\s+than\s+|at\s+least\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half\s+a)\s+(?:hundred|thousand|million)\b)/giu;
/** A unit of time after a number: the number measures a span ("eight days after …"), it counts nothing. */
const SPAN_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;
/** How far after its number a counted noun may stand, in words ("three of its crew members", "97,000 anti-tank and anti-personnel mines"). */
const COUNT_REACH = 4;

/**
 * Whether the sentence counts the noun the question counts: "how many crew died" and "its three
 * crew members were killed"; "how many troops" and "12 servicemen" (one synonym group). A rough
 * count ("tens of thousands of landmines") counts it too, but does not say how many.
 */
export function countsWhatIsAsked(question: string, sentence: string): boolean {
  return countOfAsked(question, sentence) === "exact";
}

/**
 * How the sentence counts the noun a "how many" question counts: "exact" ("97,000 anti-tank and
 * anti-personnel mines"), "vague" (only "tens of thousands of landmines"), or null where it does not.
 * A hyphenated word ("anti-tank") is one word of the reach, as a reader counts it.
 */
export function countOfAsked(question: string, sentence: string): "exact" | "vague" | null {
  const head = countedNoun(question);
  if (!head) return null;
  const asked = new Set([head, ...(COUNTED_AS[head] ?? [])].flatMap((w) => analyze(w).slice(0, 1)));
  if (asked.size === 0) return null;
  const words = sentence
    .split(/\s+/)
    .map((w) => searchTokens(w))
    .filter((t) => t.length > 0);
  // "How many people from Armenia are missing": "3,100 people from Azerbaijan", or "In Azerbaijan: … 850
  // missing persons", counts others; the count asked names where they come from.
  const from = countedOrigin(question);
  if (from !== undefined && !words.some((w) => w.some((t) => analyze(t)[0] === from))) return null;
  const isAsked = (w: readonly string[]) => w.some((t) => asked.has(analyze(t)[0] ?? ""));
  // "The number of refugees from Armenia had exceeded 78,000": the figure follows the noun it counts.
  if ([...sentence.matchAll(NUMBER_OF), ...sentence.matchAll(NUMBER_PUT_AT)].some((m) => isAsked(searchTokens(m[1] ?? "")))) return "exact";
  let vague = false;
  for (const [i, word] of words.entries()) {
    const count = word.at(-1) ?? "";
    if (!COUNT_WORD.test(count)) continue;
    // "The deal came eight days after a landmine killed …": a span of time counts no landmines.
    if (SPAN_UNIT.test(words[i + 1]?.[0] ?? "")) continue;
    if (!words.slice(i + 1, i + 1 + COUNT_REACH).some(isAsked)) continue;
    if (!VAGUE_COUNT_WORD.test(count)) return "exact";
    vague = true;
  }
  return vague ? "vague" : null;
}

/** "How many people from Armenia …": where the counted come from, as the search reads the word ("armenia"). */
const ORIGIN_ASKED = /\bhow\s+many\s+[\p{L}'’-]+\s+from\s+([\p{L}'’-]+)/iu;

function countedOrigin(question: string): string | undefined {
  const place = ORIGIN_ASKED.exec(question)?.[1];
  return place ? analyze(place)[0] : undefined;
}

/**
 * "How large is the Russian peacekeeping contingent under the deal?": the noun whose size is
 * asked, the last word before a preposition or the end.
 */
const SIZE_OF =
  /\bhow\s+(?:large|big)\s+(?:is|was|are|were|will\s+be|would\s+be)\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?=\s+(?:under|in|of|at|on|that|after|before|during|for|when|sent|deployed)\b|\s*\?|\s*$)/iu;

/** The noun a count question counts: "how many crew died" → "crew", "how large is the contingent" → "contingent". */
function countedNoun(question: string): string | undefined {
  const size = SIZE_OF.exec(question)?.[1];
  if (size) return size.toLowerCase().split(/\s+/).pop();
  const words = (HOW_MANY.exec(question)?.[1] ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  // "How many people from Armenia are missing": the noun ends where a phrase naming whose or where begins.
  // "How many people crossed the bridge": a past verb after the noun ends it too ("armoured vehicles" opens with one).
  const end = words.findIndex((w, i) => VERB_OR_AUX.test(w) || (i > 0 && (NOUN_ENDS.test(w) || PAST_VERB.test(w))));
  return (end < 0 ? words : words.slice(0, end)).pop();
}

/** What else a count of the asked noun is written as (countedAs.json): "how many peacekeepers" is counted in troops. */
const COUNTED_AS: Readonly<Record<string, readonly string[]>> = parseDataFile(
  "countedAs.json",
  z.object({ nouns: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)) }),
  countedAsData,
).nouns;

/** A count of what is still to be built or done: "… is planned", "are to be built", "will be constructed". */
const PLANNED = /\b(?:(?:is|are)\s+(?:planned|envisaged|projected|proposed)|(?:will|is\s+to|are\s+to)\s+be\s+(?:built|constructed|added|erected|opened))\b/i;
/** "How many flats will be built", "how many are planned": the plans are asked. */
const PLANS_ASKED = /\b(?:will|plans?|planned|future|going\s+to|to\s+be\s+built)\b/i;

/** A toll raised or revised: the latest figure of a count that grew. */
const UPDATED_TOLL =
  /\b(?:r(?:ose|isen|aised?|ising)|climb(?:ed|s)?|increas(?:ed|es)|revis(?:ed|es)|updat(?:ed|es)|now\s+stands?|has\s+reached|had\s+reached)\b[^.]{0,60}\bto\s+(?:at\s+least\s+)?\d|\b(?:raised|revised|updated)\s+(?:the\s+|its\s+)?(?:death\s+)?(?:toll|figures?|count|tally)\b|\b(?:later|subsequently|since)\s+(?:revised|raised|updated)\b/i;

/**
 * Share (0–1) of the question's own words (stemmed, before synonyms) the sentence uses: of two
 * sentences that match through synonyms, the one in the asker's words ("fled", not "displaced")
 * is more likely the one they mean.
 */
export function literalShare(question: string, sentence: string): number {
  const wanted = new Set(
    searchTokens(question)
      .filter((w) => !isStopWord(w))
      .map(stem),
  );
  if (wanted.size === 0) return 0;
  const have = new Set(searchTokens(sentence).map(stem));
  let found = 0;
  for (const w of wanted) if (have.has(w)) found++;
  return found / wanted.size;
}

export function questionFit(question: Question, facts: SentenceFacts): number {
  const which = whichNoun(question.text);
  const named = which !== null && analyze(facts.sentence.text).includes(which) ? LEAD_FACTORS.whichNounNamed : 1;
  return named * questionFitOfKind(question, facts);
}

/** "Which Azerbaijani general …", "which border areas …": up to three words after "which", up to its verb. */
const WHICH_WORDS = /^\s*which\s+((?:[\p{L}'’-]+\s+){1,4})/iu;
/** "Did", "was", "couldn't", "died", "spoke": the verb after the noun a "which" question asks about. */
const isVerbAfterNoun = (word: string): boolean => isStopWord(word) || /(?:ed|['’]t)$/.test(word) || baseVerb(word) !== word;

/**
 * The search term of the noun a "which" question asks about ("which Azerbaijani general was killed" →
 * "general"), or null where none stands before its verb ("which of the objections …").
 */
export function whichNoun(question: string): string | null {
  const words = (WHICH_WORDS.exec(question)?.[1] ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const end = words.findIndex(isVerbAfterNoun);
  const noun = (end < 0 ? words.slice(0, 3) : words.slice(0, Math.min(end, 3))).pop();
  if (!noun || noun.length < 3) return null;
  // "Which former leaders did prosecutors want jailed": the names are wanted, often given without the noun
  // ("asked for life terms for Harutyunyan, Ghukasyan and …"); one person asked ("which general") is named with his rank.
  if (asksForPerson(question) && /[^s]s$/.test(noun)) return null;
  return analyze(noun)[0] ?? null;
}

function questionFitOfKind(question: Question, facts: SentenceFacts): number {
  let fit = facts.heading ? LEAD_FACTORS.heading : 1;
  if (broadcastSource(facts.sentence.text) !== null) fit *= LEAD_FACTORS.sourceLine;
  // Nobody's claim: an official's "we" ("We ask the co-chairs to …") speaks for a side, the page's "we" for itself.
  if (facts.claims.length === 0 && previewsItsPage(facts.sentence.text)) fit *= LEAD_FACTORS.pagePreview;
  if (isCaption(facts.sentence.text)) fit *= LEAD_FACTORS.caption;
  else if (!facts.heading && !isTableRow(facts.sentence.text) && isUnfinishedLine(facts.sentence.text) && facts.sentence.text.trim() !== facts.title?.trim())
    fit *= LEAD_FACTORS.unfinishedLine;
  if (isTableRow(facts.sentence.text)) fit *= LEAD_FACTORS.tableRow;
  if (isQuestionSentence(facts.sentence.text)) fit *= LEAD_FACTORS.asksItself;
  fit *= askedFit(question, facts);
  if (facts.opensArticle && ledeLeavesOutTheDetail(question, facts)) fit *= LEAD_FACTORS.lede;
  fit *= voiceFit(question, facts);
  fit *= sideFit(question, facts);
  const where = facts.places.length > 0 ? facts.places : (facts.passagePlaces ?? []);
  if (question.places.length > 0 && question.places.some((p) => where.includes(p))) fit *= LEAD_FACTORS.placeRight;
  // "What toll did Baku give for the strike on Ganja": a toll whose own words name other places is another
  // attack's (its paragraph's places are too loose a sign: "the front line" holds every village on it).
  // "Did Armenia deny firing at Ganja": "Armenia denied firing on Kokhanabi" denies another attack.
  // A place named only as the speaker's seat ("the Health Ministry in Baku said 192 servicemen had died") is not where it happened.
  else if (question.places.length > 0 && facts.places.length > 0 && asksOfThePlace(question, facts) && placesBeyondSeats(facts.sentence.text).length > 0)
    fit *= LEAD_FACTORS.placeWrong;
  // "What did the patriarch tell the clerics in Moscow": words he said in another city ("…," he said in Baku
  // at the time) were said on another occasion.
  else if (question.places.length > 0 && facts.places.length > 0 && SAYING_ASKED.test(question.text) && SAID_IN_PLACE.test(facts.sentence.text))
    fit *= LEAD_FACTORS.placeWrong;
  const label = labelAsked(question.text);
  if (label !== null && facts.claims.length > 0 && analyze(facts.sentence.text).includes(label)) fit *= LEAD_FACTORS.labelGiven;
  // "Did Armenia deny firing at Ganja": a denial in an article that never names Ganja denies another attack.
  if (question.places.length > 0 && facts.articlePlaces && !question.places.some((p) => facts.articlePlaces?.has(p))) fit *= LEAD_FACTORS.articleElsewhere;
  if (isAggregateToll(question, facts)) fit *= LEAD_FACTORS.aggregateToll;
  if (doesWhatIsAsked(question, facts)) fit *= LEAD_FACTORS.outcomeVerb;
  const wentOn = whetherItWentOn(question.text, facts.sentence.text);
  if (wentOn !== null) fit *= wentOn === "told" ? LEAD_FACTORS.goingOnTold : wentOn === "untold" ? LEAD_FACTORS.goingOnUntold : 1;
  const kind = kindAsked(question.text);
  if (kind) fit *= givesKind(kind, facts.sentence.text) ? LEAD_FACTORS.kindGiven : LEAD_FACTORS.noKindGiven;
  // "When did the leadership decide to dissolve the republic?": a toll answers no time asked of something else.
  // Only a time or a place asked: a reason is often told with the toll it caused ("fired on the helicopter
  // …, killing two crew"), a request with the dead it is about ("return the bodies of the two soldiers").
  if ((question.asked === "when" || question.asked === "place") && !LOSSES_NAMED_IN_QUESTION.test(question.text) && facts.figures.length > 0)
    fit *= LEAD_FACTORS.lossesNotAsked;
  // "Did the Karabakh army admit shooting the soldier?", "did Baku own up to downing the helicopter?": the
  // side's report of its own wounded, or the toll of the downing, tells the losses; only its word on the
  // deed (a denial, an admission) answers whether it owned up.
  else if (
    question.asked === "denial" &&
    !LOSSES_NAMED_IN_QUESTION.test(question.text) &&
    facts.figures.length > 0 &&
    !facts.claims.some((c) => c.kind === "denial")
  )
    fit *= LEAD_FACTORS.lossesNotAsked;
  if (REQUEST_ASKED.test(question.text)) fit *= REQUEST_MADE.test(facts.sentence.text) ? LEAD_FACTORS.requestMade : LEAD_FACTORS.noRequest;
  else if (asksDemand(question.text)) fit *= DEMAND_MADE.test(facts.sentence.text) ? LEAD_FACTORS.demandMade : LEAD_FACTORS.noDemand;
  if (SHARE_ASKED.test(question.text) && SHARE_GIVEN.test(facts.sentence.text)) fit *= LEAD_FACTORS.shareGiven;
  else if (DEGREE_ASKED.test(question.text)) fit *= SHARE_GIVEN.test(facts.sentence.text) ? LEAD_FACTORS.degreeGiven : LEAD_FACTORS.noDegree;
  if (TALLY_ASKED.test(question.text)) fit *= TALLY_GIVEN.test(facts.sentence.text) ? LEAD_FACTORS.tallyGiven : LEAD_FACTORS.noTally;
  if (asksDistance(question.text)) fit *= givesMeasure(facts.sentence.text) ? LEAD_FACTORS.measureGiven : LEAD_FACTORS.noMeasure;
  if (asksDuration(question.text)) fit *= givesDuration(facts.sentence.text) ? LEAD_FACTORS.durationGiven : LEAD_FACTORS.noDuration;
  if (PENALTY_ASKED.test(question.text)) fit *= PENALTY_GIVEN.test(facts.sentence.text) ? LEAD_FACTORS.penaltyGiven : LEAD_FACTORS.noPenalty;
  if ((PENALTY_ASKED.test(question.text) || asksCharge(question.text)) && namesOnlyOthers(question.text, facts.sentence.text))
    fit *= LEAD_FACTORS.anotherDefendant;
  if (asksCharge(question.text) && givesCharge(facts.sentence.text)) fit *= LEAD_FACTORS.chargeGiven;
  fit *= timeFit(question, facts);
  if (negatesAsked(question, facts.sentence.text)) fit *= LEAD_FACTORS.negatesAsked;
  if (question.asked === "figure" && ONE_DAY_ASKED.test(question.text) && facts.figures.length > 0 && DAY_RANGE.test(facts.sentence.text))
    fit *= LEAD_FACTORS.rangeTally;
  if (missesTopicAsked(question.text, facts.sentence.text)) fit *= LEAD_FACTORS.topicMissing;
  if (missesThingAsked(question.text, facts.sentence.text)) fit *= LEAD_FACTORS.subjectMissing;
  if (speaksAsNamed(question.text, facts.claims)) fit *= LEAD_FACTORS.speakerAsked;
  else if (speaksAsOtherPerson(question.text, facts.claims)) fit *= LEAD_FACTORS.otherPersonSpeaks;
  else if (question.asked === "figure" && speaksAsVoiceNamed(question.text, facts.sentence.text, facts.claims)) fit *= LEAD_FACTORS.voiceNamed;
  return fit;
}

const DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_PATTERN})\b|(?:${MONTH_PATTERN})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b)`;
/** "On 11 October", "on october 11th": one day asked. */
const ONE_DAY_ASKED = new RegExp(String.raw`\bon\s+(?:the\s+)?${DAY}`, "i");
/** "Between 27 September and 11 October", "from 27 September to 11 October": a span of days. */
const DAY_RANGE = new RegExp(String.raw`\b(?:between|from)\s+${DAY}(?:,?\s+\d{4})?\s+(?:and|to|until|till|through)\s+${DAY}`, "i");
/** Whether a sentence counts over a span of days ("killed between 27 September and 11 October"). */
export function spansDays(text: string): boolean {
  return DAY_RANGE.test(text);
}
/** Words that make a question ask about a negation itself ("did Armenia deny", "no effective control"). */
const NEGATION_ASKED = /\b(?:no|not|never|deny|denied|denies|denial|refus\w*|reject\w*|without|lack\w*)\b|n['’]t\b/i;

/**
 * Whether the sentence negates two content words the question asks in a row: "has effective control" is
 * asked and the sentence says "had no effective control" (or "not …"). Not when the question asks about a denial.
 */
export function negatesAsked(question: Pick<Question, "text">, sentence: string): boolean {
  return negationOfAsked(question.text)?.test(sentence) ?? false;
}

/**
 * One pattern for every pair of content words the question asks in a row, negated ("no effective control"),
 * or null when the question asks about a negation itself or has no such pair. The lead weighs every candidate
 * sentence against the same question: the pattern is built once per question, not once per sentence.
 */
function negationOfAsked(question: string): RegExp | null {
  if (lastNegation?.question === question) return lastNegation.pattern;
  const words = NEGATION_ASKED.test(question) ? [] : (question.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] as string, words[i + 1] as string];
    if (isStopWord(a) || isStopWord(b) || a.length < 4 || b.length < 4) continue;
    pairs.push(`${escapeRegExp(a)}\\s+${escapeRegExp(b)}`);
  }
  const pattern = pairs.length === 0 ? null : new RegExp(String.raw`\b(?:no|not|never)\s+(?:\w+\s+)?(?:${pairs.join("|")})\b`, "i");
  lastNegation = { question, pattern };
  return pattern;
}
let lastNegation: { question: string; pattern: RegExp | null } | null = null;

/**
 * Whether a person the question names speaks in the sentence: "who did Aliyev blame" is answered
 * by "President Ilham Aliyev told the BBC …", not by the defence ministry's word on the same strike.
 * A person is a speaker written with two capitalized names or more ("Maria Zakharova", "Foreign
 * Minister Elmar Mammadyarov"); "Baku" or "the Kremlin" name a side's voice, which the side's fit weighs.
 */
export function speaksAsNamed(question: string, claims: readonly Pick<Claim, "speaker">[]): boolean {
  return claims.some((c) => personSpeaks(question, c.speaker, "named"));
}

/**
 * Whether the person the question asks to hear speaks in the sentence: named as the subject of its
 * asking ("what did Mutalibov claim", "did Serzh Sargsyan admit", "according to Kazimirov"), not one
 * it only mentions ("did Pashinyan say … at the meeting with Putin").
 */
export function speaksAsAsked(question: string, claims: readonly Pick<Claim, "speaker">[]): boolean {
  return claims.some((c) => personSpeaks(question, c.speaker, "asked"));
}

/**
 * Whether the question asks a person's word by name ("what did Kocharyan complain about", "did Sargsyan
 * admit") and only other people speak in the sentence, each named in full ("Foreign Minister Vartan
 * Oskanian"): their word, not the one asked. A body or a side speaking ("the ministry") may be speaking for him.
 */
function speaksAsOtherPerson(question: string, claims: readonly Pick<Claim, "speaker">[]): boolean {
  if (claims.length === 0) return false;
  const asked = personAsked(question);
  if (!asked) return false;
  return claims.every((c) => {
    const names = (c.speaker.match(/(?<!\p{L})\p{Lu}[\p{Ll}'’-]+/gu) ?? []).filter((w) => !/^(?:The|A|An)$/.test(w));
    const surname = names.at(-1);
    return names.length >= 2 && surname !== undefined && surname.length >= MIN_SURNAME && !BODY_WORD.test(surname) && !sameName(surname, asked);
  });
}

/** Two spellings of one surname: "Aliev" and "Aliyev", "Kocharian" and "Kocharyan". */
function sameName(a: string, b: string): boolean {
  const plain = (w: string) =>
    w
      .toLowerCase()
      .replace(/[^a-z]/g, "")
      .replace(/y/g, "i")
      .replace(/ia/g, "ya");
  return plain(a) === plain(b) || plain(a).startsWith(plain(b)) || plain(b).startsWith(plain(a));
}

/** The verbs a question asks a person's word with: "what did Mutalibov claim", "did Sargsyan admit". */
const SPEECH_VERB =
  "(?:say|said|claim|admit|acknowledge|tell|deny|warn|announce|call|describe|give|report|argue|write|confirm|accuse|blame|demand|promise|explain|insist|complain|mean|think|predict|reveal|concede|react|respond|reply|comment|condemn|welcome|justify|defend)\\b";

/**
 * "What did Aliyev say", "what did Kocharian complain about", "did Sargsyan admit": the capitalised name
 * whose word is asked (built on first use: the speech verbs are declared below).
 */
let askedPersonPattern: RegExp | undefined;
/** The last question read and its person: every candidate sentence of one question asks the same. */
let personRead: { question: string; person: string | null } | undefined;

/** The surname whose word the question asks by name, or null ("When did Azerbaijan say …" names a side, not a person). */
function personAsked(question: string): string | null {
  if (personRead?.question === question) return personRead.person;
  const asked = askedPerson().exec(question)?.[1] ?? null;
  // A country's or a place's name asks for a side's word, which its leaders give.
  const person = asked && !defaultGazetteer.match(tokenize(asked)).some((m) => m.entry.kind !== "actor") ? asked : null;
  personRead = { question, person };
  return person;
}
function askedPerson(): RegExp {
  askedPersonPattern ??= new RegExp(`\\b(?:did|does|do|has|have|had)\\s+(\\p{Lu}[\\p{Ll}'’-]{3,})\\s+(?:\\p{Ll}+ly\\s+)?${SPEECH_VERB}`, "u");
  return askedPersonPattern;
}

/** Whether a speaker is a person (two capitalized names or more, no body) whose surname the question names as `asked` reads it. */
function personSpeaks(question: string, speaker: string, how: "named" | "asked"): boolean {
  const surname = speakerSurname(speaker);
  return surname !== null && surnamePattern(surname, how).test(question);
}

/**
 * The surname of a speaker written as a person ("Maria Zakharova", "Foreign Minister Elmar Mammadyarov"),
 * or null. Read once per speaker: an answer weighs the same speakers for many sentences, and a large
 * corpus has millions of claims (the gazetteer lookup and the patterns below were a tenth of an answer's time at 1M).
 */
function speakerSurname(speaker: string): string | null {
  const known = SURNAMES.get(speaker);
  if (known !== undefined) return known;
  const names = (speaker.match(/(?<!\p{L})\p{Lu}[\p{Ll}'’-]+/gu) ?? []).filter((w) => !/^(?:The|A|An)$/.test(w));
  const last = names.at(-1);
  // "Karabakh", "Baku", "the Kremlin": a side's or a place's name, not a person's (a known person is an actor: "Aliyev").
  const person =
    names.length >= 2 &&
    last !== undefined &&
    last.length >= MIN_SURNAME &&
    !BODY_WORD.test(last) &&
    !defaultGazetteer.match(tokenize(last)).some((m) => m.entry.kind !== "actor");
  const surname = person && last !== undefined ? last : null;
  if (SURNAMES.size >= CACHE_LIMIT) SURNAMES.clear();
  SURNAMES.set(speaker, surname);
  return surname;
}

/** A surname anywhere in the question ("named"), or as the subject of its asking ("did X say", "according to X"). */
function surnamePattern(surname: string, how: "named" | "asked"): RegExp {
  const key = `${how}:${surname}`;
  const cached = PATTERNS.get(key);
  if (cached) return cached;
  const name = escapeRegExp(surname);
  const pattern =
    how === "named"
      ? new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, "iu")
      : new RegExp(
          `\\b(?:did|does|do|has|have|had)\\s+(?:[\\p{L}.'’-]+\\s+){0,2}?(?:[\\p{L}'’]+-)?${name}\\s+(?:\\p{L}+ly\\s+)?${SPEECH_VERB}|\\b(?:according\\s+to|per)\\s+(?:[\\p{L}.'’-]+\\s+){0,2}?(?:[\\p{L}'’]+-)?${name}(?!\\p{L})`,
          "iu",
        );
  if (PATTERNS.size >= CACHE_LIMIT) PATTERNS.clear();
  PATTERNS.set(key, pattern);
  return pattern;
}

/** Speakers read and patterns built so far (pure: each entry is a function of its key alone). */
const SURNAMES = new Map<string, string | null>();
const PATTERNS = new Map<string, RegExp>();
/** Bounded, so that a long-running bot over a growing corpus does not keep every speaker. */
const CACHE_LIMIT = 20_000;

/** Shorter capitalized words at a speaker's end are initials or titles, not surnames. */
const MIN_SURNAME = 4;
/** A body's name ends in these ("the Armenian Defence Ministry", "Azerbaijan's Prosecutor General's Office"): no person. */
const BODY_WORD =
  /(?:'s|’s|^(?:Ministry|Office|Council|Service|Government|Department|Army|Forces|Committee|Assembly|Group|Court|Agency|Headquarters|Parliament|Embassy|Mission|Command))$/;

/**
 * Whether the question asks about what happened at the place it names, so that a sentence naming
 * only other places tells another event: a toll ("what toll for the strike on Ganja"), a denial, a
 * time ("when did the displaced start moving back to Khankendi": not the day they returned to two
 * villages of another district), a reason ("why did the toll of the Stepanakert blast keep rising")
 * or a yes-or-no ("did the Karabakh side say the people of Khojaly were given a corridor"), or the
 * kind of weapon used ("which rockets hit Barda": not the rockets used on Stepanakert). Not
 * "what did X say about …" or "who …", answered by a speaker far from the place.
 */
function asksOfThePlace(question: Question, facts: Pick<SentenceFacts, "figures">): boolean {
  if (question.asked === "figure") return facts.figures.length > 0;
  return (
    question.asked === "denial" || question.asked === "when" || question.asked === "why" || YES_OR_NO.test(question.text) || kindAsked(question.text) !== null
  );
}

/**
 * A summary line set over or beside the sentence that says it in full: a broadcast's caption
 * ("[ON-SCREEN CAPTION: ARMENIA SAYS 105 SOLDIERS KILLED]", "[GRAPHIC: …]"), a photo gallery's
 * numbered caption ("3/8 — A house in the village after the shelling") or a story's "In brief:" /
 * "Key points:" line.
 */
const CAPTION =
  /^\s*\[[^\]]*\]\s*$|^\s*\d{1,2}\s*\/\s*\d{1,2}\s*[—–-]\s|^\s*\[?\s*(?:on[-\s]screen\s+)?(?:caption|graphic|chyron|lower\s+third|super|in\s+brief|key\s+points?|at\s+a\s+glance|tl;?dr)\s*:/i;

export function isCaption(text: string): boolean {
  return CAPTION.test(text);
}

/**
 * How a sentence ends: a full stop, a question or exclamation, a bracket, a footnote mark ("1994.[4]"),
 * a closing quote after its stop ('… he said: "We will stay."'), or a line quoted whole. A line that
 * ends on a quoted phrase with no stop ('Baku backs the truce but rejects "foreign troops"') is a headline.
 * An embedded post, its words quoted whole and then signed with its account and day ('"The talks will go on."
 * — Foreign Ministry (@mfa) March 3, 2021'), is a statement in full.
 */
const SENTENCE_END =
  /(?:[.!?):;…\]]|[.!?,…)]["”’'])\s*$|^\W{0,3}["“][\s\S]*["”]\s*$|^\W{0,3}["“][\s\S]*["”]\s*[—–-][^"“”]{0,80}\(@\w{1,30}\)[^()]{0,30}\d{4}\s*$/;

/**
 * A line that ends without a sentence's closing mark is a list item ("Our March explainer: what the
 * draft says"), a fact box's figure ("5x: rise in the price of sweets since mid-June"), a section's
 * label or a standfirst: a summary or a pointer, not the sentence that tells it in full.
 */
export function isUnfinishedLine(text: string): boolean {
  return !SENTENCE_END.test(text.trim());
}

/** A row of a table ("| 17 Oct 2020 | Ganja | 13 killed | 53 wounded | …"): three cells or more between bars. */
const TABLE_ROW = /^\s*\|(?:[^|]*\|){3,}/;

export function isTableRow(text: string): boolean {
  return TABLE_ROW.test(text);
}

/** "How is ownership split", "what stake would the US get", "what share": the answer is a proportion. */
const SHARE_ASKED = /\b(?:split|divided|stakes?|shares?|ownership|owns?|proportion|percentage)\b/i;
/**
 * "PACE vote count on the credentials", "the vote result on sanctions", "by how many votes", "how
 * many MEPs voted for": the tally of a vote is asked.
 */
const TALLY_ASKED =
  /\bvot(?:e|ing)\s+(?:count|result|results|tally|margin|breakdown|split|numbers?)\b|\bhow\s+many\s+(?:votes|ballots|(?:MEPs|deputies|members|lawmakers|senators|delegates|states|countries)\s+(?:voted|backed|supported|opposed))\b|\bby\s+how\s+many\s+votes\b|\bwhat\s+was\s+the\s+(?:final\s+)?vote\b/i;
/** A tally given: "by 491 votes to 9", "by 13 votes to two", "76 in favour and 10 against". */
const TALLY_GIVEN =
  /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s+votes?\s+(?:to|against)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|none|nil)|\b\d[\d,]*\s+(?:in\s+favou?r|for)\b[^.;]{0,40}?\b\d[\d,]*\s+against\b|\bunanimous(?:ly)?\b/i;
export function asksTally(question: Pick<Question, "text">): boolean {
  return TALLY_ASKED.test(question.text);
}

export function givesTally(text: string): boolean {
  return TALLY_GIVEN.test(text);
}

/**
 * "How accurate were the maps", "how reliable is the count": a degree, which a proportion gives ("only 25
 * percent"); "how many Armenians think …", "how many voters back …": a poll's share ("36% think …").
 */
const DEGREE_ASKED =
  /\bhow\s+(?:accurate|reliable|precise|complete|effective|successful|widespread|popular)\b|\bhow\s+many\s+(?:of\s+)?(?:[\p{L}'’-]+\s+){1,2}?(?:think|believe|expect|fear|feel|support|back|favou?r|oppose|trust|want|approve)\b/iu;
/** A proportion given: "74 percent", "26%", "a 49 per cent stake", "a majority stake". */
const SHARE_GIVEN = /\d\s*(?:%|percent\b|per\s+cent\b)|\b(?:majority|minority|controlling)\s+(?:stake|share)\b/i;

/**
 * "What did Aliyev demand from Russia", "what does Baku want before signing", "what preconditions did
 * Bayramov set", "what conditions did Yerevan put": a demand or a condition is asked, not the occasion.
 */
const DEMAND_ASKED =
  /^\s*what\s+(?:(?:did|does|do|has|have|had)\b[^?]{0,60}?\b(?:demand|insist\s+on|requir(?:e|es)|expect|want)\b|(?:pre-?)?conditions?\b[^?]{0,40}?\b(?:did|does|do|has|have|had)\b[^?]{0,60}?\b(?:set|put|give|name|lay\s+down|attach|impose|make)\b|(?:are|were|is|was)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:demands|(?:pre-?)?conditions)\b)/iu;

export function asksDemand(text: string): boolean {
  return DEMAND_ASKED.test(text);
}

/**
 * A demand or condition stated: "the Russian side must apologise", "Armenia should withdraw",
 * "expects that Armenia will amend", "demanded that", "insisted on", "only after", "unless",
 * "as a precondition". Not a bare "demand" noun in a report of the occasion.
 */
const DEMAND_MADE =
  /\b(?:must|has\s+to|have\s+to|should|(?:demand|insist|expect|requir)(?:s|ed)?\s+(?:that|on|(?:[\p{L}'’-]+\s+){1,3}?to\s+\p{L}+)|only\s+(?:after|if|once|when)|unless|(?:as\s+a\s+|the\s+)?(?:pre-?)?conditions?\s+(?:for|of|is|was|are|were)|first\s+step)\b/iu;

/** Whether a sentence states a demand or a condition ("Armenia must amend its constitution", "only after …"). */
export function statesDemand(text: string): boolean {
  return DEMAND_MADE.test(text);
}

/** "What did the co-chairs ask Azerbaijan", "what did Moscow urge …", "what did the UN call for": a request is asked. */
const REQUEST_ASKED = /^\s*what\s+(?:did|does|do|has|have|had)\b[^?]{0,60}?\b(?:ask|urge|request|call\s+(?:on|upon|for)|appeal\s+(?:to|for))\b/i;
/**
 * A request made: "urge Azerbaijan to permit …", "called on both sides to …", "asked Baku to …",
 * "called for …", an appeal in the first person however long its list of addressees ("We address all
 * countries …, and particularly the co-chair states, to take …").
 */
const REQUEST_MADE =
  /\b(?:ask(?:ed|s|ing)?|urg(?:e|ed|es|ing)|request(?:ed|s|ing)?|call(?:ed|s|ing)?\s+(?:on|upon)|appeal(?:ed|s|ing)?\s+to)\s+(?:[\p{L}'’-]+\s+){0,4}?to\s+\p{L}+|\b(?:call(?:ed|s|ing)?|appeal(?:ed|s|ing)?)\s+for\b|\b(?:we|I)\s+(?:address|appeal\s+to|call\s+on)\s+(?:[\p{L}'’,-]+\s+){1,24}?to\s+\p{L}+/iu;

/** "What prison terms did the court give", "what sentence did prosecutors ask for", "who got life in prison": a penalty is asked. */
const PENALTY_ASKED =
  /\b(?:(?:prison|jail)\s+(?:terms?|sentences?)|sentences?\s+(?:did|does|do|was|were|is|are|has|have|had|would|will)|sentenc(?:ed|ing)|life\s+(?:in\s+prison|imprisonment|sentences?|terms?)|jailed|imprison\w*|convicted|verdicts?)\b/i;
const NUMBER_WORD =
  "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\\w+|thirty)";
/** A penalty given or sought: "life imprisonment", "six years in prison", "20-year terms", "sentenced … to 15 years". */
const PENALTY_GIVEN = new RegExp(
  [
    "\\blife\\s+(?:imprisonment|sentences?|terms?|in\\s+prison)",
    `\\b${NUMBER_WORD}\\s+years?\\s+(?:in\\s+(?:prison|jail)|imprisonment|of\\s+imprisonment|behind\\s+bars)`,
    `\\b${NUMBER_WORD}-year\\s+(?:prison\\s+|jail\\s+)?(?:terms?|sentences?)`,
    "\\bsentenced\\b[^.;]{0,80}?\\bto\\s+(?:[\\w-]+\\s+){0,3}?(?:years?|life|death|prison|imprisonment)\\b",
    "\\b(?:death\\s+(?:penalty|sentences?)|acquitted)\\b",
  ].join("|"),
  "i",
);

/** A person's full name: two or three capitalised words ("Anna Petrosyan", "Karen Ter-Avetisyan"). */
const FULL_NAME = /(?<!\p{L})\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}(?!\p{L})/gu;

/**
 * Whether a sentence names people but not the one the question names by full name: "what sentence did
 * prosecutors ask for Anna Petrosyan" is not answered by "For the former ministers Karen Avetisyan and
 * Hrant Sahakyan, prosecutors requested 15-year terms". The question's first word is no name.
 */
function namesOnlyOthers(question: string, sentence: string): boolean {
  // "… for Harutyunyan and the other leaders": the others' penalties are asked too.
  if (OTHERS_ASKED.test(question)) return false;
  const asked = personNames(question).map((name) => name.split(/\s+/).at(-1)?.toLowerCase() ?? "");
  if (asked.length === 0) return false;
  const lower = sentence.toLowerCase();
  if (asked.some((surname) => surname.length > 0 && lower.includes(surname))) return false;
  return personNames(sentence).length > 0;
}

/** "… and the other defendants", "and others": more people than the one named are asked about. */
const OTHERS_ASKED = /\b(?:and|or)\s+(?:the\s+)?others?\b/i;
/** A word of a body's name ("the Northern District Court", "Defence Ministry"): no person's. */
const INSTITUTION_WORD =
  /^(?:Court|Ministry|Office|Council|Service|Government|Department|Army|Forces|Committee|Assembly|Group|Agency|Parliament|Embassy|Mission|Command|Republic|Union|Nations|University|Bank|Company|Party|Front|Court's)$/;

/** The full names of people in a text, its first word aside (a question's "What", a sentence's opening capital). */
function personNames(text: string): string[] {
  return [...text.replace(/^\s*\p{L}+/u, "").matchAll(FULL_NAME)].map((m) => m[0]).filter((name) => !name.split(/\s+/).some((w) => INSTITUTION_WORD.test(w)));
}

/**
 * "Why was Khachatryan arrested", "why were the committee's leaders jailed", "what charges does he
 * face": the reason for a detention is the charge. Not "why were the trucks held up".
 */
const CHARGE_ASKED =
  /^\s*(?:why\b[^?]{0,80}?\b(?:arrest\w*|jail\w*|detain\w*|imprison\w*|prosecut\w*|indict\w*|charged)\b|what\s+(?:criminal\s+)?(?:charges?|crimes?|offen[cs]es?)\s+(?:do|does|did|is|are|was|were|has|have)\b)/i;

export function asksCharge(text: string): boolean {
  return CHARGE_ASKED.test(text);
}

/**
 * A charge named: "accusing them of obstructing relief efforts", "charged the defendants with",
 * "charged in absentia", "on charges of", "suspected of", "convicted of".
 */
const CHARGE_GIVEN =
  /\b(?:accus(?:ed|es|ing)\s+(?:[\p{L}'’-]+\s+){0,3}?of|charg(?:ed|es|ing)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:with|in\s+absentia)|on\s+(?:[\p{L}-]+\s+){0,2}?charges?\s+of|(?:suspected|convicted|guilty)\s+of|for\s+allegedly|wanted\s+(?:over|for|in\s+connection\s+with)|(?:arrest|detention)\s+warrant\s+(?:over|for))\b/iu;

export function givesCharge(text: string): boolean {
  return CHARGE_GIVEN.test(text);
}

/**
 * Verbs of an outcome a question asks about ("what did they agree", "what did Baku demand", "what
 * did the court order", "what is he accused of"): the stem of each form, so that "agreed", "agreement" and "agree" meet.
 */
const OUTCOME_VERB = /\b(agree|promis|pledg|decid|demand|propos|offer|accept|order|commit|vow|undert|accus)\w*/i;

/** "… say about the …", "… on the …": what follows is the topic of a word asked for, not its outcome. */
const TOPIC_BEFORE = /\b(?:about|on|over|regarding|concerning|to)\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** Outcomes whose verb takes its object directly: a demand, an order, an offer, a proposal. */
const DIRECT_OBJECT = /^(?:demand|order|offer|propos|accept)$/i;

/** The stem of the outcome a "what" question asks about ("agree"), or undefined. */
export function outcomeAsked(question: Question): string | undefined {
  // Only "what did they agree": "did Washington say Baku agreed …" asks whether, not what.
  if ((question.asked !== "what" && question.asked !== "mediator") || !/^\s*what\b/i.test(question.text)) return undefined;
  const found = OUTCOME_VERB.exec(question.text);
  // "What did Baku say about the ethnic cleansing accusations": the topic of its word, not an outcome asked.
  if (found && TOPIC_BEFORE.test(question.text.slice(0, found.index))) return undefined;
  return found?.[1]?.toLowerCase();
}

/**
 * "Did the fighting stop after Azerbaijan announced a ceasefire?", "has the shelling resumed since the
 * deal?": whether a state of things went on after an act; the thing and the verb asked, before the act.
 */
const GOING_ON_ASKED =
  /^\s*(?:did|has|have|had)\s+(?:the\s+|any\s+)?([\p{L}'’-]+)\s+(?:really\s+|actually\s+|ever\s+)?(stop|end|cease|continue|resume|subside|ease|halt)(?:s|d|ed|ped)?\s+(?:after|once|when|following|since|despite)\b/iu;

/**
 * Whether a sentence says if the thing asked went on after the act: it names the thing and the verb of
 * the question ("there was no sign that the shelling had stopped"), where the account of the act ("announced
 * a unilateral halt") holds the act's words.
 */
export function tellsWhetherItWentOn(question: string, sentence: string): boolean {
  return whetherItWentOn(question, sentence) === "told";
}

/**
 * "told": the sentence names the thing and the verb asked; "untold": neither; "partly": one of them;
 * null where the question asks no such thing.
 */
function whetherItWentOn(question: string, sentence: string): "told" | "partly" | "untold" | null {
  const [, thing, verb] = GOING_ON_ASKED.exec(question) ?? [];
  if (!thing || !verb) return null;
  const terms = new Set(analyze(sentence));
  const named = [thing, verb].filter((w) => analyze(w).some((t) => terms.has(t))).length;
  return named === 2 ? "told" : named === 0 ? "untold" : "partly";
}

/** "What did the ministers agree in Moscow?": a sentence that says what was agreed ("agreed to let relatives visit"). */
export function doesWhatIsAsked(question: Question, facts: Pick<SentenceFacts, "sentence">): boolean {
  const stem = outcomeAsked(question);
  if (stem === undefined) return false;
  // "agreed to", "decided that"; a demand or an order may take its object directly ("demands the
  // immediate cessation of all hostilities", "ordered Azerbaijan to ensure …").
  const object = DIRECT_OBJECT.test(stem) ? "|the|a|an|its|their|all|\\p{Lu}\\p{L}+" : "";
  // "What is he accused of": the charge follows its object ("accuses him of taking part in …").
  if (stem === "accus") return /\baccus\w*\s+(?:[\p{L}'’-]+\s+){1,4}?of\s+(?!the\s+(?:crimes?|charges?)\b)/iu.test(facts.sentence.text);
  return new RegExp(`\\b${stem}\\w*\\s+(?:(?:on\\s+\\w+day\\s+)?to|that|on|in\\s+principle${object})\\b`, "iu").test(facts.sentence.text);
}

function askedFit(question: Question, facts: SentenceFacts): number {
  switch (question.asked) {
    case "figure": {
      // "How many were taken prisoner": a death toll is not the count asked for.
      if (facts.figures.length > 0 && !question.notCasualties)
        return (
          LEAD_FACTORS.figureWanted *
          (UPDATED_TOLL.test(facts.sentence.text) ? LEAD_FACTORS.updatedToll : 1) *
          (asksWholeToll(question) && countsPartOfToll(facts.sentence.text) ? LEAD_FACTORS.partOfToll : 1) *
          (asksSeveralTolls(question) && givesWholeToll(facts.sentence.text) ? LEAD_FACTORS.wholeToll : 1) *
          (countsWhatIsAsked(question.text, facts.sentence.text) ? LEAD_FACTORS.countedRight : 1) *
          (countsOnlyWounded(question, facts) ? LEAD_FACTORS.woundedOnly : 1)
        );
      // "How many died in the strike on Ganja?": a sentence with a number but no casualty figure
      // ("an Mi-24 helicopter", "a ballistic missile") tells the incident, not the toll.
      // A toll the extraction recorded no figure for (its speaker unresolved: "the Soviet Interior Ministry
      // said 83 civilians had been killed") counts who is asked for as well as a recorded one does.
      if (!question.notCasualties && ASKS_LOSSES.test(question.text))
        return !tellsUnrecordedToll(question, facts)
          ? LEAD_FACTORS.noCount
          : countsOnlyVaguely(facts.sentence.text)
            ? LEAD_FACTORS.vagueCount
            : LEAD_FACTORS.unrecordedToll * (countsWhatIsAsked(question.text, facts.sentence.text) ? LEAD_FACTORS.countedRight : 1);
      // "How many peacekeepers were sent": "1,960 troops" counts them; "5,000 civilians" counts others.
      if (!holdsCount(countsOf(question.text, facts.sentence.text))) return LEAD_FACTORS.noCount;
      // "How many soldiers did Baku say it lost": "each reported dozens of soldiers killed" does not say how many.
      if (countsOnlyVaguely(countsOf(question.text, facts.sentence.text))) return LEAD_FACTORS.vagueCount;
      const counted = countOfAsked(question.text, facts.sentence.text);
      // "How many flats are in the new complex": "a second complex, with 300 flats, is planned" counts what is not there yet.
      // ("How many people had arrived": "the offensive left 200 people dead" counts people, but as a toll.)
      if (counted === "exact")
        return (
          LEAD_FACTORS.countWanted *
          LEAD_FACTORS.countedRight *
          (PLANNED.test(facts.sentence.text) && !PLANS_ASKED.test(question.text) ? LEAD_FACTORS.planned : 1) *
          (MOVEMENT_ASKED.test(question.text) && facts.figures.length > 0 ? LEAD_FACTORS.tollNotAsked : 1) *
          (countsTollNotHeld(question, facts) ? LEAD_FACTORS.tollNotAsked : 1)
        );
      // "How many landmines were on the maps": "tens of thousands of landmines" counts them, but not how many.
      if (counted === "vague") return LEAD_FACTORS.vagueCount;
      // "How many hostages were taken": "shot dead 33 villagers" is a toll, not the count asked for.
      const tollOnly = question.notCasualties && facts.figures.length > 0 ? LEAD_FACTORS.tollNotAsked : 1;
      return LEAD_FACTORS.countWanted * (countedNoun(question.text) ? LEAD_FACTORS.countedOther : 1) * tollOnly;
    }
    case "denial":
    case "response":
      return isDenial(facts) ? LEAD_FACTORS.kindRight : facts.claims.length > 0 ? LEAD_FACTORS.spoken : 1;
    case "mediator":
      return (
        (facts.claims.some((c) => isMediator(c.side)) ? LEAD_FACTORS.kindRight : facts.claims.length > 0 ? LEAD_FACTORS.spoken : 1) *
        (MEDIATION.test(facts.sentence.text) ? LEAD_FACTORS.mediationWords : 1) *
        (asksWhoMediated(question) ? (givesCredit(facts.sentence.text) ? LEAD_FACTORS.creditGiven : LEAD_FACTORS.noCredit) : 1)
      );
    case "place": {
      // "Where did the ministers meet in Almaty?": Almaty is given; the answer names another place or a venue.
      const newPlaces = new Set(facts.places.filter((p) => !question.places.includes(p))).size;
      const listed = PLACE_LIST.test(facts.sentence.text);
      // "Which villages go back?": a sentence that names no place besides the question's does not say which.
      const venue = VENUE.test(facts.sentence.text);
      // "Which villages go back?", "where in Almaty did they meet?": a sentence that names no place
      // besides the question's own, and no venue, does not say which or where.
      const nothingNew = newPlaces === 0 && !listed && !venue && (/^\s*(?:which|what)\b/i.test(question.text) || question.places.length > 0);
      return (
        (1 + LEAD_FACTORS.placeAsked * Math.min(4, newPlaces)) *
        (listed ? LEAD_FACTORS.nameList : 1) *
        (venue ? LEAD_FACTORS.venueGiven : 1) *
        (nothingNew ? LEAD_FACTORS.noNamesGiven : 1)
      );
    }
    case "why": {
      // "Why did Armenia recall its envoy?": '"Their arms supplies are unacceptable to us," she said' is its reason.
      // "Why was he arrested?": "It accuses him of smuggling weapons" is the reason a detention has.
      const reason =
        REASON.test(facts.sentence.text) ||
        judgesRefusal(question.text, facts.sentence.text) ||
        (asksCharge(question.text) && givesCharge(facts.sentence.text));
      return (reason ? LEAD_FACTORS.reasonGiven : LEAD_FACTORS.noReason) * (facts.claims.length > 0 ? LEAD_FACTORS.spoken : 1);
    }
    case "when":
      return (
        (TIME_GIVEN.test(facts.sentence.text) ? LEAD_FACTORS.timeGiven : LEAD_FACTORS.noTime) *
        (START_ASKED.test(question.text) && START_TIME.test(facts.sentence.text) ? LEAD_FACTORS.startTimeGiven : 1) *
        (FUTURE_ASKED.test(question.text) ? (FUTURE_TOLD.test(facts.sentence.text) ? LEAD_FACTORS.futureTold : LEAD_FACTORS.pastTold) : 1) *
        (facts.claims.length > 0 ? LEAD_FACTORS.spoken : 1)
      );
    case "who":
    case "what": {
      const person =
        question.asked === "who" && asksForPerson(question.text)
          ? namesPersonAsked(question.text, facts.sentence.text)
            ? LEAD_FACTORS.personNamed * (namesAskedRole(question.text, facts.sentence.text) ? LEAD_FACTORS.roleNamed : 1)
            : asksWhoDied(question.text) && namesVictimsByRole(facts.sentence.text)
              ? LEAD_FACTORS.victimsByRole
              : LEAD_FACTORS.noPersonNamed
          : 1;
      const losses = YES_OR_NO.test(question.text) && ASKS_LOSSES.test(question.text) && facts.figures.length > 0 ? LEAD_FACTORS.lossesAsked : 1;
      const blame =
        asksWhoIsBlamed(question) || BLAME_WHETHER.test(question.text)
          ? BLAME_GIVEN.test(facts.sentence.text)
            ? LEAD_FACTORS.blameGiven
            : LEAD_FACTORS.noBlame
          : 1;
      // "Whose proposal led to the release?": the go-between is asked for, as "who mediated" asks it.
      const credit = asksWhoMediated(question) ? (givesCredit(facts.sentence.text) ? LEAD_FACTORS.creditGiven : LEAD_FACTORS.noCredit) : 1;
      const stem = deedAsked(question);
      const told = stem === null ? null : deedTold(stem, facts.sentence.text);
      const deed = stem === null ? 1 : told === "with doer" ? LEAD_FACTORS.doerOfDeed : told === "passive" ? LEAD_FACTORS.deedWithoutDoer : LEAD_FACTORS.noDeed;
      const where = WHERE_TOO.test(question.text) && (facts.places.some((p) => !question.places.includes(p)) || VENUE.test(facts.sentence.text));
      return (facts.claims.length > 0 ? LEAD_FACTORS.spoken : 1) * losses * person * blame * credit * deed * (where ? LEAD_FACTORS.whereGiven : 1);
    }
  }
}

/**
 * Whether a sentence of the claimant's side is the named body's own word: "did Amnesty say" is
 * answered by Amnesty's claim, not by another third party's that the side "other" also covers.
 */
function namesClaimant(question: Question, facts: SentenceFacts): boolean {
  const name = question.claimantName;
  if (!name) return true;
  // Its own name, long or short ("the Parliamentary Assembly of the Council of Europe" for PACE), or a
  // title naming no body ("the Assembly"); only another body's name ("Human Rights Watch" for Amnesty) is not.
  return facts.claims.some((c) => c.side === question.claimant && !namesAnotherBody(c.speaker, name));
}

function namesAnotherBody(speaker: string, name: string): boolean {
  const tokens = tokenize(speaker);
  return defaultGazetteer.match(tokens).some((m) => {
    if (m.entry.kind !== "actor") return false;
    const named = tokens.slice(m.start, m.end).map((t) => t.text);
    return !sameBody(named.join(" "), name) && !sameBody(initials(named), name);
  });
}

/** One name inside the other, case aside: "Amnesty" in "Amnesty International". */
function sameBody(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.includes(y) || y.includes(x);
}

/** "Parliamentary Assembly of the Council of Europe" → "PACE": the capitals of a long name. */
function initials(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** The claimant named in the question should be the one speaking; the affected side the victims. */
function sideFit(question: Question, facts: SentenceFacts): number {
  let fit = 1;
  const { claimant, affected } = question;
  if (claimant) {
    // A figure nobody is named for ("officials told CWS") is no other side's word.
    const speakers = [...facts.claims.map((c) => c.side as string), ...facts.figures.map((f) => f.claimedBy as string)].filter((s) => s !== "unattributed");
    // Armenia and the Karabakh authorities are one camp for losses, but not one speaker.
    // "How did Yerevan react": "Baku and Yerevan blamed each other" is both camps' word, not Yerevan's reaction.
    // "How many soldiers did Baku lose": a count made by the other camp is not Baku's, even where the
    // sentence goes on to Baku's word on it ("… said 6,000 were killed, a claim Baku called propaganda").
    if (otherCampsCount(question, facts)) fit *= LEAD_FACTORS.otherCount;
    // "What did Mutalibov claim": the person named speaks, whatever side his word was given (a
    // former president may speak for no side any more); it is the claimant's word all the same.
    else if (speaksAsAsked(question.text, facts.claims)) fit *= LEAD_FACTORS.claimantRight;
    else if (speakers.includes(claimant) && ONLY_ITS_WORD.has(question.asked) && speakers.some((s) => !sameCamp(s, claimant) && s !== "unclear"))
      fit *= LEAD_FACTORS.claimantRight * LEAD_FACTORS.sharedWord;
    else if (speakers.includes(claimant)) fit *= namesClaimant(question, facts) ? LEAD_FACTORS.claimantRight : LEAD_FACTORS.claimantWrong;
    else if (speakers.some((s) => sameCamp(s, claimant))) fit *= LEAD_FACTORS.claimantCamp;
    // A UN report's "The Government of Azerbaijan rejects the accusation": the issuer's claim, Baku's word.
    else if (relayedSide(facts.sentence.text) === claimant) fit *= LEAD_FACTORS.claimantRight;
    else if (speakers.length > 0)
      // A third party's word ("other") may still be the asked speaker's: "the Russian patriarch" is
      // read as Russia, his church's word as another body's.
      fit *=
        ONLY_ITS_WORD.has(question.asked) || (ITS_WORD_ASKED.test(question.text) && !speakers.includes("other"))
          ? LEAD_FACTORS.otherDenies
          : LEAD_FACTORS.claimantWrong;
  }
  // "How many prisoners did Armenia free": where the side does not speak, the sentence in which it acts
  // ("the Armenian authorities released 27") tells its deed; one in which another acts ("the Karabakh
  // authorities freed 15") tells another's.
  // Not "why did Yerevan break off relations": the sentence in which it acts tells the deed, not its reason.
  if (question.doer && DEED_TOLD.has(question.asked) && !facts.claims.some((c) => c.side === question.doer)) {
    const doer = sentenceDoer(facts.sentence.text);
    if (doer === question.doer) fit *= LEAD_FACTORS.doerRight;
    else if (doer !== null) fit *= LEAD_FACTORS.doerOther;
  }
  // "How did the mediators respond": "The mediators also asked …" adds to a reaction told before it.
  if ((question.asked === "response" || question.asked === "mediator") && /\balso\b/i.test(facts.sentence.text)) fit *= LEAD_FACTORS.alsoAdds;
  // "How many Armenian troops died": the side's own count, not the enemy's claim of its losses.
  if (
    !claimant &&
    affected &&
    question.asked === "figure" &&
    !question.notCasualties &&
    facts.figures.some((f) => sameCamp(f.claimedBy, affected) && sameCamp(f.affected, affected))
  )
    fit *= LEAD_FACTORS.ownCount;
  // "Did Yerevan admit Azerbaijani soldiers were killed": an admission of the asked side's losses, not of its own.
  if (affected && (question.asked === "figure" || question.asked === "denial") && facts.figures.length > 0) {
    // "How many soldiers did Azerbaijan lose": the claimant's own figure says whose losses it counts;
    // "Baku said 370 Armenians were killed, and the Karabakh army said Azerbaijan lost 300" holds
    // Azerbaijan's claim and Azerbaijan's losses, but in two figures of which neither is the one asked.
    const claimed = claimant ? facts.figures.filter((f) => sameCamp(f.claimedBy, claimant)) : [];
    const victims = (claimed.length > 0 ? claimed : facts.figures).map((f) => f.affected as string);
    if (victims.some((v) => sameCamp(v, affected))) fit *= LEAD_FACTORS.affectedRight;
    else if (victims.every((v) => v !== "unspecified")) fit *= LEAD_FACTORS.affectedWrong;
    // A toll that names no side ("at least 30 soldiers") is less sure to be the asked side's.
    else fit *= LEAD_FACTORS.affectedUnknown;
  }
  // "What did Baku say about the Armenian soldiers killed on the border": Baku's count of its own dead
  // tells its losses, not its word on the other side's.
  else if (affected && claimant && !sameCamp(affected, claimant) && ownLossesOnly(claimant, facts.figures)) fit *= LEAD_FACTORS.ownLossesNotAsked;
  return fit;
}

/** Whether every figure of a sentence is a side's count of its own camp's losses. */
function ownLossesOnly(side: Side, figures: readonly CasualtyFigure[]): boolean {
  return figures.length > 0 && figures.every((f) => sameCamp(f.claimedBy, side) && sameCamp(f.affected, side));
}

/** Questions a sentence telling the asked side's deed answers: how many, what, who, where (not why, when, or its word). */
const DEED_TOLD: ReadonlySet<Question["asked"]> = new Set(["figure", "what", "who", "place"]);

/**
 * "What did the Kremlin ask for", "what did Azerbaijan tell the court": the named speaker's own word
 * is asked, as for a denial or a response; another side's word on the same matter does not answer.
 * Not a plain "what did X say", whose answer is often told around another side's word.
 */
const ITS_WORD_ASKED =
  /^\s*what\s+(?:did|does|do|has|have|had)\b[^?]{0,60}?\b(?:tell|ask|call|describe|warn|announce|write|demand|order|urge|propose|promise|argue|object|accuse)\b/i;

/** Questions only the named side's own word answers: its denial, its response. */
const ONLY_ITS_WORD: ReadonlySet<Question["asked"]> = new Set(["denial", "response"]);

/** A figure question naming a claimant, and every figure in the sentence counted by another camp. */
function otherCampsCount(question: Question, facts: SentenceFacts): boolean {
  const { claimant } = question;
  if (!claimant || question.asked !== "figure" || facts.figures.length === 0) return false;
  return facts.figures.every((f) => f.claimedBy !== "unattributed" && !sameCamp(f.claimedBy, claimant));
}

/** Genres whose answers are labelled turns: a sentence in them that is no one's claim is a question or an introduction. */
const TURN_GENRES: ReadonlySet<string> = new Set(["interview", "transcript"]);
/** "What did X say / call / tell …": the words of a speaker are asked for. */
const SAYING =
  /\b(?:say|said|tell|told|call|called|claim|claimed|describe|described|warn|warned|announce|announced|argue|argued|write|wrote|blame[ds]?|accused?|object(?:ed)?|condemn(?:ed)?)\b/i;

/** Who speaks in the sentence, against who the question wants to hear. */
function voiceFit(question: Question, facts: SentenceFacts): number {
  if (facts.claims.length > 0 || facts.figures.some((f) => f.claimedBy !== "unattributed")) return 1;
  let fit = facts.genre !== undefined && TURN_GENRES.has(facts.genre) ? LEAD_FACTORS.interviewerTurn : 1;
  // "How did Turkey react", "who did Baku blame": the outlet telling the event does not say what the side said.
  if (question.claimant && question.asked !== "figure" && (SAYING.test(question.text) || ONLY_ITS_WORD.has(question.asked))) fit *= LEAD_FACTORS.silent;
  // "What did the mediators promise", "what population did the mission estimate": a go-between's word is asked;
  // the outlet's own account of its visit or meeting tells that it took place, not what it said.
  else if (question.asked === "mediator") fit *= LEAD_FACTORS.silent;
  return fit;
}

/**
 * A sentence of the question's time fits; one dated (by its claim or figure) outside it fits
 * least; one only published outside it a little better; one that names another event ("the 2020
 * war" in a question about 2021) is looking back, not answering.
 */
/** The days a sentence's own claims and figures give, each as a span. */
export function ownDates(facts: Pick<SentenceFacts, "claims" | "figures">): { start: string; end: string }[] {
  return [...facts.claims, ...facts.figures].flatMap((x) => (x.date?.start ? [{ start: x.date.start, end: x.date.end ?? x.date.start }] : []));
}

/** Whether a sentence's own claims and figures are all dated outside the question's time ("in 2004": a toll of 2023). */
export function datedElsewhen(question: Question, facts: Pick<SentenceFacts, "claims" | "figures">): boolean {
  const time = question.time;
  const own = ownDates(facts);
  if (!time || own.length === 0 || !boundedPeriod(time)) return false;
  return !own.some((s) => s.start <= graceEnd(time.end) && s.end >= time.start);
}

/**
 * "How many soldiers died in the September 2023 offensive": "on 27 September state media said that on the
 * road to victory in 2020 the country had sacrificed 2,900" counts another war's dead in its own words,
 * whatever day it was said on: it fits no better than a sentence of another time (and no worse than it did).
 */
function timeFit(question: Question, facts: SentenceFacts): number {
  const fit = timeFitByDates(question, facts);
  return question.time && namesAnotherYear(facts, question.time) ? Math.min(fit, LEAD_FACTORS.timeWrong) : fit;
}

function timeFitByDates(question: Question, facts: SentenceFacts): number {
  const asked = question.time;
  if (!asked) return dayWithoutYearFit(question, facts);
  // "How many had died by 10 October 2020": a running total of that time, not a toll of years before.
  const time = asked.relation === "before" && asked.event === null ? { ...asked, start: addDays(asked.end, -UP_TO_DAYS), relation: "during" as const } : asked;
  const meets = (s: { start: string; end: string }) => s.start <= graceEnd(time.end) && s.end >= time.start;
  const named = findEvents(facts.sentence.text).map((m) => m.event);
  const otherEvent = named.length > 0 && !named.some(meets) ? LEAD_FACTORS.otherEvent : 1;
  const own = ownDates(facts);
  if (own.length > 0) {
    if (own.some(meets)) return LEAD_FACTORS.timeRight * otherEvent;
    // "How many have mines killed since the 2020 war": a toll of the war's own days is over before the time asked begins.
    if (time.relation === "after" && own.every((s) => s.end < time.start)) return LEAD_FACTORS.beforeTimeAsked * otherEvent;
    // Long after an event asked about with "after" is neither right nor wrong ("after the 2008 clash" is not 2016).
    if (time.relation === "after" && own.every((s) => s.start > addDays(time.start, AFTER_WINDOW_DAYS))) return otherEvent;
    // "How many died in the 44-day war": a toll put out in the months after it ("a report released in
    // January 2021 put the toll at 146") counts that war's dead; it is a later count, not another time's.
    const laterTally =
      question.asked === "figure" &&
      facts.figures.length > 0 &&
      !shortPeriod(time) &&
      own.every((s) => s.start > time.end && s.start <= addDays(time.end, TALLY_DAYS));
    if (laterTally) return otherEvent;
    // A running total asked "by" a date: a count of years before it is another war's. So is a
    // sentence dated years from the asked year ("in 2004": a toll of 2023 is another war's).
    const yearsBefore = time !== asked && own.every((s) => s.end < addDays(time.start, -FAR_DAYS));
    const yearsAway = boundedPeriod(time) && own.every((s) => s.end < addDays(time.start, -FAR_DAYS) || s.start > addDays(time.end, FAR_DAYS));
    if (!shortPeriod(time)) return LEAD_FACTORS.timeWrong * (yearsBefore || yearsAway ? LEAD_FACTORS.publishedFarOff : 1) * otherEvent;
    const figureOfAnotherDay = question.asked === "figure" && facts.figures.some((f) => f.date?.start);
    return (figureOfAnotherDay ? LEAD_FACTORS.figureDayWrong : LEAD_FACTORS.dayWrong) * otherEvent;
  }
  // "How many died in the strike of October 17": "a missile launched on 11 October killed ten" names
  // another day in its own words, though no claim or figure of it carries the date.
  if (shortPeriod(time) && namesAnotherDay(facts, time))
    return (question.asked === "figure" && facts.figures.length > 0 ? LEAD_FACTORS.figureDayWrong : LEAD_FACTORS.dayWrong) * otherEvent;
  if (!facts.published) return otherEvent;
  if (time.relation === "after" && facts.published > addDays(time.start, AFTER_WINDOW_DAYS)) return otherEvent;
  if (meets({ start: facts.published, end: facts.published })) return LEAD_FACTORS.timeRight * otherEvent;
  // Published another time, in a passage (or under an interviewer's question) naming the asked time: told of it all the same.
  if (facts.context?.some(meets)) return LEAD_FACTORS.contextTimeRight * otherEvent;
  // Reported years away from the question's time: most likely about something else.
  const farOff = publishedFarOff(time, facts.published);
  // "How many soldiers did Baku lose in the April 2016 fighting": a toll reported years away counts another war's dead.
  const tollFarOff = farOff && question.asked === "figure" && facts.figures.length > 0 ? LEAD_FACTORS.tollFarOff : 1;
  return (farOff ? LEAD_FACTORS.publishedFarOff : LEAD_FACTORS.publishedElsewhen) * tollFarOff * otherEvent;
}

/** Whether a day falls years away from a bounded period. */
function publishedFarOff(time: { start: string; end: string }, published: string): boolean {
  return boundedPeriod(time) && (published > addDays(time.end, FAR_DAYS) || published < addDays(time.start, -FAR_DAYS));
}

/**
 * Whether a sentence that gives no date of its own was reported years away from the question's time
 * ("in 2008": a 2023 report's toll), and its passage names no day of that time either.
 */
export function reportedFarOff(question: Question, facts: Pick<SentenceFacts, "claims" | "figures" | "published" | "context">): boolean {
  const time = question.time;
  if (time?.relation !== "during" || !facts.published || ownDates(facts).length > 0) return false;
  if (facts.context?.some((s) => s.start <= graceEnd(time.end) && s.end >= time.start)) return false;
  return publishedFarOff(time, facts.published);
}

/** "By 10 October 2020": a running total reported within this many days before the date is of that time. */
const UP_TO_DAYS = 365;

/** "After the 2008 clash" reaches this far past the event's start; later is another story. */
const AFTER_WINDOW_DAYS = 400;
/** How long after a war or offensive its toll is still being counted and reported. */
const TALLY_DAYS = 183;
/** Published this long before or after the question's period: another year's story. */
const FAR_DAYS = 365;
/** A question about a day or a few days ("on 17 October", "the four-day war"). */
const SHORT_PERIOD_DAYS = 7;

/**
 * Whether every day the sentence names ("on 11 October", "October 11") falls outside the
 * question's days. Read by month and day only: a date written without its year cannot be placed
 * when the article's day is unknown, and the question's period is a few days of one year.
 */
function namesAnotherDay(facts: Pick<SentenceFacts, "sentence">, time: { start: string; end: string }): boolean {
  const days = namedDays(facts.sentence.text);
  const from = time.start.slice(5);
  const to = time.end.slice(5);
  return days.length > 0 && days.every((d) => d < from || d > to);
}

/**
 * A year given as the time of what is told ("in 2020", "the fighting of 2020", "in September 2020"); not a
 * year that names a thing ("the 1994 ceasefire", "the 2020 war"), which may be spoken of at any later time.
 */
const YEAR_NAMED = new RegExp(
  String.raw`\b(?:in|of|during|throughout)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:${MONTH_PATTERN})\s+)?(1[89]\d\d|20\d\d)\b(?![\d-])`,
  "gi",
);
/** "Since 2020", "since the end of the 2020 war": a span that runs up to the time of writing, which holds any later time. */
const SINCE_BEFORE = /\bsince\b[^.;]{0,30}$/i;

/**
 * Whether a sentence whose claims and figures carry no date names years in its own words, every one
 * outside a bounded time asked about ("in 2020" for a question about September 2023); a year that
 * opens a span running to the time of writing ("since 2020") is no other time.
 */
function namesAnotherYear(facts: Pick<SentenceFacts, "sentence">, time: { start: string; end: string; relation: string }): boolean {
  if (time.relation !== "during" || !boundedPeriod(time)) return false;
  const text = facts.sentence.text;
  const years = [...text.matchAll(YEAR_NAMED)];
  if (years.length === 0 || years.some((m) => SINCE_BEFORE.test(text.slice(0, m.index)))) return false;
  const [from, to] = [Number(time.start.slice(0, 4)), Number(time.end.slice(0, 4))];
  return years.every((m) => Number(m[1]) < from || Number(m[1]) > to);
}

/** The days a text names by month and day ("on 11 October", "October 11"), as "MM-DD". */
function namedDays(text: string): string[] {
  return [...text.matchAll(DAY_MONTH), ...text.matchAll(MONTH_DAY)].flatMap((m) => {
    // "12 may have died" is no date: the month is written with its capital.
    if (m.groups?.month === "may") return [];
    const month = monthNumber(m.groups?.month ?? "");
    const day = Number(m.groups?.day);
    return month && day >= 1 && day <= 31 ? [`${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`] : [];
  });
}

/**
 * "Ganja missile attack october 17 death toll": a day asked with no year, which the question's
 * time cannot hold. A sentence naming only other days ("on 11 October, a missile hit …") tells
 * another attack; its figures are another day's toll.
 */
function dayWithoutYearFit(question: Question, facts: SentenceFacts): number {
  const asked = namedDays(question.text);
  if (asked.length === 0) return 1;
  const named = namedDays(facts.sentence.text);
  if (named.length === 0 || named.some((d) => asked.includes(d))) return 1;
  return question.asked === "figure" && facts.figures.length > 0 ? LEAD_FACTORS.figureDayWrong : LEAD_FACTORS.dayWrong;
}

const DAY_MONTH = new RegExp(`\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH_PATTERN})\\b`, "gi");
const MONTH_DAY = new RegExp(`\\b(?<month>${MONTH_PATTERN})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?![,.]?\\d)`, "gi");

/** A period with a real start and end (not "before" or "after" an event, open on one side). */
function boundedPeriod(time: { start: string; end: string }): boolean {
  return time.start >= "1000" && time.end < "9000";
}

export function shortPeriod(time: { start: string; end: string; relation: string }): boolean {
  return time.relation === "during" && time.start >= "1000" && time.end < "9000" && time.end <= addDays(time.start, SHORT_PERIOD_DAYS);
}

/** A sentence that asks: it ends with a question mark, or is an interviewer's labelled question. */
export function isQuestionSentence(text: string): boolean {
  return /\?["'”’)\s]*$/.test(text) || /^\s*(?:q|question)\b[^:]{0,60}:/i.test(text);
}

function graceEnd(end: string): string {
  if (end.startsWith("9999")) return end;
  const d = new Date(`${end}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  return Number.isNaN(d.getTime()) ? end : d.toISOString().slice(0, 10);
}
