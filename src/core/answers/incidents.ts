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

/** What one article says about one place and time: the unit incidents are grouped from. */
export interface Report {
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
  const reactions = mediatorClaimsByFile(knowledge);
  const reactionsOf = (file: string) => reactions.get(file) ?? [];
  return groupReports(reports.map(groupingProfile)).map((group) =>
    incidentOfReports(
      group.map((i) => reports[i] as Report),
      reactionsOf,
    ),
  );
}

/**
 * What grouping reads of a report, and all it reads: a re-index that keeps these for the unchanged
 * articles can group again without reading those articles (src/adapters/library/incidentRegroup.ts).
 */
export interface GroupingProfile {
  start: string | null;
  end: string | null;
  places: ReadonlySet<string>;
  /** The belligerents among its sides, sorted and joined with commas. */
  belligerents: string;
}

export function groupingProfile(r: Report): GroupingProfile {
  return {
    start: r.start,
    end: r.end,
    places: r.places,
    belligerents: [...r.sides]
      .filter((s) => (BELLIGERENTS as readonly string[]).includes(s))
      .sort()
      .join(","),
  };
}

/**
 * The reports (in corpus order) grouped into incidents: each group the reports' numbers in
 * ascending order, the groups in the order of their first report. A report is compared with at
 * most the first 50 reports before it that share one of its keys (a place, or a day for a report
 * with no place), so the result depends on the reports' order, and only on their profiles.
 */
export function groupReports(profiles: readonly GroupingProfile[]): number[][] {
  const coded = codeProfiles(profiles);
  const parent = Int32Array.from(profiles, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    for (let at = i; at !== root; ) {
      const next = parent[at] as number;
      parent[at] = root;
      at = next;
    }
    return root;
  };
  // Index by place and by day so merging stays near-linear for large corpora.
  const byKey: number[][] = Array.from({ length: coded.keyCount }, () => []);
  for (let i = 0; i < profiles.length; i++) {
    for (let k = coded.keyStart[i] as number; k < (coded.keyStart[i + 1] as number); k++) {
      const list = byKey[coded.keys[k] as number] as number[];
      for (const j of list) if (coded.compatible(j, i)) parent[find(i)] = find(j);
      if (list.length < 50) list.push(i);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < profiles.length; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}

/**
 * The profiles as numbers, so that the million comparisons of a large corpus neither compare
 * strings nor look up sets: each date string by its rank among all of them (ranks compare as the
 * strings do), each place and set of belligerents by a number. A report's keys are its places
 * (even numbers) or, with none, its first day (odd numbers), so its places are its keys.
 */
function codeProfiles(profiles: readonly GroupingProfile[]) {
  const n = profiles.length;
  const low: (string | null)[] = new Array(n);
  const high: (string | null)[] = new Array(n);
  const days = new Set<string>();
  profiles.forEach((r, i) => {
    low[i] = r.start ? shift(r.start, -DAY_TOLERANCE) : null;
    high[i] = r.end ? shift(r.end, DAY_TOLERANCE) : null;
    for (const d of [r.start, r.end, low[i], high[i]]) if (d) days.add(d);
  });
  const rank = new Map([...days].sort().map((d, i) => [d, i]));
  const rankOf = (d: string | null | undefined) => (d ? (rank.get(d) as number) : -1);
  const numbering = () => {
    const numbers = new Map<string, number>();
    return (value: string) => {
      let k = numbers.get(value);
      if (k === undefined) numbers.set(value, (k = numbers.size));
      return k;
    };
  };
  const placeNumber = numbering();
  const dayNumber = numbering();
  const sidesNumber = numbering();
  const keyStart = new Int32Array(n + 1);
  const keys: number[] = [];
  const placed = new Uint8Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const lowRank = new Int32Array(n);
  const highRank = new Int32Array(n);
  const belligerents = new Int32Array(n);
  let keyCount = 0;
  profiles.forEach((r, i) => {
    start[i] = rankOf(r.start);
    end[i] = rankOf(r.end);
    lowRank[i] = rankOf(low[i]);
    highRank[i] = rankOf(high[i]);
    belligerents[i] = r.belligerents === "" ? -1 : sidesNumber(r.belligerents);
    placed[i] = r.places.size > 0 ? 1 : 0;
    for (const p of r.places) keys.push(2 * placeNumber(p));
    if (r.places.size === 0 && r.start) keys.push(2 * dayNumber(r.start) + 1);
    keyStart[i + 1] = keys.length;
    for (let k = keyStart[i] as number; k < keys.length; k++) keyCount = Math.max(keyCount, (keys[k] as number) + 1);
  });
  /** Two reports (from any articles) describe the same incident: `a` the earlier. */
  const compatible = (a: number, b: number): boolean => {
    if ((start[a] as number) < 0 || (end[a] as number) < 0 || (lowRank[b] as number) < 0 || (highRank[b] as number) < 0) return false;
    if ((lowRank[b] as number) > (end[a] as number) || (highRank[b] as number) < (start[a] as number)) return false;
    if (placed[a] === 1 && placed[b] === 1) {
      for (let x = keyStart[a] as number; x < (keyStart[a + 1] as number); x++) {
        for (let y = keyStart[b] as number; y < (keyStart[b + 1] as number); y++) if (keys[x] === keys[y]) return true;
      }
      return false;
    }
    return placed[a] === 0 && placed[b] === 0 && (belligerents[a] as number) >= 0 && belligerents[a] === belligerents[b];
  };
  return { keyCount, keyStart, keys, compatible };
}

/** An article's reports, in a fixed order: a pure function of the article alone. */
export function articleReports(article: ArticleKnowledge): Report[] {
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

function mediatorClaimsByFile(knowledge: CorpusKnowledge): Map<string, Claim[]> {
  const byFile = new Map<string, Claim[]>();
  for (const article of knowledge.articles) byFile.set(article.meta.file, mediatorClaims(article));
  return byFile;
}

/** An article's mediator statements: an incident's reactions are those of its articles about its time. */
export const mediatorClaims = (article: ArticleKnowledge): Claim[] => article.claims.filter((c) => isMediator(c.side));

/** The incident of a group of reports (in corpus order); `reactionsOf`: a file's mediator statements. */
export function incidentOfReports(group: Report[], reactionsOf: (file: string) => Claim[]): Incident {
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
  const reactions = files.flatMap(reactionsOf).filter((c) => !c.date?.start || !date || datesMeet({ start, end }, usableDate(c.date)));
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
