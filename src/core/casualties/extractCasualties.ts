// Casualty figures in one sentence: every killed or wounded count, the side that suffered
// it and its qualifier. The pipeline adds file, sentence, date and claimedBy around each
// draft; a draft's own claimedBy overrides ctx.claimant (see CasualtyDraft.claimedBy).
import { NUMBER_PATTERN, QUALIFIER_PATTERN, normalizeQualifier, parseNumberPhrase } from "./numbers.ts";
import type { AffectedSide, Claimant, Side } from "../types.ts";
import { isBelligerent, sameCamp } from "../sides/sides.ts";
import { resolveAffected, victimPhraseSide } from "./affectedSide.ts";
import { singleOutcome, type CasualtyContext, type CasualtyDraft, type EarlierFigure } from "./casualtyContext.ts";
import {
  creditsTwoSidesData,
  creditsUnnamedOfficials,
  earlierSource,
  figureSource,
  jointFigureSources,
  ownedFigureSide,
  quotedBySide,
  recordingSide,
} from "./figureSources.ts";
import { ANAPHORIC_TOLL_BEFORE, TOLL_INCLUDED } from "./lexicon.ts";
import { resolveOutcome, type GroupOutcome } from "./outcomes.ts";
import { findVictimGroups, type VictimGroup } from "./victimGroups.ts";
import { restatesVictims } from "./restatedVictims.ts";
import { isUncounted } from "./uncountedVictims.ts";
import { unplacedSpeakerOf } from "./unvoicedSpeakers.ts";
import { isWarsToll } from "./warsToll.ts";
import { SOURCED_CELL, tableCells } from "../ingest/tableRow.ts";
import { CALENDAR_WORDS } from "../dates/calendar.ts";
import { hasSpaceToFold } from "../dates/resolveDate.ts";
import { keyedPatterns, mayMatch, searchable, type KeyedPattern } from "../ingest/requiredText.ts";

export { singleOutcome, type CasualtyContext, type CasualtyDraft, type EarlierFigure } from "./casualtyContext.ts";

/** The claimant of a draft: its own override, else the sentence's claimant. */
export function casualtyClaimant(draft: CasualtyDraft, ctx: CasualtyContext): Claimant {
  return draft.claimedBy ?? ctx.claimant;
}

interface Figure {
  draft: CasualtyDraft;
  group: VictimGroup;
  /** A part of the figure before it ("seven of them civilians"): what follows completes the whole, not the part. */
  part?: boolean;
  /** A war's toll given in passing (see passingWarsToll), whoever speaks. */
  warsToll?: boolean;
}

export function extractCasualties(sentence: string, ctx: CasualtyContext): CasualtyDraft[] {
  const drafts = byRecorderClause(sentence, ctx, readSentence(sentence, ctx));
  // "Five killed in Karabakh shootout": a headline that names neither who counts nor whose dead announces a
  // story whose figures come below with their sources, not a figure of its own.
  return ctx.headline ? drafts.filter((d) => casualtyClaimant(d, ctx) !== "unattributed" || d.affected !== "unspecified") : drafts;
}

/**
 * "…, and Human Rights Watch recorded the killing of at least 161 civilians": a clause after the speaker's in which
 * another body records, documents or counts the dead on its own.
 */
const RECORDER_CLAUSE =
  /[,;]\s+(?:and|while|but|whereas)\s+(?<body>(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})\s+(?:has\s+|had\s+|have\s+)?(?:recorded|documented|counted|registered|tallied)\b/u;

/**
 * The figures of a recorder's clause (see RECORDER_CLAUSE) are that body's, not the sentence's speaker's: the last
 * drafts, as many as the clause gives by itself, keep whose victims the whole sentence made them but change claimant.
 */
/**
 * '…161 civilians were murdered, "although Azerbaijani officials estimate that about 800 perished."': a clause that
 * sets another side's own estimate against the speaker's, with a verb of saying or estimating of its own.
 */
const CONCEDED_ESTIMATE_CLAUSE =
  /[,;]\s*["“]?\s*(?:although|though|while|whereas|but)\s+(?<body>(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?:officials|authorities|government|side|ministry|sources))?)\s+(?:estimate|estimates|estimated|say|says|said|claim|claims|claimed|put|puts|believe|believes|believed)\s+(?:that\s+)?/u;

function byRecorderClause(sentence: string, ctx: CasualtyContext, drafts: CasualtyDraft[]): CasualtyDraft[] {
  if (ctx.claimant === "unattributed" || drafts.length < 2) return drafts;
  const clause = RECORDER_CLAUSE.exec(sentence) ?? CONCEDED_ESTIMATE_CLAUSE.exec(sentence);
  const body = clause?.groups?.body;
  const side = body ? ctx.sideOf(body.replace(/^the\s+/i, "")) : null;
  if (!clause || !side || side === ctx.claimant) return drafts;
  const own = readSentence(sentence.slice(clause.index + 1), ctx).length;
  if (own === 0 || own >= drafts.length) return drafts;
  return drafts.map((draft, i) => (i >= drafts.length - own ? { ...draft, claimedBy: side } : draft));
}

function readSentence(sentence: string, ctx: CasualtyContext): CasualtyDraft[] {
  // "| Killed in fuel depot explosion | at least 170 | local authorities |": a table row read as the clauses it stands for.
  const text = normalizeSentence(sentence);
  const rows = tableRow(text, ctx);
  if (rows) return rows.flatMap((row) => readTableClause(row, ctx));
  const sum = figuresAddedUp(text, ctx);
  if (sum) return [sum];
  const part = partOfEarlierToll(text, ctx);
  if (part) return part;
  // No figure without an outcome, and no outcome without one of its words: most sentences stop here.
  // ("It later revised it to 12": a pronoun for the figure just given, with no word of the outcome.)
  // ("The ministry's list contains 92 names", after the figure of its dead: the list's length is their number.)
  if (
    !OUTCOME_WORD.test(text) &&
    !(ctx.earlier && /number|total|\bnames\b|\b(?:raised|revised|lowered|increased|updated|corrected|cut)\s+(?:it|that)\b/i.test(text))
  )
    return [];
  // "ANAMA-based figures put the toll at …": with no speaker, a source the sentence names is the claimant.
  // ("Monday's statement brings the number of dead to 10": a source said before is the latest speaker.)
  // ("de Waal gives Azerbaijan's official figure of 613": a speaker who relays a figure by its owner's name leaves it the owner's.)
  const source = ctx.claimant === "unattributed" ? (figureSource(text, ctx) ?? earlierSource(text, ctx)) : ownedFigureSide(text, ctx);
  // "killed 6,500 people on both sides, according to figures released by the two governments": each puts it forward.
  const joint = ctx.claimant === "unattributed" && !source ? jointFigureSources(text) : null;
  if (joint) return readFigures(text, ctx).flatMap((draft) => jointClaims(draft, joint));
  if (!source) return byTwoSides(text, byOwnOfficials(text, ctx, onRecorderGround(readFigures(text, ctx), recordingSide(text, ctx))));
  const sourced: CasualtyContext = { ...ctx, claimant: source, possessorSide: source === "other" ? ctx.possessorSide : source };
  return readFigures(text, sourced).map((draft) => ({ ...draft, claimedBy: draft.claimedBy ?? source }));
}

/**
 * "Together that make 176 soldiers from both sides": the figures just given added up, with no outcome word of its
 * own; the sum counts what they counted (the dead or the wounded), of both sides when it says so, else of theirs.
 * ("Between them that is 176 lives", "The combined figure of 176 makes this …": the same sum, whose words say it adds
 * up the figures of more than one party, so it is theirs only where every figure so far counted one side's.)
 */
const FIGURES_ADDED_UP = new RegExp(
  `^\\W*(?:(?:together|altogether|combined|in\\s+all|in\\s+total|(?<between>between\\s+them)),?\\s+(?:that|this|these|those|they|it)\\s+(?:make|makes|made|come\\s+to|comes\\s+to|came\\s+to|adds?\\s+up\\s+to|added\\s+up\\s+to|is|was)|(?<combined>the\\s+combined\\s+(?:figure|toll|total|count|number))\\s+(?:of|is|was|stands\\s+at|comes\\s+to))\\s+(?<qualifier>(?:(?:${QUALIFIER_PATTERN})\\s+)?)(?<count>${NUMBER_PATTERN})(?![\\w-])`,
  "i",
);
const BOTH_SIDES = /\b(?:both|either|the\s+two)\s+sides\b/i;

function figuresAddedUp(text: string, ctx: CasualtyContext): CasualtyDraft | null {
  const m = ctx.earlier ? FIGURES_ADDED_UP.exec(text) : null;
  const count = m?.groups?.count ? parseNumberPhrase(m.groups.count) : null;
  if (!m || !ctx.earlier || count === null) return null;
  const ofParties = m.groups?.between !== undefined || m.groups?.combined !== undefined;
  const affected = BOTH_SIDES.test(text.slice(m[0].length)) ? "unspecified" : ofParties ? (ctx.articleGround ?? "unspecified") : ctx.earlier.affected;
  const killed = ctx.earlier.outcome === "killed" ? count : null;
  return { affected, killed, wounded: killed === null ? count : null, qualifier: normalizeQualifier(m.groups?.qualifier?.trim() || undefined) };
}

/**
 * "Of those, 22 were Armenian civilians.", "Another 31 were Azerbaijani civilians.": right after a toll, a part of its
 * victims named by who they were, with no word of the outcome of its own; the part counts what the toll counted.
 * (Only a sentence that is nothing more: "Of those, 22 were released" names no victims, "Of those, 22 were civilians
 * killed in Barda" is read as it stands.)
 */
const PART_OF_EARLIER_TOLL = new RegExp(
  `^\\W*(?:of\\s+(?:those|them|these|the\\s+dead|the\\s+wounded|the\\s+injured)\\s*,?\\s+|another\\s+)(?<qualifier>(?:(?:${QUALIFIER_PATTERN})\\s+)?)(?<count>${NUMBER_PATTERN})\\s+(?:were|was)\\s+(?<who>\\p{L}+(?:[\\s-]+\\p{L}+){0,2})\\s*[.!]?\\s*$`,
  "iu",
);

function partOfEarlierToll(text: string, ctx: CasualtyContext): CasualtyDraft[] | null {
  const m = ctx.earlier ? PART_OF_EARLIER_TOLL.exec(text) : null;
  const { qualifier = "", count, who } = m?.groups ?? {};
  if (!ctx.earlier || !count || !who) return null;
  // The part as the clause it stands for ("22 Armenian civilians were killed"), read only when the words after the
  // count are victims the group reader knows, by their noun, and nothing else.
  const phrase = `${qualifier}${count} ${who}`;
  const [group, ...more] = findVictimGroups(phrase);
  if (!group || more.length > 0 || group.noun === null || group.start !== 0 || group.end !== phrase.length) return null;
  const drafts = readFigures(`${phrase} were ${ctx.earlier.outcome}.`, ctx);
  // (A part with no nation of its own counts the toll's victims.)
  return drafts.map((d) => (d.affected === "unspecified" ? { ...d, affected: ctx.earlier?.affected ?? "unspecified" } : d));
}

/** A figure the sides give together: each side's own losses are its own claim; a toll of no one side is each side's. */
function jointClaims(draft: CasualtyDraft, joint: readonly Side[]): CasualtyDraft[] {
  if (draft.claimedBy) return [draft];
  const owner = joint.find((side) => side === draft.affected) ?? joint.find((side) => draft.affected !== "unspecified" && sameCamp(side, draft.affected));
  return owner ? [{ ...draft, claimedBy: owner }] : joint.map((side) => ({ ...draft, claimedBy: side }));
}

/**
 * A word stem every outcome is read from (see outcomes.ts): a victim noun that is its own outcome
 * ("deaths", "casualties", "victims", "losses", "martyrs", "bodies", "lives"), a modifier ("wounded", "fallen",
 * "slain"), a toll before the number ("toll", "tally", "figure", "count", "losses", "the dead",
 * "the number of people killed"), an outcome noun ("the killing of", "remains of"), an active verb
 * ("killed", "injuring", "claimed the lives of", "lost") or a predicate ("died", "perished",
 * "were martyred", "eliminated", "neutralised", "murdered", "massacred", "executed", "slaughtered", "beheaded", "hurt", "maimed",
 * "hospitalised", "sought medical help", "lost a leg", "amputated", "destroyed", "admitted with burns"). A sentence with none of
 * them can give no figure.
 */
const OUTCOME_WORD =
  /kill|wound|injur|dead|death|died|fatal|gunned|casualt|victim|loss|lost|losing|martyr|bodies|corpse|life|lives|toll|tally|figure|count|remains|body|hurt|maimed|slain|fallen|perish|eliminat|neutrali|murder|massacr|execut|slaughter|butcher|behead|decapitat|hospital|medical|amputat|destroy|burns|sacrific/i;

/** A label cell that names an outcome ("Killed in the blast", "Civilians wounded", "Deaths"). */
const OUTCOME_LABEL = /\b(?:killed|dead|deaths?|died|wounded|injured|fatalities|casualties)\b/i;
/** A value cell holding one count, maybe hedged: "at least 170", "~290", "200+". */
const COUNT_CELL = new RegExp(`^(~|≈|c\\.|ca\\.)?\\s*((?:(?:${QUALIFIER_PATTERN})\\s+)?(?:${NUMBER_PATTERN}))\\s*\\+?$`, "i");
/** A value cell giving counts with their own outcomes: "68 dead, 290 injured", "192 soldiers dead, 512 wounded". */
// ("| 11 names added to the list today | Artsakh defence ministry |": the names on a list of the dead, see namesOfTheDead.)
const COUNTS_CELL = new RegExp(`^(?:(?:${QUALIFIER_PATTERN})\\s+)?(?:${NUMBER_PATTERN})\\b.*\\b(?:killed|dead|died|wounded|injured|names)\\b`, "i");
/** A cell naming a place the row's victims were in: "Ganja, Azerbaijan", "Martuni district, Nagorno-Karabakh". */
const PLACE_CELL = /^\p{Lu}[\p{L}'’.-]*(?:[\s,-]+[\p{L}'’.-]+){0,5}$/u;

/** One clause a table row stands for, and the side its source cell names (null: the row names none). */
interface TableClause {
  clause: string;
  source: Side | null;
}

/**
 * A Markdown, text or HTML table row read as the clauses it stands for, or null when the row is no
 * table row with a count of victims:
 * - "| 11 Oct 2020 | Ganja | 7 killed | 33 wounded | Azerbaijani Foreign Ministry: at least seven dead and
 *   33 injured | Amnesty International: ten civilians killed |": each cell that quotes its source is
 *   that source's clause, placed where the row says (the count cells repeat the first source's figures);
 * - "| Killed in fuel depot explosion | at least 170 | local authorities |": the label and its count
 *   as one clause ("at least 170 killed in fuel depot explosion"), whoever the cells after it name;
 * - "| Dead in the blast | 68 dead, 290 injured | de facto ombudsman |": counts with outcomes of their
 *   own, read with the label that says whose they are ("(Karabakh side)").
 */
function tableRow(text: string, ctx: CasualtyContext): TableClause[] | null {
  const cells = tableCells(text)?.map((c) => c.text);
  if (!cells || cells.length < 2) return null;
  const sourced = sourcedCells(cells, ctx);
  if (sourced.length > 0) {
    const place = cells.find((c) => PLACE_CELL.test(c) && !OUTCOME_LABEL.test(c));
    const where = place ? ` in ${place}` : "";
    return sourced.map(({ clause, source }) => ({ clause: `${clause.replace(/[.;]\s*$/, "")}${where}.`, source }));
  }
  const [label = "", value = "", ...rest] = cells;
  if (!OUTCOME_LABEL.test(label) && !COUNTS_CELL.test(label)) return null;
  const source = rest.map((c) => ctx.sideOf(c)).find((side) => side !== null) ?? null;
  const count = COUNT_CELL.exec(value);
  if (count?.[2]) {
    const hedge = count[1] ? "about " : "";
    return [{ clause: `${hedge}${count[2]} ${label.charAt(0).toLowerCase()}${label.slice(1)}.`, source }];
  }
  if (COUNTS_CELL.test(value)) return [{ clause: `${value} (${label}).`, source }];
  // "| 1,177 servicemen killed since September 27 | Artsakh defence ministry, November 2 |": the label is the
  // clause, and a cell after it names its source (maybe with the day it said so).
  if (!COUNTS_CELL.test(label)) return null;
  const named = [value, ...rest].map((c) => ctx.sideOf(c.replace(/,\s*[^,]*\d[^,]*$/, ""))).find((side) => side !== null) ?? null;
  return [{ clause: `${label}.`, source: named }];
}

/**
 * The cells of a row that quote a source with a figure: "Armenian Defence Ministry: one person killed", or the
 * source after a dash, "49 servicemen killed — PM Nikol Pashinyan, speech to parliament". Under a header that
 * gives a column a side's own losses ("Azerbaijan: own losses (source)"), a figure in that column is that side's
 * when its cell names no source of a side ("71 personnel killed — Defence Ministry").
 */
function sourcedCells(cells: string[], ctx: CasualtyContext): TableClause[] {
  const owners = columnOwners(ctx);
  return cells.flatMap((cell, i) => {
    const dashed = DASH_SOURCED_CELL.exec(cell);
    const [, who = "", said = ""] = SOURCED_CELL.exec(cell) ?? (dashed ? [cell, dashed[2], dashed[1]] : []);
    const clause = who ? said : cell;
    const source = (who ? ctx.sideOf(who) : null) ?? owners[i] ?? null;
    // (A cell with no source of its own is a figure only when it holds a count: "| 13 Sep |" is no clause of losses.)
    return source && OUTCOME_WORD.test(clause) && (who !== "" || /\d/.test(clause)) ? [{ clause, source }] : [];
  });
}

/** A count cell that names its source after a dash (a dash is " - " once the sentence is normalised); no figure in the source. */
const DASH_SOURCED_CELL = /^(?=.*\d)(.*?\S)\s+-\s+([^\d-][^\d]{2,89})$/;
/** A header cell that gives a column a side's own losses: "Armenia: own losses (source)", "Azerbaijan's own dead". */
const OWN_LOSSES_HEADER = /\bown\s+(?:losses|dead|casualties|toll|figures?)\b/i;

/** For each column of the table, the side whose own losses its header says the column holds (or null). */
function columnOwners(ctx: CasualtyContext): (Side | null)[] {
  return (ctx.tableHeader ?? []).map((label) => (OWN_LOSSES_HEADER.test(label) ? ctx.sideOf(label) : null));
}

/** A table clause's figures: a source cell names the claimant, over any speaker of the page around the table. */
function readTableClause({ clause, source }: TableClause, ctx: CasualtyContext): CasualtyDraft[] {
  if (!source) return extractCasualties(clause, ctx);
  const sourced: CasualtyContext = { ...ctx, claimant: source, possessorSide: source === "other" ? ctx.possessorSide : source };
  return extractCasualties(clause, sourced).map((d) => ({ ...d, claimedBy: d.claimedBy ?? source }));
}

/**
 * "45 Azerbaijani citizens have been killed by mines, according to official data": with no speaker and no body
 * named, official figures of a belligerent's own losses are that belligerent's. (Others' losses, or victims of no
 * side, could be anyone's officials' count: they stay the outlet's.)
 */
function byOwnOfficials(text: string, ctx: CasualtyContext, drafts: CasualtyDraft[]): CasualtyDraft[] {
  if (ctx.claimant !== "unattributed" || !creditsUnnamedOfficials(text)) return drafts;
  return drafts.map((draft) => (draft.claimedBy === undefined && isBelligerent(draft.affected) ? { ...draft, claimedBy: draft.affected } : draft));
}

/**
 * "according to the official data of the two sides, 207 people were killed on the Armenian side and 80 on the
 * Azerbaijani side": each belligerent's losses are its own figure, whoever relays them in the sentence.
 */
function byTwoSides(text: string, drafts: CasualtyDraft[]): CasualtyDraft[] {
  if (!creditsTwoSidesData(text)) return drafts;
  return drafts.map((draft) => (isBelligerent(draft.affected) ? { ...draft, claimedBy: draft.affected } : draft));
}

/** Figures a belligerent's body recorded ("ANAMA had recorded four deaths"): unnamed victims are its own. */
function onRecorderGround(drafts: CasualtyDraft[], recorder: Side | null): CasualtyDraft[] {
  return recorder ? drafts.map((draft) => (draft.affected === "unspecified" ? { ...draft, affected: recorder } : draft)) : drafts;
}

function readFigures(text: string, ctx: CasualtyContext): CasualtyDraft[] {
  const deadJustCounted = ctx.earlier?.outcome === "killed";
  const found = findVictimGroups(text)
    // ("… three soldiers were killed. Six more were wounded. The press service named the dead as A, B and C": the dead
    // of a report that went on to its wounded are named again as well.)
    .filter(
      (group) =>
        !restatesVictims(text, group, ctx.earlier !== undefined) && !isUncounted(text, group) && !askedAbout(text, group) && !handlingAdvised(text, group),
    )
    .map((group, i, all) => withNationNamedAfter(text, group, all[i - 1]));
  const groups = keptGroups(text, found);
  const outcomes = shareCoordinatedOutcomes(
    text,
    groups,
    groups.map((g) => resolveOutcome(text, g)),
  );
  const figures: Figure[] = [];
  // The outcome each group was read with, so that a part listed after another part takes it too.
  const readWith: (GroupOutcome | null)[] = [];
  let previous: AffectedSide | null = null;
  groups.forEach((group, i) => {
    const subset = isSubset(text, groups, i);
    const referred = outcomes[i] ? undefined : referredFigure(text, group, ctx, figures.at(-1)?.draft);
    // "Armenia says 207 of its servicemen were killed and Azerbaijan reported 80 of its soldiers dead": a side that
    // speaks in a clause of its own gives that clause's count, and its "its" is its own.
    const speaker = coordinateSpeaker(text.slice(0, group.start), ctx) ?? gappedReporter(text, groups, i, ctx);
    // "220 killed, including at least 25 civilians": the subset counts the total's victims.
    // (A part takes its total's outcome before one shared with the groups after it: "32 killed, seven of them civilians, and 200 wounded".)
    const ownOutcome = subset && outcomes[i]?.via === "shared" ? null : outcomes[i];
    const outcome =
      ownOutcome ??
      (subset ? (deadOfPair(text, groups, i, readWith) ?? outcomes[i - 1] ?? readWith[i - 1]) : null) ??
      (referred ? { outcome: referred.outcome, via: "toll" as const } : null) ??
      alongWithOutcome(text, groups, i, readWith) ??
      continuedOutcome(text, groups, i, figures.at(-1)) ??
      partOfTheDeadGoingOn(text, groups, i, readWith) ??
      lossGoingOn(text, groups, i, readWith, ctx)?.outcome ??
      namesOfTheDead(text, group, deadJustCounted) ??
      // "Yerevan says 18 soldiers were killed, Baku says 12": a bare count the next speaker gives counts what the first did.
      (speaker && group.noun === null && !group.inherits ? (readWith[i - 1] ?? null) : null) ??
      null;
    readWith[i] = outcome;
    if (!outcome || countsMineVictims(outcome, ctx)) return;
    const voiced: CasualtyContext = speaker ? { ...ctx, claimant: speaker, possessorSide: speaker } : ctx;
    const read = resolveAffected(text, subset ? { ...group, inherits: true } : group, outcome, voiced, speaker ? null : previous);
    // "…, bringing that toll to 10": the toll referred to keeps its victims' side.
    // ("A general is among the dead": the dead counted just before.)
    const tollBack =
      read.affected === "unspecified" && (THAT_TOLL_BEFORE.test(text.slice(0, group.start)) || AMONG_THE_DEAD_AFTER.test(text.slice(group.end)))
        ? (ctx.earlier?.affected ?? ctx.earlierVictims)
        : undefined;
    // "three people, two Azerbaijani journalists and a local official, were killed": the parts say whose people.
    const partsBack = read.affected === "unspecified" && !subset ? appositionSide(text, found, group, ctx) : null;
    const civiliansBack = read.affected === "unspecified" ? thirdPartyCiviliansSide(group, outcome, ctx) : undefined;
    // "99 Armenian soldiers and 11 civilians had died": the nation of the group the victims are listed with is theirs.
    const listedBack = read.affected === "unspecified" && !subset ? coordinatedNationSide(text, groups, i, readWith, ctx) : null;
    const back =
      referred ??
      (tollBack
        ? { affected: tollBack }
        : partsBack
          ? { affected: partsBack }
          : civiliansBack
            ? { affected: civiliansBack }
            : listedBack
              ? { affected: listedBack }
              : undefined);
    // "Armenia lost 3,825 soldiers and Azerbaijan 2,908": the loser named before the gapped count.
    const loser = lossGoingOn(text, groups, i, readWith, ctx)?.loser;
    const reading = loser ? { ...read, affected: loser } : back && read.affected === "unspecified" ? { ...read, affected: back.affected } : read;
    // "the soldier died in an accident": one victim the article named before, whose side the sentence may not tell.
    // Only a side the group names, or the one the figures just before counted, is sure.
    if (group.definite && !nationOf(group) && ctx.earlierVictims !== undefined && reading.affected !== ctx.earlierVictims) return;
    // "A general is among the dead", in a standfirst before any figure: one of dead the text counts below, whose side
    // only they will tell.
    if (reading.affected === "unspecified" && AMONG_THE_DEAD_AFTER.test(text.slice(group.end))) return;
    // "Soldier killed near Fizuli, Karabakh army rejects Baku's version": a headline's bare noun with no nation is the
    // outlet's clause, whoever speaks in the next one; the speaker's side would be a guess.
    if (group.bare && !nationOf(group) && ctx.claimant !== "unattributed") return;
    previous = reading.affected;
    const draft: CasualtyDraft = {
      affected: reading.affected,
      killed: outcome.outcome === "wounded" ? null : group.count,
      wounded: outcome.outcome === "killed" ? null : group.count,
      qualifier: group.qualifier,
    };
    // "the serviceman had been wounded, not killed": the denied death is a count of none.
    if (draft.wounded !== null && draft.killed === null && WOUNDED_NOT_KILLED.test(text.slice(group.end))) draft.killed = 0;
    // ("That brings the number of its soldiers killed to 104, according to Interfax": an agency relays the side's own count.)
    if (reading.possessor && (ctx.claimant === "unattributed" || (ctx.claimant === "other" && isBelligerent(reading.possessor))))
      draft.claimedBy = reading.possessor;
    // "12 killed, a figure the Armenian side later raised to 16": the new value is the reviser's.
    const reviser = referred ? reviserOf(text.slice(0, group.start), ctx) : null;
    if (reviser) draft.claimedBy = reviser;
    // "(A charity warns …) as Karabakh officials raise the toll from the blast to 68": a belligerent raising its toll in
    // a clause of its own, in the words of an outlet or a third party, gives the new value, of its own people unless
    // the toll names whose.
    const raiser = outcome.via === "toll" && !isBelligerent(ctx.claimant) ? tollRaiserOf(text.slice(0, group.start), ctx) : null;
    if (raiser) {
      draft.claimedBy = raiser;
      if (draft.affected === "unspecified") draft.affected = raiser;
    }
    // ("five were killed in a shootout, for which each side blamed the other": the sides speak of blame, not of the figure.)
    const own = MUTUAL_BLAME.test(text) ? null : ownLossesOfJointSpeaker(reading.affected, ctx);
    if (own) draft.claimedBy = own;
    // "two Armenian civilians, according to the Karabakh ombudsman, and one Azerbaijani civilian, according
    // to Baku": a source named right after a count is that count's, whoever speaks for the rest of the sentence.
    const cited = citedAfter(text.slice(group.end), ctx) ?? quotedBySide(text.slice(group.end), ctx);
    if (cited && cited !== ctx.claimant) draft.claimedBy = cited;
    // "bringing the toll to at least 24 by our count": the outlet's own sum, whoever gave its parts.
    if (byOurCount(text, group)) draft.claimedBy = "unattributed";
    // "…, putting the combined military death toll reported by the two governments at 176": the outlet adds up
    // what both sides reported, a toll of no one side, whoever gave the last figure.
    if (SIDES_ADDED_UP_BEFORE.test(text.slice(0, group.start))) {
      draft.claimedBy = "unattributed";
      draft.affected = "unspecified";
    }
    // "…, a conflict that killed some 30,000 people": a war's toll of people of no side, given in passing, is the outlet's.
    // ("…, and the first war in the early 1990s about 30,000": the count the war's toll goes on with is one too.)
    const goesOnWarsToll = outcome.via === "shared" && group.noun === null && figures.at(-1)?.warsToll === true;
    const warsToll = passingWarsToll(text, group) || goesOnWarsToll;
    if (ctx.claimant !== "unattributed" && warsToll) {
      draft.claimedBy = "unattributed";
      draft.affected = "unspecified";
    }
    // "Baku's claim that twelve Armenian soldiers died is false": the figure is Baku's, relayed.
    const relayed = relayedBy(text.slice(0, group.start), ctx) ?? chargedBy(text.slice(0, group.start), ctx);
    if (relayed) draft.claimedBy = relayed;
    if (speaker) draft.claimedBy = speaker;
    else if (speakersOwnGoingOn(text, group, ctx, reading.affected) && ctx.possessorSide) {
      draft.claimedBy = ctx.possessorSide;
      if (draft.affected === "unspecified") draft.affected = ctx.possessorSide;
    }
    // "Azerbaijan says it took the heights; two Karabakh soldiers killed": a headline's clause after a semicolon, with no
    // speaker of its own, is the outlet's.
    else if (ctx.headline && ctx.claimant !== "unattributed" && outletsClauseInHeadline(text, group)) draft.claimedBy = "unattributed";
    // "He carried the portrait of A, a soldier killed in May, while she carried that of B, a girl who Baku says died …":
    // a speaker heard only in a relative clause after the count speaks of that clause's person, not of the count.
    else if (ctx.claimant !== "unattributed" && heardOnlyInRelativeAfter(text, group)) draft.claimedBy = "unattributed";
    // "Prosecutors said three people were killed", read as the outlet's: someone's figure whose side is unknown.
    const unplaced =
      ctx.claimant === "unattributed" &&
      !ctx.jointClaimants &&
      draft.claimedBy === undefined &&
      // ("…, according to official data": a belligerent's own losses are its officials' figure, see byOwnOfficials.)
      !(creditsUnnamedOfficials(text) && isBelligerent(draft.affected)) &&
      // ("…, according to their own official counts": the sides' figures, each its own, see jointClaims.)
      jointFigureSources(text) === null &&
      !byOurCount(text, group)
        ? unplacedSpeakerOf(text, group)
        : "none";
    // "Local officials said a civilian, Aziz Azizov, had been killed": unnamed officials counting a belligerent's own
    // dead are that belligerent's officials, as "official data" of its own losses is (see byOwnOfficials).
    if (unplaced === "officials" && isBelligerent(draft.affected)) draft.claimedBy = draft.affected;
    else if (unplaced !== "none") return;
    // "more than 2,000 people had died on each side": the same count for each of the two belligerents.
    if (draft.affected === "unspecified" && EACH_SIDE_AFTER.test(text.slice(group.end))) {
      for (const affected of EACH_SIDE) figures.push({ draft: { ...draft, affected }, group });
      return;
    }
    // "32 people were killed, 26 of them Armenians and six Azerbaijanis": a total the parts split between two nations is no one side's.
    if (!subset && splitBetweenNations(text, groups, i)) draft.affected = "unspecified";
    // ("four women were among those killed, and 35 people were injured": the women are some of the dead, whom the
    // injured do not complete.)
    const among = AMONG_THE_DEAD_AFTER.test(text.slice(group.end));
    // ("seven servicemen were killed, … specifying that … four privates were among those killed": some of the dead this
    // sentence counted already, told by who they were.)
    if (among && figures.some((f) => f.draft.killed !== null && f.draft.killed > (draft.killed ?? 0) && f.draft.affected === draft.affected)) return;
    const part = (subset && totalCounted(text, groups, i)) || among;
    figures.push(part ? { draft, group, part: true, warsToll } : { draft, group, warsToll });
    // "… 673, up from 604": the earlier count of the same victims is the same claimant's earlier figure.
    const earlier = EARLIER_COUNT.exec(text.slice(group.end)) ?? COMPARED_COUNT.exec(text.slice(group.end)) ?? REVISED_FIGURE.exec(text.slice(group.end));
    // ("… 71 servicemen, up from the 50 deaths it reported": a count with its own noun is read as a group of its own.)
    const readOnItsOwn = earlier !== null && groups.some((g) => g.noun !== null && g.start === group.end + earlier[0].length - (earlier[1]?.length ?? 0));
    // ("… six of its soldiers were killed, up from the single death it had confirmed": one.)
    const before = readOnItsOwn ? null : earlier?.[1] ? parseNumberPhrase(earlier[1]) : earlier ? 1 : null;
    if (before !== null && draft.killed !== null && draft.wounded === null) figures.push({ draft: { ...draft, killed: before, qualifier: null }, group });
    // ("… 20 wounded, up from 14 earlier in the day": the wounded were counted before as well.)
    if (before !== null && draft.wounded !== null && draft.killed === null) figures.push({ draft: { ...draft, wounded: before, qualifier: null }, group });
  });
  return withTollsSide(text, sumDeathsListed(text, mergeSameVictims(text, withoutBreakdowns(text, withoutSpeculation(text, figures))))).map((f) => f.draft);
}

/** A toll the deaths before it bring to a new value: ", bringing to 9 the number of …", ", raising its death toll to 12". */
const BRINGING_TOLL_BETWEEN = /^[^.;:]{0,80}?,\s*(?:bringing|raising|taking|pushing)\b[^.;:]*$/i;

/**
 * "A major died on Monday, bringing to 9 the number of Azerbaijani soldiers killed": the deaths that bring a toll to
 * its new value are among the toll's victims, whose side the toll names when they name none of their own.
 */
function withTollsSide(text: string, figures: Figure[]): Figure[] {
  return figures.map((figure, i) => {
    const toll = figures[i + 1];
    if (!toll || nationOf(figure.group) || figure.draft.killed === null || toll.draft.killed === null) return figure;
    if (!isBelligerent(toll.draft.affected) || figure.draft.affected === toll.draft.affected) return figure;
    if (!BRINGING_TOLL_BETWEEN.test(text.slice(figure.group.end, toll.group.start))) return figure;
    return { ...figure, draft: { ...figure.draft, affected: toll.draft.affected } };
  });
}

/** The wounding right after the victims, then the death denied: "(the serviceman) had been wounded, not killed". */
const WOUNDED_NOT_KILLED = /^[^,;.]{0,30}?\b(?:wounded|injured),?\s+(?:but\s+)?not\s+killed\b/i;

/** "(as many as 500 to 1,000) may have died": a toll only guessed at. */
const MAY_HAVE_DIED_AFTER = /^\s+(?:may|might|could)\s+have\s+(?:died|been\s+killed|perished)\b/i;

/**
 * "more than 200 civilians were killed, though as many as 500 to 1,000 may have died": a guess at the same dead
 * after a count the speaker gives firmly is how far the toll might run, not a figure of its own. (Alone, "as many
 * as 1,000 residents may have died" is the speaker's figure.)
 */
function withoutSpeculation(text: string, figures: Figure[]): Figure[] {
  return figures.filter(
    (f, i) =>
      !MAY_HAVE_DIED_AFTER.test(text.slice(f.group.end)) ||
      !figures.slice(0, i).some((firm) => firm.draft.killed !== null && !MAY_HAVE_DIED_AFTER.test(text.slice(firm.group.end))),
  );
}

/** A bracket opened right after a toll: "20 dead (…". */
// ("81 dead on their side (64 soldiers, …)": whose dead they were may come between.)
const BRACKET_AFTER = /^(?:\s+(?:dead|killed|deaths|people\s+dead))?(?:\s+on\s+(?:their|its|our|the\s+[\p{L}-]+)\s+side)?\s*\(/u;

/**
 * "20 dead (13 bodies found at the scene, 7 died in hospital)", "the names of the four dead: a junior sergeant and
 * three privates": dead a bracket or a colon after a toll counts by where, how or who they were, adding up to
 * the toll (or, listed after a colon, to some of it), are the toll again, not more dead. (Parts that name a nation, "32 dead (26
 * Armenians, 6 Azerbaijanis)", say whose dead they were, and stay figures of their own.)
 */
function withoutBreakdowns(text: string, figures: Figure[]): Figure[] {
  const dropped = new Set<Figure>();
  figures.forEach((total, i) => {
    if (total.draft.killed === null) return;
    const after = text.slice(total.group.end);
    // (A list with verbs of its own tells new deaths: "four dead: two officers were killed on Tuesday, after two soldiers died …".)
    const listed = COLON_LIST_AFTER.exec(after);
    const colon = listed && !LIST_VERB.test(listed[0].slice(listed[0].indexOf(":"))) ? listed : null;
    if (!BRACKET_AFTER.test(after) && !colon) return;
    const close = colon ? total.group.end + colon[0].length : text.indexOf(")", total.group.end);
    if (close < 0) return;
    const parts = figures.slice(i + 1).filter((f) => f.group.start < close);
    // (A part may have taken the outcome of a count after the bracket, "(64 soldiers, 13 volunteers) and 120 wounded":
    // parts that add up to the toll are its dead all the same.)
    const deadOnly = parts.every((f) => (f.draft.wounded === null) !== (f.draft.killed === null) && !nationOf(f.group));
    const sum = parts.reduce((n, f) => n + (f.draft.killed ?? f.draft.wounded ?? 0), 0);
    // (Who the dead were, listed after a colon, may name some of them one by one, "a junior sergeant and three
    // privates": the parts counted come to the total or less.)
    const breaksDown = colon ? parts.length >= 1 && sum <= (total.draft.killed ?? 0) : parts.length >= 2 && sum === total.draft.killed;
    if (deadOnly && breaksDown) for (const part of parts) dropped.add(part);
  });
  return figures.filter((f) => !dropped.has(f));
}

/** "(the four) dead: a junior sergeant and three privates.": who the dead were, listed after a colon to the clause's end. */
const COLON_LIST_AFTER = /^\s+(?:dead|killed|fallen)\s*:[^;:.]*/i;
const LIST_VERB = /\b(?:were|was|had|have|has|died|killed|wounded|injured)\b/i;

/** "the deaths of": a noun of outcome whose list of victims after it is one toll. */
const DEATHS_OF_BEFORE = /\b(?:deaths|killings|murders)\s+of\s+(?:the\s+)?$/i;
/** Only a list's glue between two of its items: "(four police officers) and (two civilians)", "(A), (B)". */
const LIST_ITEM_GLUE = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;

/**
 * "followed the deaths of four police officers and two civilians": the victims a noun of death lists are one
 * toll of them all, when they are one side's (or one names the side and the others none); each part is no
 * figure of its own. (Victims listed as the subject of a verb, "four soldiers and a civilian were killed", keep
 * their counts apart, as they are read elsewhere.)
 */
function sumDeathsListed(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const figure of figures) {
    const head = out.at(-1);
    if (head && listedDeathWith(text, head, figure)) {
      const affected = head.draft.affected === "unspecified" ? figure.draft.affected : head.draft.affected;
      out[out.length - 1] = {
        ...head,
        group: { ...head.group, end: figure.group.end },
        draft: { ...head.draft, affected, killed: (head.draft.killed ?? 0) + (figure.draft.killed ?? 0) },
      };
      continue;
    }
    out.push(figure);
  }
  return out;
}

/** The figure continues the list of deaths the head opened, and counts the same side's dead. */
function listedDeathWith(text: string, head: Figure, figure: Figure): boolean {
  const deadOnly = (d: CasualtyDraft) => d.killed !== null && d.wounded === null;
  if (head.part || figure.part || !deadOnly(head.draft) || !deadOnly(figure.draft) || figure.draft.claimedBy !== head.draft.claimedBy) return false;
  if (head.draft.affected !== figure.draft.affected && head.draft.affected !== "unspecified" && figure.draft.affected !== "unspecified") return false;
  if (!DEATHS_OF_BEFORE.test(text.slice(0, head.group.start))) return false;
  return LIST_ITEM_GLUE.test(text.slice(head.group.end, figure.group.start));
}

/** Words that make a list one of the dead: "the names of its dead soldiers", "list of the fallen". */
const DEAD_LISTED = /\b(?:dead|killed|fallen|died|deaths|martyrs|victims)\b/i;

/**
 * "by Thursday evening its list ran to 834 names", "11 names added to the list today": the names on a list count
 * its dead when the sentence says the list is of the dead, or the figure just before counted them.
 * ("Its list of detainees ran to 40 names" counts no dead.)
 */
function namesOfTheDead(text: string, group: VictimGroup, deadJustCounted: boolean): GroupOutcome | null {
  if (!/^names$/i.test(group.noun ?? "")) return null;
  return DEAD_LISTED.test(text) || (deadJustCounted && !/\b(?:detainees|prisoners|captives|hostages|missing)\b/i.test(text))
    ? { outcome: "killed", via: "noun" }
    : null;
}

/**
 * "Members compiling registry data should record the source of every figure and avoid pooling the 290 early
 * admissions with the 120 injuries counted by investigators": advice on how to record or compare figures names the
 * counts it handles, given before; it puts no figure forward. (A clause with "that" after the advice, "should note
 * that 12 were killed", tells what happened, and is read; so does one after a comma or "after", "…must avoid new
 * losses, after 12 soldiers were killed".)
 */
const HANDLING_ADVISED =
  /\b(?:should|must|ought\s+to|needs?\s+to|(?:are|is)\s+(?:asked|advised|urged|encouraged)\s+to)\s+(?:(?:not|also|always|never|carefully|still)\s+)*(?:record|note|cite|check|avoid|compare|pool|combine|mix|add|treat|distinguish|separate|keep|log|enter|flag|report|count|use)\b(?:(?!\b(?:that|after|when|because|since|while|as)\b)[^.;:!?,])*$/i;

function handlingAdvised(text: string, group: VictimGroup): boolean {
  return HANDLING_ADVISED.test(text.slice(0, group.start));
}

/** A question at the sentence's end, with its closing quotes or brackets. */
const QUESTION_END = /\?["')\]]*\s*$/;

/**
 * "Did the minister say 4,000 soldiers were confirmed dead?", "ROTH: Eight soldiers killed, that is your
 * figure?": a count inside the question that ends the sentence is asked about, not put forward.
 */
function askedAbout(text: string, group: VictimGroup): boolean {
  const question = QUESTION_END.exec(text);
  if (!question) return false;
  const clauseStart = Math.max(...[...text.slice(0, question.index).matchAll(/[.:;!]\s/g)].map((m) => m.index ?? 0), -1);
  return group.start > clauseStart;
}

/**
 * "200 people had been killed and more than 400 wounded, among them ten civilians": a part after a toll of
 * dead and wounded breaks down the dead, as annotators read it.
 */
function deadOfPair(text: string, groups: VictimGroup[], i: number, readWith: (GroupOutcome | null)[]): GroupOutcome | null {
  const [dead, hurt] = [groups[i - 2], groups[i - 1]];
  if (!dead || !hurt || hurt.noun !== null || readWith[i - 2]?.outcome !== "killed" || readWith[i - 1]?.outcome !== "wounded") return null;
  return /^[^,;.]{0,40}\band\s+$/i.test(text.slice(dead.end, hurt.start)) ? (readWith[i - 2] ?? null) : null;
}

/** The dead a witness counts one by one: "counted 47 bodies", "had counted 31 dead". ("over a hundred lives" is a toll.) */
const COUNTED_DEAD = /^(?:bodies|corpses|dead)$/i;

/**
 * "Human Rights Watch says more than 200 civilians were killed in the attack", after the figures of whose town it
 * was: a third party's count of civilians, naming no side, counts the victims the figures just before counted;
 * so do the bodies a witness counted. (Only a group of people killed or hurt, not a toll: "the total death toll has reached 24" may count both sides.)
 */
function thirdPartyCiviliansSide(group: VictimGroup, outcome: GroupOutcome, ctx: CasualtyContext): AffectedSide | undefined {
  const counted = group.kind === "civilian" || COUNTED_DEAD.test(group.noun ?? "");
  if (ctx.claimant !== "other" || !counted || outcome.via === "toll") return undefined;
  return ctx.earlierVictims && ctx.earlierVictims !== "unspecified" ? ctx.earlierVictims : undefined;
}

/** ", along with", ", together with": more victims added to the figure just given. */
const ALONG_WITH_BEFORE = /,\s*(?:along|together)\s+with\s+$/i;

/**
 * "927 of its soldiers have been killed, along with 37 civilians": victims added to a figure share its
 * outcome; after a toll of dead and wounded ("192 killed and 511 wounded, along with one civilian"), the dead's.
 */
function alongWithOutcome(text: string, groups: VictimGroup[], i: number, readWith: (GroupOutcome | null)[]): GroupOutcome | null {
  const group = groups[i];
  if (!group || group.noun === null || i === 0 || !ALONG_WITH_BEFORE.test(text.slice(0, group.start))) return null;
  const before = readWith[i - 1];
  if (!before || /[;:]/.test(text.slice(groups[i - 1]?.end ?? 0, group.start))) return null;
  return deadOfPair(text, groups, i, readWith) ?? { outcome: before.outcome, via: "shared" };
}

/**
 * The one side the parts in apposition after a group name ("three people, two Azerbaijani journalists and a
 * local official,"), or null when they name none or two ("32 people, 26 Armenians and 6 Azerbaijanis").
 * Only parts set off by a comma: "200 people, including ten Armenian civilians" may count others too.
 */
function appositionSide(text: string, all: VictimGroup[], total: VictimGroup, ctx: CasualtyContext): Side | null {
  const at = all.indexOf(total);
  const first = all[at + 1];
  if (at < 0 || !first || !/^\s*,\s*$/.test(text.slice(total.end, first.start))) return null;
  const sides = new Set<Side>();
  for (let k = at + 1; k < all.length && isSubset(text, all, k); k++) {
    const nation = nationOf(all[k]);
    const side = nation ? ctx.sideOf(nation) : null;
    if (side) sides.add(side);
  }
  const [only] = sides;
  return sides.size === 1 && only ? only : null;
}

/** Only "and" between two groups of one list: "(99 Armenian soldiers) and (11 civilians)". */
const LISTED_WITH = /^\s+and\s+$/i;

/**
 * "At least 99 Armenian soldiers and 11 civilians had died", "927 Azerbaijani soldiers have been killed, along with 37 civilians": victims named with no nation right after a group of one
 * belligerent's people, in the same list, are that belligerent's too (a nation of their own, or a place, would have
 * placed them before this is asked).
 */
function coordinatedNationSide(text: string, groups: VictimGroup[], i: number, readWith: (GroupOutcome | null)[], ctx: CasualtyContext): Side | null {
  const [before, group] = [groups[i - 1], groups[i]];
  if (!before || !group || group.noun === null || group.inherits || /\p{Lu}/u.test(group.modifiers)) return null;
  const gap = text.slice(before.end, group.start);
  if (!LISTED_WITH.test(gap) && !(ALONG_WITH_BEFORE.test(gap) && !/[;:]/.test(gap))) return null;
  // (One list shares one outcome: in "killed 26 Armenians and 6 Azerbaijanis, and more than 100 people were injured" a
  // comma before "and" opens a clause of its own.)
  if (readWith[i - 1]?.outcome !== readWith[i]?.outcome) return null;
  const nation = nationOf(before);
  const side = nation ? ctx.sideOf(nation) : null;
  return side && isBelligerent(side) ? side : null;
}

/** A nation's people named after a bare part: "(…,) 26 of them Armenians", "(of whom) 26 were Armenians". */
const NATION_NAMED_AFTER = /^\s+(?:were\s+|being\s+)?(?:ethnic\s+)?(Armenians|Azerbaijanis|Azeris|Russians|Georgians|Iranians|Turks)\b/;

/**
 * "32 people had been killed, 26 of them Armenians and 6 Azerbaijanis", "put the dead at 32, of whom 26 were
 * Armenians and six Azerbaijanis": a part counted bare, then named by its nation, is a group of that nation.
 */
function withNationNamedAfter(text: string, group: VictimGroup, before: VictimGroup | undefined): VictimGroup {
  if (group.noun !== null || !before) return group;
  const part = /\bof\s+(?:them|whom)$/i.test(text.slice(group.start, group.end)) || /\bof\s+whom\s+$/i.test(text.slice(before.end, group.start));
  const nation = part ? NATION_NAMED_AFTER.exec(text.slice(group.end)) : null;
  if (!nation?.[1]) return group;
  return { ...group, end: group.end + nation[0].length, noun: nation[1], kind: "nationality", inherits: false };
}

/** "(… killed) on the Armenian side and (80 …)", "(… killed) on the Azerbaijani side and (80 on the Armenian side)": one side's count before another's. */
const SIDE_NAMED_BEFORE_AND = /\bon\s+the\s+\p{Lu}[\p{L}-]*\s+side\s+and\s+$/u;
const SIDE_NAMED_AFTER = /^\s+on\s+the\s+\p{Lu}[\p{L}-]*\s+side\b/u;

/** "(50 deaths on the first day,) then 71", "(eight deaths on Friday) and four more on Saturday": the same count going on. */
const GOES_ON_BEFORE = /(?:,\s*(?:and\s+)?(?:then|later|subsequently)|\band)\s+$/i;

/**
 * The outcome of a bare count that carries on the figure just before it in the same clause: "announced
 * 50 deaths on the first day, then 71", "confirmed eight deaths on Friday and four more on Saturday".
 */
function continuedOutcome(text: string, groups: VictimGroup[], i: number, last: Figure | undefined): GroupOutcome | null {
  const group = groups[i];
  const before = last?.group;
  if (!group || !before || !last || before.end > group.start || group.noun !== null) return null;
  const gap = text.slice(before.end, group.start);
  const after = text.slice(group.end);
  const then = /,\s*(?:and\s+)?(?:then|later|subsequently)\s+$/i.test(gap);
  const parallel = parallelAdjunct(gap, after);
  // (Past counts of no outcome only when the adjunct ties the two: "killed by Azerbaijani soldiers who mistook their
  // vehicle for an Armenian one, and a sixth by Armenian fighters".)
  if (groups[i - 1] !== before && !parallel) return null;
  // (A count the adjunct or the "then" ties to the first may lie further on: "… died repelling what it called a
  // 'provocation', then 71 two days later".)
  const gapped = gappedSubject(text.slice(0, before.start), gap, after);
  if (/[.;:()]/.test(gap) || gap.length > (parallel || then ? 120 : 60) || !(GOES_ON_BEFORE.test(gap) || gapped)) return null;
  // "and four more" is more of the same; a plain number only after "then": "and 71" may count anything,
  // unless it is the other side's count of the same: "… killed on the Armenian side and 80 on the Azerbaijani side",
  // or the clause is the first one gapped: "killed 30,000 people in the 1990s and 6,500 in 2020".
  const otherSide = SIDE_NAMED_BEFORE_AND.test(gap) && SIDE_NAMED_AFTER.test(after);
  if (!group.inherits && !otherSide && !then && !parallel && !gapped) return null;
  const outcome = singleOutcome(last.draft);
  return outcome ? { outcome: outcome.outcome, via: "shared" } : null;
}

/**
 * The preposition that opens an adjunct of time or of agent right after a count: "(6,500) in 2020", "(three) on
 * Tuesday", "(a sixth) by Armenian fighters", and the word after it.
 */
const ADJUNCT_AFTER = /^\s+(in|on|during|by)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?([\p{L}\d'’-]+)/iu;

/**
 * "killed 30,000 people in the 1990s and at least 6,500 in 2020", "five were killed by Azerbaijani soldiers …, and a
 * sixth by Armenian fighters": the count after "and" has an adjunct of time or agent of the kind the first count's
 * clause had, its verb left out. (A place is no such tie: "12 deaths in Tartar and 4 in Ganja" may count anything.)
 */
function parallelAdjunct(gap: string, after: string): boolean {
  const [, preposition, word = ""] = ADJUNCT_AFTER.exec(after) ?? [];
  if (preposition === undefined) return false;
  const time = /^\d{4}s?$/.test(word) || CALENDAR_WORDS.has(word.toLowerCase());
  if (preposition.toLowerCase() !== "by" && !time) return false;
  return new RegExp(`\\b${preposition}\\b`, "i").test(gap.replace(/\band\s+$/i, ""));
}

/** A war or a strike that killed the count just before: "(The 2020 war) had killed (…)". */
const ACTIVE_KILLING_BEFORE = /\b(?:had\s+|has\s+)?(?:killed|claimed)\s+$/i;
/** ", and the first war in the early 1990s": a new subject with no verb of its own. */
const NEW_SUBJECT_GAP = /^,\s+and\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,7}$/i;
const VERB_IN_GAP = /\b(?:is|are|was|were|has|have|had|stands?|stood|rose|reached|put|puts|said|says|gave|gives|counted|counts)\b/i;

/**
 * "The 2020 war had killed more than 6,500 people, and the first war in the early 1990s about 30,000.": a second
 * subject and its count at the end of the sentence, the verb of the first clause left out.
 */
function gappedSubject(before: string, gap: string, after: string): boolean {
  return ACTIVE_KILLING_BEFORE.test(before) && NEW_SUBJECT_GAP.test(gap) && !VERB_IN_GAP.test(gap) && /^\s*[.!]?["”']?\s*$/.test(after);
}

/**
 * "180 of the dead were army personnel and 12 were police", "180 of the dead served in the army and 12 in the
 * police": a bare count after a part of the dead (or the wounded) is the next part of the same toll.
 */
function partOfTheDeadGoingOn(text: string, groups: VictimGroup[], i: number, readWith: (GroupOutcome | null)[]): GroupOutcome | null {
  const [group, before, earlier] = [groups[i], groups[i - 1], readWith[i - 1]];
  if (!group || !before || !earlier || group.noun !== null || group.inherits) return null;
  if (!/\bof\s+the$/i.test(text.slice(before.start, before.end)) || !/^\s+(?:dead|killed|wounded|injured)\b/i.test(text.slice(before.end))) return null;
  const gap = text.slice(before.end, group.start);
  return !/[.;:()]/.test(gap) && /\band\s+$/i.test(gap) && gap.length <= 120 ? { outcome: earlier.outcome, via: "shared" } : null;
}

/** "lost" right before a count, and a gapped "and Azerbaijan" before one whose verb is left out. */
const LOST_BEFORE_COUNT = /\blost\s+$/i;
const GAPPED_SUBJECT = /^\s*,?\s*and\s+((?:the\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+$/u;

/**
 * A bare count that goes on a loss counted just before in the same sentence: "it lost four men and that the
 * Armenians lost twelve" (a bare "lost twelve" alone is too vague to read), "Armenia lost 3,825 soldiers and
 * Azerbaijan 2,908" (the verb left out, the loser named before the count).
 */
function lossGoingOn(
  text: string,
  groups: VictimGroup[],
  i: number,
  readWith: (GroupOutcome | null)[],
  ctx: CasualtyContext,
): { outcome: GroupOutcome; loser?: Side } | null {
  const [group, before, earlier] = [groups[i], groups[i - 1], readWith[i - 1]];
  if (!group || !before || group.noun !== null || group.inherits || earlier?.outcome !== "killed") return null;
  if (!LOST_BEFORE_COUNT.test(text.slice(0, before.start))) return null;
  const gap = text.slice(before.end, group.start);
  if (/[.;:()]/.test(gap)) return null;
  const outcome: GroupOutcome = { outcome: "killed", via: "shared" };
  if (LOST_BEFORE_COUNT.test(gap)) return { outcome };
  const subject = GAPPED_SUBJECT.exec(gap)?.[1];
  const loser = subject ? ctx.sideOf(subject.replace(/^the\s+/i, "")) : null;
  return loser ? { outcome, loser } : null;
}

/** "putting the combined death toll reported by the two governments at", "bringing the combined toll of both sides to". */
const SIDES_ADDED_UP_BEFORE =
  /,\s+(?:putting|bringing)\s+the\s+combined\s+(?:[\w-]+\s+){0,2}(?:toll|tally|count)\s+(?:reported\s+by|given\s+by|of)\s+(?:the\s+two|both)\s+(?:governments|sides|countries|armies)\s+(?:at|to)\s+(?:(?:about|around|some|more\s+than|over|at\s+least|nearly|almost)\s+)?$/i;

/** "by our count", "by our own tally": the outlet's own sum. */
const OUR_COUNT = /\bby\s+our\s+(?:own\s+)?(?:count|tally|calculation|reckoning)\b/i;

/** Whether the clause around a count says the outlet made it, outside any quotation. */
/** A war's toll of people no side is named for, given in passing (see warsToll.ts). */
function passingWarsToll(text: string, group: VictimGroup): boolean {
  return (
    !group.possessive &&
    !nationOf(group) &&
    /^(?:people|persons|lives)$/i.test(group.noun ?? "") &&
    isWarsToll(text.slice(0, group.start), text.slice(group.end))
  );
}

function byOurCount(text: string, group: VictimGroup): boolean {
  const after = /^[^.;]{0,60}/.exec(text.slice(group.end))?.[0] ?? "";
  // (Only the last 80 characters can hold it: tried at every earlier start, the pattern would scan the whole clause again.)
  const before = /[^.;,]{0,80}$/.exec(text.slice(Math.max(0, group.start - 80), group.start))?.[0] ?? "";
  const quotesBefore = (text.slice(0, group.start).match(/"/g) ?? []).length;
  return quotesBefore % 2 === 0 && (OUR_COUNT.test(after) || OUR_COUNT.test(before));
}

/**
 * The earlier figure a bare number gives a new value of: one before it in the sentence ("12 killed,
 * a figure later raised to 16") or in the sentences just before ("It later raised that figure to 71").
 */
function referredFigure(text: string, group: VictimGroup, ctx: CasualtyContext, before: CasualtyDraft | undefined): EarlierFigure | undefined {
  if (group.noun !== null || !ANAPHORIC_TOLL_BEFORE.test(text.slice(0, group.start))) return undefined;
  return (before && singleOutcome(before)) ?? ctx.earlier;
}

/** "the number of mine victims", "landmine victims": a count of those mines killed and maimed together. */
const MINE_VICTIMS_COUNT = /\b(?:land)?mine\s+victims\b|\bvictims\s+of\s+(?:land)?mines\b/i;
/** A toll named by no outcome of its own: "the count", "the total", "the tally". */
const BARE_TOLL = /^(?:count|tally|total|number|figure)$/i;

/**
 * '"The number of mine victims continues to increase," he said. By May the count had passed 300.': a bare count
 * right after mine victims were counted (or said to grow) is theirs, the dead and the maimed together: no figure.
 */
function countsMineVictims(outcome: GroupOutcome, ctx: CasualtyContext): boolean {
  return outcome.via === "toll" && BARE_TOLL.test(outcome.tollPhrase ?? "") && MINE_VICTIMS_COUNT.test(ctx.sentenceBefore ?? "");
}

/** "bringing that toll to", "its death toll rose to": a toll named as one already given. */
/** "(a general) is among the dead", "(four women) were among those killed": some of the dead a figure counts. */
const AMONG_THE_DEAD_AFTER = /^\s+(?:is|was|were|are)\s+(?:also\s+)?among\s+(?:the|those)\s+(?:dead|killed|fallen)\b/i;
const THAT_TOLL_BEFORE = /\b(?:that|this|its|their)\s+(?:(?:death|overall|civilian)\s+)?toll\b[^.;]{0,40}?\b(?:to|at|reached|hit)\s+$/i;

/** ", according to the Karabakh ombudsman," right after a count: the source of that count alone. */
// (", according to the figures published by the authorities in Stepanakert": the body that published them.)
const ACCORDING_TO_AFTER =
  /^\s*,\s*according\s+to\s+(?:the\s+)?(?:(?:official\s+)?(?:figures|data|information|statistics)\s+(?:published|released|provided|given|issued)\s+by\s+(?:the\s+)?)?([^,;.()]{2,60}?)\s*(?:[,;.)]|$|\s+(?:on|in)\s+(?:mid-|early\s+|late\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b)/i;

function citedAfter(after: string, ctx: CasualtyContext): Side | null {
  const source = ACCORDING_TO_AFTER.exec(after)?.[1];
  const side = source ? ctx.sideOf(source) : null;
  // ("That brings the number of its soldiers killed to 104, according to Interfax": a third party closing the
  // sentence of a belligerent's figure, whose voice the sentence already is, only carries it.)
  const closing = source !== undefined && /^[^,;]*,[^,;]*$/.test(after.trim().replace(/[.]\s*$/, ""));
  return side === "other" && closing && isBelligerent(ctx.claimant) ? null : side;
}

/** "a figure the Armenian side later raised to": who revised the figure, named between it and its verb. */
const REVISED_BY =
  /\b(?:a|that|the|this)\s+figure\s+(?:that\s+|which\s+)?((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:\w+ly\s+|later\s+)?(?:raised|revised|lowered|increased|updated|put|cut)\b[^.;]*$/i;

/** "Karabakh officials raise the toll from the blast to", "Baku raised its death toll to": a side and its verb of raising a toll. */
const TOLL_RAISED_BY =
  /(?:^|[,;:]\s*|\b(?:and|as|while|after)\s+)(?<who>(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+(?:officials|authorities|government|side))?)\s+(?:(?:has|have|had)\s+)?(?:later\s+)?(?:raise|raises|raised)\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|count|figure)\b[^.;,]{0,60}?\bto\s+$/u;

function tollRaiserOf(before: string, ctx: CasualtyContext): Side | null {
  const who = TOLL_RAISED_BY.exec(before)?.groups?.who;
  const side = who ? ctx.sideOf(who.replace(/^the\s+/i, "")) : null;
  return side && isBelligerent(side) && side !== ctx.claimant ? side : null;
}

function reviserOf(before: string, ctx: CasualtyContext): Side | null {
  const who = REVISED_BY.exec(before)?.[1];
  const side = who ? ctx.sideOf(who) : null;
  return side && side !== ctx.claimant ? side : null;
}

/** "…, up from 1,177 a week earlier", "(up from 604)", ", after reporting 50": the toll it was raised from, right after the new one. */
// "…, after reporting 50": the count the same speaker gave before.
const EARLIER_COUNT =
  /^[^,;.]{0,40}?,?\s*\(?\s*(?:up\s+from\s+(?:the\s+)?|after\s+(?:first\s+|initially\s+|earlier\s+)?(?:reporting|giving|announcing|citing)\s+)(\d[\d,]*)\b(?!\s*(?:%|percent|hours|days))/i;

/**
 * "…, revising upwards a figure of 120 it gave on Friday": the figure the new count replaces, the same speaker's;
 * "…, up from the single death it had confirmed": one (no number captured).
 */
const REVISED_FIGURE =
  /^[^;.]{0,100}?,\s*(?:revising\s+(?:upwards?|up|downwards?|down)\s+(?:a|the|its)\s+(?:earlier\s+|previous\s+)?figure\s+of\s+(\d[\d,]*)\b|up\s+from\s+(?:the|a)\s+single\s+(?:death|fatality)\b)/i;

/**
 * "two soldiers were shot dead by snipers in 2012, compared with 11 in 2011": the same victims counted over an
 * earlier span, by the same speaker. (Only a count the words after it date, and never a year: "compared with 2021 in …" is no count.)
 */
const COMPARED_COUNT =
  /^[^;.]{0,100}?,?\s+compared\s+(?:with|to)\s+(?!(?:19|20)\d\d\b)(\d[\d,]*)(?=\s+(?:in|during|a\s+year|the\s+year|last\s+year|the\s+previous)\b)/i;

/** "… died on each side", "… killed on either side": each side's own count, not a total. */
const EACH_SIDE_AFTER = /^[^,;.]{0,60}?\b(?:on|for|from)\s+(?:each|either)\s+side\b/i;
const EACH_SIDE = ["armenia", "azerbaijan"] as const;

/** A side named as the subject of a reporting verb ("Azerbaijan reported", "the Karabakh authorities say") or of a label ("Armenian Security Council:"). */
const SPEAKING_SIDE =
  "((?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}(?:\\s+(?:side|government|authorities|officials|ministry))?)\\s*(?::|\\s(?:(?:has|have|had)\\s+)?(?:says|say|said|reported|reports|names|named|acknowledged|acknowledges|admitted|admits|announced|announces|confirmed|confirms)\\b)";

/**
 * A side that speaks right before a count, in a clause joined to the one before it: "…, and Azerbaijan reported (80)",
 * "…; Baku names (80)", "…, while the Karabakh authorities say (22)". (One after "and that" still speaks within the first clause.)
 */
// ("Yerevan says 18 soldiers were killed, Baku says 12": a comma alone joins two speakers' clauses in a headline.)
const COORDINATE_SPEAKER = new RegExp(`(?:;|,|,?\\s+(?:and|while|whereas|but))\\s+${SPEAKING_SIDE}\\s+(?:that\\s+)?$`, "u");
const SPEAKER_IN_CLAUSE = new RegExp(SPEAKING_SIDE, "gu");

/**
 * The side that speaks in the clause of a count, when the sentence's own speaker spoke in the clause before it
 * ("Armenia says 207 … and Azerbaijan reported 80 …"): two sides side by side, each with its own figure. A speaker
 * who relays both ("an interviewee: the Azerbaijani side reported seven dead, and the Armenian side six") keeps both.
 */
function coordinateSpeaker(before: string, ctx: CasualtyContext): Side | null {
  const reporting = reportingInParticiple(before, ctx);
  if (reporting) return reporting;
  const found = COORDINATE_SPEAKER.exec(before);
  const side = found?.[1] ? ctx.sideOf(found[1]) : null;
  if (!found || !side || side === ctx.claimant) return null;
  const earlierSpeakers = [...before.slice(0, found.index).matchAll(SPEAKER_IN_CLAUSE)].map((m) => (m[1] ? ctx.sideOf(m[1]) : null));
  // (Two sides heard together, "Yerevan says …, Baku says …": each of them spoke in a clause of its own.)
  const heard = ctx.claimant === "unattributed" ? (ctx.jointClaimants ?? []) : [ctx.claimant as Side];
  return earlierSpeakers.some((s) => s !== null && s !== side && heard.includes(s)) && (ctx.claimant !== "unattributed" || heard.includes(side)) ? side : null;
}

/** A verb of reporting right before a count: "(Armenia) reported (49 …)". */
const REPORTED_BEFORE_COUNT = /\b(?:reported|announced|confirmed|acknowledged|admitted|gave|listed)\s+$/i;
/** Between a reported count and a second one: its outcome maybe, then "and" and the second reporter, with no verb. */
const GAPPED_REPORTER = /^(?:\s+(?:killed|dead|wounded|injured))?\s*,?\s+and\s+((?:the\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+$/u;

/**
 * "Armenia reported 49 servicemen killed and Azerbaijan 50": the second side reports a count of its own with the first
 * one's verb left out; the bare count is that side's, of what the first counted (see the speaker's outcome in readFigures).
 */
function gappedReporter(text: string, groups: VictimGroup[], i: number, ctx: CasualtyContext): Side | null {
  const [group, before] = [groups[i], groups[i - 1]];
  if (!group || !before || group.noun !== null || group.inherits || !REPORTED_BEFORE_COUNT.test(text.slice(0, before.start))) return null;
  const subject = GAPPED_REPORTER.exec(text.slice(before.end, group.start))?.[1];
  if (!subject || !/^\s*(?:[.,;!]|$|(?:killed|dead|wounded|injured)\b)/.test(text.slice(group.end))) return null;
  const side = ctx.sideOf(subject.replace(/^the\s+/i, ""));
  return side && isBelligerent(side) && side !== ctx.claimant ? side : null;
}

/** A side as the subject of a participle of reporting, right before a count: "(, with) the Karabakh army reporting (two …)". */
const PARTICIPLE_SPEAKER =
  /(?:\bwith|,|\band)\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+(?:reporting|saying|claiming|announcing|confirming|acknowledging|admitting)\s+(?:that\s+)?$/u;

/**
 * "…, with Azerbaijan announcing that it had taken the heights and the Karabakh army reporting two soldiers killed":
 * a side named as the one reporting a count in a participial clause gives that count, whoever speaks for the rest.
 */
function reportingInParticiple(before: string, ctx: CasualtyContext): Side | null {
  const phrase = PARTICIPLE_SPEAKER.exec(before)?.[1];
  const side = phrase ? victimPhraseSide(phrase, ctx) : null;
  return side && side !== ctx.claimant ? side : null;
}

/**
 * An outlet's sentence that opens on the victims the speaker just before gave, and so is that speaker's figure, when
 * they are of its own side: one more after the dead it named ("(Armenia's ministry named the four dead.) A fifth soldier
 * was wounded"), or its own dead named as only their side names them ("(…, the ministry said.) Two Azerbaijani
 * servicemen, A and B, were killed").
 */
function speakersOwnGoingOn(text: string, group: VictimGroup, ctx: CasualtyContext, affected: AffectedSide): boolean {
  const speaker = ctx.possessorSide;
  if (ctx.claimant !== "unattributed" || !speaker || !isBelligerent(speaker) || ctx.headline || /\S/.test(text.slice(0, group.start))) return false;
  if (NAMED_IN_APPOSITION.test(text.slice(group.end))) return affected !== "unspecified" && sameCamp(affected, speaker);
  if (!ORDINAL_OPENING.test(text.slice(group.start))) return false;
  const earlier = ctx.earlier?.affected ?? ctx.earlierVictims;
  return earlier !== undefined && earlier !== "unspecified" && sameCamp(earlier, speaker) && (affected === "unspecified" || sameCamp(affected, speaker));
}

/** Two people named in apposition: ", Shahin Aliyev and Rauf Mammadov,". */
const NAMED_IN_APPOSITION = /^\s*,\s*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+and\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s*,/u;

/** "A fifth soldier", "A third man": one more after the victims counted before. */
const ORDINAL_OPENING = /^(?:an?|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i;

/**
 * Whether the count stands in a headline's clause, set off by a semicolon, that names no speaker while another clause
 * does: "Azerbaijan says it took the heights; two Karabakh soldiers killed", "Two airmen killed; Baku calls it a tragedy".
 */
function outletsClauseInHeadline(text: string, group: VictimGroup): boolean {
  const start = text.lastIndexOf(";", group.start) + 1;
  const semicolon = text.indexOf(";", group.end);
  // ("Two soldiers killed on the line, Stepanakert denies firing": a comma before a speaker who says something of
  // its own ends the outlet's clause too; "Five soldiers killed, Baku says" gives the figure to Baku.)
  const speakerAfter = start === 0 ? SPEAKER_CLAUSE_AFTER_COMMA.exec(text.slice(group.end)) : null;
  const next = speakerAfter ? group.end + speakerAfter.index : semicolon;
  const end = next < 0 ? text.length : next;
  if (start === 0 && next < 0) return false;
  const others = `${text.slice(0, start)} ${text.slice(end)}`;
  return (
    !SPEECH_IN_CLAUSE.test(text.slice(start, end)) && (speakerAfter !== null || new RegExp(SPEAKING_SIDE, "u").test(others) || SPEECH_IN_CLAUSE.test(others))
  );
}

/** "(a girl) who Baku says (died)", "(a man) whom the ministry claimed (was shot)": a speaker inside a relative clause of a person ("a toll which Baku says is final" speaks of the count itself). */
const SPEAKER_IN_RELATIVE =
  /\b(?:who|whom)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+|(?:ministry|army|government|authorities|officials)\s+){1,3}(?:says|said|claims|claimed|believes|believed|insists|insisted)\b/u;

/**
 * Whether the sentence's only speaker is one heard in a relative clause after the count, with no verb of speech before
 * the count or between them: "X, a soldier killed on 7 May, while Y carried that of Z, a girl who Baku says died".
 */
function heardOnlyInRelativeAfter(text: string, group: VictimGroup): boolean {
  const after = text.slice(group.end);
  const m = SPEAKER_IN_RELATIVE.exec(after);
  if (!m) return false;
  return !SPEECH_IN_CLAUSE.test(text.slice(0, group.start)) && !SPEECH_IN_CLAUSE.test(after.slice(0, m.index)) && /[,;]/.test(after.slice(0, m.index));
}

/** ", Baku says one soldier was wounded", ", Stepanakert denies firing": a side's clause with words of its own after the verb. */
const SPEAKER_CLAUSE_AFTER_COMMA =
  /,\s+(?:(?:Baku|Yerevan|Stepanakert|Moscow|Ankara|Tehran|Azerbaijan|Armenia|Russia)|(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:army|ministry|side|authorities|officials))\s+(?:says|said|denies|denied|claims|claimed|reports|reported|calls|called|blames|blamed|insists|accuses|accused)\s+\S/u;

/** A verb of reporting or a label's colon: the clause has a speaker of its own. */
const SPEECH_IN_CLAUSE =
  /:|\b(?:says?|said|reports?|reported|puts?|claims?|claimed|confirms?|confirmed|announces?|announced|admits?|admitted|acknowledges?|acknowledged|names?|named|calls?|called|according)\b/i;

/**
 * "Baku's claim that", "Azerbaijan's assertion that": another party's words, named by their owner; "Armenian claims
 * that", "Azerbaijani reports that": named by the nation's adjective. ("Armenian media reports of more than ten
 * Azerbaijani dead": the reports of the count right after them, of that nation's media.)
 */
const RELAYED_CLAIM =
  /\b((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)(?:['’]s?|(?<=(?:ian|ani|eri|ish|ese))(?=\s))\s+(?:(?:latest|earlier|official|own)\s+)?(?:(?:media|press|news)\s+)?(?:claims?|assertions?|allegations?|figures?|accounts?|statements?|reports?)\s+(?:that\b|of\s+$)/gu;

/** The side whose claim the figure stands in, when the text before it relays one ("Baku's claim that …"). */
function relayedBy(before: string, ctx: CasualtyContext): Side | null {
  const last = [...before.matchAll(RELAYED_CLAIM)].at(-1);
  if (!last?.[1] || /[;.]/.test(before.slice((last.index ?? 0) + last[0].length))) return null;
  const side = ctx.sideOf(last[1]);
  return side && side !== ctx.claimant ? side : null;
}

/**
 * "Armenian prosecutors had charged Akhundov with killing (an Armenian civilian)", "…, over the killing of": the killing a
 * side's prosecutors charge someone with is that side's accusation, whoever speaks in the rest of the sentence.
 */
const CHARGED_WITH_KILLING =
  /(?:^|[;,]\s*)(?<subject>(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:prosecutors|investigators|police|courts?|authorities))\s+(?:had\s+|has\s+|have\s+)?(?:charged|indicted|accused)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:with|of|over)\s+(?:the\s+)?(?:killing|murder|murdering)\s+(?:of\s+)?$/u;

/** The side whose prosecutors charge someone with the killing the count is, when the text before it says so. */
function chargedBy(before: string, ctx: CasualtyContext): Side | null {
  const subject = CHARGED_WITH_KILLING.exec(before)?.groups?.subject;
  const side = subject ? ctx.sideOf(subject) : null;
  return side && side !== ctx.claimant ? side : null;
}

/** "each side blamed the other", "both sides accused each other", "traded blame": sides that speak only of blame. */
const MUTUAL_BLAME =
  /\b(?:blam(?:ed|e|es|ing)|accus(?:ed|e|es|ing))\s+(?:each\s+other|one\s+another|the\s+other(?:\s+side)?)\b|\btrad(?:ed|e|ing)\s+(?:blame|accusations)\b/i;

/** Among sides speaking together, the one whose own losses these are, if any. */
function ownLossesOfJointSpeaker(affected: AffectedSide, ctx: CasualtyContext): Side | null {
  if (ctx.claimant !== "unattributed" || affected === "unspecified" || !ctx.jointClaimants) return null;
  return ctx.jointClaimants.find((side) => side === affected) ?? ctx.jointClaimants.find((side) => sameCamp(side, affected)) ?? null;
}

/** Words that open a part of the figure before: "including", "among them", "the dead included". */
// ("among them a lieutenant and a warrant officer": every person listed after it is a part too.)
const SUBSET_BEFORE = new RegExp(
  `(?:\\b(?:including|among them|among whom|among those|of whom)\\s*|\\b(?:including|among them|among whom)\\s+(?:an?|the)\\s+[^,;.()]{1,30}?\\s+and\\s+|${TOLL_INCLUDED.source})$`,
  "i",
);

/** A group that counts part of the group before it in the sentence. */
/** What opens an apposition after a count: a comma, after where the counted were ("on board", "aboard"). */
const APPOSITION_GAP = /^(?:\s+(?:on\s+board|aboard))?\s*,\s*$/i;

function isSubset(text: string, groups: VictimGroup[], i: number): boolean {
  const group = groups[i];
  const before = groups[i - 1];
  if (i === 0 || group === undefined || before === undefined) return false;
  if (SUBSET_BEFORE.test(text.slice(0, group.start))) return true;
  // "32 people killed, seven of them civilians": a part of the group before, named by its own noun.
  if (group.noun !== null && /\bof\s+(?:them|whom)\b/i.test(text.slice(group.start, group.end))) return true;
  const gap = text.slice(before.end, group.start);
  // "Two civilians, one of them a child, have been killed": "one of them a child" set off by commas
  // is a part of the group before, and "a child" only says who that part is. ("ten civilians, five
  // of them children" names a part that annotators count as a figure of its own.)
  const oneOfThem = (g: VictimGroup) => g.noun === null && /\bof\s+(?:them|whom)$/i.test(text.slice(g.start, g.end)) && /^\s+an?\s/i.test(text.slice(g.end));
  // ("three soldiers were killed, one of them an officer,", "at least two dead, one of them a child,": the
  // outcome may come between the group and the part; the part still only says who one of them was.)
  if (oneOfThem(group) && /^(?:\s*|\s+[^,;:.()]{1,30}?),\s*$/.test(gap)) return true;
  // "nine civilians, four of them women, and 35 wounded": who some of the dead were, not a figure
  // (most annotators count only the civilians; their share of a toll of all kinds is another matter).
  if (
    group.noun === null &&
    /^\s*,\s*$/.test(gap) &&
    /\bof\s+(?:them|whom)$/i.test(text.slice(group.start, group.end)) &&
    WHO_THEY_WERE.test(text.slice(group.end))
  )
    return true;
  if (oneOfThem(before) && /^\s+$/.test(gap) && isSubset(text, groups, i - 1)) return true;
  // "14 servicemen, 12 of them from the internal troops, had been killed": where some of them served
  // or lay ("in hospital") only breaks the total down.
  if (
    group.noun === null &&
    /^\s*,\s*$/.test(gap) &&
    /\bof\s+(?:them|whom)$/i.test(text.slice(group.start, group.end)) &&
    WHERE_THEY_WERE.test(text.slice(group.end))
  )
    return true;
  // "25 civilians had been killed, five of them on Saturday alone,": the dead of one day (see partOfOneDay), the
  // outcome maybe between.
  if (partOfOneDay(text, group) && /^(?:\s*|\s+[^,;:.()]{1,40}?),\s*$/.test(gap)) return true;
  // "six people, four police officers and two road workers, were killed": the apposition breaks
  // the people down, and so does every group joined to its first part.
  // ("all 22 people on board, 19 passengers and three crew, were killed": where the people were comes before the comma.)
  if (APPOSITION_GAP.test(gap) && /^(?:people|persons)$/i.test(before.noun ?? "")) return true;
  // "four people, a border service warrant officer and three deminers, were injured": a single person the
  // group reader does not count may open the apposition; what follows it still breaks the people down.
  if (/^\s*,\s*an?\s+[^,;.()]{1,40}?\s+and\s+$/i.test(gap) && /^(?:people|persons)$/i.test(before.noun ?? "")) return true;
  // "the deaths of six of its citizens, four police officers and two road workers": parts listed in
  // apposition that add up to the count before them break it down, whatever its noun.
  // ("six soldiers, four civilians and two police officers" lists three groups: only a noun that covers
  // any kind of victim, or none, is broken down.)
  if (APPOSITION_GAP.test(gap) && COVERING_NOUN.test(before.noun ?? "people") && addsUpTo(text, groups, i, before.count)) return true;
  if (nationsAddingUp(text, groups, i)) return true;
  // "among them 63 children, 106 women and 70 elderly people": each part of the list the first one opens is a part too,
  // unless it names an outcome of its own ("including 10 civilians, 400 wounded").
  if (i > 1 && /^\s*,\s*$/.test(gap) && group.noun !== null && !OWN_OUTCOME_AFTER.test(text.slice(group.end)) && isSubset(text, groups, i - 1)) return true;
  return i > 1 && /^\s*and\s*$/i.test(gap) && isSubset(text, groups, i - 1);
}

/**
 * "32 people were killed (26 Armenians, 6 Azerbaijanis)", "counted 32 dead: 26 Armenians and 6 Azerbaijanis": groups
 * of two nations or more, listed right after a count they add up to, break it down.
 */
function nationsAddingUp(text: string, groups: VictimGroup[], i: number): boolean {
  let first = i;
  while (first > 0 && nationOf(groups[first - 1]) && COORDINATION.test(text.slice(groups[first - 1]?.end ?? 0, groups[first]?.start ?? 0))) first--;
  const [total, opening] = [groups[first - 1], groups[first]];
  if (!total || !opening || !nationOf(groups[i]) || !/^[^,;:.()]{0,40}[(:,]\s*$/.test(text.slice(total.end, opening.start))) return false;
  const nations = new Set<string>();
  for (let j = first; j < groups.length && nationOf(groups[j]); j++) nations.add(nationOf(groups[j]) ?? "");
  return nations.size >= 2 && addsUpTo(text, groups, first, total.count);
}

/** Where a part of the victims served or lay, right after "N of them": "from the army", "in hospital". */
const WHERE_THEY_WERE = /^\s+(?:were\s+)?(?:from|in|at|with)\s/i;

/** Who a part of the victims were, right after "N of them": "women", "children", "elderly". */
const WHO_THEY_WERE = /^\s+(?:(?:young|small|elderly|old)\s+)?(?:children|women|men|girls|boys|elderly|pensioners|minors|teenagers|infants|babies)\b/i;

/** Nouns that cover victims of every kind: "six of its citizens", "nine people", "seven deaths". */
const COVERING_NOUN = /^(?:people|persons|citizens|nationals|compatriots|residents|inhabitants|victims|deaths|fatalities|casualties)$/i;

/** Whether the groups listed from i on ("four police officers and two road workers") count `total` between them, in two parts or more. */
function addsUpTo(text: string, groups: VictimGroup[], i: number, total: number): boolean {
  let sum = 0;
  let parts = 0;
  for (let j = i; j < groups.length; j++) {
    const group = groups[j];
    const previous = groups[j - 1];
    if (!group || (j > i && previous && !/^\s*(?:,\s*(?:and\s+)?|and\s+)$/i.test(text.slice(previous.end, group.start)))) break;
    sum += group.count;
    parts++;
    if (sum >= total) break;
  }
  return parts >= 2 && sum === total;
}

/**
 * A part of a total is a figure of its own only when it is hedged on its own: "up to 220
 * killed, including at least 25 civilians" gives two figures, while "27 killed, including
 * two civilians" breaks down the one figure and gives none.
 */
function keptGroups(text: string, groups: VictimGroup[]): VictimGroup[] {
  return groups.filter(
    (group, i) =>
      !isSubset(text, groups, i) ||
      group.qualifier !== null ||
      !totalCounted(text, groups, i) ||
      civilianShare(text, groups, i) ||
      sidesApart(groups, i) ||
      civiliansSetApart(text, groups, i) ||
      partOfOneDay(text, group),
  );
}

/**
 * "25 civilians had been killed, five of them on Saturday alone,": the dead of one day among a running toll are a
 * figure of their own, the day's toll. (Who or where some of them were, "five of them children", "in hospital", only
 * breaks the toll down.)
 */
const ON_ONE_DAY_AFTER =
  /^\s+(?:on|during)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:the\s+)?(?:first|last|final|same)\s+day|that\s+day|\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})(?:\s+alone)?\s*[,;.]/iu;

function partOfOneDay(text: string, group: VictimGroup): boolean {
  return group.noun === null && /\bof\s+(?:them|whom)$/i.test(text.slice(group.start, group.end)) && ON_ONE_DAY_AFTER.test(text.slice(group.end));
}

/** "(including three civilians) killed": the part names its own outcome. */
const OWN_OUTCOME_AFTER = /^\s+(?:killed|dead|wounded|injured)\b/i;
/**
 * "(138 people have been wounded, including 29 civilians)." and "(…, among them ten civilians), five of
 * them children, he said.": the part closes the sentence, with at most who some of them were and the speaker.
 */
const CLOSES_SENTENCE =
  /^(?:\s*,\s*(?:\S+\s+)?of\s+(?:them|whom)\s+(?:were\s+)?(?:children|women|minors)\b)?(?:\s*,\s*(?:he|she|it|they)\s+(?:said|says|added))?\s*["'.!]*\s*$/i;

/**
 * "207 people had been killed, including three civilians killed", "138 people have been wounded, including
 * 29 civilians.": the civilians among a toll of all kinds, named with their own outcome or closing the
 * sentence, are a figure of their own. (A part in the middle, "27 killed, including two civilians, and more
 * than 200 wounded", or before the predicate, "200 people, including 10 civilians, were killed", only
 * breaks the toll down: annotators seldom count it.)
 */
function civiliansSetApart(text: string, groups: VictimGroup[], i: number): boolean {
  const part = groups[i];
  let j = i - 1;
  while (j > 0 && isSubset(text, groups, j)) j--;
  const total = groups[j];
  if (!part || !total || !/^civilians?$/i.test(part.noun ?? "") || /^civilians?$/i.test(total.noun ?? "")) return false;
  if (!SUBSET_BEFORE.test(text.slice(0, part.start))) return false;
  const after = text.slice(part.end);
  return OWN_OUTCOME_AFTER.test(after) || CLOSES_SENTENCE.test(after);
}

/**
 * "more than 400 people had been killed, including 22 Armenian civilians and 31 Azerbaijani
 * civilians": parts of two nations under a total of no side are each side's own figure.
 */
function sidesApart(groups: VictimGroup[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && nationOf(groups[j])) j--;
  const total = groups[j];
  if (!total || nationOf(total)) return false;
  const nations = new Set(
    groups
      .slice(j + 1)
      .map(nationOf)
      .filter((n) => n !== null),
  );
  return nationOf(groups[i]) !== null && nations.size >= 2;
}

/**
 * "counted 32 dead: 26 Armenians and 6 Azerbaijanis", "32 people were killed, 26 of them Armenians and six
 * Azerbaijanis": the groups right after a total, each of a nation, name two nations or more between them.
 */
function splitBetweenNations(text: string, groups: VictimGroup[], i: number): boolean {
  const total = groups[i];
  const first = groups[i + 1];
  if (!total || !first || nationOf(total) || !(isSubset(text, groups, i + 1) || nationsAddingUp(text, groups, i + 1))) return false;
  const nations = new Set<string>();
  for (let j = i + 1; j < groups.length; j++) {
    const nation = nationOf(groups[j]);
    if (!nation) break;
    nations.add(nation);
  }
  return nations.size >= 2;
}

/** The nation a group names, by its adjective ("22 Armenian civilians") or its noun ("26 Armenians"). */
function nationOf(group: VictimGroup | undefined): string | null {
  if (!group) return null;
  const named = NATION.exec(group.modifiers) ?? (group.kind === "nationality" ? NATION_NOUN.exec(group.noun ?? "") : null);
  return named?.[1]?.toLowerCase() ?? null;
}

const NATION = /\b(Armenian|Azerbaijani|Azeri|Karabakh|Russian|Turkish|Iranian|Georgian)\b/;
/** A nation's people as a noun: "Armenians", "Azerbaijanis", "Azeris". */
const NATION_NOUN = /^(Armenian|Azerbaijani|Azeri|Russian|Turk|Iranian|Georgian)s$/;

/**
 * "at least 32 people killed, seven of them civilians", "the toll reached 25, including two civilians":
 * the civilians among a toll of all kinds are a figure of their own; "ten civilians, five of them
 * children" only breaks the civilians down.
 */
const CIVILIAN_SHARE_FORMS = /\bof\s+(?:them|whom)\b/i;

function civilianShare(text: string, groups: VictimGroup[], i: number): boolean {
  const [part, total] = [groups[i], groups[i - 1]];
  if (part === undefined || total === undefined || !/^civilians?$/i.test(part.noun ?? "") || /^civilians?$/i.test(total.noun ?? "")) return false;
  return CIVILIAN_SHARE_FORMS.test(text.slice(part.start, part.end));
}

/**
 * Whether the total a part breaks down is a toll itself: "27 killed, including two civilians" is;
 * "382 people had fallen victim to mines, of whom 70 were killed and 312 injured" is not, and
 * there the parts are the figures.
 */
function totalCounted(text: string, groups: VictimGroup[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && isSubset(text, groups, j)) j--;
  const total = groups[j];
  return total !== undefined && resolveOutcome(text, total) !== null;
}

/** Straight quotes and plain spaces, so that patterns need not list every variant. */
function normalizeSentence(sentence: string): string {
  // (ASCII is its own NFKC form and holds no curly mark or dash: of the marks, only a backtick is there to turn.)
  const marks = ASCII_ONLY.test(sentence)
    ? sentence.replace(/`/g, "'")
    : sentence
        .normalize("NFKC")
        .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
        .replace(/[\u201C\u201D\u201E\u2033«»]/g, '"')
        .replace(/[\u2013\u2014]/g, " - ");
  // (Folded only where there is something to fold: most sentences have single spaces only, and the replace copied each.)
  let text = hasSpaceToFold(marks) ? marks.replace(/\s+/g, " ") : marks;
  // Each rewrite below is tried only on a text holding one of its pattern's required texts (a quotation mark,
  // "between", an outcome label, "and"): most sentences hold none.
  let lower = searchable(text);
  const rewrite = (keyed: KeyedPattern, replacement: string) => {
    if (!mayMatch(keyed, lower)) return;
    const next = text.replace(keyed.pattern, replacement);
    if (next !== text) [text, lower] = [next, searchable(next)];
  };
  // 'said "up to 550" Armenian servicemen had been killed': a figure quoted as the speaker put it is still the count.
  rewrite(REWRITES.quotedCount, "$1");
  // "put the figure at between 64 and 94": a toll's value given as a range is the range "64 to 94", read at its lower bound.
  rewrite(REWRITES.tollAtBetween, "$1 $2 to $3");
  // "Killed: 32 (26 Armenians, 6 Azerbaijanis)", "- injured: over 100": a list's label and its count, read as "32 killed".
  rewrite(REWRITES.labelThenCount, "$1$3 $2");
  // "put the dead at 27 and the wounded at more than 200": the second toll of the pair, read as "and more than 200 wounded".
  rewrite(REWRITES.secondTollAt, "$1 $3 $2");
  // "we have 49 (military) dead": a word the speaker's words were glossed with, read as said.
  rewrite(REWRITES.glossedKind, "$1 $2");
  // "the names of 92 military and civilian dead": the two kinds together are all the dead, read as "92 dead".
  rewrite(REWRITES.bothKinds, "$1");
  // "insisted no civilians had been harmed": none harmed is none hurt, killed or wounded (a number harmed stays unread).
  rewrite(REWRITES.noneHarmed, "$1hurt");
  return text;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** An outcome label opening the sentence, a colon and the count it labels. */
// ("Deaths: 133 civilians by the official count": a count with its victims' noun is read as a listed toll, see TOLL_LISTED.)
const LABEL_THEN_COUNT = new RegExp(
  `^(\\W*)(killed|dead|deaths|wounded|injured)\\s*:\\s*((?:(?:${QUALIFIER_PATTERN})\\s+)?(?:${NUMBER_PATTERN}))(?![\\w-])(?!\\s+(?:[\\w-]+\\s+)?(?:civilians|people|persons|soldiers|servicemen|troops|residents|children|women|men)\\b)`,
  "i",
);

/** ", and the wounded at 200", "and its wounded at some 50,000" after a first toll given with "at": the second outcome and its count. */
const SECOND_TOLL_AT = new RegExp(
  `(\\band)\\s+(?:the|its|their)\\s+(wounded|injured|dead|killed)\\s+at\\s+((?:(?:${QUALIFIER_PATTERN})\\s+)?(?:${NUMBER_PATTERN}))(?![\\w-])`,
  "gi",
);

/** A toll's preposition before a range opened by "between": "(put the figure) at between 64 and 94", "(rose) to between 20 and 30". */
const TOLL_AT_BETWEEN = new RegExp(`\\b(at|to)\\s+between\\s+(${NUMBER_PATTERN})\\s+and\\s+(${NUMBER_PATTERN})(?![\\w-])`, "gi");

/** One word in brackets between a count and its outcome, an editor's gloss: "49 (military) dead", "12 (civilian) deaths". */
const GLOSSED_KIND = /(\d[\d,.]*)\s+\(([\p{L}-]+)\)(?=\s+(?:dead|killed|wounded|injured|deaths|casualties|fatalities)\b)/giu;

/** "military and civilian" between a count and its outcome: both kinds of victim, which say nothing of whose. */
const BOTH_KINDS =
  /(\d[\d,.]*)\s+(?:military\s+and\s+civilian|civilian\s+and\s+military)(?=\s+(?:dead|killed|wounded|injured|deaths|casualties|fatalities)\b)/gi;

/** A count in quotation marks, with its hedge and a noun or two: '"more than 5,000"', '"at least 300 men"'. */
const QUOTED_COUNT =
  /"((?:(?:up\s+to|more\s+than|at\s+least|about|around|approximately|roughly|some|nearly|almost|over|fewer\s+than|no\s+fewer\s+than|no\s+more\s+than|no\s+less\s+than|not\s+(?:less|fewer|more)\s+than)\s+)?\d[\d,.]*(?:\s+[\p{L}-]+){0,2})"/giu;

/** A denial that anyone of a group was harmed: "no civilians had been harmed", "nobody was harmed". */
const NONE_HARMED = /\b((?:no|nobody|none)\b[^,;.]{0,40}?\b(?:was|were|been|being|is|are)\s+)harmed\b/gi;

/** normalizeSentence's rewrites, each with the texts its pattern cannot match without. */
const REWRITES = Object.fromEntries(
  keyedPatterns({
    quotedCount: QUOTED_COUNT,
    tollAtBetween: TOLL_AT_BETWEEN,
    labelThenCount: LABEL_THEN_COUNT,
    secondTollAt: SECOND_TOLL_AT,
    glossedKind: GLOSSED_KIND,
    bothKinds: BOTH_KINDS,
    noneHarmed: NONE_HARMED,
  }).map((k) => [k.name, k]),
) as Record<"quotedCount" | "tollAtBetween" | "labelThenCount" | "secondTollAt" | "glossedKind" | "bothKinds" | "noneHarmed", KeyedPattern>;

/** A verb right after a group: the group is the subject of a clause of its own. */
// ("… the lives of 20,000 people, and about one million people became refugees": a clause of the displaced.)
const OWN_CLAUSE_AFTER = /^\s+(?:\w+ly\s+)?(?:were|was|are|is|had|have|has|remain|remained|went|got|became|become|fled)\b/i;

/** "N and M were killed": coordinated groups share one predicate; "killed N and M" one verb. */
const COORDINATION = /^\s*(?:,\s*)?(?:and|or|as\s+well\s+as|plus|,)\s*$/i;

function shareCoordinatedOutcomes(text: string, groups: VictimGroup[], outcomes: (GroupOutcome | null)[]): (GroupOutcome | null)[] {
  const shared = [...outcomes];
  const linked = (a: VictimGroup, b: VictimGroup): boolean => COORDINATION.test(text.slice(a.end, b.start));
  // "killed 26 Armenians and 6 Azerbaijanis, and more than 100 people were injured": a group joined to the
  // object of an active verb is its object too, not the subject of the clause that opens after ", and".
  const objectOfEarlierVerb = (i: number): boolean => {
    const [prev, here, next] = [groups[i - 1], groups[i], groups[i + 1]];
    if (!prev || !here || !next || shared[i - 1]?.via !== "active" || !linked(prev, here)) return false;
    return /^\s*,\s*and\s*$/i.test(text.slice(here.end, next.start)) && OWN_CLAUSE_AFTER.test(text.slice(next.end));
  };
  for (let i = groups.length - 2; i >= 0; i--) {
    const [here, next, out] = [groups[i], groups[i + 1], shared[i + 1]];
    if (!shared[i] && here && next && out && out.via !== "noun" && linked(here, next) && !objectOfEarlierVerb(i)) shared[i] = { ...out, via: "shared" };
  }
  for (let i = 1; i < groups.length; i++) {
    const [prev, here, out] = [groups[i - 1], groups[i], shared[i - 1]];
    // ("…, and about one million people became refugees": a group after ", and" with a verb of its own opens its own clause.)
    const ownClause = /^\s*,\s*and\s*$/i.test(text.slice(prev?.end ?? 0, here?.start ?? 0)) && OWN_CLAUSE_AFTER.test(text.slice(here?.end ?? 0));
    if (!shared[i] && prev && here && out && (out.via === "active" || out.via === "shared") && linked(prev, here) && !ownClause) {
      shared[i] = { ...out, via: "shared" };
    }
    // "put the death toll at 198 soldiers and 25 civilians": the toll counts every group listed after it,
    // unless one opens a clause of its own ("… to 50, and 20 people were missing").
    if (
      !shared[i] &&
      prev &&
      here &&
      out?.via === "toll" &&
      here.noun !== null &&
      /^\s+and\s+$/i.test(text.slice(prev.end, here.start)) &&
      !OWN_CLAUSE_AFTER.test(text.slice(here.end))
    ) {
      shared[i] = { ...out, via: "shared" };
    }
  }
  return shared;
}

/**
 * "two soldiers were killed and five wounded": a bare number or "others" right after a
 * figure counts the same victims, so killed and wounded join into one record. "192 servicemen
 * and one civilian were killed and 511 troops wounded": the wounded join the servicemen, past
 * the civilian coordinated with them.
 */
function mergeSameVictims(text: string, figures: Figure[]): Figure[] {
  const merged: Figure[] = [];
  for (const figure of figures) {
    const target = mergeTarget(text, merged, figure);
    if (target) {
      target.draft.killed ??= figure.draft.killed;
      target.draft.wounded ??= figure.draft.wounded;
      target.draft.qualifier ??= figure.draft.qualifier;
      continue;
    }
    merged.push({ ...figure, draft: { ...figure.draft } });
  }
  return merged;
}

/**
 * The figure these victims complete: the last one, or an earlier one coordinated with every
 * figure after it ("N servicemen and one civilian were killed") when the victims are named alike.
 */
function mergeTarget(text: string, merged: Figure[], figure: Figure): Figure | null {
  const last = [...merged].reverse().find((f) => !f.part);
  if (!last) return null;
  // '"There are 43 wounded troops. We had four killed troops," he said': two sentences of a quote count apart.
  if (SENTENCE_BREAK.test(text.slice(last.group.end, figure.group.start))) return null;
  // ("25 people had died, …, and he later put the number of wounded at 138": a later report is a figure of its own.)
  if (LATER_REPORT.test(text.slice(last.group.end, figure.group.start))) return null;
  if (sameVictims(last, figure) && complementary(last.draft, figure.draft) && !countsAllListed(text, merged, figure)) return last;
  // ("Rauf Aliyev was killed and his brother wounded": one attack on a family, one record of its dead and its hurt.)
  if (figure.group.kinOfVictim && last.draft.affected === figure.draft.affected && complementary(last.draft, figure.draft)) return last;
  return namedAlikeBefore(text, merged, figure) ?? (oneReportsToll(text, merged, last, figure) ? last : null);
}

/** An earlier figure coordinated with every figure after it ("N servicemen and one civilian were killed") whose victims are named alike. */
function namedAlikeBefore(text: string, merged: Figure[], figure: Figure): Figure | null {
  for (let j = merged.length - 1; j >= 0; j--) {
    const candidate = merged[j];
    if (!candidate) return null;
    if (namedAlike(text, candidate, figure) && candidate.draft.affected === figure.draft.affected && complementary(candidate.draft, figure.draft)) {
      return candidate;
    }
    // Only back across groups listed together: "N servicemen and one civilian".
    const before = merged[j - 1];
    if (!before || !COORDINATION.test(text.slice(before.group.end, candidate.group.start))) return null;
  }
  return null;
}

/**
 * "… said that 207 people, including three civilians, had been killed and that 293 soldiers had been
 * wounded", "there are 10 confirmed civilian deaths, …, and more than 40 civilians … are among the
 * wounded": one speaker's dead and then its wounded, in clauses joined by "and", are one toll of the
 * same side, whatever nouns count them (a third figure, another voice or a contrast between keeps them apart).
 */
function oneReportsToll(text: string, merged: Figure[], last: Figure, figure: Figure): boolean {
  const [a, b] = [last.draft, figure.draft];
  // (A toll, not one named victim: "Asgar Musayev … was killed …, and that four people were hurt in two further blasts".)
  if (a.killed === null || a.killed < 2 || a.wounded !== null || b.wounded === null || b.killed !== null) return false;
  // (Not the last of a list of victims: "192 servicemen and one civilian were killed and 511 troops wounded".)
  const before = merged.at(-2);
  if (before && COORDINATION.test(text.slice(before.group.end, last.group.start))) return false;
  if (a.affected !== b.affected || a.affected === "unspecified" || a.claimedBy !== b.claimedBy) return false;
  // (Victims of two kinds stay apart, "Three soldiers were killed and ten civilians injured"; so does one
  // named wounded, "…, and Private Aram Petrosyan was wounded".)
  const [ka, kb] = [last.group.kind, figure.group.kind];
  // ("10 confirmed civilian deaths …, and more than 40 civilians …": a toll's noun counts whoever it counts.)
  const kinds = ka !== null && kb !== null && ka !== "toll" && kb !== "toll" && ka !== kb && !GENERIC_PEOPLE.test(last.group.noun ?? "");
  // (One wounded person named, "…, and Private Aram Petrosyan was wounded", is his own figure; "one serviceman" counted is the toll's.)
  if (kinds || b.wounded < 1 || (b.wounded === 1 && (figure.group.noun === "person" || figure.group.definite === true))) return false;
  const between = text.slice(last.group.end, figure.group.start);
  // ("put the dead at four and said one serviceman had been wounded": a verb of speech with no subject of its own is the same voice.)
  const sameVoice = between.replace(SAME_SPEAKER_GOES_ON, " and");
  // (A number between counts something else; a model's name, "Bayraktar TB2", is no number.)
  // ("207 people had been killed, three of them civilians, while 293 soldiers had been wounded": "while" with no
  // voice of its own only goes on to the wounded of the same count; the sides checked above already differ where it contrasts.)
  const goesOn = sameVoice.replace(/,\s+while\s+$/i, " and ");
  return /\band\b/i.test(goesOn) && !OTHER_VOICE.test(goesOn) && !/(?<![\p{L}-])\d/u.test(between);
}

/**
 * "and said", "and added": the speaker goes on in the same clause, with no subject of its own. (After a comma,
 * ", and reported that shelling had wounded four civilians", it reports another event.)
 */
const SAME_SPEAKER_GOES_ON = /(?<!,)\s+and\s+(?:also\s+|later\s+)?(?:said|added)\b/i;

/**
 * Victims named by nouns of the same kind in one clause: "servicemen … and 511 troops wounded",
 * "four deaths and 32 injuries". A comma, a colon or a reported clause between them ("which
 * had spoken of two wounded soldiers, said that seven of its servicemen …") may count others.
 */
function namedAlike(text: string, a: Figure, b: Figure): boolean {
  const kind = a.group.kind;
  if (b.group.noun === null || b.group.inherits || kind === null || kind !== b.group.kind || !ALIKE_KINDS.has(kind)) return false;
  const between = text.slice(a.group.end, b.group.start);
  // "said that 2,783 of its servicemen had been killed, that more than 100 were missing, and that
  // 1,245 wounded soldiers …": the speaker's parallel clauses count the same forces.
  return !CLAUSE_BREAK.test(between) || (PARALLEL_THAT.test(between) && !OTHER_VOICE.test(between));
}

const CLAUSE_BREAK = /[,;:()]|\b(?:that|said|says|while|but|whereas)\b/i;
/** A clause after a comma opening with "(and) that", as one speaker lists what it reported. */
const PARALLEL_THAT = /,\s*(?:and\s+)?that\b[^;:()]*$/i;
/** Words that bring in another voice or a contrast between two figures. */
const OTHER_VOICE = /[;:()]|\b(?:said|says|say|told|reported|claimed|while|but|whereas|according)\b/i;

/** A report the speaker gave later: "(he) later put", "later said". */
const LATER_REPORT = /\blater\s+(?:put|puts|said|says|gave|raised|revised|updated|reported|wrote|added)\b/i;

/** A full stop, question or exclamation mark and a capital: a new sentence inside a quoted passage. */
const SENTENCE_BREAK = /[.!?]["']?\s+["']?\p{Lu}/u;

/**
 * "seven soldiers and 18 civilians had been killed, and 110 people injured": people counted after a
 * list of victims count them all, not the last group alone.
 */
function countsAllListed(text: string, merged: Figure[], figure: Figure): boolean {
  const [before, last] = [merged.at(-2), merged.at(-1)];
  if (!before || !last || !GENERIC_PEOPLE.test(figure.group.noun ?? "") || last.group.kind !== "civilian") return false;
  return COORDINATION.test(text.slice(before.group.end, last.group.start)) && before.draft.affected === last.draft.affected;
}

function sameVictims(a: Figure, b: Figure): boolean {
  // "12 civilians were killed and more than 40 people injured": "people" after civilians
  // counts the same victims of one attack; "3 soldiers killed and 10 civilians injured" does not.
  // "one civilian was killed and one civilian wounded": the same noun counts the same victims too.
  const unnamed =
    b.group.noun === null ||
    b.group.inherits ||
    (a.group.kind === "civilian" && GENERIC_PEOPLE.test(b.group.noun ?? "")) ||
    // "the death toll had risen to 12, with more than 40 people wounded": the people of the same toll.
    (a.group.noun === null && !a.group.inherits && GENERIC_PEOPLE.test(b.group.noun ?? "")) ||
    // "five bodies had been pulled from the rubble, with 17 people injured": the people of the same toll too.
    (a.group.kind === "toll" && GENERIC_PEOPLE.test(b.group.noun ?? "")) ||
    // "rescued 17 injured people and removed nine bodies": the dead found after the hurt are of the same toll.
    (b.group.kind === "toll" && BODIES.test(b.group.noun ?? "") && GENERIC_PEOPLE.test(a.group.noun ?? "")) ||
    // "the Armenian side has 18 killed and 35 wounded servicemen": the noun after both counts names the victims of each.
    (a.group.noun === null && !a.group.inherits && OUTCOME_ONLY.test(b.group.modifiers)) ||
    (a.group.noun !== null && singular(a.group.noun) === singular(b.group.noun)) ||
    // "the Karabakh side lost no one and had two men wounded": no one dead covers any of the side's people.
    (a.group.noun === null && !a.group.inherits && a.group.count === 0 && a.draft.killed === 0);
  return unnamed && a.draft.affected === b.draft.affected;
}

/** Kinds whose nouns are synonyms for the same victims. */
const ALIKE_KINDS = new Set(["military", "toll"]);

const GENERIC_PEOPLE = /^(?:people|persons)$/i;
const BODIES = /^bod(?:y|ies)$/i;
/** Modifiers that are only the outcome: "(35) wounded (servicemen)". */
const OUTCOME_ONLY = /^(?:wounded|injured|killed|dead)$/i;

function singular(noun: string): string {
  return noun
    .toLowerCase()
    .replace(/(?:men)$/, "man")
    .replace(/s$/, "");
}

function complementary(a: CasualtyDraft, b: CasualtyDraft): boolean {
  const aOnlyKilled = a.killed !== null && a.wounded === null;
  const aOnlyWounded = a.wounded !== null && a.killed === null;
  return (aOnlyKilled && b.killed === null && b.wounded !== null) || (aOnlyWounded && b.wounded === null && b.killed !== null);
}
