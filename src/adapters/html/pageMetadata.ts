// What a web page says about itself in its own markup, read before any text rule: JSON-LD
// (schema.org NewsArticle, Article, BlogPosting, LiveBlogPosting, Report…), Open Graph and
// article: meta tags, <title>, the canonical link and the article's first <time datetime>.
// Every value comes from whoever wrote the page, so each is checked with zod and a bad one is
// dropped (the core's text rules then decide), never trusted.
import { z } from "zod";

export interface PageMetadata {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, the publisher's own day (a date-time keeps its written date). */
  published: string | null;
  url: string | null;
}

/** Any object type whose name says it is a piece of writing (not a WebPage, a BreadcrumbList or an Organization). */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|PressRelease|Posting|SocialMediaPosting)$/;

const text = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1).max(500));

/** A publisher is a name, or an Organization with one (sometimes a list of them). */
const named = z.union([text, z.object({ name: text }).transform((o) => o.name)]);
const publisher = z.union([
  named,
  z
    .array(named)
    .nonempty()
    .transform((list) => list[0]),
]);

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/;

/** A date or date-time written in ISO 8601 order, as a real calendar day. */
const isoDay = z.string().transform((value, ctx) => {
  const m = DATE.exec(value.trim());
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!m || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: "not an ISO date" });
    return z.NEVER;
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
});

const webAddress = z
  .string()
  .trim()
  .url()
  .refine((value) => /^https?:\/\//i.test(value));

const ldArticle = z.object({
  headline: text.optional().catch(undefined),
  name: text.optional().catch(undefined),
  datePublished: isoDay.optional().catch(undefined),
  dateCreated: isoDay.optional().catch(undefined),
  publisher: publisher.optional().catch(undefined),
  url: webAddress.optional().catch(undefined),
  mainEntityOfPage: z
    .union([webAddress, z.object({ "@id": webAddress }).transform((o) => o["@id"])])
    .optional()
    .catch(undefined),
});

type LdArticle = z.infer<typeof ldArticle>;

/** The page's metadata from its markup; null for what it does not say (or says badly). */
export function readPageMetadata(document: Document, pageUrl: string | null): PageMetadata {
  const ld = linkedDataArticle(document);
  const meta = (key: string) => metaContent(document, key);
  const marked = first(text, [ld?.headline, ld?.name, meta("og:title"), meta("twitter:title")]);
  const h1 = pageHeadline(document);
  // "LIVE: Border fighting - death toll rises": a live page's changing label is no headline when its <h1> prints one.
  // '"It fell on the house": Sotk counts the damage' printed over an og:title without the quote: the printed headline.
  // A share title recast for social media ("Barda strike toll climbs") over a printed "Barda toll rises to 21": the reader reads the printed one.
  const given = marked !== null && h1 !== null && splitTabTitle(marked, h1)?.title === h1 ? h1 : marked;
  // A bare <title> is the browser tab's label: "Headline | Site", "Section: Headline (date) — Site".
  const tab = splitTabTitle(first(text, [document.querySelector("title")?.textContent]), h1);
  const title = given ?? tab?.title ?? null;
  const outlet = first(text, [ld?.publisher, meta("og:site_name"), meta("application-name"), tab?.site, homeLinkName(document)]);
  const published = first(isoDay, [
    ld?.datePublished,
    ld?.dateCreated,
    meta("article:published_time"),
    meta("datePublished"),
    meta("pubdate"),
    meta("date"),
    meta("dc.date"),
    meta("dcterms.created"),
    articleTime(document),
  ]);
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute("href");
  const url = first(webAddress, [absolute(canonical, pageUrl), absolute(meta("og:url"), pageUrl), ld?.url, ld?.mainEntityOfPage, pageUrl]);
  return { title: title && outlet ? withoutSiteSuffix(title, outlet) : title, outlet, published, url };
}

/** Where a site prints its banner: the page header, by element, role, id or class. */
const BANNER = 'header, [role="banner"], #header, #masthead, .header, .site-header, #site-header, .masthead';

/**
 * "U.S. Department of State" as the text of the banner's link to the site's home page (`href="/"`):
 * the site names itself there when its markup names it nowhere else. Only a name-shaped text
 * counts ("Home" or a logo's empty link do not).
 */
function homeLinkName(document: Document): string | null {
  for (const link of document.querySelectorAll(`:is(${BANNER}) a[href]`)) {
    const href = (link.getAttribute("href") ?? "").trim();
    if (!HOME_HREF.test(href)) continue;
    const name = (link.textContent ?? "").replace(/\s+/g, " ").trim();
    // "AZ" or "English" on "/en/" in the menu: a language switch; the site's logo on "/en/" names the site.
    const language = /\/([a-z]{2}(?:[-_][a-z]{2})?)\/?$/i.exec(href)?.[1];
    if (language && (name.length <= 3 || link.closest('nav, [class*="lang" i], [id*="lang" i]'))) continue;
    if (SITE_NAME.test(name) && !HOME_WORD.test(name)) return name;
  }
  return null;
}

/** The site's home page: "/", "https://example.org/", or its home in one language ("/en/", "/en-gb"). */
const HOME_HREF = /^(?:(?:https?:)?\/\/[^/]+\/?|(?:(?:https?:)?\/\/[^/]+)?\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?)$/i;

const HOME_WORD = /^(?:home|main|main page|start|index|back)$/i;

/** The first value the schema accepts. */
function first<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, values: readonly unknown[]): T | null {
  for (const value of values) {
    if (value === undefined || value === null) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** `<meta property="og:title">`, `<meta name="date">`, `<meta itemprop="datePublished">`: matched without case. */
function metaContent(document: Document, key: string): string | undefined {
  const wanted = key.toLowerCase();
  for (const element of document.querySelectorAll("meta")) {
    const names = ["property", "name", "itemprop"].map((attribute) => element.getAttribute(attribute)?.toLowerCase());
    if (names.includes(wanted)) return element.getAttribute("content") ?? undefined;
  }
  return undefined;
}

/** The first `<time datetime>` inside the page's article (or main) element: its own date stamp. */
function articleTime(document: Document): string | undefined {
  for (const scope of ["article", "main", "body"]) {
    const time = document.querySelector(`${scope} time[datetime]`);
    if (time) return time.getAttribute("datetime") ?? undefined;
  }
  return undefined;
}

/** The first article object in the page's JSON-LD blocks, following @graph and lists. */
function linkedDataArticle(document: Document): LdArticle | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // a broken block is the page's mistake; the other sources still count
    }
    const found = findArticleObject(data, 0);
    if (found) return ldArticle.parse(found);
  }
  return null;
}

function findArticleObject(data: unknown, depth: number): unknown {
  if (depth > 4 || data === null || typeof data !== "object") return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticleObject(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = data as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record["@type"] ?? []);
  if (types.some((type) => typeof type === "string" && ARTICLE_TYPE.test(type))) return record;
  return findArticleObject(record["@graph"], depth + 1);
}

function absolute(href: string | null | undefined, base: string | null): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return undefined;
  }
}

/** "Ganja hit by missiles | Caspian Wire" → "Ganja hit by missiles": a site name tacked on is not the title. */
function withoutSiteSuffix(title: string, outlet: string): string {
  const escaped = outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const trimmed = title.replace(new RegExp(`\\s+[|–—:-]\\s+${escaped}$`, "i"), "").replace(new RegExp(`^${escaped}\\s+[|–—:-]\\s+`, "i"), "");
  return trimmed === "" ? title : trimmed;
}

/** The separators a tab title puts between its headline, its section and the site's name. */
const TAB_SEPARATOR = /\s+(?:[|｜–—]|-{1,2})\s+/;
/** A site's name: one to six capitalised words (with "of", "the", "and" between them), no sentence end; "Congressman Frank Pallone, Jr." keeps its suffix. */
const SITE_NAME =
  /^(?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|and|for|on|&|am|de|du|la|al|el)){0,5}(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?$/u;
/** "Press review: " before the headline, " (19 March 2025)" after it: a page's label and day, not its headline. */
const TAB_LABEL = /^(?:press review|review of the press|papers? review|the papers|media review|news digest)\s*[:|–—-]\s+/i;
const TAB_DATE = /\s*\((?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})\)$/u;

/** The page's one `<h1>` as printed (inside its article or main element when it has one). */
function pageHeadline(document: Document): string | null {
  for (const scope of ["article", "main", "body"]) {
    const found = [...document.querySelectorAll(`${scope} h1`)].map((h) => (h.textContent ?? "").replace(/\s+/g, " ").trim()).filter((h) => h !== "");
    if (found.length === 1) return found[0] ?? null;
    if (found.length > 1) return null;
  }
  return null;
}

/** Lower-case words without punctuation, to compare a tab title with the printed headline. */
function words(value: string): string[] {
  return value
    .toLowerCase()
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

/** True when `inner`'s words stand, in order and together, inside `outer`'s. */
function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, k) => outer[i + k] === w)) return true;
  return false;
}

/**
 * A tab title split into the headline and the site's name. "Shelling resumes near Sotk | Ararat
 * Daily" → the headline and "Ararat Daily". The page's printed `<h1>` is the headline as written
 * when it is the tab's headline shortened or lengthened ("Shelling resumes" / "Shelling resumes near
 * Sotk, Yerevan says") or sits inside it after a label ("Press review: What the papers say (4 May
 * 2024)"); an `<h1>` that names something else (a case, a series) leaves the tab's headline, without
 * the parts the `<h1>` repeats ("The Court rules — Ruritania v. Freedonia" → "The Court rules").
 */
export function splitTabTitle(tab: string | null, h1: string | null): { title: string; site: string | null } | null {
  if (tab === null) return null;
  const parts = tab.split(TAB_SEPARATOR).map((p) => p.trim());
  const last = parts.at(-1) ?? "";
  // A headline short enough to be a word or two ("Armenia") says too little to compare.
  const printed = h1 && words(h1).length >= 3 ? words(h1) : [];
  // "Baku - Yerevan Talks Resume" with that <h1>: the last part is the headline's, not a site's name.
  const named = parts.length >= 2 && SITE_NAME.test(last) && words(last).length <= 6 && !containsWords(printed, words(last));
  // "Karabakh Press Archive 1993": an archive's year is no part of the publisher's name.
  const site = named ? last.replace(/\s+(?:19|20)\d{2}$/, "") : null;
  const rest = site ? parts.slice(0, -1) : parts;
  // "LIVE: Border fighting" / "death toll rises": the live label is compared without, as the <h1> prints no such label.
  const tabWords = words(rest.join(" ").replace(LIVE_LABEL, ""));
  const opening = (a: readonly string[], b: readonly string[]) => a.length >= 3 && b.length >= 3 && a.slice(0, 3).every((w, k) => b[k] === w);
  const edited = (a: readonly string[], b: readonly string[]) => a.length >= 3 && b.length - a.length <= MAX_EDITED_WORDS && isSubsequence(a, b);
  if (
    h1 &&
    printed.length > 0 &&
    (containsWords(tabWords, printed) ||
      containsWords(printed, tabWords) ||
      opening(tabWords, printed) ||
      edited(tabWords, printed) ||
      edited(printed, tabWords) ||
      sharesHeadline(tabWords, printed) ||
      opensWithoutLeadIn(tabWords, h1))
  )
    return { title: h1, site };
  // "Nagorno-Karabakh - Hansard - UK Parliament" over an <h1> "Nagorno-Karabakh": the tab's first part
  // is the printed headline, however short; the parts after it name the publication and its site.
  if (h1 && parts.length >= 3 && site && words(h1).length > 0 && words(parts[0] ?? "").join(" ") === words(h1).join(" ")) return { title: h1, site };
  // "Ruritania v. Freedonia" or the site's name both in the tab and as the <h1>: the <h1> names the case,
  // the series or the site, and the tab holds the headline. Any other <h1> is the headline as printed,
  // however the tab or the share title recast it ("Moscow and Baku spar" over "Parukh standoff: …").
  // A live page's labelled title ("LIVE: Ganja shelled again") over an <h1> that shares nothing with
  // it is the running story, the <h1> a panel's heading ("Our reporters on the ground").
  const labelled = rest.slice(1).some((p) => containsWords(printed, words(p))) || (site !== null && containsWords(printed, words(site)));
  if (h1 && printed.length > 0 && !labelled && !LIVE_LABEL.test(tab)) return { title: h1, site };
  // "Headline | World news | The Sentinel": the section the page is filed under is no part of the headline.
  const headline = rest.length > 1 ? rest.filter((p, i) => i === 0 || !SECTION_LABEL.test(p)) : rest;
  const own = headline.length > 1 && printed.length > 0 ? headline.filter((p) => !containsWords(printed, words(p))) : headline;
  const title = (own.length > 0 ? own : headline).join(" — ").replace(TAB_LABEL, "").replace(TAB_DATE, "");
  return { title: title === "" ? tab : title, site };
}

/** "World news", "Opinion", "Photo feed", "Politics": a section's name of one to three words, the last a section's word. */
const SECTION_LABEL =
  /^(?:[\p{L}&-]+\s+){0,2}(?:news|world|politics|opinion|comment|analysis|features?|business|economy|sport|region|europe|asia|video|photos?|photo feed|gallery|blogs?)$/iu;

/**
 * "LIVE: ", "Live updates: ", "LIVE | ": the label a live page puts before its running headline (and
 * its tab), updated with the story ("… - death toll rises"); the printed <h1> holds the headline.
 */
const LIVE_LABEL = /^(?:live(?: updates| blog| coverage| news)?|as it happened)\s*(?:[:|｜–—]|-{1,2})\s*/i;

/**
 * '"It fell on the house a minute after we ran": Sotk and Kut count the damage' printed, "Sotk and
 * Kut count the damage after night of shelling" in the tab: one headline, cut and recast for the
 * tab, when a run of at least four words, half the shorter one, stands in both. The reader reads
 * the printed one.
 */
function sharesHeadline(a: readonly string[], b: readonly string[]): boolean {
  const shorter = Math.min(a.length, b.length);
  const run = longestSharedRun(a, b);
  return run >= MIN_SHARED_RUN && run * 2 >= shorter;
}

const MIN_SHARED_RUN = 4;

/** '"It fell on the house a minute after we ran": ': a quotation opening a headline, which a tab or a share title drops. */
const QUOTED_LEAD_IN = /^["“][^"“”]{3,160}["”]\s*[:—–-]\s+(?=\S)/;

/** The tab's headline is the printed one without its quoted lead-in, perhaps lengthened ("… after a night of shelling"). */
function opensWithoutLeadIn(tabWords: readonly string[], h1: string): boolean {
  const lead = QUOTED_LEAD_IN.exec(h1);
  if (!lead) return false;
  const rest = words(h1.slice(lead[0].length));
  return rest.length >= 3 && rest.every((w, k) => tabWords[k] === w);
}

/** The length of the longest run of words that stands, in order and together, in both. */
function longestSharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/** How many words an edited headline may add to the one it was edited from ("Talks resume" / "Talks quietly resume"). */
const MAX_EDITED_WORDS = 3;

/** True when `inner`'s words all stand in `outer`, in order, other words between them allowed. */
function isSubsequence(inner: readonly string[], outer: readonly string[]): boolean {
  let k = 0;
  for (const word of outer) if (word === inner[k]) k++;
  return k === inner.length;
}

/** Where pages print their date stamp: "Apr 7, 2016" in a `.post-date`, a `[itemprop=datePublished]` span. */
const DATE_STAMP = '[itemprop="datePublished"], [class*="date" i], [id*="date" i], [class*="published" i], [class*="timestamp" i]';

/**
 * The page's printed date stamp, when its markup gives no machine-readable date: the text of the
 * first short element named as a date, for the core's date rules to read. Reader views drop
 * such bylines, so it is taken from the page before the reader runs.
 */
export function printedDateStamp(document: Document): string | null {
  for (const scope of ["article", "main", "body"]) {
    for (const element of document.querySelectorAll(`${scope} :is(${DATE_STAMP})`)) {
      const stamp = (element.textContent ?? "").replace(/\s+/g, " ").trim();
      if (stamp.length >= 6 && stamp.length <= 60 && /\d/.test(stamp)) return stamp;
    }
  }
  return sittingLine(document);
}

/** "Volume 712: debated on Tuesday 3 May 2022", "Sitting of 12 March 2009": a parliamentary record's day, printed in its head. */
const SITTING = /^(?:(?:vol(?:ume)?\.?|col(?:umn)?s?\.?)\s*\d[\d–-]*\s*[:,|·]\s*)*(?:(?:debated|sitting|sat|held) on|sitting of)\s+\S.{4,45}$/i;

/** The first short block of the page's main text that is a sitting's date line (the core reads its date). */
function sittingLine(document: Document): string | null {
  for (const element of document.querySelectorAll("main p, main div, article p, article div, body p")) {
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length <= 80 && /\d{4}/.test(text) && SITTING.test(text)) return text;
  }
  return null;
}
