// The lead of an /ask answer: the one sentence that answers the question, chosen among the
// sentences of the passages the search found (claims and casualty figures weigh most), and,
// where the belligerents disagree about it, one line per other side.
import type { CasualtyFigure, Claim, Sentence } from "../types.ts";
import { addDays } from "../dates/calendar.ts";
import { analyze } from "../search/analyze.ts";
import type { SearchHit } from "../search/search.ts";
import type { SearchQuery } from "../search/query.ts";
import { speakerNames, type PassageRecord } from "../search/searchIndex.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { TOLL_UPDATE, countsOtherVictims, statedTotal, total as tollTotal } from "./tollChanges.ts";
import {
  LEAD_FACTORS,
  asksWhoDied,
  namesVictimsByRole,
  CAUSAL_SINCE,
  UNTIL_DONE_VERB,
  CONSEQUENCE_OF,
  PROTESTS_AGAINST,
  countsOnlyWounded,
  deniesInWords,
  isDenial,
  asksDenialItself,
  countsWhatIsAsked,
  datedElsewhen,
  isQuestionSentence,
  literalShare,
  namesPerson,
  namesPersonAsked,
  namesDoersByNoun,
  deedAsked,
  tellsDeedWithoutDoer,
  tellsDoerOfDeed,
  questionFit,
  reportedFarOff,
  speaksAsAsked,
  asksLosses,
  asksWhoIsBlamed,
  asksWhoMediated,
  doesWhatIsAsked,
  givesCredit,
  givesDuration,
  asksDuration,
  asksTally,
  givesTally,
  asksDemand,
  statesDemand,
  asksCharge,
  givesCharge,
  givesMeasure,
  isCaption,
  isTableRow,
  isUnfinishedLine,
  outcomeAsked,
  PLACE_LIST,
  shortPeriod,
  spansDays,
  tellsUnrecordedToll,
  termShare,
  termShareIn,
  type SentenceFacts,
} from "./leadScore.ts";
import { asksDistance, asksForPerson, asksWhoDenied, type Question } from "./question.ts";
import { BELLIGERENTS, UNCLEAR, isMediator, sameCamp } from "../sides/sides.ts";
import { gazetteerSideOf } from "../knowledge/extractArticle.ts";
import { revealedSource } from "../attribution/revealedSpeaker.ts";
import { broadcastSource } from "../attribution/broadcastSource.ts";
import { restatingSentence } from "./restatement.ts";
import { figuresFromRecords } from "./recordAnswer.ts";
import { FIRST_FIGURE, asksWholeToll } from "./partialCount.ts";
import { pointedBack, quotationGoingOn } from "./leadSpeaker.ts";
import { relayedSide, sentenceDoer } from "./doer.ts";
import { judgesRefusal } from "./refusalReason.ts";
import { escapeRegExp } from "../rules/rule.ts";

export interface LeadCandidate extends SentenceFacts {
  record: PassageRecord;
  score: number;
  /** The share of the question's words it holds, its own or inherited from the sentence it goes on from. */
  share?: number;
}

export interface LeadChoice {
  lead: LeadCandidate | null;
  /** The best sentence of each other belligerent camp on the same question, when it speaks. */
  otherSides: LeadCandidate[];
  /** Each searched passage's best sentence score: how well the passage answers, not only matches. */
  passageScores: ReadonlyMap<string, number>;
}

/** A passage's rank counts, but a well-matched sentence in the third passage can still win. */
const RANK_SHARE = 0.35;
/** Another side's line must answer at least this share as well as the lead does. */
const OTHER_SIDE_SHARE = 0.45;
const MAX_OTHER_SIDES = 2;

export function chooseLead(index: AnswerIndex, question: Question, query: SearchQuery, hits: SearchHit[]): LeadChoice {
  const best = hits[0]?.score ?? 0;
  if (best <= 0) return { lead: null, otherSides: [], passageScores: new Map() };
  const candidates = hits.flatMap((hit) => candidatesOf(index, question, query, hit, hit.score / best));
  // "How many died in the blast at the fuel depot?": the toll often stands in the paragraph after
  // the one that tells the incident, in words the question does not use.
  if (question.asked === "figure")
    candidates.push(...hits.slice(0, FOLLOWING_DEPTH).flatMap((hit) => followingFigures(index, question, query, hit, hit.score / best)));
  // "What did the ministers agree?": what they agreed often follows the paragraph telling the meeting.
  if (outcomeAsked(question))
    candidates.push(...hits.slice(0, FOLLOWING_DEPTH).flatMap((hit) => followingOutcome(index, question, query, hit, hit.score / best)));
  // "What was the vote count?": the tally often stands in the paragraph after the one telling the decision.
  if (asksTally(question)) candidates.push(...hits.slice(0, FOLLOWING_DEPTH).flatMap((hit) => followingTally(index, question, query, hit, hit.score / best)));
  // "Who mediated the swap?": the thanks ("It thanked the Georgian prime minister") follow the account of it.
  if (asksWhoMediated(question))
    candidates.push(...hits.slice(0, FOLLOWING_DEPTH).flatMap((hit) => creditingSentences(index, question, query, hit, hit.score / best)));
  // "Which naval officer died when the car was shot at?": the names often follow the account.
  if (asksForPerson(question.text))
    candidates.push(...hits.slice(0, NAMES_DEPTH).flatMap((hit) => followingOpening(index, question, query, hit, hit.score / best)));
  // "Which soldiers died …", "which villages go back …": the names may stand anywhere in the article
  // that tells the incident ("The ministry named the dead as …", "Baghanis, Voskepar and Kirants").
  const names = namesWanted(question);
  if (names)
    candidates.push(
      ...firstOfEachArticle(hits.slice(0, NAMES_ARTICLES)).flatMap((hit) => namingSentences(index, question, query, hit, hit.score / best, names)),
    );
  // "Did Armenia deny firing at Ganja?": a bare denial stands for the accusation it rejects.
  if (question.asked === "denial") inheritAccusationShare(index, candidates);
  // "Did Russia agree that Turkish peacekeepers would go?": "Peskov contradicted this, telling reporters …"
  // answers the claim told just before it, in none of the question's words.
  if (question.asked === "denial" || AGREED_WHETHER.test(question.text)) inheritRepliedShare(index, query, candidates);
  candidates.sort((a, b) => b.score - a.score);
  const passageScores = new Map<string, number>();
  for (const c of candidates) if (!passageScores.has(c.record.passage.id)) passageScores.set(c.record.passage.id, c.score);
  // "What toll did Baku give for the strike on Ganja?": the records know the figures of that place,
  // time and claimant even where the search ranked their passage low (a long introduction). They
  // may lead, but only the search's sentences are weighed as the same toll's first or later figures.
  const recorded = question.asked === "figure" && !question.notCasualties ? recordedFigures(index, question, query, candidates) : [];
  const top = [candidates[0], ...recorded].reduce<LeadCandidate | undefined>((a, b) => (!a || (b && b.score > a.score) ? b : a), undefined) ?? null;
  if (!top) return { lead: top, otherSides: [], passageScores };
  // A headline or subhead says in short what the paragraph under it says: that paragraph leads.
  const best0 = reasonAfter(
    index,
    question,
    query,
    reasonBefore(
      index,
      question,
      query,
      speakersWordsAfter(
        index,
        question,
        query,
        statementContent(
          index,
          question,
          query,
          doerAfterDeed(index, question, query, revealedWords(index, question, query, inBody(index, question, query, top))),
        ),
      ),
    ),
  );
  const best1 = denialInMatterAsked(index, question, query, best0, hits, candidates) ?? best0;
  const chosen =
    denialOfTheAccusation(index, question, best1, candidates) ??
    mediatorsWord(index, question, best1, candidates) ??
    deniedFurtherOn(index, question, query, claimantsOwnWord(index, question, query, best1, candidates));
  const answer = chosen === best1 ? chosen : (denialWords(index, question, query, chosen) ?? chosen);
  const lead = FIRST_FIGURE.test(question.text)
    ? firstToll(index, question, query, answer, candidates)
    : latestToll(index, question, query, answer, candidates);
  // The other sides may speak in passages the search ranked lower: the incident record has them.
  const fromIncident = incidentCandidates(index, question, query, lead);
  const fromSearch = otherSides(lead, candidates, lead.score * OTHER_SIDE_SHARE);
  // Being in the lead's incident is relevance enough: a camp still silent gets its best claim there.
  const fromRecord = otherSides(
    lead,
    fromIncident.sort((a, b) => b.score - a.score),
    0,
    fromSearch,
  );
  return { lead, otherSides: [...fromSearch, ...fromRecord].slice(0, MAX_OTHER_SIDES), passageScores };
}

/** A candidate must answer at least this share as well as the lead to replace it as the first figure. */
const FIRST_TOLL_SHARE = 0.3;

/**
 * "How many soldiers did Baku admit losing on the first day of the April 2016 fighting?": the same
 * claimant's (or its camp's: Yerevan relaying the Karabakh army's count) toll for the same victims
 * grew over the days ("now officially admits 31"); the first
 * figure is the answer: the earliest dated, else the smallest, and never a sentence that tells an
 * update. Figures of the same article or incident count, and where the question names a time
 * (a named event), figures of that time in other articles too.
 */
function firstToll(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate, candidates: LeadCandidate[]): LeadCandidate {
  const [figure] = lead.figures;
  if (question.asked !== "figure" || question.notCasualties || !figure) return lead;
  const incident = index.incidentOfSentence.get(lead.sentence.id);
  const fromIncident = nearestFirst(incident?.figures ?? [], lead).flatMap((f) => candidateAt(index, question, query, f));
  const time = question.time;
  // A figure the text gives no day is dated by its article: a report of the first day is published on it or the day after.
  const dayOf = (c: LeadCandidate, f: CasualtyFigure) => f.date?.start ?? c.published ?? "";
  const inTime = (day: string) => time !== null && day !== "" && day >= time.start && day <= time.end;
  const sameMatter = (c: LeadCandidate, f: CasualtyFigure) =>
    c.record.article === lead.record.article || (incident !== undefined && index.incidentOfSentence.get(c.sentence.id) === incident) || inTime(dayOf(c, f));
  const same = (c: LeadCandidate) =>
    c.figures
      .filter((f) => sameCamp(f.claimedBy, figure.claimedBy) && sameCamp(f.affected, figure.affected) && sameMatter(c, f))
      .map((f) => ({ day: dayOf(c, f), toll: tollTotal(f) }));
  const firstOf = (c: LeadCandidate) => same(c).sort(earlierOrSmaller)[0];
  const countsAsked = countsWhatIsAsked(question.text, lead.sentence.text);
  const pool = [lead, ...candidates, ...fromIncident].filter(
    (c) =>
      !c.heading &&
      !TOLL_UPDATE.test(c.sentence.text) &&
      // "How many soldiers died on the first day": a first count of civilians, where the later toll
      // counts soldiers, answers another question.
      (!countsAsked || countsWhatIsAsked(question.text, c.sentence.text)) &&
      // Nor is a first toll of other victims ("a woman and a child had been killed by the shelling") the first of the soldiers'.
      !countsOtherVictims(lead.sentence.text, c.sentence.text) &&
      same(c).length > 0 &&
      (c === lead || c.score >= lead.score * FIRST_TOLL_SHARE),
  );
  const [first] = pool.sort((a, b) => {
    const fa = firstOf(a);
    const fb = firstOf(b);
    return (fa && fb ? earlierOrSmaller(fa, fb) : 0) || b.score - a.score;
  });
  return first && first !== lead ? { ...first, score: lead.score } : lead;
}

/** Earlier dated first; of one day (or undated), the smaller toll first. */
function earlierOrSmaller(a: { day: string; toll: number }, b: { day: string; toll: number }): number {
  return (a.day && b.day ? a.day.localeCompare(b.day) : 0) || a.toll - b.toll;
}

/**
 * "Killed since the fighting began", "so far", "to date": a
 * running total, which is the latest word on a toll even where it does not say the toll rose.
 */
const RUNNING_TOTAL =
  /\b(?:since\s+the\s+(?:fighting|clashes|hostilities|war|attack|offensive|shelling)\s+(?:began|started|erupted|broke\s+out)|so\s+far|to\s+date|as\s+of\s+now|in\s+all)\b/i;
/** "Bringing its declared losses to 12": the same count carried on, wherever the new deaths were. */
const BROUGHT_TO =
  /\bbringing\s+(?:the|its|their|his|her)\b[^.;]{0,60}?\bto\s+(?:at\s+least\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred)\b)/i;

/**
 * "Pashinyan eventually reported that at least 204 …", "by the following day he put the losses at 105",
 * "Baku later acknowledged 80 dead": a count given after the first, in words that need not say it rose.
 */
const LATER_COUNT =
  /\b(?:eventually|ultimately|in\s+the\s+end|(?:later|subsequently)\s+(?:put|said|says|reported|gave|acknowledged|admitted|confirmed|announced|raised|revised)|by\s+the\s+(?:following|next)\s+(?:day|morning|evening|week)|final\s+(?:death\s+)?(?:toll|count|figure|tally))\b/i;

/** "Was the toll revised?", "did Baku raise the figure": the sentence telling the revision answers, even where the number stayed. */
const REVISION_ASKED = /\b(?:revis\w*|rais(?:e|ed|es|ing)|updat\w*|r(?:ise|ises|ose|isen)|went\s+up|gone\s+up|increas\w*|climb\w*)\b/i;

/**
 * "How many died when a missile hit Ganja?": the same claimant's toll for the same victims often
 * rose later the same day ("raised the death toll … to 13"); the latest figure is the answer, unless
 * the question asks for the first one or for a time before the update. Only a sentence that says
 * the toll changed counts as an update: two figures of one day are more often different victims.
 */
function latestToll(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate, candidates: LeadCandidate[]): LeadCandidate {
  const latest = laterToll(index, question, query, lead, candidates);
  // An update found in another article (a page following the toll day by day) may itself be followed
  // there by a later one, which the search's sentences and the first incident need not hold.
  return latest === lead || latest.record.article === lead.record.article ? latest : laterToll(index, question, query, latest, candidates);
}

/** How far from the lead's paragraph its article's later figures are read, in paragraphs. */
const LATER_TOLL_SCAN = 6;

function laterToll(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate, candidates: LeadCandidate[]): LeadCandidate {
  const [figure] = lead.figures;
  if (question.asked !== "figure" || question.notCasualties || !figure) return lead;
  const incident = index.incidentOfSentence.get(lead.sentence.id);
  const fromIncident = nearestFirst(incident?.figures ?? [], lead).flatMap((f) => candidateAt(index, question, query, f));
  // The figures told near the lead's in its own article, which the incident may have dated apart ("on Friday … a total of 170").
  const nearby = paragraphsAround(index, lead.record, LATER_TOLL_SCAN).flatMap((record) =>
    record.passage.sentences.flatMap((s) => ((index.figuresBySentence.get(s.id) ?? []).length > 0 ? [candidateOf(index, question, query, record, s, 0)] : [])),
  );
  const sameMatter = sameMatterAs(index, lead);
  // A named incident's toll is counted in the days after it ("the fuel depot explosion" of 25 September,
  // its toll risen to 68 by the 26th); only a toll asked "by" a date ends there.
  const time = question.time;
  const end = time?.event && time.relation === "during" ? addDays(time.end, EVENT_TALLY_DAYS) : time?.end;
  const revisionAsked = REVISION_ASKED.test(question.text);
  // "A total of 170 remains had been found, raising their previous toll of 68": the figure read may be
  // the earlier toll the sentence names; the total it gives in so many words is its own.
  const tollOf = (c: LeadCandidate, f: CasualtyFigure) => {
    const stated = f.killed !== null ? statedTotal(c.sentence.text) : null;
    return stated !== null && f.killed !== null && stated > f.killed ? tollTotal({ ...f, killed: stated }) : tollTotal(f);
  };
  const updates = (c: LeadCandidate) =>
    c.figures.filter(
      (f) =>
        f.claimedBy === figure.claimedBy &&
        sameCamp(f.affected, figure.affected) &&
        !countsOtherVictims(lead.sentence.text, c.sentence.text) &&
        (tollOf(c, f) > tollTotal(figure) || (revisionAsked && tollOf(c, f) === tollTotal(figure))) &&
        (!end || !f.date?.start || f.date.start <= end),
    );
  // "How many died in the one-day offensive": a page following the event (a live blog) gives the
  // claimant's toll again as it grows, in words that need not say it rose ("at least 32 killed" … "at
  // least 200 killed"); the largest the page gives for the whole event is its latest.
  // Only where the lead's toll is itself still counting ("since Azerbaijan launched its offensive"): a
  // retrospective's larger figure is more often another war's.
  const eventTally = (c: LeadCandidate) =>
    Boolean(time?.event) &&
    asksWholeToll(question) &&
    STILL_COUNTING.test(lead.sentence.text) &&
    c.record.article === lead.record.article &&
    c.score >= lead.score * EVENT_TALLY_SHARE;
  // A count given later in words that do not say it rose is weaker: it must count what the lead counts
  // ("three crew" is not updated by "91 soldiers" of the whole war), and not where a day or a few are asked
  // (the toll of that day, not the week's).
  const countsAsked = countsWhatIsAsked(question.text, lead.sentence.text);
  const laterCount = (c: LeadCandidate) =>
    LATER_COUNT.test(c.sentence.text) && !(time && !time.event && shortPeriod(time)) && (!countsAsked || countsWhatIsAsked(question.text, c.sentence.text));
  // "The toll as of 23 October": a running count (the lead's "bringing its military death toll to 673
  // since 27 September") is carried on by the same claimant's larger count of the same victims on a later
  // day up to the date asked, in whatever article gives it ("the ministry says 927 of its troops have been killed").
  const asOf = time?.relation === "before" && !time.event && RUNNING_COUNT.test(lead.sentence.text);
  const carriedOn = (c: LeadCandidate) => asOf && updates(c).some((f) => laterDay(f, figure)) && countsAlike(question, lead, c);
  const later = [...candidates, ...fromIncident, ...nearby].filter(
    (c) =>
      c.sentence.id !== lead.sentence.id &&
      (carriedOn(c) ||
        (!c.heading &&
          // "The strike killed seven civilians … 41 civilians had been killed between 27 September and 11
          // October": a running tally over many days is not the one attack's toll risen.
          !(spansDays(c.sentence.text) && !spansDays(lead.sentence.text)) &&
          (TOLL_UPDATE.test(c.sentence.text) ||
            updateAnnounced(index, c) ||
            laterCount(c) ||
            BROUGHT_TO.test(c.sentence.text) ||
            (RUNNING_TOTAL.test(c.sentence.text) && samePlaces(c, lead)) ||
            eventTally(c)) &&
          sameMatter(c) &&
          updates(c).length > 0)),
  );
  const top = (c: LeadCandidate) => Math.max(...updates(c).map((f) => tollOf(c, f)));
  const [latest] = later.sort((a, b) => top(b) - top(a) || b.score - a.score);
  return latest ?? lead;
}

/** A count kept since a day or over a war: "… since 27 September", "bringing its death toll to 673", "so far". */
const RUNNING_COUNT = new RegExp(
  String.raw`\bsince\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}|the\s+\w+\s+(?:began|started))|${BROUGHT_TO.source}|${RUNNING_TOTAL.source}`,
  "iu",
);

/** Whether a figure is dated after another. */
function laterDay(f: CasualtyFigure, than: CasualtyFigure): boolean {
  return Boolean(f.date?.start && than.date?.start && f.date.start > than.date.start);
}

/** Whether a later sentence counts what the lead counts: both count what the question asks, or neither names it. */
function countsAlike(question: Question, lead: LeadCandidate, c: LeadCandidate): boolean {
  return countsWhatIsAsked(question.text, lead.sentence.text) === countsWhatIsAsked(question.text, c.sentence.text);
}

/** A toll named as a noun: "the ombudsman's count", "the death toll", "the official figures". */
const TOLL_NOUN = /\b(?:count|toll|tally|figures?|numbers?|losses)\b/i;

/**
 * "By the next evening his count had grown sharply. \"There are at least 90 killed …,\" he wrote": the
 * sentence before says the toll changed, and gives no figure of its own; the figure that follows is the update.
 */
function updateAnnounced(index: AnswerIndex, c: LeadCandidate): boolean {
  const { sentences } = c.record.passage;
  const before = sentences[sentences.findIndex((s) => s.id === c.sentence.id) - 1];
  return (
    before !== undefined &&
    TOLL_UPDATE.test(before.text) &&
    TOLL_NOUN.test(before.text) &&
    (index.figuresBySentence.get(before.id) ?? []).length === 0 &&
    countsOf(before.text).length === 0
  );
}

/**
 * "60 civilians killed since the fighting began" totals a war: it updates the toll of one strike on
 * Ganja only when it names Ganja too; a toll naming no place may be such a total's earlier figure.
 */
function samePlaces(total: LeadCandidate, lead: LeadCandidate): boolean {
  return lead.places.length === 0 || total.places.some((p) => lead.places.includes(p));
}

/** A toll counted from the start of the fighting up to now: "since Azerbaijan launched its offensive", "so far". */
const STILL_COUNTING =
  /\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:launched|began|started|erupted|broke\s+out)\b|\b(?:so\s+far|to\s+date)\b/iu;
/** A toll of the same page must answer at least this share as well as the lead to be read as the event's later tally. */
const EVENT_TALLY_SHARE = 0.5;

/** How long after a named incident its toll is still being updated. */
const EVENT_TALLY_DAYS = 30;

const deniesInItsWords = (c: LeadCandidate): boolean => c.claims.length > 0 && deniesInWords(c.sentence.text);

/** How many paragraphs from the accusation its own denial stands, at most. */
const DENIAL_PARAGRAPHS = 4;
/** A denial must answer at least this share as well as the accusation it answers. */
const DENIAL_SHARE = 0.25;

/**
 * "Who denied that Azerbaijani snipers shot the soldier?": the accusation repeats the question's
 * words ("… was shot dead by sniper fire from Azerbaijani positions"), the denial ("denied that its
 * forces had fired on the soldier") shares few. When the best sentence is no denial, the best
 * denial of the same article or incident, by another side than the accuser, leads.
 */
function denialOfTheAccusation(index: AnswerIndex, question: Question, best: LeadCandidate, candidates: LeadCandidate[]): LeadCandidate | null {
  if (!asksWhoDenied(question.text) || best.claims.some((c) => c.kind === "denial") || deniesInItsWords(best)) return null;
  const accuser = speakingSide(best);
  return nearestDenial(index, best, candidates, (c) =>
    c.claims.some((x) => (x.kind === "denial" || deniesInItsWords(c)) && (accuser === null || !sameCamp(x.side, accuser))),
  );
}

/**
 * The best denial among the candidates that score near the best sentence and tell its matter (no
 * heading, no headline), `denies` saying which deny. A digest's page holds several incidents, each
 * with its denial: the ones that answer this one stand near it, and the best of them leads before
 * another incident's.
 */
function nearestDenial(index: AnswerIndex, best: LeadCandidate, candidates: LeadCandidate[], denies: (c: LeadCandidate) => boolean): LeadCandidate | null {
  const sameMatter = sameMatterAs(index, best);
  const denials = candidates.filter((c) => c.score >= best.score * DENIAL_SHARE && !c.heading && !isHeadlineLike(c) && sameMatter(c) && denies(c));
  const near = denials.filter((c) => c.record.article === best.record.article && Math.abs(c.record.doc - best.record.doc) <= DENIAL_PARAGRAPHS);
  return near[0] ?? denials[0] ?? null;
}

/** "How did the mediators react", "what did the international mediators say": no one mediator named, any of them asked. */
const MEDIATORS_NAMED = /\b(?:(?:international\s+)?mediators|intermediaries|go-betweens)\b/i;

const calledMediators = (c: LeadCandidate): boolean => MEDIATORS_NAMED.test(c.record.passage.text);

/**
 * "How did the mediators react to the raid?": the best sentence is often a belligerent's account of the
 * raid, which holds the question's words (the place, the day); the mediators' word on it ("The co-chairs
 * … deplore the bloodshed …") shares few. When the best sentence is no mediator's, the best mediator's
 * sentence of the same article or incident leads. Not "who mediated": a side's thanks name the go-between.
 */
function mediatorsWord(index: AnswerIndex, question: Question, best: LeadCandidate, candidates: LeadCandidate[]): LeadCandidate | null {
  if (question.asked !== "mediator" || question.claimant !== null || asksWhoMediated(question) || !MEDIATORS_NAMED.test(question.text)) return null;
  const mediates = (c: LeadCandidate) => c.claims.some((x) => isMediator(x.side));
  if (mediates(best)) return null;
  const sameMatter = sameMatterAs(index, best);
  const words = candidates.filter((c) => mediates(c) && sameMatter(c) && !c.heading && !isHeadlineLike(c) && !isQuestionSentence(c.sentence.text));
  // The paragraph that calls its speakers "the mediators" tells the mediators' reaction, before an envoy's word elsewhere.
  const [found] = [...words].sort((a, b) => Number(calledMediators(b)) - Number(calledMediators(a)) || b.score - a.score);
  return found ? { ...found, score: best.score } : null;
}

/**
 * "Did Yerevan deny any wrongdoing when it released the pilot?": the side's denial that leads may be of
 * another matter, in another article ("denied that the convoy carried weapons"), which shares only the word
 * "deny" with the question, while the article the search found first tells the matter asked in more of
 * its words. That article's word of the side near its best paragraph answers: a denial first, then the
 * nearest, then the best.
 */
function denialInMatterAsked(
  index: AnswerIndex,
  question: Question,
  query: SearchQuery,
  best: LeadCandidate,
  hits: SearchHit[],
  candidates: LeadCandidate[],
): LeadCandidate | null {
  const top = hits[0]?.record;
  const { claimant } = question;
  if (question.asked !== "denial" || !claimant || !top || best.record.article === top.article) return null;
  const matter = candidates.find((c) => c.record.article === top.article);
  if (!matter || (matter.share ?? 0) <= (best.share ?? 0)) return null;
  const found: { c: LeadCandidate; distance: number }[] = [];
  for (const record of paragraphsAround(index, matter.record, OWN_WORD_SCAN))
    for (const sentence of record.passage.sentences) {
      if (!speaksForSide(index.claimsBySentence.get(sentence.id) ?? [], sentence.text, claimant) || isQuestionSentence(sentence.text)) continue;
      found.push({ c: candidateOf(index, question, query, record, sentence, 0), distance: Math.abs(record.doc - matter.record.doc) });
    }
  const denies = (c: LeadCandidate) => Number(c.claims.some((x) => x.kind === "denial") || deniesInWords(c.sentence.text));
  // The side's denial nearest the paragraph that tells the matter is the one of that matter.
  // A standfirst ("Baku blames …; Yerevan denies …") says in short what a body sentence tells in full, with its speaker.
  found.sort(
    (a, b) => denies(b.c) - denies(a.c) || Number(isHeadlineLike(a.c)) - Number(isHeadlineLike(b.c)) || a.distance - b.distance || b.c.score - a.c.score,
  );
  const [first] = found;
  return first ? { ...first.c, score: best.score } : null;
}

/**
 * Whether a sentence gives the side's word: its claim is the side's, or, where the extraction left it
 * unclear (a reporter's narration: "Armenia's government says it does not control the armed groups"),
 * the side opens it as the speaker.
 */
function speaksForSide(claims: readonly Claim[], text: string, side: string): boolean {
  if (claims.some((x) => x.side === side)) return true;
  return claims.length > 0 && claims.every((x) => x.side === UNCLEAR) && relayedSide(text) === side;
}

/** A search candidate of the named side must answer at least this share as well as the best sentence. */
const CLAIMANT_SHARE = 0.3;
/** The share a candidate from another article than the best sentence's must reach. */
const ELSEWHERE_SHARE = 0.6;

/**
 * "What did Armenia say about the Ganja strike?": the best sentence is often the other side's
 * accusation, or the outlet's account of the event, which hold the question's words; the named
 * side's reply (a denial in its own words, "our forces did not target any civilian settlement")
 * shares few of them. When the best sentence speaks for another party or for nobody, the named
 * side's best statement leads: from the search's sentences, or from the claims and mediator
 * reactions of the best sentence's incident.
 */
function claimantsOwnWord(index: AnswerIndex, question: Question, query: SearchQuery, best: LeadCandidate, candidates: LeadCandidate[]): LeadCandidate {
  const { claimant } = question;
  const bestSide = speakingSide(best);
  if (!claimant) return best;
  if (bestSide === claimant || speaksForSide(best.claims, best.sentence.text, claimant))
    return ownReason(index, question, query, best, candidates) ?? ownDenial(index, question, best, candidates) ?? best;
  // "What did Mutalibov claim": the person asked speaks in the best sentence, whatever side his word was given.
  if (speaksAsAsked(question.text, best.claims)) return best;
  // The best sentence is another party's word, or the outlet's own account of the event ("France
  // banned the group …" for "how did Turkey react"); a third party's word may be the answer itself.
  // But a belligerent's own word is never a third party's: "how did Armenia's envoy explain the capture"
  // is not answered by Turkey's representative at the same session.
  // "According to the diplomat, the new road must …": a sentence whose speaker is named in the one before is that speaker's word.
  // So is a quotation going on from the sentence that names its speaker ('"Ten years on, we call on …," it began').
  if (
    bestSide === null &&
    best.claims.length === 0 &&
    (pointedBack(index, best.sentence, best.record) ?? quotationGoingOn(index, best.sentence, best.record))?.side === claimant
  )
    return best;
  // "Why did Baku close the road?": "Azerbaijan then suspended all movement until Armenia takes full
  // responsibility …": the outlet tells the side's act with the side's own condition for it; no word of
  // the side on another point of the matter gives the reason better.
  if (
    question.asked === "why" &&
    bestSide === null &&
    best.claims.length === 0 &&
    TELLS_CAUSE.test(best.sentence.text) &&
    sentenceDoer(best.sentence.text) === claimant
  )
    return best;
  // "Azerbaijan's foreign ministry called her remarks 'unfair'": the side opens the sentence as its
  // speaker, though the extraction recorded no claim; it is the side's own word.
  if (bestSide === null && best.claims.length === 0 && relayedSide(best.sentence.text) === claimant) return best;
  const thirdPartyAnswers = bestSide !== null && !isParty(bestSide) && !isBelligerent(claimant);
  if (thirdPartyAnswers || claimant === "other" || !asksForOwnWord(question, bestSide)) return best;
  const incident = index.incidentOfSentence.get(best.sentence.id);
  // The same thing: the best sentence's article or incident, not the side's word on another day.
  const sameMatter = sameMatterAs(index, best);
  // A figure asked for is answered by the side's figure; a reason asked for by the side's reason.
  // A count of anything but the dead and wounded ("how many towns did Pashinyan say were shelled") by the
  // side's count of that, not its toll ("the number of dead had passed 207").
  const answersAsked = (c: LeadCandidate) =>
    (question.asked !== "figure" ||
      (question.notCasualties ? countsWhatIsAsked(question.text, c.sentence.text) : c.figures.length > 0 && !countsOnlyWounded(question, c))) &&
    (question.asked !== "why" || statesCause(question, c.sentence.text));
  // Not a headline's or a standfirst's summary ("…; Baku says the Mi-24 was attacking, …"): the body tells the side's word in full.
  const own = (c: LeadCandidate) => speaksFor(c, claimant) && !c.heading && !isHeadlineLike(c) && !isQuestionSentence(c.sentence.text) && answersAsked(c);
  const sameSearch = candidates.filter((c) => own(c) && sameMatter(c) && c.score >= best.score * CLAIMANT_SHARE);
  // Where the best sentence's matter holds no word of the side, another article's counts when it
  // answers the question nearly as well on its own.
  // A reason is looked for only where the best sentence's matter is told: another day's reasons are for another act.
  // Nor is the side's word of another time than the question's.
  const elsewhere =
    question.asked === "why"
      ? []
      : candidates.filter((c) => own(c) && c.score >= best.score * ELSEWHERE_SHARE && !datedElsewhen(question, c) && !reportedFarOff(question, c));
  // "Did Baku deny forcing the villagers out?": before a denial of another matter in another article, the
  // side's word in the best sentence's own article ("the families had left of their own free will"),
  // though the search ranked its paragraph too low to keep. (A toll or a reaction of the side elsewhere
  // is more often the same matter's.)
  const inArticle = sameSearch.length > 0 || question.asked !== "denial" ? [] : ownWordInArticle(index, question, query, best, own);
  const fromSearch = sameSearch.length > 0 ? sameSearch : inArticle.length > 0 ? inArticle : elsewhere;
  // A toll told for nobody the extraction could name ("officials told CWS") may well be the side's own:
  // only a sentence that answers nearly as well replaces it, not any word of the side on the matter.
  const unnamedToll = question.asked === "figure" && best.figures.some((f) => f.claimedBy === "unattributed");
  if (unnamedToll) return fromSearch.sort((a, b) => b.score - a.score)[0] ?? best;
  const fromIncident = incident
    ? nearestFirst([...incident.claims, ...incident.reactions], best).flatMap((claim) =>
        claim.side === claimant ? candidateAt(index, question, query, claim) : [],
      )
    : [];
  // "Did Baku deny …": the side's denial before its other words on the matter (its charge against the other side).
  const denies = (c: LeadCandidate) => (asksDenialItself(question) && isDenial(c) ? 1 : 0);
  const [first] = [...fromSearch, ...fromIncident.filter(own)].sort(
    (a, b) => givesReason(question, b) - givesReason(question, a) || denies(b) - denies(a) || b.score - a.score,
  );
  if (first && first.score > 0) return first;
  // The side's word elsewhere in the same article ("How did Armenia respond to resolution 853?":
  // the report of the resolution, then, paragraphs on, Yerevan's foreign ministry), nearest first.
  const [nearest] = ownWordInArticle(index, question, query, best, own);
  return nearest ?? ownWordWithoutCause(question, best, candidates, (c) => sameMatter(c) && c.claims.some((x) => x.side === claimant)) ?? best;
}

/**
 * "Did Azerbaijan deny targeting the cathedral?": the side's best sentence is often its charge against
 * the other ("state media have long accused Armenian forces of damaging mosques"), or a statement that
 * holds the question's words; its denial ("said its forces were not targeting religious buildings")
 * shares fewer. When the side's best sentence denies nothing, its denial of the same article or
 * incident leads, the nearest to the best sentence first.
 */
function ownDenial(index: AnswerIndex, question: Question, best: LeadCandidate, candidates: LeadCandidate[]): LeadCandidate | null {
  const { claimant } = question;
  if (!claimant || !asksDenialItself(question) || isDenial(best)) return null;
  const found = nearestDenial(index, best, candidates, (c) => !isQuestionSentence(c.sentence.text) && isDenial(c) && speaksFor(c, claimant));
  return found ? { ...found, score: best.score } : null;
}

/** Both camps' charges told in one sentence: "traded accusations", "blamed each other", "accused each other". */
const TRADED_CHARGES =
  /\b(?:traded|exchanged|swapped)\s+(?:\w+\s+){0,2}?(?:accusations|blame|charges|claims)\b|\b(?:blamed|accused)\s+(?:each\s+other|one\s+another)\b/i;

/**
 * "Did Azerbaijan deny that its troops crossed near the lake?": "Armenia and Azerbaijan traded accusations over
 * the stand-off …" tells that both sides spoke, not what the side asked said; its denial ("Baku calls this a
 * fabrication") may stand paragraphs on in the same article, in none of the question's words, and leads instead.
 */
function deniedFurtherOn(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate): LeadCandidate {
  const { claimant } = question;
  if (!claimant || !asksDenialItself(question) || isDenial(lead) || !TRADED_CHARGES.test(lead.sentence.text)) return lead;
  const denies = (c: LeadCandidate) => !c.heading && !isHeadlineLike(c) && !isQuestionSentence(c.sentence.text) && isDenial(c) && speaksFor(c, claimant);
  const [denial] = ownWordInArticle(index, question, query, lead, denies);
  return denial ?? lead;
}

/** Whether a candidate tells the same matter as `lead`: its article, or the incident its sentence belongs to. */
function sameMatterAs(index: AnswerIndex, lead: LeadCandidate): (c: LeadCandidate) => boolean {
  const incident = index.incidentOfSentence.get(lead.sentence.id);
  return (c) => c.record.article === lead.record.article || (incident !== undefined && index.incidentOfSentence.get(c.sentence.id) === incident);
}

/**
 * Whether the side speaks in a sentence: its claim, or its word relayed by a page's issuer ("The
 * Government of Azerbaijan rejects …"), or a sentence the extraction recorded no claim of that
 * opens with the side as its speaker ("Azerbaijan's foreign ministry called her remarks …").
 */
function speaksFor(c: LeadCandidate, side: string): boolean {
  return c.claims.some((x) => x.side === side) || relayedSide(c.sentence.text) === side;
}

/** "Why did Baku …", "why does Yerevan …": the side named acted and has its reasons; "why were voters questioned" names none. */
const SIDE_ACTED = /^\s*why\s+(?:did|does|do|has|have|had|would|will)\b/i;

/**
 * "Why did Azerbaijan call the Senate's vote a provocation?": the best sentence tells the act (the
 * vote), and the side's word on it gives its reason in its own terms ("called the resolution
 * 'completely biased'"), with no "because". Where no sentence of the side states a cause, its best
 * word on the same matter answers the "why" better than the other party's account of the act.
 */
function ownWordWithoutCause(
  question: Question,
  best: LeadCandidate,
  candidates: LeadCandidate[],
  ownOnMatter: (c: LeadCandidate) => boolean,
): LeadCandidate | null {
  // The outlet's own account of the act ("Repairs to the mosque are nearly complete, and it has become
  // the latest object of a dispute") tells what was done, not why the side objects; unless it states a cause itself.
  if (question.asked !== "why" || !SIDE_ACTED.test(question.text) || (speakingSide(best) === null && TELLS_CAUSE.test(best.sentence.text))) return null;
  const found = candidates.find(
    (c) => !c.heading && !isHeadlineLike(c) && !isQuestionSentence(c.sentence.text) && ownOnMatter(c) && c.score >= best.score * CLAIMANT_SHARE,
  );
  return found ? { ...found, score: best.score } : null;
}

/**
 * "Why did Azerbaijan's border guards attack the post?": the side's best sentence tells what it did ("the
 * post was completely destroyed, the service said"); its sentence of the same article that gives the
 * cause ("carried out a 'revenge operation' for the wounding …") answers.
 */
/** A cause given may share few of the question's words: it need answer only this share as well as the best. */
const REASON_SHARE = 0.2;

function ownReason(index: AnswerIndex, question: Question, query: SearchQuery, best: LeadCandidate, candidates: LeadCandidate[]): LeadCandidate | null {
  if (question.asked !== "why" || givesReason(question, best) || SETS_CONDITION.test(best.sentence.text)) return null;
  // ("since" is left out here: "officials have since argued" gives no cause.)
  const reasonOfSide = (c: LeadCandidate) =>
    !c.heading &&
    !isQuestionSentence(c.sentence.text) &&
    c.claims.some((x) => x.side === question.claimant) &&
    (STATED_CAUSE.test(c.sentence.text) || accusesWhomAsked(query, c.sentence.text) || judgesRefusal(question.text, c.sentence.text));
  const found = candidates.find((c) => c.record.article === best.record.article && reasonOfSide(c) && c.score >= best.score * REASON_SHARE);
  if (found) return { ...found, score: best.score };
  // The cause may stand in a paragraph the search ranked too low to keep: the article's nearby paragraphs are read.
  const [nearby] = ownWordInArticle(index, question, query, best, reasonOfSide);
  return nearby ?? null;
}

/**
 * "Why did Armenia break off relations with Hungary?": "Sargsyan accused the Hungarian authorities of
 * colluding with Baku." A side's accusation of the one its act was aimed at is the reason it gives;
 * an accusation of someone the question does not name ("accused Stepanakert of shelling") is another matter.
 */
const ACCUSES = /\baccus(?:ed|es|ing)\s+([^.;:"“”]{1,60}?)\s+of\b/i;

function accusesWhomAsked(query: SearchQuery, text: string): boolean {
  const accused = ACCUSES.exec(text)?.[1];
  if (!accused) return false;
  const terms = new Set(analyze(accused));
  return query.terms.some((t) => terms.has(t.term));
}

/** How far from the best sentence's paragraph the side's word is looked for, in paragraphs. */
const OWN_WORD_SCAN = 12;

function ownWordInArticle(
  index: AnswerIndex,
  question: Question,
  query: SearchQuery,
  best: LeadCandidate,
  own: (c: LeadCandidate) => boolean,
): LeadCandidate[] {
  const found: { c: LeadCandidate; distance: number }[] = [];
  for (const record of paragraphsAround(index, best.record, OWN_WORD_SCAN)) {
    for (const sentence of record.passage.sentences) {
      if (!(index.claimsBySentence.get(sentence.id) ?? []).some((x) => x.side === question.claimant)) continue;
      const c = candidateOf(index, question, query, record, sentence, 0);
      if (own(c)) found.push({ c, distance: Math.abs(record.doc - best.record.doc) });
    }
  }
  // For "why", the side's sentence that gives a reason first ("because of that selective approach, we must oppose");
  // then the one that holds most of the question's words, then the nearest; it ranks as the best did.
  found.sort((a, b) => givesReason(question, b.c) - givesReason(question, a.c) || b.c.score - a.c.score || a.distance - b.distance);
  return found.map(({ c }) => ({ ...c, score: best.score }));
}

/** The condition an act is kept up until ("suspended all movement until Armenia takes full responsibility"), as a word. */
const UNTIL_DONE = String.raw`${UNTIL_DONE_VERB}\b`;

/**
 * A cause stated in so many words: "because of", "due to", "in order to", the cause a side gives for
 * using force ("in response to", "in retaliation for", a "revenge operation", "to prevent …"), and a
 * cause named ("the result of an accident", "caused by"), an error ("after mistaking it for …", "by
 * mistake", "an accident"), what not acting would have brought ("continuing the war would have led to
 * the loss of all of Karabakh"), and the plea of self-defence ("presented the capture as an
 * act of self-defence"; not "self-defence forces", a name). Not "since" (an adverb of time as often as a
 * cause), nor "therefore", "as a result", "that is why": they mark the consequence, whose cause stands
 * in the sentence before.
 */
const CAUSES = String.raw`${UNTIL_DONE}|because|due\s+to|would\s+have\s+(?:led|meant|resulted|cost)\b|intended\s+to|aimed\s+at|with\s+(?:the|an?)\s+(?:aim|goal|purpose|intention)\s+of|for\s+(?:\w+\s+){0,2}purposes?\b|with\s+a\s+view\s+to|(?:would|will|should)\s+(?:allow|enable|make\s+it\s+possible)\b|owing\s+to|in\s+order\s+to|so\s+as\s+to|for\s+(?:this|that|these)\s+reasons?|in\s+(?:response|retaliation|reply|answer)\s+(?:to|for)|retaliat\w*|revenge|reprisals?|to\s+(?:prevent|stop|protect|punish|neutrali[sz]e|suppress|deter|avert)|(?:wish(?:ed|es)?|want(?:ed|s)?|sought|seeks?|hop(?:ed|es)|intend(?:ed|s)?)\s+to\s+avoid\b|(?<!as\s+a\s+)result\s+of|${CONSEQUENCE_OF}|caused\s+by|the\s+cause\s+of|the\s+reasons?\s+(?:was|were|is|are|being|for)|on\s+the\s+grounds?\s+(?:of|that)|in\s+(?:the\s+)?light\s+of|in\s+view\s+of|in\s+the\s+context\s+of|citing|mistak(?:e|en|ing)\b[^.;]{0,40}?\bfor\b|by\s+mistake|in\s+error|(?:an?|the)\s+accident\b|accidental(?:ly)?|${PROTESTS_AGAINST}|(?:an?\s+act\s+of|in|as)\s+self-defen[cs]e\b(?!\s+(?:forces?|units?|army|troops|groups?|detachments?))`;
const STATED_CAUSE = new RegExp(String.raw`\b(?:${CAUSES})`, "i");
/**
 * A speaker explaining ("the gap, she explained, is …"), the condition a refusal waits on ("until the clause
 * is removed, signing makes no sense"), the rule a verdict follows ("under the Criminal Code a life term
 * cannot be imposed"): each gives the cause of the act told just before it.
 */
const EXPLAINS = String.raw`explain(?:s|ed|ing)?\b|until\s+(?:this|that|the|these|it|they)\b[^.;]{0,40}?\b(?:is|are|has|have)\s+(?:been\s+)?(?:resolved|settled|removed|fulfilled|met|changed|amended|completed|finished|concluded)\b|under\s+(?:\S+\s+){0,3}?(?:law|code|constitution)\b`;
/**
 * A sentence that gives a cause in its own words, stricter than `GIVES_REASON`: "because", "to stop
 * the smuggling", "security concerns prompted", "is needed to", "for fear of".
 */
const TELLS_CAUSE = new RegExp(
  String.raw`\b(?:${CAUSES}|prompted|forced\s+(?:it|them|him|her|the)\b|(?:is|was|are|were)\s+needed\s+to|for\s+fear\s+(?:of|that)|(?:security|safety)\s+(?:concerns|reasons|grounds)|${EXPLAINS})`,
  "i",
);
/** How many sentences back a cause may find the act it explains. */
const CAUSE_REACH = 2;

/** A sentence that gives a cause or marks a consequence of one ("since", "therefore", "as a result", "that is why"). */
const GIVES_REASON = new RegExp(String.raw`\b(?:${CAUSAL_SINCE}|as\s+a\s+result|therefore|that\s+is\s+why|${CAUSES})`, "i");
/**
 * The condition a refusal waits on: "why can't the treaty be signed yet" is answered by "can be signed
 * only after Armenia changes its Constitution", "will not return unless …".
 */
const SETS_CONDITION = /\b(?:only\s+(?:after|if|once|when)|unless)\b/i;

/** 1 when a "why" question meets a sentence that gives a cause, 2 when a detention is asked and it names the charge: such a sentence goes first. */
const givesReason = (question: Question, c: LeadCandidate): number =>
  question.asked !== "why" ? 0 : chargeOfDetention(question, c.sentence.text) ? 2 : GIVES_REASON.test(c.sentence.text) ? 1 : 0;

/** "Why was he arrested?": the charge named ("accuses him of smuggling weapons") is the reason a detention has. */
const chargeOfDetention = (question: Question, text: string): boolean => asksCharge(question.text) && givesCharge(text);

/** A cause given, or the charge of a detention asked about. */
const statesCause = (question: Question, text: string): boolean => GIVES_REASON.test(text) || chargeOfDetention(question, text);

const isParty = (side: string) => isBelligerent(side) || isMediator(side);

/**
 * "Did Baku deny …", "how did Yerevan respond …", "what did Armenia say about …", "what did Baku demand", "who did Yerevan
 * say captured …", "… according to Stepanakert",
 * "what losses did Azerbaijan report", "how many soldiers did Baku admit losing", "who did Yerevan blame for …",
 * "what did Putin tell the two presidents" (what he told them, not the outlet's account of the meeting)
 * (not "what did the archbishop accuse the government of": the side named there is the one accused), and the same asked
 * after another part ("was Hadrut taken? what did Stepanakert say", "…, what was Baku's version").
 */
const OWN_WORD =
  /(?:^|[?;,:]\s*)(?:what|how|who|whom|which|where|when)\b(?:\s+(?:many|much)\b)?[^?]{0,40}?\b(?:did|does|do|has|have)\b[^?]{0,60}?\b(?:say|said|tell|respond|react|reply|claim|announce|state|justify|explain|defend|report|admit|acknowledge|confirm|concede|demand|warn|insist|propose)\b|(?:^|[?;,:]\s*)what\s+(?:was|is|were|are)\s+[^?]{1,40}?(?:'s|’s)\s+(?:version|position|response|reaction|reply|answer|account)\b|\bacc?ording\s+to\b|^\s*(?:who|whom)\s+(?:did|does|do|has|have)\b[^?]{1,40}?\b(?:blame|accuse)\b/i;

function asksForOwnWord(question: Question, bestSide: string | null): boolean {
  // "Why did the co-chairs vote against …": the reason asked is the one the side gives.
  // "What death toll did Baku give", "how many soldiers did Azerbaijan lose": a toll with its claimant named is that side's count.
  const tollOfSide = question.asked === "figure" && !question.notCasualties && question.claimant !== null && isBelligerent(question.claimant);
  // "Did Armenia try to hit the pipeline?": where the other camp accuses it, the side's own word answers
  // whether it did (a mediator's account, "Peskov said Aliyev had apologised", answers on its own).
  // So too where the best sentence is the outlet's account of the deed ("a missile struck the city"),
  // which tells what happened, not whether the side did it; not for "did Stepanakert say …", which
  // asks what the side said, not what it did.
  const accused = bestSide !== null ? isBelligerent(bestSide) : !ASKS_WHAT_SIDE_SAID.test(question.text);
  const whetherSideDid =
    accused && question.claimant !== null && isBelligerent(question.claimant) && question.sides[0] === question.claimant && SIDE_DID.test(question.text);
  return (
    question.asked === "denial" ||
    question.asked === "response" ||
    question.asked === "why" ||
    tollOfSide ||
    whetherSideDid ||
    OWN_WORD.test(question.text) ||
    JUDGED_WHETHER.test(question.text)
  );
}

/**
 * "Did Moscow blame Azerbaijan for the fighting?", "did the ministry accept that …": whether a side
 * passed a judgement is told by its own word, not by the accused side's account of the fighting.
 */
const JUDGED_WHETHER =
  /^\s*(?:did|does|do|has|have|had)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:blame|accuse|condemn|accept|recogni[sz]e|critici[sz]e|welcome|endorse|support|back)\b/iu;

/** "Did the Karabakh Armenians say …", "did Baku claim …": a yes-or-no question about the side's word, not its deed. */
const ASKS_WHAT_SIDE_SAID = /\b(?:say|said|claim|claimed|tell|told|state|stated|announce|announced|report|reported)\b/i;

/** "Did Armenia try …", "has Baku fired …": a yes-or-no question about a deed (the side named first is its subject). */
const SIDE_DID = /^\s*(?:did|does|do|has|have|had)\b/i;

/** The claims of the lead's incident, as candidates scored like the search's sentences (at the lowest rank). */
function incidentCandidates(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate): LeadCandidate[] {
  const incident = index.incidentOfSentence.get(lead.sentence.id);
  if (!incident) return [];
  return nearestFirst(incident.claims, lead).flatMap((claim) => (claim.sentenceId === lead.sentence.id ? [] : candidateAt(index, question, query, claim)));
}

/** The candidate of a claim's or a figure's sentence, read as the question would read it; none when its passage is gone. */
function candidateAt(index: AnswerIndex, question: Question, query: SearchQuery, item: { passageId: string; sentenceId: string }): LeadCandidate[] {
  const record = index.passageById.get(item.passageId);
  const sentence = record?.passage.sentences.find((s) => s.id === item.sentenceId);
  return record && sentence ? [candidateOf(index, question, query, record, sentence, 0)] : [];
}

/**
 * How many of an incident's claims or figures are read as candidates. Reported incidents hold a
 * few dozen; a place that every passage of a huge corpus names would make one question read
 * thousands, so the lead's own article comes first and the rest is cut.
 */
const INCIDENT_READ = 150;

export function nearestFirst<T extends { passageId: string }>(items: readonly T[], lead: { record: { article: { meta: { file: string } } } }): T[] {
  if (items.length <= INCIDENT_READ) return [...items];
  const file = lead.record.article.meta.file;
  const own = items.filter((x) => x.passageId.startsWith(`${file}#`));
  return [...own, ...items.filter((x) => !x.passageId.startsWith(`${file}#`))].slice(0, INCIDENT_READ);
}

/** A count of the dead or hurt in so many words: "at least 57 foreign fighters had been killed", "three people were hurt". */
const COUNTS_LOSSES =
  /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)\s+(?:[\p{L}'’-]+\s+){0,7}?(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?(?:killed|dead|died|wounded|injured|hurt|slain)\b/iu;

/** A sentence opening with these goes on from the one before: "It claimed that …". */
const CONTINUES = /^\W*(?:it|he|she|they|this|that|these|those|the ministry|the statement|but|however|instead)\b/i;
/** "It said a tank had also been lost": a sentence adding another thing to the one before. */
const ADDS_ANOTHER = /\b(?:also|as\s+well)\b/i;
/** How much of the sentence before a continuing sentence inherits, in a "why" question. */
const INHERITED = 0.95;
/** How much a sentence's own share counts on top of the share it inherits: enough to order sentences of one inheritance. */
const INHERITED_TIEBREAK = 0.1;

function candidatesOf(index: AnswerIndex, question: Question, query: SearchQuery, hit: SearchHit, relative: number): LeadCandidate[] {
  const { passage } = hit.record;
  let previous: (LeadCandidate & { share: number }) | null = null;
  const wantsWords = question.asked === "denial" || question.asked === "response" || SAYING_ASKED.test(question.text);
  const wantsToll = question.asked === "figure" && !question.notCasualties;
  // The shares of the sentences before, for a toll that follows the sentence telling the incident.
  const told: number[] = [];
  let tollGiven = false;
  // "How many peacekeepers were sent?": "The deal … Under it, 1,960 Russian troops will deploy": a
  // count of what is asked inherits from the sentence before it, which tells what it is counted for.
  const wantsCount = question.asked === "figure" && question.notCasualties;
  const distance = asksDistance(question.text);
  const shares: number[] = [];
  // "How many died in the Barda strike?": a toll in the article whose headline names that strike
  // answers it even when its own sentence names neither the town nor the strike.
  const title = hit.record.article.meta.title ?? "";
  const titleShare = wantsToll && asksLosses(question) ? termShare(query, title) : 0;
  // "Is the reporter a spy?" put by the interviewer, then "A: No. He never worked for any state.": the
  // answer's first full sentence inherits the question it answers, whose words it need not repeat.
  const turn = interviewersTurn(index, hit.record);
  const turnShare = turn ? termShare(query, turn) : 0;
  let answerOpened = false;
  const deed = deedAsked(question);
  return passage.sentences.map((sentence) => {
    // The reason often follows the sentence that restates the question ("It claimed that …").
    // So does the one blamed ("Prosecutor X said a rocket hit Ganja. He said it was fired on the orders of …").
    // Not one that adds another thing ("It said a tank had also been lost"): that is more of the account, not its cause.
    const why = (question.asked === "why" || asksWhoIsBlamed(question)) && CONTINUES.test(sentence.text) && !ADDS_ANOTHER.test(sentence.text);
    // "What did Abdullayeva call the attack?": the words she used follow the sentence that introduces her.
    const quote = wantsWords && previous !== null && quotesOn(previous, sentence, index);
    // "How many died in the missile strike on Ganja?": "Baku accused Armenia of firing a missile at
    // Ganja. The prosecutor said seven civilians had been killed …": the toll inherits the incident's share.
    // Only a toll of the side whose losses are asked: "leaving behind the body of one of their men" counts the attackers'.
    const tells = wantsToll && countsAskedSide(question, index.figuresBySentence.get(sentence.id) ?? []);
    const toll = tells ? Math.max(0, ...told.slice(-TOLL_REACH)) : 0;
    const countsAsked = wantsCount && countsWhatIsAsked(question.text, sentence.text);
    const counted = countsAsked || (wantsCount && distance && givesMeasure(sentence.text)) ? Math.max(0, ...shares.slice(-TOLL_REACH)) : 0;
    // "How many Armenians were deported in Operation Ring?": "more than 10,000 Armenians were
    // deported from 24 villages", in an article whose headline names the operation: the count
    // and the headline together hold the question's words.
    const titled = countsAsked && title ? termShare(query, `${sentence.text} ${title}`) * TITLE_INHERITED : 0;
    // "Why didn't Armenia play?": "The Olympiad opened without Armenia. Its federation said the team
    // stayed away because …": a sentence giving a cause inherits from the act told just before it.
    // So does a side's judgement of what it refused: "Armenia recalled its envoy. \"Their arms supplies are unacceptable,\" she said."
    const reason =
      question.asked === "why" && (TELLS_CAUSE.test(sentence.text) || judgesRefusal(question.text, sentence.text))
        ? Math.max(0, ...shares.slice(-CAUSE_REACH))
        : 0;
    // The bare reply ("A: No.") opens the answer; its first full sentence says what the reply means.
    const opensAnswer = turnShare > 0 && !answerOpened && wordsOf(sentence.text) >= MIN_ANSWER_WORDS;
    if (opensAnswer) answerOpened = true;
    // "Who signed the letter?": "More than 80 figures have signed it. The signatories include …": the names
    // go on from the account of the deed, in none of the question's words.
    const doers = deed !== null && namesDoersByNoun(deed, sentence.text);
    const inherited = Math.max(
      opensAnswer ? turnShare * INHERITED : 0,
      (why || quote || doers) && previous ? previous.share * INHERITED : 0,
      reason * INHERITED,
      toll * INHERITED,
      counted * INHERITED,
      titled,
      tells ? titleShare * TITLE_INHERITED : 0,
    );
    const candidate = candidateOf(index, question, query, hit.record, sentence, relative, inherited);
    shares.push(candidate.share);
    // Only an incident told before any toll passes its share on: once the passage gives a toll,
    // a later one is another count (a fifth soldier, another day) and stands on its own words.
    // A toll the extraction kept no figure of ("at least 143 fighters had been killed, the monitor said") is a toll all the same:
    // "It said the bodies of 92 of them had been brought back" counts part of it, not the incident's toll.
    if (candidate.figures.length > 0 || (wantsToll && COUNTS_LOSSES.test(sentence.text))) tollGiven = true;
    told.push(tollGiven ? 0 : candidate.share);
    // The quotation takes the introduction's place, just above it (as an interview's answer its question's).
    // A toll asked is not in a quotation that gives none ("… has suffered significant losses," he added).
    // Nor does it answer over an introduction that already reports what was said ("Peskov told Zvezda that
    // Armenia had taken no official step"): the quotation after it adds to that, the report is the answer;
    // unless the words themselves are asked ("what did she call the attack": "This is state terrorism").
    const quoteAnswers =
      quote &&
      previous &&
      !(wantsToll && candidate.figures.length === 0 && previous.figures.length > 0) &&
      (WORDS_ASKED.test(question.text) || !REPORTS_CONTENT.test(previous.sentence.text));
    if (quoteAnswers && previous) candidate.score = Math.max(candidate.score, previous.score * QUOTE_FOLLOWS);
    // "How did Ankara react": "Cavusoglu put the blame squarely on Yerevan. He urged Armenia to …": the
    // sentence naming the speaker gives the reaction, the one going on from it adds to it.
    else if (question.asked === "response" && previous && addsToReaction(previous, candidate))
      previous.score = Math.max(previous.score, candidate.score * QUOTE_FOLLOWS);
    previous = candidate;
    return candidate;
  });
}

/** A sentence whose subject is a pronoun pointing back to the speaker just named: "He urged …", "She added …". */
const PRONOUN_SUBJECT = /^\W{0,3}(?:he|she|they|it)\s+\p{Ll}/iu;
/**
 * A sentence that only announces a reaction, its content in the next: "Turkey's foreign ministry
 * answered the same evening.", "Baku responded on Friday:".
 */
const ANNOUNCES_ONLY =
  /\b(?:answered|responded|reacted|replied|hit\s+back|commented|weighed\s+in|issued\s+a\s+statement)(?:\s+(?:quickly|swiftly|sharply|angrily|later|soon|shortly|immediately|the\s+same\s+(?:day|evening|night|morning)|(?:late\s+|early\s+)?on\s+\p{Lu}\p{Ll}+|that\s+(?:day|evening|night)|within\s+hours|in\s+a\s+statement))*\s*[.:!]?\s*$/iu;
/** A quotation's speaker given after it by a pronoun: '"We stand with Azerbaijan," he wrote'. */
const QUOTE_BY_PRONOUN = /["”],?\s+(?:he|she|they|it)\s+\p{Ll}/iu;

/**
 * Whether a sentence goes on with the reaction the sentence before it told and named the speaker of:
 * the same sides speak, and it points back by a pronoun ("He urged …"), or it quotes words whose gist
 * the sentence before already reported ("… said Armenia should cease its provocations. 'We stand with
 * Azerbaijan,' he wrote").
 */
function addsToReaction(previous: LeadCandidate, next: LeadCandidate): boolean {
  const sides = new Set(previous.claims.map((c) => c.side));
  if (sides.size === 0 || next.claims.length === 0 || !next.claims.every((c) => sides.has(c.side))) return false;
  if (PRONOUN_SUBJECT.test(previous.sentence.text) || isQuotation(previous.sentence.text) || ANNOUNCES_ONLY.test(previous.sentence.text)) return false;
  if (isQuotation(next.sentence.text)) return QUOTE_BY_PRONOUN.test(next.sentence.text) && REPORTS_CONTENT.test(previous.sentence.text);
  return PRONOUN_SUBJECT.test(next.sentence.text);
}

/** Whether figures are there and, where the question names whose losses it asks, one may count that side's. */
function countsAskedSide(question: Question, figures: readonly CasualtyFigure[]): boolean {
  const { affected } = question;
  if (figures.length === 0) return false;
  return !affected || figures.some((f) => f.affected === "unspecified" || sameCamp(f.affected, affected));
}

/** A toll inherits this share of its article's headline's match: less than a sentence before it telling the incident. */
const TITLE_INHERITED = 0.8;

/** How many sentences back a toll may find the sentence telling its incident. */
const TOLL_REACH = 2;

/** "What did X call / tell / say": the words of a speaker are asked for. */
const SAYING_ASKED = /^\s*what\s+(?:did|does|do|has|have)\b[^?]{0,60}?\b(?:say|tell|call|describe|warn|announce|write)\b/i;
/** Quoted stretches of a sentence. */
const QUOTED = /["“]([^"“”]+)["”]?/g;

/** A sentence made of the speaker's own words: it opens with a quotation, or is mostly quoted. */
function isQuotation(text: string): boolean {
  if (/^\W{0,3}["“][^"“”]{12,}/.test(text)) return true;
  let quoted = 0;
  for (const m of text.matchAll(QUOTED)) quoted += m[1]?.length ?? 0;
  return quoted >= text.length * 0.5;
}

/** "What did she call the attack", "how did he describe it": the words used are asked, not their gist. */
const WORDS_ASKED = /\b(?:call|called|describe|described|term|termed|label|labelled|labeled|words?)\b/i;
/** A sentence reporting what was said in a clause of its own: "told the channel that Armenia had not taken any official step". */
const REPORTS_CONTENT =
  /\b(?:said|says|told|tells|stated|states|wrote|writes|warned|warns|insisted|argued|stressed|noted|added|declared|announced)\b[^.;:"“”]{0,60}?\bthat\s+(?:[^\s"“”]+\s+){4,}/i;

/**
 * A speaker's own words quoted right after the sentence that introduces them (and their gist) are
 * what "what did X say" asks for: they lead, a little above the introduction.
 */
const QUOTE_FOLLOWS = 1.02;

/**
 * A quotation continuing the sentence before: by the side speaking there, or, where the sentence
 * before is the outlet's own ("Nancy Pelosi, who visited Yerevan, placed the blame on Baku."), by
 * a speaker it names.
 */
function quotesOn(previous: LeadCandidate, sentence: Sentence, index: AnswerIndex): boolean {
  if (!isQuotation(sentence.text) || isQuotation(previous.sentence.text) || isQuestionSentence(sentence.text)) return false;
  const own = index.claimsBySentence.get(sentence.id) ?? [];
  const before = previous.claims.map((c) => c.side);
  if (before.length > 0) return own.every((c) => before.includes(c.side));
  return own.length > 0 && own.every((c) => namedIn(c.speaker, previous.sentence.text));
}

/** Whether a speaker's surname stands in a text. */
function namedIn(speaker: string, text: string): boolean {
  const surname = speaker.trim().split(/\s+/).pop() ?? "";
  return surname.length >= 3 && new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(text);
}

/**
 * The body's words for a headline: under a heading, its restatement or the paragraph under it; a
 * line set out as a headline without being marked one ("Baku says sniper killed soldier; Yerevan
 * denies firing", a standfirst: one line, no closing mark) gives way only to the body sentence that
 * restates it, which names the speaker and the circumstances.
 */
function inBody(index: AnswerIndex, question: Question, query: SearchQuery, top: LeadCandidate): LeadCandidate {
  if (top.heading) return underHeading(index, question, query, top);
  // "In brief: the ombudsman says the strike killed 13 civilians": a summary box over the body's account.
  if (isCaption(top.sentence.text)) return sameCountInBody(index, question, query, top) ?? top;
  if (!isHeadlineLike(top)) return top;
  const around = paragraphsAround(index, top.record, HEADLINE_SCAN).filter((r) => r !== top.record);
  const nearest = around.sort((a, b) => Math.abs(a.doc - top.record.doc) - Math.abs(b.doc - top.record.doc));
  // "Baku: 12 Armenian troops killed; Stepanakert puts Azerbaijani dead at eight": a headline of two
  // sides' words is restated by two sentences; the part nearer the question answers it.
  const restated = restatingPart(top.sentence.text, query, nearest);
  return restated
    ? { ...candidateOf(index, question, query, restated[0], restated[1], 0), score: top.score }
    : (sameCountInBody(index, question, query, top) ?? top);
}

/** A month's name after or before a number makes it a day ("on 17 October", "October 17"), not a count. */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_OF_MONTH = new RegExp(String.raw`^\s+${MONTH}\b`, "i");
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\s+$`, "i");

/**
 * The counts a line gives, as digits ("1,000" → "1000"): not its years ("since 2020"), its days
 * ("on 17 October") nor a list's number ("1."), which any sentence of the page may share.
 */
export function countsOf(text: string): string[] {
  const counts: string[] = [];
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const digits = m[0].replace(/[,.]$/, "").replace(/,(?=\d{3}\b)/g, "");
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (
      /^(?:19|20)\d\d$/.test(digits) ||
      DAY_OF_MONTH.test(after) ||
      MONTH_BEFORE.test(before) ||
      (/^\s*$/.test(before.replace(/^\W*/, "")) && /^[.)]\s/.test(after))
    )
      continue;
    counts.push(digits);
  }
  return counts;
}

/** A summary line: a heading, a line set out as a headline, an "In brief:" box or a caption. */
const isSummaryLine = (c: LeadCandidate): boolean => c.heading || isHeadlineLike(c) || isCaption(c.sentence.text);

/**
 * "AZERBAIJAN: AGENCY COUNTS 345 MINE VICTIMS", "In brief: the ombudsman says the strike killed 13
 * civilians": a headline or summary box gives a figure in short, in the words a question uses; the
 * body sentence of its article that gives the same figures and a speaker ("the agency said 345 people
 * had become mine victims") tells it in full and leads in its place, though it shares fewer words.
 */
function sameCountInBody(index: AnswerIndex, question: Question, query: SearchQuery, top: LeadCandidate): LeadCandidate | null {
  const counts = countsOf(top.sentence.text);
  if (counts.length === 0) return null;
  let found: { c: LeadCandidate; distance: number } | null = null;
  for (const record of paragraphsAround(index, top.record, HEADLINE_SCAN)) {
    for (const sentence of record.passage.sentences) {
      if (sentence.id === top.sentence.id || isCaption(sentence.text) || isQuestionSentence(sentence.text)) continue;
      // The speaker resolved to a side: a sentence the extraction gave none would lead as the outlet's.
      const speaks = (index.claimsBySentence.get(sentence.id) ?? []).length > 0 || (index.figuresBySentence.get(sentence.id) ?? []).length > 0;
      if (!speaks) continue;
      const given = countsOf(sentence.text);
      if (!counts.every((n) => given.includes(n))) continue;
      const c = candidateOf(index, question, query, record, sentence, 0);
      if (isSummaryLine(c)) continue;
      const distance = Math.abs(record.doc - top.record.doc);
      if (!found || c.score > found.c.score || (c.score === found.c.score && distance < found.distance)) found = { c, distance };
    }
  }
  return found ? { ...found.c, score: top.score } : null;
}

/**
 * The body sentence restating a headline, or, for a headline of two sides' words ("Baku: 12 Armenian
 * troops killed; Stepanakert puts Azerbaijani dead at eight"), restating its part nearest the question.
 */
function restatingPart(headline: string, query: SearchQuery, records: readonly PassageRecord[]): ReturnType<typeof restatingSentence> {
  const parts = headlineParts(headline).sort((a, b) => termShare(query, b) - termShare(query, a));
  return [headline, ...parts].reduce<ReturnType<typeof restatingSentence>>((found, part) => found ?? restatingSentence(part, records), null);
}

/** The parts of a headline or standfirst set apart by semicolons, each one side's word ("Baku: …; Stepanakert puts …"). */
function headlineParts(text: string): string[] {
  const parts = text.split(/\s*;\s*/).filter((p) => p.trim().length > 0);
  return parts.length > 1 ? parts : [];
}

/** A paragraph of one line without a sentence's closing mark, not a table's row: a headline, a standfirst. */
const isHeadlineLike = (c: LeadCandidate): boolean =>
  c.record.passage.sentences.filter((s) => !LIST_NUMBER.test(s.text)).length === 1 && isUnfinishedLine(c.sentence.text) && !isTableRow(c.sentence.text);

/** A numbered section's number read as a sentence of its own ("1." before "1. AZERBAIJAN: …"). */
const LIST_NUMBER = /^\s*(?:\d{1,2}|[ivx]{1,4})[.)]\s*$/i;

/** How far past a heading its section's first paragraph may stand (a byline or a reading time between). */
const SECTION_REACH = 2;
/** A paragraph this short under a heading is a byline or a note, not the section's opening. */
const MIN_OPENING_WORDS = 8;

/** A headline's answer in the body: the sentence that restates it, else the paragraph under it. */
function underHeading(index: AnswerIndex, question: Question, query: SearchQuery, heading: LeadCandidate): LeadCandidate {
  const around = paragraphsAround(index, heading.record, HEADLINE_SCAN).sort(
    (a, b) => Math.abs(a.doc - heading.record.doc) - Math.abs(b.doc - heading.record.doc),
  );
  const restated = restatingPart(heading.sentence.text, query, around);
  if (restated) return candidateOf(index, question, query, restated[0], restated[1], 0, termShare(query, heading.sentence.text) * INHERITED);
  return sameCountInBody(index, question, query, heading) ?? sectionOpening(index, question, query, heading) ?? heading;
}

/** How far from a headline its restatement is looked for, in paragraphs. */
const HEADLINE_SCAN = 12;

/**
 * The opening sentence of the paragraph under a heading, inheriting the heading's share (a little
 * less): "Above Jermuk: what satellite images show" is answered by the summary under it, in words
 * the question may not use. Headings lead only when no body sentence says the same.
 */
function sectionOpening(index: AnswerIndex, question: Question, query: SearchQuery, heading: LeadCandidate): LeadCandidate | null {
  const share = termShare(query, heading.sentence.text);
  for (let step = 1; step <= SECTION_REACH; step++) {
    const next = index.search.passages[heading.record.doc + step];
    if (!next || next.article !== heading.record.article || next.passage.heading) return null;
    const [opening] = next.passage.sentences;
    // A monitoring item's source line under its headline is no opening: the report follows it. Nor is a
    // tagline or standfirst (one line, no closing mark: "Field notes on …"): it tells what the page is, not the news.
    if (
      !opening ||
      opening.text.split(/\s+/).length < MIN_OPENING_WORDS ||
      broadcastSource(opening.text) !== null ||
      (next.passage.sentences.length === 1 && isUnfinishedLine(opening.text))
    )
      continue;
    return candidateOf(index, question, query, next, opening, 0, share * INHERITED);
  }
  return null;
}

/**
 * '"No aggression on our land will be tolerated." That warning came from the foreign ministry.':
 * a sentence naming who said the words before it answers less than the words themselves, which
 * lead in its place when the extraction gave them the same side.
 */
function revealedWords(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate): LeadCandidate {
  if (revealedSource(lead.sentence.text) < 0) return lead;
  const [previous] = neighbours(index, lead, -1, 1);
  if (!previous || previous[0].passage.heading) return lead;
  const words = candidateOf(index, question, query, previous[0], previous[1], 0, termShare(query, lead.sentence.text));
  return sameSide(words, lead) ? { ...words, score: lead.score } : lead;
}

/**
 * The sentences next to a candidate's, `step` forward or back, at most `reach` of them in its
 * paragraph; at the paragraph's edge, the nearest sentence of the neighbouring paragraph of the
 * same article (never a heading).
 */
function neighbours(
  index: AnswerIndex,
  c: LeadCandidate,
  step: 1 | -1,
  reach: number,
  keep: (s: Sentence) => boolean = () => true,
): [PassageRecord, Sentence][] {
  const { record } = c;
  const { sentences } = record.passage;
  const at = sentences.findIndex((s) => s.id === c.sentence.id);
  const inPassage =
    step > 0
      ? sentences
          .slice(at + 1)
          .filter(keep)
          .slice(0, reach)
      : sentences.slice(0, Math.max(0, at)).filter(keep).slice(-reach).reverse();
  if (inPassage.length > 0) return inPassage.map((s) => [record, s]);
  const next = index.search.passages[record.doc + step];
  if (!next || next.article !== record.article || next.passage.heading) return [];
  const kept = next.passage.sentences.filter(keep);
  const edge = step > 0 ? kept[0] : kept.at(-1);
  return edge ? [[next, edge]] : [];
}

/** Whether a candidate speaks for a side the lead speaks for. */
function sameSide(c: LeadCandidate, lead: LeadCandidate): boolean {
  const sides = new Set(lead.claims.map((x) => x.side));
  return c.claims.some((x) => sides.has(x.side));
}

/** A conclusion drawn from what was said before: "The Assembly therefore resolves not to ratify …". */
const CONCLUDES =
  /\b(?:therefore|thus|hence|consequently|accordingly|for\s+(?:these|this|those|the\s+above)\s+reasons?|in\s+view\s+of\s+(?:this|the\s+above|these|the\s+foregoing))\b/i;
/** How many sentences before a conclusion may hold its reason. */
const REASON_REACH = 2;

/**
 * "Why did PACE refuse to ratify the credentials?": the sentence that restates the decision says
 * "therefore"; the reason stands in the sentences before it, which lead in its place.
 */
function reasonBefore(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate): LeadCandidate {
  if (question.asked !== "why" || !CONCLUDES.test(lead.sentence.text)) return lead;
  const share = termShare(query, lead.sentence.text) * INHERITED;
  // At a paragraph's start, the last sentence of the one before ("12. The Assembly therefore resolves …" follows paragraph 9).
  const [reason] = neighbours(index, lead, -1, REASON_REACH, isRealSentence)
    .filter(([record, sentence]) => !record.passage.heading && !CONCLUDES.test(sentence.text) && !isQuestionSentence(sentence.text))
    .map(([record, sentence]) => candidateOf(index, question, query, record, sentence, 0, share))
    .sort((a, b) => b.score - a.score);
  return reason ? { ...reason, score: lead.score } : lead;
}

/**
 * "Why was the ministry's count higher than the army's?": the best match restates the act ("The ministry has
 * counted 2,300 bodies, more than the army's list"); the cause often opens the next paragraph in other words
 * ("The gap, a spokeswoman explained, is made up of …"), and leads in its place.
 */
function reasonAfter(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate): LeadCandidate {
  // A detention's charge is sought on its own ("accuses him of smuggling"): the sentence after the arrest may give another cause.
  if (question.asked !== "why" || asksCharge(question.text) || lead.heading || givesReason(question, lead) > 0 || SETS_CONDITION.test(lead.sentence.text))
    return lead;
  const share = termShare(query, lead.sentence.text) * INHERITED;
  const [reason] = neighbours(index, lead, 1, CAUSE_REACH, isRealSentence)
    .filter(([record, sentence]) => !record.passage.heading && TELLS_CAUSE.test(sentence.text.replace(CITING_SOURCE, "")) && !isQuestionSentence(sentence.text))
    .map(([record, sentence]) => candidateOf(index, question, query, record, sentence, 0, share));
  return reason ? { ...reason, score: lead.score } : lead;
}

/** "The agency, citing local officials, said …": who a report rests on, not a cause. */
const CITING_SOURCE =
  /\bciting\s+(?:[\p{L}'’-]+\s+){0,3}?(?:officials?|sources?|agenc(?:y|ies)|ministry|reports?|witnesses|residents|police|authorities|data|figures|statements?)\b/giu;

/** A sentence of fewer words is a paragraph's number or a label ("12."), not a reason. */
const MIN_REASON_WORDS = 4;

/** A real sentence, not a paragraph's number or a label ("12."). */
const isRealSentence = (s: Sentence) => s.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_REASON_WORDS;

/**
 * A sentence that only announces a statement or a version, whose words follow it: "The co-chairs
 * issued an unusually sharp statement on Monday.", "Moscow's defence ministry gave a version closer to Yerevan's."
 * So does one that gives only the statement's mood ("put out a joint statement expressing \"deep concern\""):
 * what they asked or warned follows.
 */
const ANNOUNCES_STATEMENT =
  /\b(?:issued|released|put\s+out|published|made|adopted)\b[^.;:"“”]{0,40}\b(?:statement|communiqu[eé]|declaration|appeal|resolution)\b(?:[^.;:,"“”]{0,40}|\s+(?:expressing|voicing|conveying)\s+(?:(?:their|its)\s+)?["“]?(?:(?:deep|grave|serious|great|profound)\s+)?(?:concern|regret|alarm|dismay|sorrow|disappointment)["”]?)[.!]?$|\b(?:gave|offered|put\s+forward|had)\s+(?:a|its|their|his|her|another|a\s+different)\s+(?:[\p{L}-]+\s+)?(?:version|account)\b[^.;:,"“”]{0,50}[.!]?$/iu;
/** A sentence that tells of a call: "Blinken spoke overnight to the leaders of both countries." */
const ANNOUNCES_CALL =
  /\b(?:spoke|talked|phoned|telephoned|held\s+(?:a\s+)?(?:phone\s+call|telephone\s+(?:call|conversation)|talks))\b[^.;:"“”]{0,80}\b(?:to|with)\b[^.;:"“”]{0,80}[.!]?$/i;

/**
 * A denial that says nothing but that it denies: "Armenia denied the accusation.", "Baku rejects all
 * of it." The words of the denial follow it ('"Our forces did not target any civilian settlement,"
 * said …'), and lead in its place when they are the same side's.
 */
const BARE_DENIAL =
  /^\W*(?:[\p{L}'’-]+\s+){1,3}(?:(?:flatly|categorically|firmly|strongly|swiftly|immediately)\s+)?(?:den(?:ied|ies|y)|reject(?:ed|s)?|dismiss(?:ed|es)?|refut(?:ed|es))\s+(?:(?:the|these|those|such|that|this)\s+(?:accusations?|claims?|charges?|allegations?|reports?|account|version|figures?)|it|this|that|them|all\s+of\s+(?:it|this|them)|everything)(?:\s+(?:outright|flatly|categorically|firmly|strongly|immediately|swiftly|at\s+once|out\s+of\s+hand|within\s+hours|the\s+same\s+day))?\s*[.!]?\s*$/iu;
/** How many sentences after a bare denial may hold its words. */
const DENIAL_REACH = 2;

/**
 * "Did Armenia deny firing at Ganja?": "Armenia's Defence Ministry rejected the accusation." holds
 * few of the question's words; the accusation it rejects is what its article tells. A bare denial
 * inherits the share of its article's best sentence among the candidates (a little less), so that
 * it, and the words of the denial after it, stand against a denial of another attack elsewhere.
 */
function inheritAccusationShare(index: AnswerIndex, candidates: LeadCandidate[]): void {
  const bestOfArticle = new Map<string, number>();
  const shareById = new Map<string, number>();
  for (const c of candidates) {
    const file = c.record.article.meta.file;
    bestOfArticle.set(file, Math.max(bestOfArticle.get(file) ?? 0, shareOf(c)));
    shareById.set(c.sentence.id, Math.max(shareById.get(c.sentence.id) ?? 0, shareOf(c)));
  }
  for (const c of candidates) {
    const own = shareOf(c);
    if (own <= 0 || !BARE_DENIAL.test(c.sentence.text)) continue;
    // "Yerevan had accused Ankara of training gunners. Turkey denies this.": the denial rejects the
    // charge told just before it, and stands for that one, not for the article's best.
    const before = chargeBefore(index, c);
    const accusation = before ? (shareById.get(before.id) ?? 0) : (bestOfArticle.get(c.record.article.meta.file) ?? 0);
    const inherited = accusation * INHERITED;
    if (inherited <= own) continue;
    const share = inherited + INHERITED_TIEBREAK * own;
    c.score *= share / own;
    c.share = share;
  }
}

const shareOf = (c: LeadCandidate): number => c.share ?? 0;

/** "Did Russia agree that …", "has Baku accepted that …": whether a side agreed to a matter, which its word on it tells. */
const AGREED_WHETHER = /^\s*(?:did|does|do|has|have|had)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:agree|accept|confirm|endorse|approve|consent)\w*\s+(?:that|to|with)\b/iu;
/** A reply to the sentence before it: "Peskov contradicted this", "the ministry rejected that claim", "Baku disputed it". */
const REPLIES_BACK =
  /\b(?:contradicted|disputed|denied|rejected|dismissed|refuted|challenged|corrected)\s+(?:this|that|it|(?:the|this|that|his|her|its)\s+(?:claim|statement|remarks?|report|assertion|account|version))\b/i;

/**
 * A sentence replying to another side's claim in the sentence just before it (REPLIES_BACK) speaks to
 * the matter that claim tells: it inherits that sentence's share (a little less), as a bare denial
 * inherits the accusation's, when the question asks whether a side denied or agreed to it.
 */
function inheritRepliedShare(index: AnswerIndex, query: SearchQuery, candidates: LeadCandidate[]): void {
  for (const c of candidates) {
    if (c.claims.length === 0 || !REPLIES_BACK.test(c.sentence.text)) continue;
    const sentences = c.record.passage.sentences;
    const previous = sentences[sentences.findIndex((s) => s.id === c.sentence.id) - 1];
    if (!previous) continue;
    const sides = new Set(c.claims.map((x) => x.side));
    const claimed = (index.claimsBySentence.get(previous.id) ?? []).some((x) => !sides.has(x.side));
    const own = shareOf(c);
    const inherited = claimed ? termShare(query, previous.text) * INHERITED : 0;
    if (own <= 0 || inherited <= own) continue;
    const share = inherited + INHERITED_TIEBREAK * own;
    c.score *= share / own;
    c.share = share;
  }
}

/** The sentence just before a candidate in its paragraph, when it is an accusation (the charge a bare denial rejects). */
function chargeBefore(index: AnswerIndex, c: LeadCandidate): Sentence | null {
  const sentences = c.record.passage.sentences;
  const previous = sentences[sentences.findIndex((s) => s.id === c.sentence.id) - 1];
  if (!previous) return null;
  return (index.claimsBySentence.get(previous.id) ?? []).some((x) => x.kind === "accusation") ? previous : null;
}

/**
 * "It did confirm that one of its helicopters had been brought down": after a bare denial, the side
 * owning up to part of the charge; its denial answers first, the part it confirms is no words of it.
 */
const CONFIRMS_PART = /\b(?<!(?:not|never|to)\s)(?:confirm(?:ed|s)?|admit(?:ted|s)?|acknowledg(?:ed|es)|conced(?:ed|es))\b/i;

function denialWords(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate): LeadCandidate | null {
  if (!BARE_DENIAL.test(lead.sentence.text)) return null;
  const [words] = neighbours(index, lead, 1, DENIAL_REACH)
    .map(([r, s]) => candidateOf(index, question, query, r, s, 0))
    .filter((c) => sameSide(c, lead) && !c.heading && (!CONFIRMS_PART.test(c.sentence.text) || deniesInWords(c.sentence.text)));
  return words ? { ...words, score: lead.score } : null;
}

function statementContent(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate): LeadCandidate {
  const words = denialWords(index, question, query, lead);
  if (words) return words;
  const text = lead.sentence.text.trim();
  const statement = ANNOUNCES_STATEMENT.test(text);
  if ((!statement && !ANNOUNCES_CALL.test(text)) || / that /i.test(text)) return lead;
  const { record, sentence } = lead;
  // The few sentences after it, chosen by their own words ("He urged President Aliyev …" for
  // "what did Blinken tell Aliyev").
  const contents = neighbours(index, lead, 1, CONTENT_REACH)
    .map(([r, s]) => candidateOf(index, question, query, r, s, 0))
    .filter((c) => sameSide(c, lead))
    .sort((a, b) => b.score - a.score);
  const [content] = contents;
  if (!content) return lead;
  // A call may be the answer itself ("spoke by phone with his Armenian and Azerbaijani counterparts"):
  // what was said in it leads only when it answers the question better in its own words.
  if (
    !statement &&
    !namesAddressee(question.text, content.sentence.text, text) &&
    content.score <= candidateOf(index, question, query, record, sentence, 0).score
  )
    return lead;
  return { ...content, score: lead.score };
}

/**
 * "What did the delegation find", "what did Gorbachev say", "the Pope's speech on the talks": the
 * word or finding of someone the question names is asked for.
 */
const WORD_OR_FINDING_ASKED =
  /\b(?:say|said|tell|told|call|called|describe|described|warn|warned|announce|announced|write|wrote|find|found|conclude|concluded|report|reported|speech|remarks|address)\b/i;
/** A sentence that reports speech itself, though the extraction kept no claim of it ("told reporters the talks had been useful"). */
const SPEECH_TOLD =
  /\b(?:said|says|say|told|tells|stated|wrote|writes|warned|insisted|argued|stressed|noted|added|declared|announced|called|described|quoted|according\s+to)\b/i;
/**
 * Whether a speaker's last word is a name (capitalised) that the text gives as written: "the Geneva
 * Legal Forum" in a scene naming the Forum; not a title any sentence may hold ("a senior diplomat").
 */
function namedByName(speaker: string, text: string): boolean {
  const last = speaker.trim().split(/\s+/).pop() ?? "";
  return last.length >= 3 && /^\p{Lu}/u.test(last) && new RegExp(`(?<!\\p{L})${escapeRegExp(last)}(?!\\p{L})`, "u").test(text);
}

/** Questions a scene-setting sentence does not answer: what was said, found or decided, and why. */
const SCENE_GIVES_WAY: ReadonlySet<Question["asked"]> = new Set(["what", "why", "mediator", "response"]);
/** How many sentences after a scene-setting sentence may hold the words of the speaker it brings in. */
const SPEAKER_WORDS_REACH = 3;

/**
 * "Baroness Cox, who is in Karabakh with a delegation of a rights group, went to the village. The
 * delegation said it had found survivors in shock": the first sentence brings the speaker on the
 * scene and holds the question's words, but says nothing; what the speaker said or found follows.
 * When a word or finding is asked and the best sentence is such a scene (no claim, no figure, no
 * speech), the speaker's best sentence after it leads: one whose every claim is by a speaker the
 * scene names.
 */
function speakersWordsAfter(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate): LeadCandidate {
  // A claimant named in the question has its own word found for it (claimantsOwnWord); "who" is answered by the scene that names the person.
  if (!WORD_OR_FINDING_ASKED.test(question.text) || !SCENE_GIVES_WAY.has(question.asked) || (question.claimant && question.claimant !== "other")) return lead;
  const text = lead.sentence.text;
  if (lead.heading || lead.claims.length > 0 || lead.figures.length > 0 || SPEECH_TOLD.test(text) || isQuotation(text) || isQuestionSentence(text)) return lead;
  const [words] = neighbours(index, lead, 1, SPEAKER_WORDS_REACH)
    .map(([r, s]) => candidateOf(index, question, query, r, s, 0))
    .filter((c) => c.claims.length > 0 && c.claims.every((x) => namedByName(x.speaker, text)))
    .sort((a, b) => b.score - a.score);
  return words ? { ...words, score: lead.score } : lead;
}

/** "What did Blinken tell Aliyev when …": whom the words were for. */
const ADDRESSEE =
  /\b(?:tell|told|say\s+to|ask|urge|warn)\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?=\s+(?:when|after|about|during|in|on|at|before|that|to|over|as)\b|\s*\?|\s*$)/iu;

/** Whether the sentence names the question's addressee and the call before it does not. */
function namesAddressee(question: string, content: string, call: string): boolean {
  const words = (ADDRESSEE.exec(question)?.[1] ?? "")
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 3 && !["the", "his", "her", "their", "both"].includes(w));
  const has = (text: string) => words.some((w) => text.toLowerCase().includes(w));
  return words.length > 0 && has(content) && !has(call);
}

/** How many sentences after a deed told without its doer may name the doer. */
const DOER_REACH = 2;

/**
 * "Who killed the peacekeepers?": "The ministry announced that everyone in the vehicle was killed" tells
 * the deed in the passive and holds the question's words; who did it is often told just after
 * ("Baku's prosecutor said its troops had killed five Russian soldiers"), which leads in its place.
 */
function doerAfterDeed(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate): LeadCandidate {
  const stem = deedAsked(question);
  if (stem === null || lead.heading || !tellsDeedWithoutDoer(stem, lead.sentence.text)) return lead;
  const [doer] = neighbours(index, lead, 1, DOER_REACH)
    .filter(([record, sentence]) => !record.passage.heading && tellsDoerOfDeed(stem, sentence.text) && !isQuestionSentence(sentence.text))
    .map(([record, sentence]) => candidateOf(index, question, query, record, sentence, 0));
  return doer ? { ...doer, score: lead.score } : lead;
}

/** How many sentences after an announcement may hold what was said. */
const CONTENT_REACH = 3;

/** Hits whose next paragraph is read for a person's name. */
const NAMES_DEPTH = 5;

/** Hits whose next paragraphs are read for a figure. */
const FOLLOWING_DEPTH = 3;
/** How many paragraphs after a hit telling an incident its toll may stand (the first that gives one ends the search). */
const TOLL_PARAGRAPHS = 6;

/**
 * The figures in the paragraph after a hit, in the same article: each inherits the share of the
 * hit's best sentence (a little less), as a "why" answer inherits from the sentence before it.
 */
function followingFigures(index: AnswerIndex, question: Question, query: SearchQuery, hit: SearchHit, relative: number): LeadCandidate[] {
  const shares = hit.record.passage.sentences.map((s) => ({ s, share: termShare(query, s.text) }));
  const best = shares.sort((a, b) => b.share - a.share)[0];
  if (!best) return [];
  // Only the same incident's toll: the next paragraph may already be about another attack. The
  // incident records say so when both sentences are in one; else the toll may name no other place.
  const incident = index.incidentOfSentence.get(best.s.id);
  const places = new Set(hit.record.passage.sentences.flatMap((s) => hit.record.article.places[s.id] ?? []));
  const sameIncident = (next: PassageRecord, sentence: Sentence) => {
    const its = index.incidentOfSentence.get(sentence.id);
    if (incident && its) return its === incident;
    // A place of the same side counts as the same ground ("Karabakh" after "Stepanakert").
    const sides = new Set([...places].map((p) => gazetteerSideOf(p)));
    return (next.article.places[sentence.id] ?? []).every((p) => places.has(p) || sides.has(gazetteerSideOf(p)));
  };
  // "How many died": a wounded count in the next paragraph answers another question.
  // "How deep did the troops push": the distance may be told in the next paragraph ("had advanced 3 km").
  const distance = asksDistance(question.text);
  const answersIt = (sentence: Sentence) => {
    if (distance) return givesMeasure(sentence.text);
    const figures = index.figuresBySentence.get(sentence.id) ?? [];
    return figures.length > 0
      ? !countsOnlyWounded(question, { figures }) && countsAskedSide(question, figures)
      : tellsUnrecordedToll(question, { figures, sentence });
  };
  const found: LeadCandidate[] = [];
  let inherited = best.share;
  // Only a question about the dead or wounded looks past the next paragraph: "how much gas" or
  // "what losses did Baku claim" would take any later figure for its answer.
  const reach = asksLosses(question) ? TOLL_PARAGRAPHS : 1;
  for (let step = 1; step <= reach; step++) {
    const next = index.search.passages[hit.record.doc + step];
    if (!next || next.article !== hit.record.article || next.passage.heading) break;
    inherited *= INHERITED;
    const tolls = next.passage.sentences.filter((sentence) => answersIt(sentence) && sameIncident(next, sentence));
    found.push(...tolls.map((sentence) => candidateOf(index, question, query, next, sentence, relative, inherited)));
    // The first paragraph that gives a toll is the incident's; a later one counts something else.
    if (tolls.length > 0) break;
  }
  return found;
}

/** The paragraphs of a record's article (no headings) within `reach` of it, the record's own among them. */
function paragraphsAround(index: AnswerIndex, around: PassageRecord, reach: number): PassageRecord[] {
  const found: PassageRecord[] = [];
  for (let doc = Math.max(0, around.doc - reach); doc <= around.doc + reach; doc++) {
    const record = index.search.passages[doc];
    if (record && record.article === around.article && !record.passage.heading) found.push(record);
  }
  return found;
}

/** Articles whose sentences are scanned for the names a question asks for. */
const NAMES_ARTICLES = 2;
/** How many passages of an article are scanned around its hit. */
const NAMES_SCAN = 40;

/**
 * What a "which …" question wants named, as a test of a sentence: people ("which soldiers died":
 * "named the dead as …") or places ("which villages": "Baghanis, Voskepar and Kirants"); and what a
 * "how long" question wants given: a span of time ("for a maximum of two months"); the name a
 * "what did X call …" question asks ("described the attack as 'a terrorist attack'"); and the
 * demand a "what preconditions …" question asks ("Armenia must amend its constitution").
 */
function namesWanted(question: Question): ((text: string) => boolean) | null {
  // "Who was killed in the shootout": the dead told by name, or by what they were ("three police officers were shot dead").
  if (asksWhoDied(question.text)) return (text) => namesPersonAsked(question.text, text) || namesVictimsByRole(text);
  if (asksForPerson(question.text)) return (text) => namesPersonAsked(question.text, text);
  if (question.asked === "place" && /^\s*(?:which|what)\b/i.test(question.text)) return (text) => PLACE_LIST.test(text);
  // "How long will the observers stay": the span ("for a maximum of two months") is often told paragraphs after the deal.
  if (asksDuration(question.text)) return givesDuration;
  // "What did Cavusoglu call the fighting": "Turkey's foreign minister described Armenia's attack as 'a terrorist attack'".
  if (CALL_ASKED.test(question.text)) return (text) => LABEL_GIVEN.test(text);
  // "What preconditions does Baku set before signing?": the demand ("Armenia must amend its constitution")
  // is often told paragraphs after the news it was set against (the text agreed), in none of the question's words.
  if (asksDemand(question.text)) return statesDemand;
  return null;
}

/** "What did the minister call the fighting", "how did Baku describe the attack": the name a speaker gave a thing is asked. */
const CALL_ASKED =
  /^\s*(?:what\s+(?:did|does|do|has|have)\b[^?]{1,60}?\b(?:call(?!\s+(?:for|on|upon)\b)|term|label|brand|dub)|how\s+(?:did|does|do|has|have)\b[^?]{1,60}?\b(?:describe|characteri[sz]e))\b/i;
/** A name given a thing: "described the attack as 'a terrorist attack'", "called it a provocation", "branded the vote 'biased'". */
const LABEL_GIVEN =
  /\b(?:described|characteri[sz]ed|called|branded|termed|labell?ed|dubbed)\s+(?:[\p{L}'’-]+\s+){1,12}?as\b|\b(?:called|branded|termed|labell?ed|dubbed)\s+(?:it|them|this|that|(?:the|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:an?\s+|the\s+)?["“‘']/iu;

/** The first hit of each article among the hits. */
function firstOfEachArticle(hits: SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.record.article.meta.file) && seen.add(h.record.article.meta.file));
}

/** The share of the question a hit's best sentence holds: what a sentence read with it inherits (a little less). */
function bestShare(query: SearchQuery, hit: { record: PassageRecord } | PassageRecord): number {
  const record = "record" in hit ? hit.record : hit;
  return Math.max(0, ...record.passage.sentences.map((s) => termShare(query, s.text)));
}

/**
 * The sentences of a hit's article that name what is asked, each inheriting the share of the hit's
 * best sentence (a little less): the incident is the hit's, the names are the answer.
 */
function namingSentences(
  index: AnswerIndex,
  question: Question,
  query: SearchQuery,
  hit: SearchHit,
  relative: number,
  names: (text: string) => boolean,
): LeadCandidate[] {
  const paragraphs = paragraphsAround(index, hit.record, NAMES_SCAN);
  // The article's account of the incident may stand in another paragraph than the hit ("A truck carrying
  // a television crew hit a mine …" before "The statement named the dead as …", the article's best hit).
  // So may its headline ("Border deal in Tavush …" over "… four pairs of settlements: Baghanis and …"), a little less.
  const title = termShare(query, hit.record.article.meta.title ?? "") * TITLE_INHERITED;
  const best = Math.max(title, ...paragraphs.map((record) => bestShare(query, record)));
  const found: LeadCandidate[] = [];
  // The hit's own paragraph too: "… everyone on board was killed. Among the dead was Captain Ivan Kovgan."
  for (const record of paragraphs) {
    for (const sentence of record.passage.sentences)
      if (names(sentence.text)) found.push(candidateOf(index, question, query, record, sentence, relative, best * INHERITED * INHERITED));
  }
  return found;
}

/**
 * The sentences of a hit's paragraph and of the one after it that say what the question asks was
 * agreed, promised or demanded, each inheriting the share of the hit's best sentence (a little less).
 */
function followingOutcome(index: AnswerIndex, question: Question, query: SearchQuery, hit: SearchHit, relative: number): LeadCandidate[] {
  const best = bestShare(query, hit);
  const next = index.search.passages[hit.record.doc + 1];
  const records = next && next.article === hit.record.article && !next.passage.heading ? [hit.record, next] : [hit.record];
  return records.flatMap((record) =>
    record.passage.sentences
      .filter((sentence) => doesWhatIsAsked(question, { sentence }))
      .map((sentence) => candidateOf(index, question, query, record, sentence, relative, best * INHERITED)),
  );
}

/**
 * The sentences of a hit's paragraph and of the one after it that give a vote's tally ("The
 * resolution was adopted by 76 votes to 10"), each inheriting the hit's best share (a little less):
 * the tally rarely repeats what was voted on.
 */
function followingTally(index: AnswerIndex, question: Question, query: SearchQuery, hit: SearchHit, relative: number): LeadCandidate[] {
  const best = bestShare(query, hit);
  const next = index.search.passages[hit.record.doc + 1];
  const records = next && next.article === hit.record.article && !next.passage.heading ? [hit.record, next] : [hit.record];
  return records.flatMap((record) =>
    record.passage.sentences
      .filter((sentence) => givesTally(sentence.text))
      .map((sentence) => candidateOf(index, question, query, record, sentence, relative, best * INHERITED)),
  );
}

/** The sentences of a hit's paragraph that thank or credit a go-between, each inheriting the hit's best share (a little less). */
function creditingSentences(index: AnswerIndex, question: Question, query: SearchQuery, hit: SearchHit, relative: number): LeadCandidate[] {
  const best = bestShare(query, hit);
  return hit.record.passage.sentences
    .filter((sentence) => givesCredit(sentence.text))
    .map((sentence) => candidateOf(index, question, query, hit.record, sentence, relative, best * INHERITED));
}

/**
 * The opening sentence of the paragraph after a hit, in the same article, when it names a person
 * ("The statement named the dead as …"), inheriting the hit's best share (a little less).
 */
function followingOpening(index: AnswerIndex, question: Question, query: SearchQuery, hit: SearchHit, relative: number): LeadCandidate[] {
  const next = index.search.passages[hit.record.doc + 1];
  const opening = next?.passage.sentences[0];
  if (!next || !opening || next.article !== hit.record.article || next.passage.heading || !namesPerson(opening.text)) return [];
  return [candidateOf(index, question, query, next, opening, relative, bestShare(query, hit) * INHERITED)];
}

/** A sentence found in the records rather than by the search, as a lead candidate. */
/** Figures the casualty records hold for the question's place or time (and its sides), as candidates not yet among `found`. */
function recordedFigures(index: AnswerIndex, question: Question, query: SearchQuery, found: readonly LeadCandidate[]): LeadCandidate[] {
  const seen = new Set(found.map((c) => c.sentence.id));
  return figuresFromRecords(index, question, RECORDED_FIGURES).flatMap((f) => {
    const record = index.passageById.get(f.passageId);
    const sentence = record?.passage.sentences.find((s) => s.id === f.sentenceId);
    if (!record || !sentence || seen.has(sentence.id)) return [];
    seen.add(sentence.id);
    return [candidateOf(index, question, query, record, sentence, 0)];
  });
}

/** How many recorded figures may join the search's candidates. */
const RECORDED_FIGURES = 12;

export function recordCandidate(index: AnswerIndex, question: Question, query: SearchQuery, record: PassageRecord, sentence: Sentence): LeadCandidate {
  return candidateOf(index, question, query, record, sentence, 0);
}

function candidateOf(
  index: AnswerIndex,
  question: Question,
  query: SearchQuery,
  record: PassageRecord,
  sentence: Sentence,
  relative: number,
  inherited = 0,
): LeadCandidate & { share: number } {
  const facts: SentenceFacts = {
    sentence,
    heading: record.passage.heading,
    claims: index.claimsBySentence.get(sentence.id) ?? [],
    figures: index.figuresBySentence.get(sentence.id) ?? [],
    places: record.article.places[sentence.id] ?? [],
    published: record.article.meta.published,
    genre: record.article.meta.genre,
    context: contextDates(index, record),
    passagePlaces: index.search.passagePlaces[record.doc] ?? [],
    articlePlaces: placesOfArticle(record.article),
    title: record.article.meta.title,
    opensArticle: opensArticle(index, record, sentence),
  };
  // The speaker counts as part of the sentence: "what did Aliyev say" is answered by "… are our citizens" in his address.
  // Not for "who was Moscow's mediator": the sentence that names him answers that, not his next one.
  const introduced = (speaker: string) => (question.asked === "who" || question.asked === "mediator" ? [] : namedInPassage(record, sentence, speaker));
  const speakers = facts.claims.flatMap((c) => [...speakerNames(c.speaker, c.side), ...introduced(c.speaker)]).join(" ");
  const own = termShare(query, speakers ? `${sentence.text} ${speakers}` : sentence.text);
  // Of sentences that inherit one share (the names after an account), the one in more of the question's words comes first.
  const share = own >= inherited ? own : inherited + INHERITED_TIEBREAK * own;
  const literal = 1 + LEAD_FACTORS.literal * literalShare(question.text, sentence.text);
  // A sentence of an article that tells the asked matter ("the cathedral", "Kazan") answers it more
  // surely than one as well matched in an article about another ("accused Armenia of planting mines").
  // Not for a toll: its days' reports ("nine died on the first evening") rarely name the war they are part of.
  const coverage = question.asked === "figure" ? 1 : 1 - ARTICLE_COVERAGE + ARTICLE_COVERAGE * termShareIn(query, termsOfArticle(record));
  const score = share * literal * (1 - RANK_SHARE + RANK_SHARE * relative) * questionFit(question, facts) * coverage;
  return { ...facts, record, score, share };
}

/**
 * A speaker given by a title ("The Defence Minister") whose name the passage set beside it earlier
 * ("The Defence Minister, Marshal Dmitry Yazov, said …"): his next sentence ("he said the army's
 * task was …") is his too, and "what did Yazov say" is answered by it.
 */
function namedInPassage(record: PassageRecord, sentence: Sentence, speaker: string | null | undefined): string[] {
  if (!speaker || speaker.length > MAX_TITLE_CHARS) return [];
  const pattern = new RegExp(`${escapeRegExp(speaker)},\\s+([^,;.]{3,${MAX_TITLE_CHARS}}),`, "i");
  for (const earlier of record.passage.sentences) {
    if (earlier.id === sentence.id) return [];
    const name = pattern.exec(earlier.text)?.[1];
    if (name) return [name];
  }
  return [];
}

const MAX_TITLE_CHARS = 60;

/** How much a sentence's score depends on the share of the question its whole article holds. */
const ARTICLE_COVERAGE = 0.3;
/** The search terms of each article's text, read once per article. */
const ARTICLE_TERMS = new WeakMap<PassageRecord["article"], ReadonlySet<string>>();

function termsOfArticle(record: PassageRecord): ReadonlySet<string> {
  let terms = ARTICLE_TERMS.get(record.article);
  if (!terms) {
    // The article's own passages (the index's records of it are these, in order): looking them up
    // among the index's records would read every passage of the corpus for each article scored.
    terms = new Set(record.article.passages.flatMap((p) => analyze(p.text)));
    ARTICLE_TERMS.set(record.article, terms);
  }
  return terms;
}

/** Every place an article names, read once per article. */
const ARTICLE_PLACES = new WeakMap<PassageRecord["article"], ReadonlySet<string>>();

function placesOfArticle(article: PassageRecord["article"]): ReadonlySet<string> {
  let places = ARTICLE_PLACES.get(article);
  if (!places) {
    places = new Set(Object.values(article.places).flat());
    ARTICLE_PLACES.set(article, places);
  }
  return places;
}

/** The interviewer's label opening a turn: "Q:", "Q (Anna Petrosyan, Yerevan Daily):", "Question:". */
const INTERVIEWER_LABEL = /^\s*(?:q|question)\b[^:]{0,80}:/i;
/** A sentence of fewer words is a bare reply ("A: No.", "Yes, of course."), not what the answer says. */
const MIN_ANSWER_WORDS = 4;
const wordsOf = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * The interviewer's question a passage answers: the paragraph just before it in its article, when that
 * is a question ("Q: Is the reporter a spy?") and this one is no question itself; else null.
 */
function interviewersTurn(index: AnswerIndex, record: PassageRecord): string | null {
  const before = index.search.passages[record.doc - 1];
  if (!before || before.article !== record.article || before.passage.heading) return null;
  const last = before.passage.sentences.at(-1)?.text ?? "";
  const first = record.passage.sentences[0]?.text ?? "";
  // Only a turn labelled as the interviewer's ("Q:", "Q (a reporter):") and asking. An unlabelled
  // question of an interview ("THE REVIEW: And the timetable?") was tried too: its answer then took the
  // first source's place from the passage that held the reasons asked.
  const asks = INTERVIEWER_LABEL.test(before.passage.text) && isQuestionSentence(last);
  return asks && !isQuestionSentence(first) ? before.passage.text : null;
}

/** The days a passage names, with those of the question put just before it ("**Many still think of September 2023 …**"). */
function contextDates(index: AnswerIndex, record: PassageRecord): { start: string; end: string }[] {
  const own = index.search.passageDates[record.doc] ?? [];
  const before = index.search.passages[record.doc - 1];
  // An interview's every answer follows the interviewer's turn, which may be put as a statement.
  const asked = before && before.article === record.article && (before.passage.text.trimEnd().endsWith("?") || record.article.meta.genre === "interview");
  return asked ? [...own, ...(index.search.passageDates[before.doc] ?? [])] : own;
}

const isBelligerent = (side: string) => (BELLIGERENTS as readonly string[]).includes(side);

/** The side a sentence speaks for: its first claim's, else its figure's claimant. */
export function speakingSide(c: { claims: Claim[]; figures: CasualtyFigure[] }): string | null {
  return c.claims[0]?.side ?? c.figures.find((f) => f.claimedBy !== "unattributed")?.claimedBy ?? null;
}

/** Where the lead is a belligerent's word, the best line (scoring at least `floor`) of each other belligerent camp not yet `taken`. */
function otherSides(lead: LeadCandidate, candidates: LeadCandidate[], floor: number, taken: LeadCandidate[] = []): LeadCandidate[] {
  const leadSide = speakingSide(lead);
  if (!leadSide || !isBelligerent(leadSide)) return [];
  const camps = [leadSide, ...taken.map(speakingSide).filter((s): s is string => s !== null)];
  const found: LeadCandidate[] = [];
  for (const c of candidates) {
    if (found.length + taken.length >= MAX_OTHER_SIDES || c.score < floor) break;
    const side = speakingSide(c);
    if (!side || !isBelligerent(side) || camps.some((s) => sameCamp(s, side)) || c.heading) continue;
    camps.push(side);
    found.push(c);
  }
  return found;
}

/** Each article's first paragraph that is no heading (its doc), found once per article. */
const FIRST_BODY = new WeakMap<PassageRecord["article"], number>();

/** Whether the sentence is its article's first of the body: the lede, which tells the whole story in short. */
function opensArticle(index: AnswerIndex, record: PassageRecord, sentence: Sentence): boolean {
  if (record.passage.heading || record.passage.sentences[0]?.id !== sentence.id) return false;
  let first = FIRST_BODY.get(record.article);
  if (first === undefined) {
    // An article's passages stand together in the index, in reading order: back to its first, then past its headings.
    const { passages } = index.search;
    let doc = record.doc;
    while (passages[doc - 1]?.article === record.article) doc--;
    while (passages[doc]?.article === record.article && passages[doc]?.passage.heading) doc++;
    first = doc;
    FIRST_BODY.set(record.article, first);
  }
  return first === record.doc;
}
