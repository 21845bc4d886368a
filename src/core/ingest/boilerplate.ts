// Site furniture: share/subscribe prompts, app and channel promotions, "Read more" links, cookie
// notices, ads, copyright footers, photo credits and captions, wire sign-offs. Such a line says
// nothing about the conflict and must never reach the index.
//
// Each rule is tested against one line or paragraph as a whole. Rules that could also match prose
// carry a length limit: furniture is short, and a long line that mentions "Telegram" is news.

import { COLOPHON, isHeadlineStrip } from "./colophonCues.ts";
import { FURNITURE, WIDGET_WORD } from "./furnitureCues.ts";
import { COPY_NOTES } from "./monitoringCues.ts";
import { RECORD_FURNITURE, sponsorOf } from "./recordCues.ts";
import { KeyFinder, requiredTexts, searchable } from "./requiredText.ts";

interface Rule {
  pattern: RegExp | ((text: string) => boolean);
  /** The rule applies only to text at most this long. */
  maxLength?: number;
}

/** Headers of link lists ("Related:", "Also read"). */
const LINK_LIST_LABEL =
  "also read|read more|related(?: (?:articles?|stories|news|topics|coverage|content|questions|answers|documents|debates|items|interviews|features|reports|episodes|videos|podcasts|commentaries|publications|analyses|briefs|papers|research))?|recommended(?: for you)?|more on this(?: story)?|more from [^:]{1,30}|related (?:on|from|at) (?:the )?[^s:][^:]{0,30}|most (?:read|popular|viewed|watched|shared|commented)(?: (?:this week|today|this month|now|stories|articles))?|trending(?: now)?|top stories|you may also like|editor'?s picks?|tags|topics|browse today'?s tags" +
  // "More news on the topic" (TASS), "More stories", "More on the subject".
  "|more (?:news|stories|articles)(?: on (?:this|the) (?:topic|subject|story))?|more on (?:this|the) (?:topic|subject)" +
  // "Hot Network Questions", "Similar threads:": a Q&A site's or a forum's list of its other questions and threads.
  "|hot (?:network )?questions|similar (?:threads|topics|questions)|linked questions" +
  // "Read also:" (RIA), "Latest news", "Other materials from this briefing", "More explainers".
  // "Related in this issue:", "Also in this week's digest:": a newsletter's list of its other items.
  // "RELATED IN TODAY’S COURIER", "Worth reading this week": a printed paper’s or a newsletter’s teasers for other pages.
  "|related in this (?:issue|edition)|(?:related|also) in today.?s [a-z]+(?: [a-z]+)?|worth reading(?: this week| today)?|(?:in )?(?:the )?next (?:issue|edition)|coming (?:up )?next|also in (?:this|today'?s|this week'?s) (?:issue|edition|digest|newsletter|briefing)" +
  // "ALSO IN THE ARCHIVE", "More from the archive": a digitised paper's links to its other pages.
  "|also in (?:the|our) (?:archives?|collection)|more from (?:the|our) (?:archives?|collection)" +
  // "IN THIS DIGEST" over a numbered list of the items below it: a digest's contents.
  "|in this (?:issue|edition|digest|bulletin|newsletter|briefing)" +
  // The same labels on pages in other languages: "Leia também:", "Lire aussi :", "Lesen Sie auch:".
  "|leia também|veja também|lire aussi|voir aussi|lea también|ver también|lesen sie auch|mehr zum thema|leggi anche|czytaj też|läs också|læs også|les også|lees ook|citește și" +
  // "Read more in International law:": the site's section whose other pages the list below links.
  "|read more in [^:]{1,30}" +
  "|read also|see also|related reading|further reading|latest news|latest|table of contents|contents|similar (?:topics|threads|posts|questions)|for (?:further|more) information,? (?:please )?contact|(?:media |press )?contacts?|contact (?:us|information|details)|other (?:materials|addresses|news|articles|stories|statements|press releases)(?: (?:from|on|about) [^:]{1,30})?|more [a-z]+s";

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
  /(?:^|[.!?]\s+|\s[—–]\s+)(?:please\s+)?(?:donate(?: (?:to|now|today|here|online)\b|[.!]?$)|make a donation|give now|chip in|support (?:us\b|(?:our|independent|quality|local|free)(?: [\w-]+){0,2} (?:work|journalism|reporting|media|newsroom|journalists|mission)\b)|(?:become|join) (?:a |our )?(?:paying |premium )?(?:members?|supporters?|patrons?|subscribers?|membership)\b(?!\s+of\b))/i,
  /\bdonate (?:now|today|here)[.!]?$/i,
  // "Support the Winter Aid Fund", "Give to our Winter Appeal": a button naming the outlet's own fund, nothing after it.
  /^(?:[Ss]upport|[Gg]ive to) (?:the|our) (?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:[Ff]und|[Aa]ppeal|[Cc]ampaign)[.!]?$/u,
  /\bby becoming (?:a |our )?(?:paying |premium )?(?:member|supporter|patron|subscriber)\b(?!\s+of\b)/i,
  // "Help Meduza stay independent — support our journalism", "Help keep OC Media free": the appeal
  // names the outlet (capitalised words or "us"), and what it should stay is independent, free, alive.
  /^(?:[Pp]lease\s+)?[Hh]elp\s+(?:keep\s+)?(?:us|\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){0,3})\s+(?:(?:stay|remain|keep|be)\s+)?(?:independent|free|alive|afloat|going|online|open)\b\s*(?:[.!]?$|[—–:-]\s*[^.!?]{0,60}\b(?:support|donate|donation|journalism|reporting|contribut\w*|subscri\w*|member\w*)\b[^.!?]{0,40}[.!]?$)/u,
];

/** Roles a short closing bio gives its author: "X is a freelance journalist based in Yerevan." */
const BIO_ROLES =
  "journalist|correspondent|reporter|writer|editor|photographer|photojournalist|contributor|contributing editor|columnist|commentator|producer|freelancer|videographer";
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
  return BIO.test(text) && !NEWS_IN_BIO.test(text) && (text.match(/[.!?](?:\s|$)/g) ?? []).length <= 1 && !NEXT_SENTENCE.test(text);
}

/**
 * A stop before a capital: a hard-wrapped line that runs on into the next writer's bio ("X is a commentator
 * in Yerevan. Lena Ortiz") holds two sentences, and is judged in its paragraph, sentence by sentence.
 */
const NEXT_SENTENCE = /[.!?]\s+\p{Lu}/u;

/** A caption that ends in its credit (`endsInCredit`) and is not a caption sheet's text reporting what someone said. */
function creditedCaption(endsInCredit: (text: string) => boolean): (text: string) => boolean {
  return (text) => endsInCredit(text) && !captionReportsSpeech(text);
}

/** Longer than this, a paragraph ending in a photo credit is a caption sheet's text, not a caption. */
const CAPTION_LENGTH = 300;
const TRAILING_PHOTO_CREDIT = /\b(?:photo|image|picture)s?(?: credit)?\s*:\s*[^.:]{1,60}$/i;
const BRACKETED_PHOTO_CREDIT = /\((?:file )?(?:photo|image|picture|photograph)s?\b[^()]*\)\s*[.]?\s*$/i;

/**
 * "KORNIDZOR - 25 SEPTEMBER 2023: A woman holds a child …. 2,906 people had entered Armenia, the
 * government said. (Photo: … / Northlight)": a caption of several sentences that reports what someone
 * said is a caption sheet's text, kept with its credit.
 */
function captionReportsSpeech(text: string): boolean {
  const sentences = text.split(/[.!?]\s+(?=\p{Lu})/u).length;
  return sentences >= 2 && /\b(?:said|says|told|wrote|announced|reported|according to|stated|denied|confirmed)\b/i.test(text);
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

// "Words and pictures by …": a feature's writer who also took its photographs.
const CONTRIBUTOR_LABEL =
  /^\(?\s*(?:with\s+)?(?:additional |further )?(?:(?:(?:words|text|story|reporting) and (?:pictures|photos?|photographs)|reporting|writing|editing|compiled|translated|translation|edited|research|story|text|words|produced|fact-checking|interview|interviewed|questions|photos?|photographs)(?: from \p{L}+)? by\s+|(?:translation|translated by|editing|edited by|story)\s*:\s+|with\s+(?:additional |further )?inputs? from\s+)/iu;
/**
 * A word in a list of contributors: a capitalised name ("Bagirova", "AFP", "Al-Jazeera"), a joiner,
 * or a word for a newsroom's unit ("Compiled by Reuters bureaus", "by AFP staff").
 */
const CONTRIBUTOR_WORD =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’./-]*|and|in|from|of|the|by|with|bureaus?|staff|desks?|correspondents|reporters|newsroom|team|agencies)$/u;

/**
 * A contributor line: a label, then names only. "Reporting by state media suggested…" is news,
 * because lower-case words other than joiners follow the label.
 */
function isContributorLine(text: string): boolean {
  const label = CONTRIBUTOR_LABEL.exec(text);
  if (label === null) return false;
  const words = text
    .slice(label[0].length)
    .replace(/[).]+$/, "")
    .split(/[\s,;:&]+/)
    .filter((w) => w !== "");
  return words.length > 0 && words.every((w) => CONTRIBUTOR_WORD.test(w));
}

/**
 * The sentences a live blog wraps its entries in: "Refresh the page for the latest updates",
 * "We are wrapping up our live coverage for today", "Welcome to X's continuing coverage of …",
 * "Here is what you need to know:", "Thank you for following along". A paragraph is furniture only
 * when every sentence in it is one of these, so a welcome followed by news keeps the news.
 */
const LIVE_BLOG_SENTENCES: readonly RegExp[] = [
  /^(?:please )?(?:refresh|reload) (?:the|this) page\b[^.!?]{0,60}$/i,
  /^for the latest(?: updates| news)?,? (?:please )?(?:refresh|reload) (?:the|this) page$/i,
  /\b(?:wrap(?:ping)? up|end(?:ing)?|clos(?:e|ing)|paus(?:e|ing)|conclud(?:e|ing)|stop(?:ping)?|leav(?:e|ing)|suspend(?:ing)?)\b[^.!?]{0,30}\b(?:our|this|today['’]s|the) live (?:coverage|blog|updates|page|feed|reporting)\b[^.!?]{0,60}$/i,
  /^(?:this|our) live (?:blog|page|coverage|feed) (?:is|has) (?:now )?(?:closed|ended|paused|finished)\b[^.!?]{0,60}$/i,
  // "LIVE  Auto-update is on", "Auto-refresh off": the live page's refresh switch.
  /^(?:live\s+)?auto-?(?:refresh|update)(?:ing)?\s*(?:is\s+|:\s*)?(?:on|off|enabled|disabled|paused)$/i,
  /^thank(?:s| you)(?: very much| so much)? for (?:following|reading|joining|staying with)\b[^.!?]{0,60}$/i,
  /^(?:hello,? and |hi,? and |good (?:morning|afternoon|evening),? and )?welcome (?:back )?to (?:our|the|[^.!?]{1,40}?['’]s) (?:continuing |ongoing |continued |rolling |latest )?(?:live )?(?:coverage|blog|updates|reporting)\b[^.!?]{0,120}$/i,
  /^here(?:['’]s| is| are) (?:what you need to know|what we know(?: so far)?|the latest|a (?:quick )?recap|a summary)\b[^.!?]{0,40}$/i,
  /^you can (?:find|read|follow) (?:all )?(?:our|the) (?:previous|earlier|latest|continuing|ongoing)\b[^.!?]{0,40}\b(?:coverage|updates|blog)\b[^.!?]{0,40}$/i,
];

/**
 * A word every one of LIVE_BLOG_SENTENCES needs: a paragraph with none of them has no such sentence,
 * and is passed over before it is split (most paragraphs are news).
 */
const LIVE_BLOG_WORD = /refresh|reload|live|thank|welcome|here|you can|auto-?update/i;

function isLiveBlogFurniture(text: string): boolean {
  if (!LIVE_BLOG_WORD.test(text)) return false;
  const sentences = text
    .split(/(?<=[.!?:])\s+/)
    .map((x) => x.replace(/[.!?:]+$/, "").trim())
    .filter((x) => x !== "");
  return sentences.length > 0 && sentences.every((x) => LIVE_BLOG_SENTENCES.some((re) => re.test(x)));
}

/** A live-blog entry's time stamp: "17:20 — ", "9.45am - ", "14:05 GMT – ". */
/** Also a script's time code in brackets: "[02:15] ITEM 3 — BORDER TALKS (READER)". */
const ENTRY_TIME = /^(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|utc|cet|msk|local time))?\s*[-–—]{1,2}\s+|\[\d{1,2}:\d{2}(?::\d{2})?\]\s+)/i;

/**
 * Reuse and licensing notices: "Use of materials is allowed only with a hyperlink to X",
 * "Reproduction is prohibited", "Full or partial copying of materials without permission is
 * forbidden". They must speak of the outlet's materials or of a hyperlink, so "Use of force is
 * prohibited under the ceasefire" stays.
 */
const REUSE_NOTICES: readonly RegExp[] = [
  /^(?:(?:any|full or partial|partial or full|unauthori[sz]ed|the) )?(?:use|reuse|reproduction|republication|republishing|reprint(?:ing)?|copying|redistribution|distribution|quoting|citation|citing)\b[^.!?]{0,60}\b(?:materials?|content|articles?|texts?|publications?|information from (?:this|the|our) (?:site|website|page))\b[^.!?]{0,80}\b(?:allowed|permitted|prohibited|forbidden|required|obligatory|mandatory|only with|only if|without (?:the )?(?:prior |written )?(?:permission|consent))\b/i,
  /^(?:(?:any|full or partial|partial or full|unauthori[sz]ed) )?(?:reproduction|republication|reprinting|copying|redistribution)(?: (?:in (?:whole|full) or in part|without (?:prior |written )*(?:permission|consent)))? (?:is|are) (?:strictly )?(?:prohibited|forbidden|not (?:allowed|permitted))\.?$/i,
  /^(?:when|if) (?:using|quoting|citing|reproducing|republishing)\b[^.!?]{0,60}\b(?:hyper)?link\b[^.!?]{0,60}\b(?:required|obligatory|mandatory|must)\b/i,
  /\b(?:an? )?(?:active )?hyperlink to [^.!?]{1,40} is (?:required|obligatory|mandatory)\b/i,
];

/** A notice speaks for the site itself; "…, prosecutors said" reports someone else's ban. */
const REPORTED = /\b(?:said|says|told|according|reported|claimed|announced|ruled|ordered)\b/i;

/**
 * Licensing and reprint links: "Acquire Licensing Rights, opens new tab", "Purchase Licensing Rights",
 * "Reprints & Permissions", "Republish this article". A link label, nothing after it but a "new tab" note.
 */
const LICENSING_LINKS: readonly RegExp[] = [
  /^(?:acquire|purchase|buy|request|get|obtain)\s+(?:(?:content|reprint|republishing|republication|syndication|image|photo)\s+)?licen[cs]ing(?:\s+(?:rights|options|permissions?|info(?:rmation)?))?(?:,?\s*opens? (?:in )?(?:a )?new (?:tab|window))?\.?$/i,
  /^(?:licen[cs]ing rights|reprints?(?: (?:&|and) permissions| rights)?|republish(?: this)?(?: article| story)?|request (?:reprints|permissions))(?:,?\s*opens? (?:in )?(?:a )?new (?:tab|window))?\.?$/i,
];

/**
 * A strip of site navigation: four or more short section links split by bars, "News | Politics |
 * Society | Culture | Podcasts | Donate". Most parts must be words sites use for sections, so a
 * headline with bars in it ("Karabakh talks | Live updates") is not taken.
 */
const NAV_WORD =
  /^(?:home|news|latest|politics|economy|business|society|culture|sports?|opinions?|analysis|features?|interviews?|podcasts?|videos?|photos?|multimedia|world|region|regions|local|international|science|tech(?:nology)?|health|environment|education|lifestyle|travel|arts?|entertainment|about(?: us)?|contact(?: us)?|donate|support us|subscribe|shop|events|archive|search|menu|login|log in|sign in|english|russian|armenian|azerbaijani|georgian|blogs?|columns?|editorial|reports?|investigations?|explainers?|fact-?check|war|conflict|security|diplomacy|human rights|caucasus|armenia|azerbaijan|georgia|russia|turkey|iran|europe|eurasia|asia|middle east|where we work|what we do|who we are|our work|collections?|search the [a-z]+|about the (?:archive|project|site|podcast|blog|network|magazine|inquiry)|get involved|take action|war & law|resources|publications|careers|jobs|media centre|media center)$/i;

/** A menu whose links a page's text copy parts by runs of spaces: "Home   Collections   Support us". */
const SPACED_MENU = /\S {3,}\S/;
/** The bars that part a strip of links: text without one is no strip and is not split. */
const STRIP_BAR = /[|｜]/;
/** The separators of a strip of widgets or labels (bars and dots). */
const STRIP_SEPARATOR = /[|｜·•]/;

function isNavigationStrip(text: string): boolean {
  if (text.length > 200 || !(STRIP_BAR.test(text) || SPACED_MENU.test(text))) return false;
  const all = text
    .split(/\s*[|｜]\s*| {3,}/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  // "Caspian Relief Society | Where we work | What we do | Donate": the site's name may lead the strip.
  const parts = all.length >= 5 && (all[0] ?? "").length <= 60 && /^\p{Lu}/u.test(all[0] ?? "") ? all.slice(1) : all;
  if (parts.length < 4 || text.length > 200) return false;
  if (!parts.every((p) => p.length <= 25 && p.split(/\s+/).length <= 3 && /^[\p{Lu}\p{N}]/u.test(p) && !/[.!?,;:]$/.test(p))) return false;
  return parts.filter((p) => NAV_WORD.test(p)).length * 4 >= parts.length * 3;
}

const RULES: readonly Rule[] = [
  { pattern: isNavigationStrip },
  { pattern: isWidgetStrip, maxLength: 160 },
  // Furniture is short: a longer line is news, and skips these rules at the cost of one length check.
  ...Object.values(FURNITURE).map((pattern) => ({ pattern, maxLength: 250 })),
  // Colophons, legal notes and contents lines (colophonCues.ts): short, like all furniture.
  ...Object.values(COLOPHON).map((pattern) => ({ pattern, maxLength: 250 })),
  { pattern: isHeadlineStrip, maxLength: 300 },
  // Records' and community pages' furniture (recordCues.ts): a verbatim record's notices run long.
  ...Object.values(RECORD_FURNITURE).map((pattern) => ({ pattern, maxLength: 320 })),
  // A monitoring service's notes on its copy (monitoringCues.ts): an excerpt note may run long.
  ...Object.values(COPY_NOTES).map((pattern) => ({ pattern, maxLength: 400 })),
  ...LICENSING_LINKS.map((pattern) => ({ pattern, maxLength: 80 })),
  // "ANALYSIS | Reading time: 11 min | Share this article": a strip of widgets and labels.
  { pattern: isFurnitureStrip, maxLength: 200 },
  { pattern: isLiveBlogFurniture, maxLength: 400 },
  ...REUSE_NOTICES.map((re) => ({ pattern: (t: string) => re.test(t) && !REPORTED.test(t), maxLength: 250 })),
  // "News ID: 82019364", "Article ID 5521", "Story No. 118".
  { pattern: /^(?:news|article|story|post|material|publication|content)\s+(?:id|no\.?|number|code)\s*[:#№]?\s*[\w-]*\d[\w-]*\.?$/i },
  // "Follow Al Jazeera English:", "Follow CivilNet on Threads", "Follow @EurasianetOrg for updates".
  {
    pattern:
      /^[Ff]ollow\s+(?:us|@?[\p{Lu}\p{N}][\p{L}\p{N}.&'’/@_-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.&'’/@_-]*){0,4})(?:\s+(?:on|via)\s+[^.!?]{1,50}|\s+for\s+(?:more|the latest|updates|live updates|breaking news)\b[^.!?]{0,40})?\s*[:.!]?$/u,
    maxLength: 100,
  },
  // App prompts: "Keep up to date … by downloading the France 24 app", "Get the DW app".
  { pattern: /\bby (?:downloading|installing) (?:the|our)\b[^.!?]{0,40}\bapps?\b/i, maxLength: 200 },
  { pattern: /^(?:get|download|install|try) (?:the|our)\b[^.!?]{0,40}\bapps?\b[^.!?]{0,60}[.!]?$/i, maxLength: 120 },
  // Promotions led by an emoji or a pointing symbol: "📣 Indian Express is now on Telegram…".
  { pattern: /^[\p{Extended_Pictographic}\u2794\u27A1\u25BA\u25B6]/u },
  // Share / subscribe / follow prompts.
  { pattern: /^(?:share|tweet|email|print|save|copy link|pin it)\b(?:\s+(?:this|on|via|the|article|story|link|page|post)\b.*)?[:.!]?$/i, maxLength: 80 },
  // The labels around a share widget: "About sharing", "Copy link", "Link copied".
  {
    pattern: /^(?:about sharing|sharing options|copy (?:the )?(?:link|url)(?: to (?:this )?(?:article|story|clipboard))?|link copied(?: to clipboard)?)[.!]?$/i,
  },
  { pattern: /\b(?:subscribe|sign up|signup|register)\b.*\b(?:newsletter|channel|updates|alerts|briefing|inbox|youtube|podcast)\b/i, maxLength: 250 },
  // "Subscribe to the Monitor's weekly brief — no spam, unsubscribe anytime." (Not "register … brief": a court's.)
  { pattern: /^subscribe to\b[^.!?]{0,60}\bbrief\b/i, maxLength: 200 },
  { pattern: /\bnewsletters?\b/i, maxLength: 160 },
  { pattern: /\b(?:is|are) now on (?:telegram|whatsapp|google news|instagram|youtube)\b/i },
  { pattern: /\b(?:join|follow)\b.*\b(?:telegram|whatsapp|twitter|facebook|instagram|youtube|google news)\b/i, maxLength: 200 },
  { pattern: /\bfollow us\b/i },
  { pattern: /\bclick here\b/i },
  { pattern: /\bdownload (?:the|our)\b.*\bapps?\b/i },
  { pattern: /^(?:read|see|watch|listen)(?: (?:more|also|next))?\s*[:|»>]/i },
  // "Read more world news at example.com.gh/world": a link to the site's section.
  { pattern: /^(?:read|find|get) (?:more|all|the latest)\b[^.!?]{0,40}\b(?:at|on) (?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?\.?$/i, maxLength: 120 },
  { pattern: new RegExp(String.raw`^(?:${LINK_LIST_LABEL})\s*[:|»>]`, "i"), maxLength: 200 },
  { pattern: new RegExp(String.raw`^(?:${LINK_LIST_LABEL})$`, "i") },
  {
    pattern:
      /^(?:(?:about |approx\.? |approximately |~)?\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s*(?:read|reading)|(?:estimated )?(?:reading|read) time\s*:?\s*(?:about |approx\.? |~)?\d+\s*(?:min(?:ute)?s?|m)\.?|reading time\s*:?.*|listen to (?:this )?(?:article|story).*)$/i,
    maxLength: 60,
  },
  { pattern: /^our standards\s*:/i },
  { pattern: /^(?:subscribe|sign in|log in|menu|home|search|print|share|skip (?:to )?(?:main )?content|back to top)\s*[.:]?$/i },
  ...LANGUAGE_SWITCHERS.map((pattern) => ({ pattern, maxLength: 80 })),
  ...SUPPORT_APPEALS.map((pattern) => ({ pattern, maxLength: 300 })),
  // Shop and affiliate notes: "All books in this list are available from our online shop", "The
  // Review earns a small commission on purchases made through links on this page".
  {
    pattern:
      /\b(?:earns?|receives?|may earn|may receive)\s+(?:a\s+)?(?:small\s+)?(?:commission|fee)\b[^.!?]{0,60}\b(?:purchases?|links?|sales?)\b|\bavailable (?:to buy |for purchase )?(?:from|at|in|through) our (?:online )?(?:shop|store|bookshop)\b/i,
    maxLength: 300,
  },
  { pattern: isAuthorBio, maxLength: 200 },
  // Cookie and consent notices.
  { pattern: /\bcookies?\b.*\b(?:use|accept|policy|consent|browsing|settings|experience)\b/i, maxLength: 400 },
  // "We value your privacy. The site uses cookies to personalise ads." (the verb before the cookies).
  { pattern: /\b(?:uses?|using|we\s+use)\s+cookies\b|^we value your privacy\b/i, maxLength: 300 },
  {
    pattern:
      /^(?:advertisement|advertising|sponsored(?: content)?|promoted|ad|scroll to continue(?: with content)?|continue reading(?: below)?|story continues below(?: advertisement)?|comments?|loading(?:\s*(?:\.{1,3}|…))?|skip to (?:main )?content)\s*[.:]?$/i,
  },
  // "-- Advertisement --", "== ADVERTISEMENT ==": the ad slot's label between rules of dashes.
  {
    pattern: /^[-–—=*~_]{2,}\s*(?:advertisement|advertising|sponsored(?: content)?|ad)\s*[-–—=*~_]{2,}$/i,
  },
  // Copyright footers.
  // ("(C) In a March 5 meeting, Azimov said …": a cable's paragraph marked Confidential is no copyright line.)
  {
    pattern:
      /©|\ball rights reserved\b|^\s*(?:[-–—]{1,2}\s*)?copyright\b|\(c\)\s*(?:19|20)\d{2}|^\(c\)\s(?![^.!?]*\b(?:said|says|told|asserted|claimed|reported|stated|added|noted|insisted|denied)\b)/i,
    maxLength: 400,
  },
  // A newsletter's and a paper's sign-up furniture: "You are receiving X because you signed up …",
  // "Subscribe to X from €1 a week. Cancel anytime.", "Share this live blog · Comments are closed for this page".
  { pattern: /^you (?:are|were) receiving (?:this|[^.]{2,60}) because you (?:signed up|subscribed)\b/i, maxLength: 300 },
  { pattern: /^subscribe to [^.]{2,60} (?:from|for) [€$£]\s?\d|\bcancel anytime\.?$/i, maxLength: 200 },
  { pattern: /^share this (?:live blog|live page|article|story|page)\b|\bcomments are closed for this (?:page|article|post|story)\b/i, maxLength: 200 },
  // "All materials of the agency are protected by copyright."
  { pattern: /\b(?:are|is)\s+protected\s+by\s+copyright\b/i, maxLength: 200 },
  // Photo credits and captions.
  { pattern: /^(?:file )?(?:photo|image|picture|photograph|video|graphic|credit)(?:s| credit)?\s*:/i },
  { pattern: endsWithCreditSentence, maxLength: 300 },
  { pattern: /^(?:image|media|video|photo)\s*(?:copyright|caption|source|credit)/i, maxLength: 300 },
  // (Only a caption's length: a caption sheet's long caption, with its dateline and what officials said, is
  // text that ends with its credit.)
  { pattern: creditedCaption((text) => BRACKETED_PHOTO_CREDIT.test(text)), maxLength: CAPTION_LENGTH },
  { pattern: creditedCaption((text) => TRAILING_PHOTO_CREDIT.test(text)), maxLength: CAPTION_LENGTH },
  { pattern: creditedCaption(endsWithSlashCredit), maxLength: CAPTION_LENGTH },
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
  // A header is a few words: a long line is never one, and costs no pattern.
  if (text.length > 80) return false;
  // "[Editor's Pick]", "**Related**": the label may stand in brackets or emphasis.
  const label = undecorated(text).replace(/^\[\s*(.*?)\s*\]$/, "$1");
  return LINK_LIST_HEADER.test(label) || SECTION_LINKS_HEADER.test(label);
}

/**
 * "MORE IN EUROPE", "À lire également": a page's list of other pieces in a section, or a French page's "read also".
 * Only a whole line: "More in Goris: 40 families arrived" is no header.
 */
const SECTION_LINKS_HEADER = /^(?:more in (?:the )?[\p{L}&-]+(?: [\p{L}&-]+){0,2}|[àa] lire aussi|[àa] lire [ée]galement)\s*:?$/iu;

const LINK_LIST_HEADER = new RegExp(String.raw`^(?:${LINK_LIST_LABEL})\s*[:|»>]*$`, "i");

/** A line that is only a photo credit ("Photo: Reuters", "Credit: AFP/Getty Images"). */
export function isCreditLine(text: string): boolean {
  return /^(?:file )?(?:photo|image|picture|photograph|credit)s?(?: credit| source)?\s*:\s*\S/i.test(text.trim()) && text.length <= 120;
}

/** "(Eds: Earlier items moved Feb 27) MOSCOW, March 4 (TASS) -- …": a wire editors' note glued before the story. */
const LEADING_EDITORS_NOTE = /^\((?:eds?|editors?)\s*:[^()]{2,300}\)\s*(?=\S)/i;

export function withoutLeadingEditorsNote(text: string): string {
  return text.replace(LEADING_EDITORS_NOTE, "");
}

/** A short label that heads a strip of widgets: "ANALYSIS", "LIVE", "OPINION", "Explainer". */
const KICKER =
  /^(?:\p{Lu}[\p{Lu}\p{N}&'’-]*(?:\s+\p{Lu}[\p{Lu}\p{N}&'’-]*){0,2}|analysis|live|live updates|opinion|explainer|interview|feature|comment|long read|in depth|exclusive|breaking|updated?|new)$/u;

/**
 * "ANALYSIS | Reading time: 11 min | Share this article", "LIVE | Refresh the page for the latest
 * updates": parts split by bars or dots, each a kicker label or furniture, at least one furniture.
 */
function isFurnitureStrip(text: string): boolean {
  if (!STRIP_SEPARATOR.test(text)) return false;
  // "Share: Facebook · Twitter · Email | Read more: World · Energy": bars part widgets whose own
  // items are dotted, so the strip is judged by its bars first, then by every separator.
  // A part between bars may hold a sentence's words, so there a part is furniture, a kicker or a date, never a bare name.
  return (BAR_SEPARATOR.test(text) && stripPartsAreFurniture(text.split(BAR_SEPARATOR), false)) || stripPartsAreFurniture(text.split(/\s+[|｜·•]\s+/), true);
}

const BAR_SEPARATOR = /\s+[|｜]\s+/;

function stripPartsAreFurniture(split: readonly string[], namesAllowed: boolean): boolean {
  const parts = split.map((p) => p.trim()).filter((p) => p !== "");
  if (parts.length < 2) return false;
  let furniture = 0;
  for (const part of parts.map(undecorated)) {
    if (matchesRule(part)) furniture++;
    else if (!KICKER.test(part) && !(namesAllowed && (BYLINE_PART.test(part) || STREET_PART.test(part))) && !DATE_PART.test(part)) return false;
  }
  return furniture > 0;
}

/** A byline's parts beside its reading time: "By Anna Petrosyan", "Interview by Leyla Rahimova", "Mariam Tsiklauri". */
const BYLINE_PART =
  /^(?:(?:(?:interview|report|text|words|story|analysis|photos?)\s+)?by\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:and|&)\s+)?\p{Lu}[\p{L}'’.-]+){0,5}$|^(?:interview|report|text|words|story|analysis|photos?|published|updated)?\s*by\s+.{2,80}$/iu;
/** A street address beside a firm's name and its small print: "Via Roma 12, Torino", "Rue Haute 4, Bruxelles", "Hauptstrasse 5". */
const STREET_PART =
  /^(?:(?:via|viale|piazza|corso|largo|rue|avenue|boulevard|place|calle|avenida|plaza|rua|praça|ulica|ulitsa|strada)\s+[^,·|]{2,40}?\s+\d{1,4}\w?|\p{Lu}[\p{L}-]*(?:strasse|straße|gasse|weg|platz|laan|straat|gatan|gade|vej)\s+\d{1,4}\w?)(?:,\s*(?:\d{4,5}\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?$/iu;
/** "27 February 2023", "Published 26 November 2014", "Updated 5 Oct 2023, 14:10". */
const DATE_PART =
  /^(?:(?:published|updated|posted|last updated|(?:document|record) date)\s*:?\s*)?(?:\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*\w{2,4})?)?$/iu;

/** "Print | Share | Send to friend", "Search... | AZ | EN | RU |": every part a widget or a link. */
function isWidgetStrip(text: string): boolean {
  if (!STRIP_SEPARATOR.test(text)) return false;
  const parts = text
    // ("<< Previous | Next >>  Save | Print": a pager's arrows part its words as bars do.)
    .split(/\s*[|｜]\s*|\s+[·•]\s+|\s*(?:<<|>>|«|»)\s*/)
    // "VK · Telegram · OK · Copy link.": the row may end in a stop; "[Download the judgment] · [Cite this page]": a link may stand in brackets.
    .map((p) =>
      p
        .trim()
        .replace(/\.$/, "")
        .replace(/^\[\s*([^[\]]+?)\s*\]$/, "$1"),
    )
    .filter((p) => p !== "");
  return parts.length >= 2 && parts.every((p) => WIDGET_WORD.test(p) || /^share:/i.test(p));
}

function matchesRule(t: string): boolean {
  if (PLAN.always.some((rule) => runs(rule, t))) return true;
  // The keyed rules: only those whose required text the line holds are run, each at most once.
  const tried = PLAN.tried;
  const stamp = ++PLAN.stamp;
  return PLAN.finder.some(searchable(t), (key) => {
    for (const r of PLAN.byKey[key] as number[]) {
      if (tried[r] === stamp) continue;
      tried[r] = stamp;
      if (runs(PLAN.keyed[r] as Rule, t)) return true;
    }
    return false;
  });
}

function runs(rule: Rule, t: string): boolean {
  return (rule.maxLength === undefined || t.length <= rule.maxLength) && (typeof rule.pattern === "function" ? rule.pattern(t) : rule.pattern.test(t));
}

/**
 * RULES as they are run. A pattern whose required text (requiredText.ts: "follow us", one of
 * "telegram" or "whatsapp", a bar) is known runs only on a line that holds it: the line is scanned
 * once for every such text, and most lines, being news, hold none. The others run on every line:
 * the patterns with the same flags and the same length limit joined into one alternation (a line
 * matches `(?:A)|(?:B)` exactly when it matches A or B), so a line costs a few pattern runs instead
 * of dozens. A pattern that keeps state (g, y) or whose groups would be renumbered
 * (back-references, named groups) is kept apart, as are the functions.
 */
interface Plan {
  always: readonly Rule[];
  keyed: readonly Rule[];
  finder: KeyFinder;
  /** For each key of the finder, the keyed rules that need it. */
  byKey: readonly number[][];
  /**
   * Which keyed rules this line has tried (the stamp of the line), so that a rule runs once per line.
   * Keyed rules are patterns, never functions, so no rule calls matchesRule while a line's stamp is in use.
   */
  tried: Float64Array;
  stamp: number;
}

const PLAN: Plan = planRules(RULES);

function planRules(rules: readonly Rule[]): Plan {
  const always: Rule[] = [];
  const keyed: Rule[] = [];
  const keyIndex = new Map<string, number>();
  const byKey: number[][] = [];
  for (const rule of rules) {
    const { pattern } = rule;
    const keys = typeof pattern === "function" || pattern.global || pattern.sticky ? null : requiredTexts(pattern);
    if (keys === null) {
      always.push(rule);
      continue;
    }
    for (const key of keys) {
      if (!keyIndex.has(key)) {
        keyIndex.set(key, byKey.length);
        byKey.push([]);
      }
      byKey[keyIndex.get(key) as number]?.push(keyed.length);
    }
    keyed.push(rule);
  }
  return { always: joinPatterns(always), keyed, finder: new KeyFinder([...keyIndex.keys()]), byKey, tried: new Float64Array(keyed.length), stamp: 0 };
}

function joinPatterns(rules: readonly Rule[]): Rule[] {
  const groups = new Map<string, { flags: string; maxLength: number | undefined; sources: string[] }>();
  const apart: Rule[] = [];
  for (const rule of rules) {
    const { pattern } = rule;
    if (typeof pattern === "function" || pattern.global || pattern.sticky || /\\[1-9k]|\(\?<[^=!]/.test(pattern.source)) {
      apart.push(rule);
      continue;
    }
    const key = `${pattern.flags} ${rule.maxLength ?? "any"}`;
    const group = groups.get(key) ?? { flags: pattern.flags, maxLength: rule.maxLength, sources: [] };
    group.sources.push(pattern.source);
    groups.set(key, group);
  }
  const joined = [...groups.values()].map(({ flags, maxLength, sources }) => ({
    pattern: new RegExp(sources.map((source) => `(?:${source})`).join("|"), flags),
    ...(maxLength === undefined ? {} : { maxLength }),
  }));
  return [...joined, ...apart];
}

/**
 * True when the text (a line or a paragraph) is site furniture. A live-blog entry is judged
 * without its time stamp ("17:20 — We are wrapping up our live coverage").
 */
export function isBoilerplate(text: string): boolean {
  const t = undecorated(text);
  if (t === "") return false;
  if (matchesRule(t)) return true;
  // A wire's closing notes may open with a double hyphen ("-- Related: …", "-- Corrections: …").
  if (t.startsWith("--") && matchesRule(t.replace(/^-{2,}\s+/, ""))) return true;
  const untimed = withoutTurnLabel(t);
  return untimed !== t && untimed !== "" && matchesRule(untimed);
}

/**
 * A transcript's speaker label in capitals, after its time code or alone: "[00:12:40] ANNA
 * PETROSYAN: ", "HOST: ". A sponsor read is furniture whoever reads it. An editor's label
 * ("EDITOR'S NOTE: This story has been updated …") is no speaker: what follows it is judged whole.
 */
const TURN_LABEL =
  /^(?!(?:\S+\s+)*(?:NOTE|UPDATE|CORRECTION|CLARIFICATION|EDITOR['’]?S?|BREAKING|ADVERTISEMENT)\s*:)\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}\s*:\s+(?=\S)/u;

/** The text without a live blog's entry time or a transcript's time code and speaker label. */
function withoutTurnLabel(text: string): string {
  // A time opens with a digit or a bracket, a label needs its colon: most lines have neither, and skip the patterns.
  const untimed = ENTRY_TIME_START.test(text) ? text.replace(ENTRY_TIME, "") : text;
  return untimed.includes(":") ? untimed.replace(TURN_LABEL, "") : untimed;
}

/** What ENTRY_TIME's match starts with. */
const ENTRY_TIME_START = /^[\d[]/;

/**
 * The line without what only decorates it: Markdown emphasis around it ("*Was this explainer
 * useful?* 👍 👎", "**Mariam Tsiklauri** · 5 October 2023 · 9 min read") and pictographs at its ends.
 */
function undecorated(text: string): string {
  let t = text.trim();
  // Each step needs its character (a pictograph, a star, an underscore): most lines skip them all.
  if (PICTOGRAPH.test(t)) {
    t = t
      .replace(/^(?:(?![©®™])(?:\p{Extended_Pictographic}|\uFE0F)\s*)+(?=\S)/u, (m) => (PROMO_AFTER.test(text.trim().slice(m.length)) ? m : ""))
      .replace(/(?:\s*(?![©®™])(?:\p{Extended_Pictographic}|\uFE0F))+$/u, "");
  }
  // Emphasis hugs its words ("*Was this useful?*"); a spaced star separates ("A * B * C").
  if (t.includes("*")) t = t.replace(/(^|\s)\*{1,2}([^*\s](?:[^*]*[^*\s])?)\*{1,2}(?=\s|$|[·|])/g, "$1$2");
  if (t.includes("_")) t = t.replace(/^_([^_]+)_$/, "$1");
  return t.trim();
}

const PICTOGRAPH = /\p{Extended_Pictographic}|\uFE0F/u;

/** What a leading emoji announces when it opens a promotion ("📣 … is now on Telegram"): kept for that rule. */
const PROMO_AFTER = /\b(?:telegram|whatsapp|subscribe|follow|newsletter|app|channel|instagram|youtube)\b/i;

/** True when the sentence names the sponsor (as a word, in any case: "tarragonmaps dot example" is the sponsor's address). */
function namesSponsor(sentence: string, sponsor: string): boolean {
  const at = sentence.toLowerCase().indexOf(sponsor.toLowerCase());
  return at !== -1 && !/\p{L}/u.test(sentence.charAt(at - 1));
}

/**
 * A sentence about a document's copy, not about what the document records: "Header fields have been re-keyed
 * by the Trust", "Transcription checked against two circulated copies." (Only after a labelled note on the copy.)
 */
const ABOUT_THE_COPY =
  /^(?![^.!?]*\b(?:said|says|told|according to|reported|regarded|regards)\b)(?=[^.!?]*(?:\bthis\s+(?:page|copy|record|transcription|version|file)\b|\breproduc|\bwithheld\b|\bredact|\btranscri|\bre-?keyed\b|\bdigiti[sz]|\bscanned\b|\bcirculated\s+cop|\bheader fields\b|\bby\s+the\s+(?:archive|trust|library|collection|reading\s+room|mirror)\b))/i;

/** A name alone, its words capitalised, as a sentence: "Harbour Evening Post." */
const MASTHEAD_SENTENCE = /^(?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){1,4}\.$/u;

/** "X is a correspondent for Y. She previously worked in Tbilisi.": a bio and what follows it about its subject. */
const BIO_OPENING = /^(?:about the author\s*:|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}\s+(?:is|was|writes|covers|reports)\b)/u;
const ABOUT_THEM = /^(?:he|she|they|his|her|their)\b/i;
/** What follows a body's standard description of itself: "It was established in 1946 …", "The seat of the Tribunal is …". */
const ABOUT_IT = /^(?:it|its)\b(?![^.!?]*\b(?:said|says|told)\b)|^the (?:seat|headquarters) of the\b/i;

/**
 * A paragraph with its furniture sentences taken out ("Archive document. The text below is
 * reproduced from …"), or "" when nothing but furniture is left. A bio takes the sentences about
 * its subject that follow it.
 */
export function withoutFurnitureSentences(sentences: readonly string[]): string[] {
  // Furniture sits at a paragraph's edges ("Archive document. …", "… Please contact us."): a
  // paragraph whose first and last sentences are news is news throughout, and costs two checks.
  const first = sentences[0] ?? "";
  const last = sentences.at(-1) ?? "";
  if (!isBoilerplate(first) && (sentences.length === 1 || !isBoilerplate(last))) return [...sentences];
  const kept: string[] = [];
  let inBio = false;
  let inAbout = false;
  let inNote = false;
  // "This episode is brought to you by Tarragon Maps. Tarragon Maps works offline …": the read goes on while it names its sponsor.
  const read = { sponsor: null as string | null };
  for (const [i, sentence] of sentences.entries()) {
    const named = read.sponsor !== null && namesSponsor(sentence, read.sponsor);
    // "Harbour Evening Post. Published daily except Sundays. …": the paper's name, alone, opening its colophon.
    const masthead = i === 0 && MASTHEAD_SENTENCE.test(sentence) && isBoilerplate(sentences[1] ?? "");
    const furniture = named || masthead || isBoilerplate(sentence);
    read.sponsor = (furniture ? sponsorOf(withoutTurnLabel(sentence)) : null) ?? (named ? read.sponsor : null);
    if (furniture && BIO_OPENING.test(sentence)) inBio = true;
    else if (!(inBio && ABOUT_THEM.test(sentence))) inBio = false;
    // "The Tribunal (ITLX) is the principal judicial organ of … It was established in …": a body's standard note.
    if (furniture && COLOPHON.aboutInstitution.test(sentence)) inAbout = true;
    else if (!(inAbout && ABOUT_IT.test(sentence))) inAbout = false;
    // "Archive note: names of staff are withheld. Transcription checked against two copies.": a labelled note on the
    // copy goes on while its sentences are about the copy too.
    inNote = (furniture && FURNITURE.copyNote.test(sentence)) || (inNote && ABOUT_THE_COPY.test(sentence));
    if (!furniture && !inBio && !inAbout && !inNote) kept.push(sentence);
  }
  return kept;
}
