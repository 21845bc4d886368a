// What a web page says about itself in its own markup, read before any text rule: JSON-LD
// (schema.org NewsArticle, Article, BlogPosting, LiveBlogPosting, Report…), Open Graph and
// article: meta tags, <title>, the canonical link and the article's first <time datetime>.
// Every value comes from whoever wrote the page, so each is checked with zod and a bad one is
// dropped (the core's text rules then decide), never trusted.
import { z } from "zod";
import { FURNITURE } from "../../core/ingest/furnitureCues.ts";
import { readMetadataLine } from "../../core/ingest/metadata.ts";
import { withoutEdition } from "../../core/ingest/pageHead.ts";
import { PAGE_HEAD } from "../../core/ingest/pageHeadCues.ts";
import { classAndId } from "./stripFurniture.ts";

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

// ("20080322": an old page's "pubdate" meta writes the day without its dashes.)
const DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ]\d{2}:\d{2})/;

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
  const h1 = speechTitle(document) ?? pageHeadline(document);
  // "LIVE: Border fighting - death toll rises": a live page's changing label is no headline when its <h1> prints one.
  // '"It fell on the house": Sotk counts the damage' printed over an og:title without the quote: the printed headline.
  // A share title recast for social media ("Barda strike toll climbs") over a printed "Barda toll rises to 21": the reader reads the printed one.
  const given = marked !== null && h1 !== null && splitTabTitle(marked, h1)?.title === h1 ? h1 : marked;
  // A bare <title> is the browser tab's label: "Headline | Site", "Section: Headline (date) — Site".
  const tab = splitTabTitle(first(text, [document.querySelector("title")?.textContent]), h1);
  const title = given ?? tab?.title ?? null;
  const named = first(text, [
    ld?.publisher,
    meta("og:site_name"),
    meta("application-name"),
    // Dublin Core's publisher, as a school's or an institute's pages name it: the body, where the tab names its course or series.
    meta("dc.publisher"),
    meta("dcterms.publisher"),
    tab?.site,
    leadingSite(document),
    homeLinkName(document),
    bannerSiteName(document),
  ]);
  // "Travel.State.Gov": a site named by its host name is run by the body its banner or footer names.
  const site = named === null || HOST_NAME.test(named) ? (siteOwner(document) ?? named) : named;
  const outlet = site === null ? null : spelledOut(withoutEdition(site), document);
  const published = first(isoDay, [
    ld?.datePublished,
    ld?.dateCreated,
    meta("article:published_time"),
    meta("datePublished"),
    meta("pubdate"),
    meta("date"),
    meta("dc.date"),
    // Dublin Core as institutions' document pages write it: "dcterms.date", "dcterms.issued", "DC.date.issued".
    meta("dcterms.date"),
    meta("dcterms.issued"),
    meta("dc.date.issued"),
    meta("dcterms.created"),
    articleTime(document),
  ]);
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute("href");
  const url = first(webAddress, [absolute(canonical, pageUrl), absolute(meta("og:url"), pageUrl), ld?.url, ld?.mainEntityOfPage, pageUrl]);
  return { title: title && outlet ? withoutSiteSuffix(title, outlet) : title, outlet, published, url };
}

/** "Travel.State.Gov", "news.example.am": a site's name that is its host name. */
const HOST_NAME = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/** One word of an institution's name: "U.S.", "Department", "Consular". */
const NAME_WORD = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}'’&-]*)`;
const INSTITUTION_NAME = String.raw`(?:the\s+)?${NAME_WORD}(?:\s+(?:of|the|and|for|on|${NAME_WORD})){0,8}`;

/** "This site is managed by the U.S. Department of State.": a footer naming the body that runs the site. */
const MANAGED_BY = new RegExp(
  String.raw`\b[Tt]his\s+(?:web\s?)?(?:site|website|portal)\s+is\s+(?:managed|maintained|operated|run|administered|owned)\s+by\s+(?:the\s+)?(?<name>${NAME_WORD}(?:\s+(?:of|the|and|for|on|${NAME_WORD})){0,8})`,
  "u",
);

/** "U.S. Department of State", "Ministry of Foreign Affairs of …": a government body's name. */
const GOVERNMENT_BODY = new RegExp(String.raw`^${INSTITUTION_NAME}$`, "u");
const GOVERNMENT_WORD = /\b(?:Department|Ministry|Embassy|Government|Presidency|Parliament|Administration|Office of)\b/u;

/**
 * The body that runs a site whose name is its host name ("Travel.State.Gov"): named by the footer
 * ("This site is managed by the U.S. Department of State") or by a government body's name beside
 * the host name in the banner's link home ("Travel.State.Gov | U.S. Department of State — Bureau of
 * Consular Affairs"). Null when the page names none.
 */
/**
 * "BNA" in the tab over a banner "BNA · Bosphorus News Agency" or a footer "© Bosphorus News Agency":
 * an acronym the page spells out is named in full.
 */
function spelledOut(outlet: string, document: Document): string {
  if (!ACRONYM.test(outlet)) return outlet;
  const texts = [...document.querySelectorAll(`header, footer, ${BANNER}, [class*="brand"], [class*="logo"]`)].map((e) =>
    (e.textContent ?? "").replace(/\s+/g, " "),
  );
  for (const text of texts) {
    for (const run of text.matchAll(CAPITALISED_RUN)) {
      const words = run[0].split(/\s+/).filter((w) => !/^(?:of|the|and|for|&)$/i.test(w));
      const initials = words.flatMap((w) => w.split("-").map((part) => part.charAt(0))).join("");
      if (initials === outlet && words.length >= 2) return run[0];
    }
  }
  return outlet;
}
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** Two to six capitalised words, with "of", "the", "and" between them: a name. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|for|&)\s+)?\p{Lu}[\p{L}'’.-]*){1,5}/gu;

function siteOwner(document: Document): string | null {
  for (const footer of document.querySelectorAll('footer, [role="contentinfo"], #footer, .footer, .site-footer')) {
    const name = MANAGED_BY.exec((footer.textContent ?? "").replace(/\s+/g, " "))?.groups?.name;
    if (name) return name.replace(/\s+(?:of|the|and|for|on)$/u, "");
  }
  for (const link of document.querySelectorAll(`:is(${BANNER}) a[href]`)) {
    if (!HOME_HREF.test((link.getAttribute("href") ?? "").trim())) continue;
    const parts = (link.textContent ?? "")
      .replace(/\s+/g, " ")
      .trim()
      .split(/\s+[|｜·•–—-]\s+/);
    const body = parts.find((p) => GOVERNMENT_BODY.test(p) && GOVERNMENT_WORD.test(p));
    if (body) return body;
  }
  return null;
}

/**
 * "NATO - Opinion: Joint press point …": a site that puts its name before the headline in the tab.
 * The first part is taken as the site's name only when the page says so elsewhere too: its banner's
 * first words are that name ("NATO – North Atlantic Treaty Organization"), or its copyright line
 * names it or the words it abbreviates ("© North Atlantic Treaty Organization").
 */
function leadingSite(document: Document): string | null {
  const tab = (document.querySelector("title")?.textContent ?? "").replace(/\s+/g, " ").trim();
  const [name = "", ...rest] = tab.split(TAB_SEPARATOR).map((p) => p.trim());
  if (rest.length === 0 || !SITE_NAME.test(name) || words(name).length > 4) return null;
  const banner = document.querySelector(BANNER);
  const logo = banner ? firstTextBlock(banner) : null;
  const logoName = logo?.split(/\s+(?:[|｜·•–—:]|-{1,2})\s+/)[0]?.trim() ?? "";
  if (logoName !== "" && words(logoName).join(" ") === words(name).join(" ")) return name;
  const owner = copyrightOwner(document);
  if (owner && (words(owner).join(" ") === words(name).join(" ") || initialsOf(owner) === name)) return name;
  return null;
}

/** The text of the first element inside `root` that holds text of its own (a logo's, a site name's). */
function firstTextBlock(root: Element): string | null {
  for (const element of [root, ...root.querySelectorAll("*")]) {
    const own = [...element.childNodes]
      .filter((node) => node.nodeType === 3)
      .map((node) => node.textContent ?? "")
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    if (own !== "") return (element.textContent ?? "").replace(/\s+/g, " ").trim();
  }
  return null;
}

/** "© 2004–2020 North Atlantic Treaty Organization. All rights reserved." → the owner's name. */
function copyrightOwner(document: Document): string | null {
  for (const footer of document.querySelectorAll('footer, [role="contentinfo"], #footer, .footer, .site-footer')) {
    for (const line of (footer.textContent ?? "").split(/\n/)) {
      const m = /©\s*(?:(?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)\d{2})?\s*)?(?<name>[^.©|]{2,80})/u.exec(line);
      const name = m?.groups?.name?.replace(/\s+/g, " ").trim();
      if (name && OWNER_NAME.test(name)) return name;
    }
  }
  return null;
}

/** An organisation's name as a copyright line gives it: "Organization for Security and Co-operation in Europe". */
const OWNER_NAME = /^(?:The\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|the|and|for|on|in|&)){0,9}$/u;

/** "North Atlantic Treaty Organization" → "NATO": the capitals of its capitalised words. */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
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

/**
 * "Embassy of the Republic of Armenia – Kolonia, Pohnpei" in the banner's site-name element: the site's
 * name before its tagline, when it reads as a name (an embassy's or a ministry's full name included).
 */
function bannerSiteName(document: Document): string | null {
  const element = document.querySelector(`:is(${BANNER}) :is(.site-name, .site-title, #site-name, #site-title)`);
  const name =
    (element?.textContent ?? "")
      .replace(/\s+/g, " ")
      .trim()
      .split(/\s+[–—|]\s+/)[0]
      ?.trim() ?? "";
  return name !== "" && (SITE_NAME.test(name) || STATE_BODY_NAME.test(name)) ? name : null;
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
// ("Ilham Aliyev addressed the nation » Official web-site of …": some sites separate with a guillemet.)
const TAB_SEPARATOR = /\s+(?:[|｜–—»]|-{1,2})\s+/;
/** A site's name: one to six capitalised words (with "of", "the", "and" between them), no sentence end; "Congressman Frank Pallone, Jr." keeps its suffix. */
const SITE_NAME =
  /^(?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*|of|the|and|for|on|&|am|de|du|la|al|el|do|da|dos|das|del|della|di|des|von|van)){0,5}(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?$/u;
/** "Press review: " before the headline, " (19 March 2025)" after it: a page's label and day, not its headline. */
const TAB_LABEL = /^(?:press review|review of the press|papers? review|the papers|media review|news digest)\s*[:|–—-]\s+/i;
const TAB_DATE = /\s*\((?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})\)$/u;

/** The page's one `<h1>` as printed (inside its article or main element when it has one). */
function pageHeadline(document: Document): string | null {
  const h1 = headlineElement(document);
  return h1 ? squeezed(h1) : null;
}

function headlineElement(document: Document): Element | null {
  for (const scope of ["article", "main", "body"]) {
    const found = [...document.querySelectorAll(`${scope} h1`)].filter((h) => squeezed(h) !== "" && !namesSite(h));
    if (found.length === 1) return found[0] ?? null;
    if (found.length > 1) return null;
  }
  return null;
}

/** The class or id of a banner's site name: "site-title", "site-name", "logo", "brand". */
const SITE_NAME_CLASS = /(?:^|[\s_-])(?:site-?title|site-?name|logo|brand|masthead)(?:$|[\s_-])/i;

/**
 * '<h1 class="site-title">Parish of Heraklion</h1>' in the page's banner, outside its article: the site's name set
 * as a heading, never the piece's headline (a parish bulletin's headline is its <h2> and its tab's title).
 */
function namesSite(h1: Element): boolean {
  return SITE_NAME_CLASS.test(classAndId(h1)) && h1.closest("article, main") === null;
}

function squeezed(element: Element): string {
  return (element.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** "Joint press point", "Press conference", "Remarks": a headline that names a kind of speech and not its speakers. */
const SPEECH_KIND =
  /^(?:joint\s+)?(?:press (?:point|conference|briefing|statement|remarks|encounter|availability)|(?:opening |closing |keynote )?remarks|statement|speech|address|briefing|doorstep(?: statement)?|news conference|joint statement|declaration)$/i;
/** "by NATO Secretary General Jens Stoltenberg and …", "with the Foreign Minister of …": the speakers, as the headline goes on. */
const SPEAKERS_LINE = /^(?:by|with|of)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "Joint press point" / "by NATO Secretary General Jens Stoltenberg and the President of Armenia,
 * Armen Sarkissian": a speech's headline printed in two parts, its kind in the `<h1>` and its
 * speakers in the line under it. The title is both. A byline under a news headline ("by Jane
 * Doe") is not joined: the `<h1>` must name a kind of speech.
 */
function speechTitle(document: Document): string | null {
  const h1 = headlineElement(document);
  if (!h1 || !SPEECH_KIND.test(squeezed(h1))) return null;
  const next = h1.nextElementSibling;
  if (!next || /byline|author/i.test(`${next.getAttribute("class") ?? ""} ${next.getAttribute("rel") ?? ""}`)) return null;
  const speakers = squeezed(next);
  return speakers.length <= MAX_SPEAKERS_LINE && SPEAKERS_LINE.test(speakers) ? `${squeezed(h1)} ${speakers}` : null;
}

const MAX_SPEAKERS_LINE = 200;

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
  // "South Caucasus Brief #212: Anniversary week in …" over an <h1> "South Caucasus Brief": the <h1> is the
  // newsletter's name, the tab its issue's title.
  if (h1 && ISSUE_AFTER.test(tab.slice(h1.length)) && tab.toLowerCase().startsWith(h1.toLowerCase())) return { title: tab.trim(), site: h1 };
  const split = tab.split(TAB_SEPARATOR).map((p) => p.trim());
  // ("Headline | The Cayo Ledger – Business": the section after the site's name is no site.)
  const parts = split.length >= 3 && PAGE_HEAD.section.test(split.at(-1) ?? "") ? split.slice(0, -1) : split;
  // "… – Le Relais Caucasien (English edition)": the edition is no part of the site's name.
  const last = withoutEdition(parts.at(-1) ?? "");
  // A headline short enough to be a word or two ("Armenia") says too little to compare.
  const printed = h1 && words(h1).length >= 3 ? words(h1) : [];
  // "Baku - Yerevan Talks Resume" with that <h1>: the last part is the headline's, not a site's name.
  // "… | Official web-site of President of Azerbaijan Republic": a government site's name runs longer.
  // ("Ministry of Defence of the Republic of Armenia": a state body's full name runs to seven words or more.)
  const siteShaped = (SITE_NAME.test(last) && words(last).length <= 6) || STATE_BODY_NAME.test(last) || FURNITURE.officialSiteBanner.test(last);
  const named = parts.length >= 2 && siteShaped && !containsWords(printed, words(last));
  // "Karabakh Press Archive 1993": an archive's year is no part of the publisher's name.
  // "Palco Ischia | "The Line of Contact": a play …" over that <h1>: the site's name may lead the tab instead.
  const first = parts[0] ?? "";
  const leads =
    !named && parts.length === 2 && printed.length > 0 && SITE_NAME.test(first) && words(first).length <= 4 && containsWords(words(parts[1] ?? ""), printed);
  if (h1 && leads) return { title: h1, site: first };
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
  // ("Live: Azerbaijan launches …" printed as the <h1> too is the live page's headline, not a panel's.)
  if (h1 && printed.length > 0 && !labelled && (!LIVE_LABEL.test(tab) || LIVE_LABEL.test(h1))) return { title: h1, site };
  // "Headline | World news | The Sentinel": the section the page is filed under is no part of the headline.
  const headline = rest.length > 1 ? rest.filter((p, i) => i === 0 || !SECTION_LABEL.test(p)) : rest;
  const own = headline.length > 1 && printed.length > 0 ? headline.filter((p) => !containsWords(printed, words(p))) : headline;
  const title = (own.length > 0 ? own : headline).join(" — ").replace(TAB_LABEL, "").replace(TAB_DATE, "");
  return { title: title === "" ? tab : title, site };
}

/** An issue's number right after a newsletter's name, then its theme: " #212: Anniversary week", " No. 14 — …". */
const ISSUE_AFTER = /^\s*(?:#|no\.?\s*|issue\s+)\d{1,5}\s*[:–—|-]\s*\S/i;

/**
 * A state body named in full: "Ministry of Defence of the Republic of Armenia", "Office of the President of …",
 * "Permanent Mission of the Republic of Armenia to the OSCE" (a mission names the body it is accredited to).
 */
const STATE_BODY_NAME =
  /^(?:the\s+)?(?:(?:permanent|standing)\s+)?(?:ministry|office|embassy|government|administration|presidency|state\s+committee|mission|delegation|representation|consulate(?:\s+general)?)\s+of\b[\p{L}\s]{3,80}\b(?:republic|armenia|azerbaijan|russia|russian\s+federation|(?:republic|kingdom|federation)\s+of\s+[\p{L}-]+)(?:\s+(?:to|at|in)\s+(?:the\s+)?[\p{L}.\s-]{2,60})?$/iu;

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
      // "By Jane Roe and John Doe | VIENNA/MOSCOW, 3 April 2016": a long dateline's dated part.
      const part =
        stamp.length <= MAX_STAMP_LINE
          ? stamp.split(STRIP_SEPARATOR).find((l) => l.length <= MAX_DATE_LINE && /\d/.test(l) && readMetadataLine(l)?.date)
          : undefined;
      if (part) return part;
    }
  }
  return metaStripDate(document) ?? sittingLine(document) ?? leadDateLine(document) ?? modifiedStamp(document);
}

/** Meta names of the day a page was last changed: "article:modified_time", "og:updated_time", "kb:updated". */
const MODIFIED_META = /(?:^|[:._-])(?:modified(?:_time)?|updated(?:_time)?|last-?modified|datemodified|lastmod)$/i;

/**
 * "Last updated: 2021-04-03" from `<meta property="article:modified_time">` (or any meta name of the
 * kind) on a page that gives no day of publication: a reference page is dated by its last edit. Put
 * above the text as an update line, it gives way to any publication line the text prints.
 */
function modifiedStamp(document: Document): string | null {
  for (const element of document.querySelectorAll("meta")) {
    const name = element.getAttribute("property") ?? element.getAttribute("name") ?? element.getAttribute("itemprop") ?? "";
    if (!MODIFIED_META.test(name)) continue;
    const day = isoDay.safeParse(element.getAttribute("content") ?? "");
    if (day.success && day.data) return `Last updated: ${day.data}`;
  }
  return null;
}

/** Strips a page prints its byline and date in: ".meta", ".byline", ".article-info". */
const META_STRIP = '[class*="meta" i], [class*="byline" i], [class*="article-info" i]';

/**
 * "Saturday, 30 September 2023 · 14:00-15:30 Yerevan time" in a `.meta` strip under a standfirst: a
 * strip's line that the core reads as a date. Only such a line: a strip also holds bylines and reading times.
 */
function metaStripDate(document: Document): string | null {
  for (const scope of ["article", "main", "body"]) {
    for (const element of document.querySelectorAll(`${scope} :is(${META_STRIP})`)) {
      // "By Selin Aydemir · Published October 17, 2020, updated 19:05 GMT": a strip's parts, one by one.
      const parts = textLines(element).flatMap((l) => l.split(STRIP_SEPARATOR));
      const line = parts.find((l) => l.length <= MAX_DATE_LINE && /\d/.test(l) && readMetadataLine(l)?.date);
      if (line) return line;
    }
  }
  return null;
}

/** What a meta strip prints between its parts: "By X · 5 min read", "Politics | 12 May 2021". */
const STRIP_SEPARATOR = /\s+[·•|]\s+/;

/** Blocks that may hold a date line of their own: a paragraph, a list item, a line of a meta strip. */
const TEXT_BLOCK = "p, li, dd, dt, span, time, div, h2, h3, h4, h5, h6";
/** A block this long, or a sentence of this many words, is the article's prose: the head, where the page prints its date, is above it. */
const PROSE_LENGTH = 200;
const PROSE_WORDS = 10;

function isProse(text: string): boolean {
  return text.length > PROSE_LENGTH || (/[.!?]["”’]?$/.test(text) && text.split(/\s+/).length >= PROSE_WORDS);
}
const MAX_DATE_LINE = 60;
/** A date stamp's element longer than this is prose, not a byline with its date. */
const MAX_STAMP_LINE = 160;

/**
 * "Travel Advisory<br>October 5, 2023", "<li>21 Oct. 2020 -</li>": a date line the page prints
 * above its text in a block named for nothing (no "date" in its class). The first line of the
 * article's head, above its first paragraph of prose, that the core reads as a date line.
 */
function leadDateLine(document: Document): string | null {
  const scope = document.querySelector("article") ?? document.querySelector('main, [role="main"]');
  if (!scope) return null;
  for (const element of scope.querySelectorAll(TEXT_BLOCK)) {
    // A wrapper's blocks are read one by one.
    if (element.querySelector("p, li, div")) continue;
    const lines = textLines(element);
    if (isProse(lines.join(" "))) return null;
    const line = lines.find((l) => l.length <= MAX_DATE_LINE && /\d/.test(l) && readMetadataLine(l)?.date);
    if (line) return line;
  }
  return null;
}

/** An element's text split where it breaks lines (`<br>`), each line with its spaces folded. */
function textLines(element: Element): string[] {
  const lines: string[] = [""];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) lines[lines.length - 1] += child.textContent ?? "";
      else if (child.nodeType === 1 && (child as Element).tagName.toLowerCase() === "br") lines.push("");
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(element);
  return lines.map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => l !== "");
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
