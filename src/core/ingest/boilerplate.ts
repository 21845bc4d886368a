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
  "also read|related(?: (?:articles?|stories|news|topics|coverage|content))?|recommended(?: for you)?|more on this(?: story)?|more from [^:]{1,30}|most read|most popular|trending(?: now)?|top stories|you may also like|editor'?s picks?|tags|topics";

/**
 * A photo credit in brackets at the end of a caption: "(Ministry of Defense of Azerbaijan / PA / Representation)".
 * The " / " between names is what tells a credit from an aside in prose.
 */
function endsWithSlashCredit(text: string): boolean {
  const m = /\(([^()]*)\)\s*\.?\s*$/.exec(text);
  return m !== null && /\s\/\s/.test(m[1] ?? "") && /\p{L}/u.test(m[1] ?? "");
}

const RULES: readonly Rule[] = [
  // Promotions led by an emoji or a pointing symbol: "📣 Indian Express is now on Telegram…".
  { pattern: /^[\p{Extended_Pictographic}\u2794\u27A1\u25BA\u25B6]/u },
  // Share / subscribe / follow prompts.
  { pattern: /^(?:share|tweet|email|print|save|copy link|pin it)\b(?:\s+(?:this|on|via|the|article|story|link)\b.*)?[:.!]?$/i, maxLength: 80 },
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
  // Cookie and consent notices.
  { pattern: /\bcookies?\b.*\b(?:use|accept|policy|consent|browsing|settings|experience)\b/i, maxLength: 400 },
  { pattern: /^(?:advertisement|advertising|sponsored(?: content)?|promoted|ad|scroll to continue(?: with content)?|continue reading(?: below)?|story continues below(?: advertisement)?|comments?|loading\.*|skip to (?:main )?content)\s*[.:]?$/i },
  // Copyright footers.
  { pattern: /©|\ball rights reserved\b|^\s*copyright\b|\(c\)\s*(?:19|20)\d{2}/i, maxLength: 400 },
  // Photo credits and captions.
  { pattern: /^(?:file )?(?:photo|image|picture|photograph|video|graphic)(?:s| credit)?\s*:/i },
  { pattern: /^(?:image|media|video|photo)\s*(?:copyright|caption|source|credit)/i, maxLength: 300 },
  { pattern: /\((?:file )?(?:photo|image|picture|photograph)s?\b[^()]*\)\s*[.]?\s*$/i },
  { pattern: /\b(?:photo|image|picture)s?(?: credit)?\s*:\s*[^.:]{1,60}$/i, maxLength: 300 },
  { pattern: endsWithSlashCredit },
  { pattern: /\b(?:getty images|shutterstock)\b/i, maxLength: 200 },
  // Wire sign-offs, contributor lines and correction notes.
  { pattern: /\b(?:writers?|reporters?|correspondents?|staff)\b.*\bcontributed(?: to)?(?: this)?(?: report(?:ing)?| story| article)?\.?$/i, maxLength: 200 },
  { pattern: /^(?:this|the|an earlier version of this) (?:article|story|report) (?:was|has been|is) (?:amended|updated|corrected|edited)\b/i, maxLength: 300 },
  { pattern: /^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|translated|edited) by\b[^()]*\)?\.?$/i, maxLength: 300 },
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
