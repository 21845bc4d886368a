// Site furniture taken out of a page before the reader looks for the article: navigation,
// cookie banners, share rows, comments, related-links and most-read rails, newsletter boxes
// and ads. Readability scores blocks by their text, so a long comment thread or a "More on
// this story" list inside the article's container could otherwise come along with it.

/** Elements that are never article text, whatever their place. */
const NEVER_TEXT = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "svg",
  "canvas",
  "form",
  "button",
  "input",
  "select",
  "textarea",
  "nav",
  "footer",
  "dialog",
  "object",
  "embed",
  "video",
  "audio",
  "[hidden]",
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
].join(",");

/**
 * Class and id words that name furniture: "share-bar", "c-cookie-banner", "ad-slot",
 * "related-articles", "comments", "most-read", "newsletter-signup", "breadcrumbs", a forum post's "signature",
 * an e-mail's "preheader" (the preview line a mail client shows beside the subject, over the issue it sums up).
 * Matched as whole words of the class or id (split at "-", "_" and spaces).
 */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:signature|share|sharing|sharebar|social|cookies?|consent|cmp|gdpr|privacy-banner|newsletter|subscribe|subscription|signup|related|recommended|recommendations|more-on|read-more|readmore|most-read|mostread|popular|trending|comments?|disqus|replies|advert|advertisement|ads?|adslot|ad-slot|sponsored|promo|outbrain|taboola|breadcrumbs?|paywall|popup|modal|tags|tag-list|author-bio|bio|toolbar|print-tools|skip-link|masthead|site-header|site-footer|live-strip|ticker|breaking|breaking-news|actions|credits?|photo-credit|preheader|pre-header|preview-text)(?:$|[\s_-])/i;

/** A container this large holds the article itself: a class such as "article has-comments" must not remove it. */
const MAX_SHARE_OF_TEXT = 0.4;

/**
 * A caption of this many words or more is the text itself (a photo feed's captions, each with its
 * own dateline); a shorter one ("Rescue workers search a damaged building in Ganja on Sunday")
 * only labels a picture the article's own words tell.
 */
const MIN_CAPTION_WORDS = 25;

export function stripFurniture(document: Document): void {
  for (const element of [...document.querySelectorAll(NEVER_TEXT)]) element.remove();
  for (const aside of [...document.querySelectorAll("aside")]) {
    if (isSidebarStory(aside)) keepAsSection(document, aside);
    else aside.remove();
  }
  for (const caption of [...document.querySelectorAll("figcaption")]) {
    if (wordCount(caption) < MIN_CAPTION_WORDS) caption.remove();
  }
  // A page's own header (masthead, menus) goes; an article's header keeps its headline and date.
  for (const header of [...document.querySelectorAll("header")]) {
    if (!header.closest("article, main, [role='main']")) header.remove();
  }
  const bodyLength = textLength(document.body);
  for (const element of [...document.querySelectorAll("[class], [id]")]) {
    if (!element.isConnected || element === document.body || element === document.documentElement) continue;
    const names = classAndId(element);
    if (!FURNITURE_NAME.test(names)) continue;
    if (isOfficialSignOff(element, names)) continue;
    if (textLength(element) <= bodyLength * MAX_SHARE_OF_TEXT) element.remove();
  }
}

/** How many words of prose make an aside inside the article a sidebar of its reporting. */
const MIN_SIDEBAR_WORDS = 40;
/** The share of an aside's words that may be link text: a box of links is a rail, not a sidebar. */
const MAX_SIDEBAR_LINK_SHARE = 0.2;

/**
 * An aside is furniture (a rail of links, a newsletter box, a pull quote), unless it stands inside the
 * article and holds paragraphs of its own reporting: a "How the siege unfolded" box with quotes and figures.
 */
function isSidebarStory(aside: Element): boolean {
  if (!aside.closest("article, main, [role='main']")) return false;
  const paragraphs = [...aside.querySelectorAll("p")].filter((p) => /[.!?]["”’)]?\s*$/.test((p.textContent ?? "").trim()));
  if (paragraphs.length === 0) return false;
  const words = wordCount(aside);
  const linked = [...aside.querySelectorAll("a")].reduce((sum, a) => sum + wordCount(a), 0);
  return words >= MIN_SIDEBAR_WORDS && linked <= words * MAX_SIDEBAR_LINK_SHARE;
}

/** A sidebar kept as a section of the article: the article reader drops every aside it meets. */
function keepAsSection(document: Document, aside: Element): void {
  const section = document.createElement("section");
  for (const attribute of [...aside.attributes]) section.setAttribute(attribute.name, attribute.value);
  section.append(...aside.childNodes);
  aside.replaceWith(section);
}

/** Words at most in a letter's sign-off: a name and an office ("Tahir Taghizade, Ambassador of … to …"). */
const SIGN_OFF_WORDS = 25;

/** An office of state in a sign-off (right after the name where a line break parted them: "TaghizadeAmbassador"). */
const OFFICE_OF_STATE = /(?:Ambassador|Minister|Permanent\s+Representative|Chargé\s+d'affaires|Consul(?:-General)?|Spokes(?:man|woman|person)|Envoy)\b/;

/**
 * A letter's sign-off marked up as a "signature" (a forum post's signature is the page's furniture):
 * one that names its writer's office of state is the letter's own last line, which says whose letter it is.
 */
function isOfficialSignOff(element: Element, names: string): boolean {
  return /(?:^|[\s_-])signature(?:$|[\s_-])/i.test(names) && wordCount(element) <= SIGN_OFF_WORDS && OFFICE_OF_STATE.test(element.textContent ?? "");
}

function wordCount(element: Element): number {
  return (element.textContent ?? "").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function textLength(element: Element | null): number {
  return (element?.textContent ?? "").replace(/\s+/g, " ").length;
}

/** An element's class and id words, as one string a pattern of names is tried on. */
export function classAndId(element: Element): string {
  return `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
}
