// One web page → its article: the metadata its markup gives (pageMetadata.ts) and the main text
// as Markdown-like blocks. The page is parsed by linkedom (a forgiving HTML parser with a DOM),
// its furniture taken out (stripFurniture.ts), and the article found by Mozilla's Readability,
// the reader of Firefox's Reader View, which scores blocks by their text rather than trusting
// the first <article> or <main>.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { headingsAbove, withHeadingsKept } from "./keptHeadings.ts";
import { liveBlogContainer } from "./liveBlog.ts";
import { type PageMetadata, printedDateStamp, readPageMetadata } from "./pageMetadata.ts";
import { classAndId, stripFurniture } from "./stripFurniture.ts";
import { toMarkdown } from "./toMarkdown.ts";

export interface HtmlArticle extends PageMetadata {
  /** The article's text as Markdown-like blocks (no front matter). */
  body: string;
  /** The city a local site's weather widget names ("Baku +3°C"): where the site is published. */
  location?: string | null;
  /** The note on who wrote the piece ("X is the Minister of …"), which the page sets apart as an author's bio. */
  author_note?: string | null;
}

/** Fewer words than this is a teaser, an index page or an error page, not an article. */
export const MIN_ARTICLE_WORDS = 40;

/**
 * Reads a page. `pageUrl` (where it was fetched from) resolves a relative canonical link and
 * stands in when the page names no address of its own.
 * @throws Error naming what was wrong when the page holds no article text.
 */
export function readHtmlPage(html: string, pageUrl: string | null = null): HtmlArticle {
  const { document } = parseHTML(html);
  if (!document.body) throw new Error("is not an HTML page (no <body> could be read)");
  const metadata = readPageMetadata(document, pageUrl);
  const stamp = metadata.published === null ? printedDateStamp(document) : null;
  const location = weatherCity(document);
  // (Read before the furniture goes: the bio is furniture to the index, but says whose words the piece is.)
  const authorNote = authorBio(document);
  stripFurniture(document);
  const live = liveBlogContainer(document);
  const headings = live ? [] : headingsAbove(document);
  // Readability moves what it picks out of the page, so the main content is copied before it runs.
  const main = live ? null : mainContent(document);
  // Readability reads JSON-LD too, but its findings are not checked: ours are (pageMetadata.ts).
  const found = live ? null : new Readability<Node>(document, { serializer: (node) => node, disableJSONLD: true, charThreshold: 200 }).parse();
  const content = live ?? withUpdatesKept(wholeMainIfReaderKeptLittle(main, found?.content ?? null), main);
  const body = content && content.nodeType === 1 ? withHeadingsKept(toMarkdown(content as Element), headings) : "";
  const words = wordsIn(body);
  if (words < MIN_ARTICLE_WORDS) {
    throw new Error(`is not an article: the page holds ${words === 0 ? "no" : `only ${words} words of`} article text`);
  }
  // With no date in the markup, the printed stamp goes above the text for the core's date rules.
  return { ...metadata, title: metadata.title ?? cleanTitle(found?.title), body: stamp ? `${stamp}\n\n${body}` : body, location, author_note: authorNote };
}

/** Class and id words of an author's note: "author-bio", "bio", "about-author", "author-note". */
const AUTHOR_BIO = /(?:^|\s)(?:author-bio|bio|about-author|author-note|author-info)(?:$|\s)/i;
/** A note longer than this is not one line on who wrote the piece. */
const MAX_AUTHOR_NOTE = 400;

/** The first author's note the page sets apart, as one line of text. */
function authorBio(document: Document): string | null {
  for (const element of document.querySelectorAll("[class], [id]")) {
    if (!AUTHOR_BIO.test(classAndId(element))) continue;
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length > 0 && text.length <= MAX_AUTHOR_NOTE) return text;
  }
  return null;
}

/**
 * The reader picks the block that scores best by its paragraphs and adds siblings that score near it;
 * on a page whose text is split between a short note, captioned figures and a "Context" section, it
 * can keep the one section and drop the rest. When the page marks its main content (one <main> or
 * <article>, furniture already out) and the reader kept less than this share of its words, the
 * main content is the article.
 */
const MIN_KEPT_SHARE = 0.5;

/** A copy of the page's one <main> (or its one <article> when it has no <main>), or null. */
function mainContent(document: Document): Node | null {
  const mains = document.querySelectorAll("main, [role='main']");
  const articles = document.querySelectorAll("article");
  const main = mains.length === 1 ? mains[0] : mains.length === 0 && articles.length === 1 ? articles[0] : null;
  return main ? main.cloneNode(true) : null;
}

function wholeMainIfReaderKeptLittle(main: Node | null, found: Node | null): Node | null {
  if (!main || !found) return found;
  return wordsIn(found.textContent) < wordsIn(main.textContent) * MIN_KEPT_SHARE ? main : found;
}

/**
 * A petition's or a story's "Updates" section beside its text in the page's main content: the
 * reader scores the text alone and drops the updates, which are the same author's later words.
 */
function withUpdatesKept(content: Node | null, main: Node | null): Node | null {
  if (content?.nodeType !== 1 || main?.nodeType !== 1 || content === main) return content;
  const kept = (content.textContent ?? "").replace(/\s+/g, " ");
  const sections = [...(main as Element).querySelectorAll("section, div")].filter((e) => UPDATES.test(classAndId(e)));
  // (An update inside the updates section comes with it.)
  for (const section of sections.filter((e) => !sections.some((outer) => outer !== e && outer.contains(e)))) {
    const text = (section.textContent ?? "").replace(/\s+/g, " ").trim();
    if (wordsIn(text) >= MIN_UPDATE_WORDS && !kept.includes(text.slice(0, 80))) (content as Element).appendChild(section.cloneNode(true));
  }
  return content;
}
/** The class or id of a page's updates section: "updates", "petition-update", "story-updates". */
const UPDATES = /(?:^|[\s_-])updates?(?:$|[\s_-])/i;
/** An updates section shorter than this holds no update's text. */
const MIN_UPDATE_WORDS = 12;

function wordsIn(text: string | null): number {
  return (text ?? "").split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** "Baku +3°C", "Yerevan −2 °C": a city and its temperature, as a site's weather widget shows them. */
const WEATHER = /(?:^|[|·•]\s*)(\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}\p{Ll}+)?)\s*[+−–-]?\d{1,2}\s*°\s*C\b/u;

/**
 * The city of a local site's weather widget, in its top bar or header (never the article's own text,
 * where "Baku 30°C" could be weather news): the place the site is published from, or null.
 */
function weatherCity(document: Document): string | null {
  for (const bar of document.querySelectorAll("header, [class*=top], [class*=weather], [id*=weather], [class*=header]")) {
    if (bar.closest("article, main")) continue;
    const city = WEATHER.exec((bar.textContent ?? "").replace(/\s+/g, " "))?.[1];
    if (city) return city;
  }
  return null;
}

function cleanTitle(title: string | null | undefined): string | null {
  const text = (title ?? "").replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}
