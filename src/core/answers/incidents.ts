// Groups what the articles say into incidents: sentences about the same place and time
// (or, with no place, the same time and the same belligerents) are one incident, even when
// they come from different articles. Each article's report becomes one or more "reports";
// reports that overlap in date and share a place or their sides are merged (union-find).
import type { ArticleKnowledge, CasualtyFigure, Claim, CorpusKnowledge, DateRef } from "../types.ts";
import type { NamedEvent } from "../events/events.ts";
import { incidentTitle } from "./incidentTitle.ts";
import { BELLIGERENTS, isMediator } from "../sides/sides.ts";

export interface Incident {
  /** Stable: the first sentence id that belongs to it. */
  id: string;
  /** A short human title, "Missile strike on Ganja, 11 Oct 2020": for autocomplete and headings. */
  label: string;
  /** The named event whose period holds it, if any ("44-day war"). */
  event: NamedEvent | null;
  places: string[];
  /** The span of the dates its sentences give; precision is the coarsest among them. */
  date: DateRef | null;
  claims: Claim[];
  figures: CasualtyFigure[];
  /** Mediators speaking in the same articles about the same time. */
  reactions: Claim[];
  passageIds: string[];
  files: string[];
}

interface Report {
  file: string;
  published: string | null;
  places: Set<string>;
  /** Place → sentences naming it, for the title's main place. */
  placeCounts: Map<string, number>;
  start: string | null;
  end: string | null;
  precision: DateRef["precision"];
  sides: Set<string>;
  claims: Claim[];
  figures: CasualtyFigure[];
}

/** Dates within this many days are the same incident: reports say "overnight", "on Saturday". */
const DAY_TOLERANCE = 1;
const EVENT_KINDS = new Set<Claim["kind"]>(["incident", "casualties", "denial", "accusation"]);

export function buildIncidents(knowledge: CorpusKnowledge): Incident[] {
  const reports = knowledge.articles.flatMap(articleReports);
  const keys = reports.map(mergeProfile);
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  // Index by place and by day so merging stays near-linear for large corpora.
  const byKey = new Map<string, number[]>();
  reports.forEach((r, i) => {
    for (const key of mergeKeys(r)) {
      const list = byKey.get(key) ?? [];
      for (const j of list) if (compatible(keys[j], keys[i])) parent[find(i)] = find(j);
      if (list.length < 50) list.push(i);
      byKey.set(key, list);
    }
  });
  const groups = new Map<number, Report[]>();
  reports.forEach((r, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(r);
    else groups.set(root, [r]);
  });
  const reactions = mediatorClaimsByFile(knowledge);
  return [...groups.values()].map((group) => toIncident(group, reactions));
}

function articleReports(article: ArticleKnowledge): Report[] {
  const reports: Report[] = [];
  const loose: { side: string; claim?: Claim; figure?: CasualtyFigure }[] = [];
  const add = (sentenceId: string, date: DateRef | null, side: string, claim?: Claim, figure?: CasualtyFigure) => {
    const places = article.places[sentenceId] ?? [];
    const span = usableDate(date);
    if (places.length === 0 && !span) {
      loose.push({ side, ...(claim ? { claim } : {}), ...(figure ? { figure } : {}) });
      return;
    }
    const placesMeet = (r: Report) => places.length === 0 || r.places.size === 0 || places.some((p) => r.places.has(p));
    let report = reports.find((r) => placesMeet(r) && datesMeet(r, span));
    if (!report) {
      report = {
        file: article.meta.file,
        published: article.meta.published,
        places: new Set(),
        placeCounts: new Map(),
        start: null,
        end: null,
        precision: "day",
        sides: new Set(),
        claims: [],
        figures: [],
      };
      reports.push(report);
    }
    for (const p of places) {
      report.places.add(p);
      report.placeCounts.set(p, (report.placeCounts.get(p) ?? 0) + 1);
    }
    if (span) widen(report, span, date?.precision ?? "day");
    report.sides.add(side);
    if (claim) report.claims.push(claim);
    if (figure) report.figures.push(figure);
  };
  for (const claim of article.claims) {
    if (isMediator(claim.side)) continue;
    // A belligerent's plain statement belongs to an incident when it names the place ("Aliyev said
    // his forces had taken Shusha"); placeless statements are commentary, not incident reports.
    const placed = (article.places[claim.sentenceId]?.length ?? 0) > 0;
    if (EVENT_KINDS.has(claim.kind) || (claim.kind === "statement" && placed && isBelligerentSide(claim.side)))
      add(claim.sentenceId, claim.date, claim.side, claim);
  }
  for (const figure of article.casualties) add(figure.sentenceId, figure.date, figure.claimedBy, undefined, figure);
  for (const item of loose) attachToNearest(reports, item);
  return reports;
}

/** How far (in passages) a sentence naming no place or day may stand from the report it joins. */
const NEAREST_PASSAGES = 6;

/**
 * "The Azerbaijani State Security Service dismissed the accusations": a reply often names no place
 * or day, yet answers the paragraphs around it. It joins the article's report nearest in the text.
 */
function attachToNearest(reports: Report[], item: { side: string; claim?: Claim; figure?: CasualtyFigure }): void {
  const at = passageIndex((item.claim ?? item.figure)?.passageId ?? "");
  let best: Report | null = null;
  let bestDistance = NEAREST_PASSAGES + 1;
  for (const r of reports) {
    for (const x of [...r.claims, ...r.figures]) {
      const distance = Math.abs(passageIndex(x.passageId) - at);
      if (distance < bestDistance) [best, bestDistance] = [r, distance];
    }
  }
  if (!best) return;
  best.sides.add(item.side);
  if (item.claim) best.claims.push(item.claim);
  if (item.figure) best.figures.push(item.figure);
}

const passageIndex = (passageId: string) => Number(/#p(\d+)$/.exec(passageId)?.[1] ?? "-1000");

const isBelligerentSide = (side: string) => (BELLIGERENTS as readonly string[]).includes(side);

function usableDate(date: DateRef | null): { start: string; end: string } | null {
  if (!date?.start || (date.precision !== "day" && date.precision !== "range")) return null;
  return { start: date.start, end: date.end ?? date.start };
}

function datesMeet(r: { start: string | null; end: string | null }, span: { start: string; end: string } | null): boolean {
  if (!span || !r.start || !r.end) return true;
  return shift(span.start, -DAY_TOLERANCE) <= r.end && shift(span.end, DAY_TOLERANCE) >= r.start;
}

/** Memoised: a corpus has few distinct dates, and this runs for every sentence pair compared. */
const shifted = new Map<string, string>();
function shift(iso: string, days: number): string {
  const key = `${iso}${days}`;
  let out = shifted.get(key);
  if (out === undefined) {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    out = Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 10);
    if (shifted.size < 100_000) shifted.set(key, out);
  }
  return out;
}

function widen(r: Report, span: { start: string; end: string }, precision: DateRef["precision"]): void {
  r.start = !r.start || span.start < r.start ? span.start : r.start;
  r.end = !r.end || span.end > r.end ? span.end : r.end;
  if (precision !== "day" || r.start !== r.end) r.precision = "range";
}

function mergeKeys(r: Report): string[] {
  if (r.places.size > 0) return [...r.places].map((p) => `place:${p}`);
  return r.start ? [`day:${r.start}`] : [];
}

/** What merging compares, computed once per report: dates widened by the tolerance, sides. */
interface MergeProfile {
  low: string | null;
  high: string | null;
  start: string | null;
  end: string | null;
  places: Set<string>;
  belligerents: string;
}

function mergeProfile(r: Report): MergeProfile {
  return {
    low: r.start ? shift(r.start, -DAY_TOLERANCE) : null,
    high: r.end ? shift(r.end, DAY_TOLERANCE) : null,
    start: r.start,
    end: r.end,
    places: r.places,
    belligerents: [...r.sides]
      .filter((s) => (BELLIGERENTS as readonly string[]).includes(s))
      .sort()
      .join(","),
  };
}

/** Two reports (from any articles) describe the same incident. */
function compatible(a: MergeProfile | undefined, b: MergeProfile | undefined): boolean {
  if (!a || !b || !a.start || !a.end || !b.low || !b.high) return false;
  if (b.low > a.end || b.high < a.start) return false;
  for (const p of a.places) if (b.places.has(p)) return true;
  return a.places.size === 0 && b.places.size === 0 && a.belligerents !== "" && a.belligerents === b.belligerents;
}

function mediatorClaimsByFile(knowledge: CorpusKnowledge): Map<string, Claim[]> {
  const byFile = new Map<string, Claim[]>();
  for (const article of knowledge.articles) {
    byFile.set(
      article.meta.file,
      article.claims.filter((c) => isMediator(c.side)),
    );
  }
  return byFile;
}

function toIncident(group: Report[], reactionsByFile: Map<string, Claim[]>): Incident {
  const claims = group.flatMap((r) => r.claims);
  const figures = group.flatMap((r) => r.figures);
  const places = [...new Set(group.flatMap((r) => [...r.places]))];
  const starts = group
    .map((r) => r.start)
    .filter((d): d is string => d !== null)
    .sort();
  const ends = group
    .map((r) => r.end)
    .filter((d): d is string => d !== null)
    .sort();
  const start = starts[0] ?? null;
  const end = ends.at(-1) ?? null;
  const date: DateRef | null = start
    ? {
        text: start === end ? start : `${start} to ${end}`,
        start,
        end,
        precision: start === end && group.every((r) => r.precision === "day") ? "day" : "range",
      }
    : null;
  const files = [...new Set(group.map((r) => r.file))];
  const reactions = files.flatMap((f) => reactionsByFile.get(f) ?? []).filter((c) => !c.date?.start || !date || datesMeet({ start, end }, usableDate(c.date)));
  const firstSentence = [...claims.map((c) => c.sentenceId), ...figures.map((f) => f.sentenceId)].sort()[0] ?? "";
  const passageIds = [...new Set([...claims.map((c) => c.passageId), ...figures.map((f) => f.passageId)])];
  const placeCounts = new Map<string, number>();
  for (const r of group) for (const [p, n] of r.placeCounts) placeCounts.set(p, (placeCounts.get(p) ?? 0) + n);
  const sentences = [...new Set([...claims.map((c) => c.sentence), ...figures.map((f) => f.sentence)])];
  const published =
    group
      .map((r) => r.published)
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null;
  const { title, event } = incidentTitle({ sentences, placeCounts, start, end, published });
  return { id: firstSentence, label: title, event, places, date, claims, figures, reactions, passageIds, files };
}
