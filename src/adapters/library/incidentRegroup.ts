// Grouping the incidents of a patched index without reading every article again. Grouping
// (src/core/answers/incidents.ts) cuts each article into reports, groups all the reports by
// their profiles (place, dates, belligerents: a few strings each), and makes each group an
// incident from its reports alone. So the previous index's grouping is kept as its reports'
// profiles and the incident of each (incidentsFile.ts): the unchanged articles' profiles are
// taken from there, the changed articles' reports made anew, and all of them grouped again, as a
// full grouping would (cheap: numbers, no article read). A group whose reports are exactly one
// previous incident's keeps that incident as it was (same reports, in the same order, of
// unchanged articles: the same incident); only the others, those an article added, changed or
// removed touched, are made again, reading just their articles. The result is the full grouping's.
import {
  articleReports,
  type GroupingProfile,
  groupingProfile,
  groupReports,
  type Incident,
  incidentOfReports,
  mediatorClaims,
  type Report,
} from "../../core/answers/incidents.ts";
import type { ArticleKnowledge, Claim } from "../../core/types.ts";

/** The previous index's grouping, as its incidents file keeps it. */
export interface PreviousGrouping {
  /** Its articles' files, in its corpus order. */
  files: readonly string[];
  /** Each report's article (a number into `files`, never decreasing): reports are in corpus order. */
  reportArticle: Uint32Array;
  /** Each report's incident (a number into the previous incidents). */
  reportIncident: Uint32Array;
  incidents: number;
  profile(report: number): GroupingProfile;
}

/** An incident of the new grouping: a previous one kept as it was (its number there), or one made anew. */
export type RegroupedIncident = { kept: number } | { made: Incident };

export interface Regrouped {
  /** In the full grouping's order. */
  incidents: RegroupedIncident[];
  /** The new grouping, for the next re-index: each report's article (into the new articles), profile and incident. */
  reportArticle: Uint32Array;
  profiles: GroupingProfile[];
  reportIncident: Uint32Array;
  /** How many incidents were made anew (the others were kept). */
  made: number;
}

/**
 * The incidents of `articles` (the new index's, in corpus order), as `buildIncidents` groups them.
 * `previous` null: every article is read (a full grouping). Otherwise every article not in `fresh`
 * must be one of `previous`'s, unchanged since (an index patched from the previous one: its rows
 * are the previous rows); else this throws and the caller groups in full.
 */
export function regroup(articles: readonly ArticleKnowledge[], fresh: ReadonlySet<string>, previous: PreviousGrouping | null): Regrouped {
  const reportsOf = memoReports(articles);
  const reports = collectReports(articles, fresh, previous, reportsOf);
  const groups = groupReports(reports.profiles);
  const reactionsOf = reactionsByFile(articles);
  const kept = previous ? keptIncident(previous) : () => null;
  const reportIncident = new Uint32Array(reports.profiles.length);
  let made = 0;
  const incidents = groups.map((group, k): RegroupedIncident => {
    for (const r of group) reportIncident[r] = k;
    const old = kept(group.map((r) => reports.origin[r] as number));
    if (old !== null) return { kept: old };
    made++;
    const members = group.map((r) => (reportsOf(reports.article[r] as number) as Report[])[reports.local[r] as number] as Report);
    return { made: incidentOfReports(members, reactionsOf) };
  });
  return { incidents, reportArticle: Uint32Array.from(reports.article), profiles: reports.profiles, reportIncident, made };
}

/** Each article's reports, made on first ask. */
function memoReports(articles: readonly ArticleKnowledge[]): (a: number) => Report[] {
  const made = new Map<number, Report[]>();
  return (a) => {
    let reports = made.get(a);
    if (!reports) made.set(a, (reports = articleReports(articles[a] as ArticleKnowledge)));
    return reports;
  };
}

interface Collected {
  profiles: GroupingProfile[];
  /** The report's article (into the new articles) and its number among that article's reports. */
  article: number[];
  local: number[];
  /** The previous report it is (an unchanged article's), or -1. */
  origin: number[];
}

/** Every report of the new corpus, in order: the unchanged articles' from `previous`, the others made. */
function collectReports(
  articles: readonly ArticleKnowledge[],
  fresh: ReadonlySet<string>,
  previous: PreviousGrouping | null,
  reportsOf: (a: number) => Report[],
): Collected {
  const out: Collected = { profiles: [], article: [], local: [], origin: [] };
  const ranges = previous ? reportRanges(previous) : null;
  articles.forEach((article, a) => {
    const file = article.meta.file;
    const range = previous && !fresh.has(file) ? ranges?.get(file) : undefined;
    if (previous && !fresh.has(file) && !range) throw new Error(`${file} is neither changed nor in the previous grouping`);
    if (range && previous) {
      for (let r = range.from; r < range.to; r++) {
        out.profiles.push(previous.profile(r));
        out.article.push(a);
        out.local.push(r - range.from);
        out.origin.push(r);
      }
      return;
    }
    reportsOf(a).forEach((report, j) => {
      out.profiles.push(groupingProfile(report));
      out.article.push(a);
      out.local.push(j);
      out.origin.push(-1);
    });
  });
  return out;
}

/** Each previous article's reports, as a range of report numbers (empty for an article with none). */
function reportRanges(previous: PreviousGrouping): Map<string, { from: number; to: number }> {
  const ranges = new Map<string, { from: number; to: number }>();
  const { reportArticle } = previous;
  let r = 0;
  previous.files.forEach((file, a) => {
    if (r < reportArticle.length && (reportArticle[r] as number) < a) throw new Error("the previous reports are out of order");
    const from = r;
    while (r < reportArticle.length && reportArticle[r] === a) r++;
    ranges.set(file, { from, to: r });
  });
  if (r !== reportArticle.length) throw new Error("a previous report names no article");
  return ranges;
}

/** The previous incident a group of (previous report numbers, -1 for new ones) is exactly, or null. */
function keptIncident(previous: PreviousGrouping): (origins: number[]) => number | null {
  const sizes = new Uint32Array(previous.incidents);
  for (const k of previous.reportIncident) {
    if (k >= previous.incidents) throw new Error("a previous report names an incident out of range");
    sizes[k] = (sizes[k] as number) + 1;
  }
  return (origins) => {
    const first = origins[0] ?? -1;
    if (first < 0) return null;
    const k = previous.reportIncident[first] as number;
    if (sizes[k] !== origins.length) return null;
    return origins.every((r) => r >= 0 && previous.reportIncident[r] === k) ? k : null;
  };
}

/** A file's mediator statements, read from its article on first ask. */
function reactionsByFile(articles: readonly ArticleKnowledge[]): (file: string) => Claim[] {
  let byFile: Map<string, ArticleKnowledge> | null = null;
  const made = new Map<string, Claim[]>();
  return (file) => {
    let claims = made.get(file);
    if (!claims) {
      byFile ??= new Map(articles.map((a) => [a.meta.file, a]));
      const article = byFile.get(file);
      made.set(file, (claims = article ? mediatorClaims(article) : []));
    }
    return claims;
  };
}
