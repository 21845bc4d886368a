// The lead of an /ask answer: the one sentence that answers the question, chosen among the
// sentences of the passages the search found (claims and casualty figures weigh most), and,
// where the belligerents disagree about it, one line per other side.
import type { CasualtyFigure, Claim, Sentence } from "../types.ts";
import type { SearchHit } from "../search/search.ts";
import type { SearchQuery } from "../search/query.ts";
import { speakerNames, type PassageRecord } from "../search/searchIndex.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { LEAD_FACTORS, literalShare, questionFit, termShare, type SentenceFacts } from "./leadScore.ts";
import type { Question } from "./question.ts";
import { BELLIGERENTS, sameCamp } from "../sides/sides.ts";
import { gazetteerSideOf } from "../knowledge/extractArticle.ts";

export interface LeadCandidate extends SentenceFacts {
  record: PassageRecord;
  score: number;
}

export interface LeadChoice {
  lead: LeadCandidate | null;
  /** The best sentence of each other belligerent camp on the same question, when it speaks. */
  otherSides: LeadCandidate[];
}

/** A passage's rank counts, but a well-matched sentence in the third passage can still win. */
const RANK_SHARE = 0.35;
/** Another side's line must answer at least this share as well as the lead does. */
const OTHER_SIDE_SHARE = 0.45;
const MAX_OTHER_SIDES = 2;

export function chooseLead(index: AnswerIndex, question: Question, query: SearchQuery, hits: SearchHit[]): LeadChoice {
  const best = hits[0]?.score ?? 0;
  if (best <= 0) return { lead: null, otherSides: [] };
  const candidates = hits.flatMap((hit) => candidatesOf(index, question, query, hit, hit.score / best));
  // "How many died in the blast at the fuel depot?": the toll often stands in the paragraph after
  // the one that tells the incident, in words the question does not use.
  if (question.asked === "figure")
    candidates.push(...hits.slice(0, FOLLOWING_DEPTH).flatMap((hit) => followingFigures(index, question, query, hit, hit.score / best)));
  candidates.sort((a, b) => b.score - a.score);
  const lead = candidates[0] ?? null;
  if (!lead) return { lead, otherSides: [] };
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
  return { lead, otherSides: [...fromSearch, ...fromRecord].slice(0, MAX_OTHER_SIDES) };
}

/** The claims of the lead's incident, as candidates scored like the search's sentences (at the lowest rank). */
function incidentCandidates(index: AnswerIndex, question: Question, query: SearchQuery, lead: LeadCandidate): LeadCandidate[] {
  const incident = index.incidentOfSentence.get(lead.sentence.id);
  if (!incident) return [];
  const out: LeadCandidate[] = [];
  for (const claim of incident.claims) {
    const record = index.passageById.get(claim.passageId);
    const sentence = record?.passage.sentences.find((s) => s.id === claim.sentenceId);
    if (!record || !sentence || sentence.id === lead.sentence.id) continue;
    out.push(candidateOf(index, question, query, record, sentence, 0));
  }
  return out;
}

/** A sentence opening with these goes on from the one before: "It claimed that …". */
const CONTINUES = /^\W*(?:it|he|she|they|this|that|these|those|the ministry|the statement|but|however|instead)\b/i;
/** How much of the sentence before a continuing sentence inherits, in a "why" question. */
const INHERITED = 0.95;

function candidatesOf(index: AnswerIndex, question: Question, query: SearchQuery, hit: SearchHit, relative: number): LeadCandidate[] {
  const { passage } = hit.record;
  let previous = 0;
  return passage.sentences.map((sentence) => {
    // The reason often follows the sentence that restates the question ("It claimed that …").
    const inherited = question.asked === "why" && CONTINUES.test(sentence.text) ? previous * INHERITED : 0;
    const candidate = candidateOf(index, question, query, hit.record, sentence, relative, inherited);
    previous = candidate.share;
    return candidate;
  });
}

/** Hits whose next paragraph is read for a figure. */
const FOLLOWING_DEPTH = 3;

/**
 * The figures in the paragraph after a hit, in the same article: each inherits the share of the
 * hit's best sentence (a little less), as a "why" answer inherits from the sentence before it.
 */
function followingFigures(index: AnswerIndex, question: Question, query: SearchQuery, hit: SearchHit, relative: number): LeadCandidate[] {
  const next = index.search.passages[hit.record.doc + 1];
  if (!next || next.article !== hit.record.article || next.passage.heading) return [];
  const shares = hit.record.passage.sentences.map((s) => ({ s, share: termShare(query, s.text) }));
  const best = shares.sort((a, b) => b.share - a.share)[0];
  if (!best) return [];
  // Only the same incident's toll: the next paragraph may already be about another attack. The
  // incident records say so when both sentences are in one; else the toll may name no other place.
  const incident = index.incidentOfSentence.get(best.s.id);
  const places = new Set(hit.record.passage.sentences.flatMap((s) => hit.record.article.places[s.id] ?? []));
  const sameIncident = (sentence: Sentence) => {
    const its = index.incidentOfSentence.get(sentence.id);
    if (incident && its) return its === incident;
    // A place of the same side counts as the same ground ("Karabakh" after "Stepanakert").
    const sides = new Set([...places].map((p) => gazetteerSideOf(p)));
    return (next.article.places[sentence.id] ?? []).every((p) => places.has(p) || sides.has(gazetteerSideOf(p)));
  };
  return next.passage.sentences
    .filter((sentence) => (index.figuresBySentence.get(sentence.id)?.length ?? 0) > 0 && sameIncident(sentence))
    .map((sentence) => candidateOf(index, question, query, next, sentence, relative, best.share * INHERITED));
}

/** A sentence found in the records rather than by the search, as a lead candidate. */
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
  };
  // The speaker counts as part of the sentence: "what did Aliyev say" is answered by "… are our citizens" in his address.
  const speakers = facts.claims.flatMap((c) => speakerNames(c.speaker, c.side)).join(" ");
  const share = Math.max(termShare(query, speakers ? `${sentence.text} ${speakers}` : sentence.text), inherited);
  const literal = 1 + LEAD_FACTORS.literal * literalShare(question.text, sentence.text);
  const score = share * literal * (1 - RANK_SHARE + RANK_SHARE * relative) * questionFit(question, facts);
  return { ...facts, record, score, share };
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
