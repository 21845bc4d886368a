// Site furniture: share/subscribe prompts, app and channel promotions, "Read more" links, cookie
// notices, ads, copyright footers, photo credits and captions, wire sign-offs. Such a line says
// nothing about the conflict and must never reach the index.
//
// Each rule is tested against one line or paragraph as a whole. Rules that could also match prose
// carry a length limit: furniture is short, and a long line that mentions "Telegram" is news.

interface Rule {
  pattern: RegExp | ((text: string) => boolean);
  /** The rule applies only to text at most this long. */
  maxLength?: number;
}

/** Headers of link lists ("Related:", "Also read"). */
const LINK_LIST_LABEL =
  "also read|related(?: (?:articles?|stories|news|topics|coverage|content))?|recommended(?: for you)?|more on this(?: story)?|more from [^:]{1,30}|most read|most popular|trending(?: now)?|top stories|you may also like|editor'?s picks?|tags|topics" +
  // "More news on the topic" (TASS), "More stories", "More on the subject".
  "|more (?:news|stories|articles)(?: on (?:this|the) (?:topic|subject|story))?|more on (?:this|the) (?:topic|subject)";

/**
 * Language switchers: "Read in Russian", "Also available in Armenian", "Читать на русском". The
 * language is one word, so "Read in full, the statement says…" is never taken.
 */
const LANGUAGES =
  "english|russian|armenian|azerbaijani|azeri|georgian|turkish|persian|farsi|arabic|french|german|spanish|ukrainian|chinese|kazakh|kyrgyz|uzbek|tajik|turkmen|hayeren|azərbaycanca|русском|русский|english version|russian version";
const LANGUAGE_SWITCHERS: readonly RegExp[] = [
  new RegExp(
    String.raw`^(?:read|view|see|also available|available|this (?:article|story|page) is (?:also )?available)(?: (?:this|the) (?:article|story|page))? in:?\s+(?:${LANGUAGES})(?:\s*(?:,|\||and|/)\s*(?:${LANGUAGES}))*\.?$`,
    "iu",
  ),
  /^(?:читать|читайте|прочитать)(?: (?:эту )?(?:статью|новость))? на \p{L}+(?: языке)?\.?$/iu,
  new RegExp(String.raw`^(?:in (?:${LANGUAGES})|на русском|по-русски|русская версия|english version|russian version)\.?$`, "iu"),
];

/**
 * Donation and membership appeals: "Donate to … today", "Support our work by becoming a member",
 * "Support independent journalism". Each names the reader's act of giving, which news never does;
 * "became a member of the CSTO" is excluded by requiring no "of" after the membership word.
 */
const SUPPORT_APPEALS: readonly RegExp[] = [
  // Imperatives opening a sentence: "Donate to …", "Support our work …", "Become a member". What
  // follows the verb must be the outlet's cause, so "Donate blood" and "Support our troops" stay.
  /(?:^|[.!?]\s+)(?:please\s+)?(?:donate(?: (?:to|now|today|here|online)\b|[.!]?$)|make a donation|give now|chip in|support (?:us\b|(?:our|independent|quality|local|free)(?: [\w-]+){0,2} (?:work|journalism|reporting|media|newsroom|journalists|mission)\b)|(?:become|join) (?:a |our )?(?:paying |premium )?(?:members?|supporters?|patrons?|subscribers?|membership)\b(?!\s+of\b))/i,
  /\bdonate (?:now|today|here)[.!]?$/i,
  /\bby becoming (?:a |our )?(?:paying |premium )?(?:member|supporter|patron|subscriber)\b(?!\s+of\b)/i,
];

/** Roles a short closing bio gives its author: "X is a freelance journalist based in Yerevan." */
const BIO_ROLES =
  "journalist|correspondent|reporter|writer|editor|photographer|photojournalist|contributor|contributing editor|columnist|producer|freelancer|videographer";
const BIO = new RegExp(
  String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|el)){1,3}\s+(?:is|was)\s+(?:a|an|the|our)\b[^.;:]{0,80}?\b(?:${BIO_ROLES})s?\b(?:\s+(?:based|for|at|with|in|covering|who covers|reporting|specialising|specializing)\b[^;:]{0,100})?\.?$`,
  "u",
);
/**
 * A bio states a role and where or for whom it is held, nothing more ("… and the wife of …" is not
 * a bio); a sentence that also reports an event or a statement is news.
 */
const NEWS_IN_BIO = /\b(?:said|says|told|who|whose|when|after|according|was (?:killed|wounded|detained|arrested|injured|released)|has been|had been)\b/i;

/** "Narek Melkonyan is a freelance journalist based in Yerevan.", "Jane Doe is a correspondent for X." */
function isAuthorBio(text: string): boolean {
  return BIO.test(text) && !NEWS_IN_BIO.test(text) && (text.match(/[.!?](?:\s|$)/g) ?? []).length <= 1;
}

/**
 * A photo credit in brackets at the end of a caption: "(Ministry of Defense of Azerbaijan / PA / Representation)".
 * The " / " between names is what tells a credit from an aside in prose.
 */
function endsWithSlashCredit(text: string): boolean {
  const m = /\(([^()]*)\)\s*\.?\s*$/.exec(text);
  return m !== null && /\s\/\s/.test(m[1] ?? "") && /\p{L}/u.test(m[1] ?? "");
}

/**
 * A caption whose credit is its last sentence: "Smoke over Stepanakert. Photo: Artsakh InfoCenter."
 * The credit starts with a capital, so "…published a photo: the ruins of a school." stays.
 */
function endsWithCreditSentence(text: string): boolean {
  const m = /(?:^|[.!?]\s+)(?:photo|image|picture|photograph|credit)s?(?: credit| source)?\s*:\s*([^.:]{1,60})\.?$/i.exec(text);
  return m !== null && /^[\p{Lu}\p{N}@]/u.test(m[1] ?? "");
}

const CONTRIBUTOR_LABEL = /^\(?\s*(?:with\s+)?(?:additional |further )?(?:reporting|writing|editing|compiled|translated|edited|research) by\s+/i;
/** A word in a list of contributors: a capitalised name ("Bagirova", "AFP", "Al-Jazeera") or a joiner. */
const CONTRIBUTOR_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’./-]*|and|in|from|of|the|by|with)$/u;

/**
 * A contributor line: a label, then names only. "Reporting by state media suggested…" is news,
 * because lower-case words other than joiners follow the label.
 */
function isContributorLine(text: string): boolean {
  const label = CONTRIBUTOR_LABEL.exec(text);
  if (label === null) return false;
  const words = text.slice(label[0].length).replace(/[).]+$/, "").split(/[\s,;:&]+/).filter((w) => w !== "");
  return words.length > 0 && words.every((w) => CONTRIBUTOR_WORD.test(w));
}

const RULES: readonly Rule[] = [
  // Promotions led by an emoji or a pointing symbol: "📣 Indian Express is now on Telegram…".
  { pattern: /^[\p{Extended_Pictographic}\u2794\u27A1\u25BA\u25B6]/u },
  // Share / subscribe / follow prompts.
  { pattern: /^(?:share|tweet|email|print|save|copy link|pin it)\b(?:\s+(?:this|on|via|the|article|story|link|page|post)\b.*)?[:.!]?$/i, maxLength: 80 },
  // The labels around a share widget: "About sharing", "Copy link", "Link copied".
  { pattern: /^(?:about sharing|sharing options|copy (?:the )?(?:link|url)(?: to (?:this )?(?:article|story|clipboard))?|link copied(?: to clipboard)?)[.!]?$/i },
  { pattern: /\b(?:subscribe|sign up|signup|register)\b.*\b(?:newsletter|channel|updates|alerts|briefing|inbox|youtube|podcast)\b/i, maxLength: 250 },
  { pattern: /\bnewsletters?\b/i, maxLength: 160 },
  { pattern: /\b(?:is|are) now on (?:telegram|whatsapp|google news|instagram|youtube)\b/i },
  { pattern: /\b(?:join|follow)\b.*\b(?:telegram|whatsapp|twitter|facebook|instagram|youtube|google news)\b/i, maxLength: 200 },
  { pattern: /\bfollow us\b/i },
  { pattern: /\bclick here\b/i },
  { pattern: /\bdownload (?:the|our)\b.*\bapps?\b/i },
  { pattern: /^(?:read|see|watch|listen)(?: (?:more|also|next))?\s*[:|»>]/i },
  { pattern: new RegExp(String.raw`^(?:${LINK_LIST_LABEL})\s*[:|»>]`, "i"), maxLength: 200 },
  { pattern: new RegExp(String.raw`^(?:${LINK_LIST_LABEL})$`, "i") },
  { pattern: /^(?:\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s*read|reading time\s*:?.*|listen to (?:this )?(?:article|story).*)$/i, maxLength: 60 },
  { pattern: /^our standards\s*:/i },
  { pattern: /^(?:subscribe|sign in|log in|menu|home|search|print|share|skip (?:to )?(?:main )?content|back to top)\s*[.:]?$/i },
  ...LANGUAGE_SWITCHERS.map((pattern) => ({ pattern, maxLength: 80 })),
  ...SUPPORT_APPEALS.map((pattern) => ({ pattern, maxLength: 300 })),
  { pattern: isAuthorBio, maxLength: 200 },
  // Cookie and consent notices.
  { pattern: /\bcookies?\b.*\b(?:use|accept|policy|consent|browsing|settings|experience)\b/i, maxLength: 400 },
  { pattern: /^(?:advertisement|advertising|sponsored(?: content)?|promoted|ad|scroll to continue(?: with content)?|continue reading(?: below)?|story continues below(?: advertisement)?|comments?|loading\.*|skip to (?:main )?content)\s*[.:]?$/i },
  // Copyright footers.
  { pattern: /©|\ball rights reserved\b|^\s*copyright\b|\(c\)\s*(?:19|20)\d{2}/i, maxLength: 400 },
  // Photo credits and captions.
  { pattern: /^(?:file )?(?:photo|image|picture|photograph|video|graphic|credit)(?:s| credit)?\s*:/i },
  { pattern: endsWithCreditSentence, maxLength: 300 },
  { pattern: /^(?:image|media|video|photo)\s*(?:copyright|caption|source|credit)/i, maxLength: 300 },
  { pattern: /\((?:file )?(?:photo|image|picture|photograph)s?\b[^()]*\)\s*[.]?\s*$/i },
  { pattern: /\b(?:photo|image|picture)s?(?: credit)?\s*:\s*[^.:]{1,60}$/i, maxLength: 300 },
  { pattern: endsWithSlashCredit },
  { pattern: /\b(?:getty images|shutterstock)\b/i, maxLength: 200 },
  // Wire sign-offs, contributor lines and correction notes.
  { pattern: /\b(?:writers?|reporters?|correspondents?|staff)\b.*\bcontributed(?: to)?(?: this)?(?: report(?:ing)?| story| article)?\.?$/i, maxLength: 200 },
  { pattern: /^(?:this|the|an earlier version of this) (?:article|story|report) (?:was|has been|is) (?:amended|updated|corrected|edited)\b/i, maxLength: 300 },
  // "(Reporting by Jane Doe; Editing by John Roe)", "With reporting by AFP, Reuters, and Interfax".
  { pattern: isContributorLine, maxLength: 300 },
  // "— AFP", "-- Reuters", "— Al Jazeera and news agencies": a dash and a name, nothing else.
  { pattern: /^[-–—]{1,2}\s*\p{Lu}[\p{L}&./'-]*(?:\s+(?:[\p{Lu}&][\p{L}&./'-]*|and|news|agencies|staff|with))*\.?$/u, maxLength: 60 },
];

/**
 * A header that introduces a list of links ("Related Topics", "More on this story"): the short lines
 * under it, up to the next blank line, are link titles, not article text.
 */
export function isLinkListHeader(text: string): boolean {
  return new RegExp(String.raw`^(?:${LINK_LIST_LABEL})\s*[:|»>]?$`, "i").test(text.trim());
}

/** A line that is only a photo credit ("Photo: Reuters", "Credit: AFP/Getty Images"). */
export function isCreditLine(text: string): boolean {
  return /^(?:file )?(?:photo|image|picture|photograph|credit)s?(?: credit| source)?\s*:\s*\S/i.test(text.trim()) && text.length <= 120;
}

/** True when the text (a line or a paragraph) is site furniture. */
export function isBoilerplate(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  return RULES.some(
    (rule) =>
      (rule.maxLength === undefined || t.length <= rule.maxLength) &&
      (typeof rule.pattern === "function" ? rule.pattern(t) : rule.pattern.test(t)),
  );
}
