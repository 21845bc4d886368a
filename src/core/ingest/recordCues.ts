// The furniture of records and community pages, each rule with examples and counter-examples
// (tests/ingest/recordFurniture.test.ts checks them): a court judgment's running heads and
// editorial notes, a verbatim record's standard notices, a journal article's apparatus, a
// podcast's sponsor reads and production notes, a forum thread's post headers, member fields,
// vote counters and pagination, a letters page's desk notes, an office's visiting notice.
// boilerplate.ts applies them as it applies furnitureCues.ts.
import { patternsOf, type RuleTable } from "../rules/rule.ts";

/** A sentence reporting what someone said is news, whatever it looks like: the rules below refuse it. */
const NOT_REPORTED = String.raw`(?![^!?]*\b(?:said|says|told|claimed|announced)\b)`;

export const RECORD_FURNITURE_RULES = {
  // "PETROVA AND OTHERS v. FREEDONIA JUDGMENT (MERITS)", "12 PETROVA v. FREEDONIA DECISION": the
  // running head a court prints on every page of a judgment, with its page number.
  judgmentRunningHead: {
    pattern:
      /^(?:\d{1,4}\s+)?\p{Lu}[\p{Lu}\p{N}'’.,&()\s-]{1,120}\sv\.?\s\p{Lu}[\p{Lu}'’.()\s-]{1,60}\s(?:JUDGMENT|JUDGEMENT|DECISION|ADVISORY OPINION)(?:\s*\([\p{Lu} ]{3,40}\))?(?:\s+\d{1,4})?$/u,
    examples: ["PETROVA AND OTHERS v. FREEDONIA JUDGMENT (MERITS)", "12 IVANOV v. RURITANIA JUDGMENT", "OSMANOV v. THE REPUBLIC OF RURITANIA DECISION 7"],
    counterExamples: ["CASE OF PETROVA AND OTHERS v. FREEDONIA", "Court upholds PETROVA v. FREEDONIA judgment, Baku says"],
  },
  // "This judgment will become final in the circumstances set out in Article 44 § 2 of the Convention.
  // It may be subject to editorial revision.": a court's standard note on the status of its text.
  judgmentStatus: {
    pattern: new RegExp(
      String.raw`^(?:this (?:judgment|judgement|decision) (?:is final|will become final|became final)\b${NOT_REPORTED}[^!?]{0,200}|(?:it|this (?:judgment|judgement|decision|text)) (?:may|might) be subject to editorial revision\.?)$`,
      "i",
    ),
    examples: [
      "This judgment will become final in the circumstances set out in Article 44 § 2 of the Convention.",
      "It may be subject to editorial revision.",
      "This decision is final and may be subject to editorial revision.",
    ],
    counterExamples: ["This judgment is final, the foreign ministry said, and Baku must comply."],
  },
  // "[Excerpt: sections 3 to 5 only; the rest left out.]", "[Paragraphs 40-58 not reproduced]": an
  // editor's note in brackets on what an extract leaves out.
  omissionNote: {
    pattern: new RegExp(
      String.raw`^\[${NOT_REPORTED}(?:(?:extracts?|excerpts?|abridged)\s*[:.;–—-][^\]]{1,200}|[^\]]{0,200}\b(?:omitted|not reproduced|left out|redacted|abridged)\b[^\]]{0,60})\]$`,
      "i",
    ),
    examples: ["[Excerpt: sections 3 to 5 only; the rest left out.]", "[Paragraphs 40-58 not reproduced]", "[Footnotes omitted.]"],
    counterExamples: ["[Translated from Russian] Armenia's Security Council said 207 people were dead.", "[The ministry said 12 names were omitted]"],
  },
  // A verbatim record's standard notices on its languages and on corrections.
  verbatimRecordNotice: {
    pattern: new RegExp(
      String.raw`^(?:this record contains the (?:original )?text of speeches delivered in \p{L}+\b[^!?]{0,200}|this record is subject to correction\.?|corrections (?:should|must|will) be (?:submitted|sent|incorporated|addressed|issued)\b${NOT_REPORTED}[^!?]{0,260})$`,
      "iu",
    ),
    examples: [
      "This record contains the text of speeches delivered in French and of the translation of speeches delivered in the other languages.",
      "This record is subject to correction.",
      "Corrections should be addressed to the head of the verbatim service within a week of publication.",
    ],
    counterExamples: ["Corrections should be made to the casualty figures, Baku said.", "This record of the talks was leaked to the press."],
  },
  // "Geneva   Official Records": a United Nations record's series line beside the place of the meeting.
  officialRecords: {
    pattern: /^(?:\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?\s+)?(?:Official Records|OFFICIAL RECORDS)$/u,
    examples: ["Official Records", "Geneva Official Records"],
    counterExamples: ["Official records show 40 dead in the district."],
  },
  // A journal article's apparatus: its ISSN, its DOI, its licence, when it was received and accepted.
  journalApparatus: {
    pattern:
      /^(?:(?:print |online |electronic )?(?:e-?|p-)?ISSN(?:\s*\((?:print|online)\))?\s*:?\s*\d{4}-?\d{3}[\dX]\b[^!?]{0,120}|(?:doi\s*:?\s*|https?:\/\/(?:dx\.)?doi\.org\/)10\.\d{4,9}\/\S+|received\s*:?\s*\d{1,2}\s+\p{L}+\.?\s+\d{4}\s*[;,/|]\s*(?:(?:revised|in revised form)\s*:?[^;,/|]{6,30}[;,/|]\s*)?accepted\s*:?\s*\d{1,2}\s+\p{L}+\.?\s+\d{4}\b[^!?]{0,80}|(?:this is an )?open access (?:article )?(?:under|distributed under|licensed under|published under) (?:the )?(?:terms of the )?(?:creative commons|cc[ -]by)\b[^!?]{0,120})$/iu,
    examples: [
      "ISSN 1234-5678 (print) | eISSN 2345-6789",
      "DOI: 10.1234/abcd.2019.0042",
      "Received 3 March 2018; revised 9 May 2018; accepted 1 June 2018.",
      "Received: 3 March 2018 / Accepted: 1 June 2018 / Published online: 15 June 2018",
      "Open access under CC BY-NC 4.0",
      "This is an open access article distributed under the terms of the Creative Commons Attribution License.",
    ],
    counterExamples: ["Received 3 March 2018, the letter was ignored by Baku.", "Open access to the corridor was promised in 2020."],
  },
  // A podcast's sponsor read: the lead-in, the sponsor's credit and the listeners' offer.
  sponsorRead: {
    pattern:
      /^(?![^!?]*\b(?:said|says|told)\b)(?:(?:but )?(?:first|before we (?:start|begin|get going|go on)|after (?:the|this) break|now|and now)\s*,?\s*)?(?:(?:a|one) (?:quick |short )?word from (?:our|this (?:week|episode|month)['’]s|today['’]s|the show['’]s) sponsors?|(?:this|today['’]s) (?:episode|show|podcast|programme|program|edition|newsletter) (?:is|was) (?:brought to you|sponsored|supported|made possible|powered) by\s+\S.{0,160}|(?:use|enter) (?:the )?(?:promo |discount |offer )?code\s+\S{2,20}\b.{0,100}|(?:listeners|subscribers|you) (?:can )?get\b.{0,60}\b(?:free|off|discount)\b.{0,40}\b(?:at|with (?:the )?code)\b.{1,80})[.!]?$/i,
    examples: [
      "But first, a quick word from today's sponsor.",
      "This show is supported by Tarragon Maps, the offline atlas for travellers.",
      "Use the code FRONTIER for 15 percent off your first order.",
      "Listeners can get two months free at tarragonmaps dot example slash frontier.",
    ],
    counterExamples: ["The offensive was brought to a halt by the ceasefire.", "You get nothing free at the checkpoint, the driver said."],
  },
  // "Frontier Hours is produced independently in Tbilisi.", "Opinions expressed by our guests are their own."
  productionNote: {
    pattern: new RegExp(
      String.raw`^(?:\p{Lu}[\p{L}\p{N}'’&. ]{1,50} is (?:produced|made|recorded) independently\b${NOT_REPORTED}[^!?]{0,80}|(?:the )?(?:views|opinions) expressed (?:by (?:our |the )?(?:guests?|contributors?|speakers?|interviewees?|panell?ists?)|on (?:this|the) (?:show|podcast|programme|episode))\s+are (?:their|the guests['’]?|the speakers['’]?|solely their|those of the (?:guests?|speakers?))(?: own)?\b[^!?]{0,60})$`,
      "iu",
    ),
    examples: ["Frontier Hours is produced independently in Tbilisi.", "Opinions expressed by our guests are their own."],
    counterExamples: ["The drone is produced independently by Baku, officials said.", "Views expressed by the minister were rejected in Yerevan."],
  },
  // 'Up next: "Why the river border matters" (03:12)': a video page's pointer to the next video.
  upNext: {
    pattern: new RegExp(String.raw`^(?:up next|coming up next|next video|watch next)\s*:\s*${NOT_REPORTED}.{2,160}$`, "i"),
    examples: ['Up next: "Why the river border matters" (03:12)', "Watch next: Inside the border villages"],
    counterExamples: ["Up next: the minister said talks would resume in Vienna."],
  },
  // A forum post's header quoting an earlier post: "Quote from: river_fox on May 3, 2019, 08:12:40 PM".
  forumQuoteHeader: {
    pattern:
      /^(?:quote from\s*:\s*\S.{0,40}?\s+on\s+[^.!?]{6,50}|quote from\s*:\s*\S{2,40}|originally posted by\s+\S{2,40}|[\p{L}\p{N}.-]*[_\d][\p{L}\p{N}._-]*\s+wrote\s*:?)$/iu,
    examples: ["Quote from: river_fox on May 3, 2019, 08:12:40 PM", "Originally posted by steppe_wolf", "river_fox wrote:"],
    counterExamples: ["Quote from the minister: the talks have failed.", "Baku wrote to the Council on Monday."],
  },
  // A poster's rank, post count and place beside each post: "Senior Member", "Posts: 1,204", "Location: Gyumri".
  forumMemberFields: {
    pattern:
      /^(?:(?:senior|junior|full|new|hero|veteran|regular|active|global|forum|super|elite|honou?red|banned|retired|trusted|gold|silver|bronze)\s+)?(?:member|moderator|mod|administrator|admin|newbie|poster|lurker)$|^(?:posts|messages|karma|reputation|rep|thanks|likes|points|joined|member since|gender)\s*:\s*[\w\s,.+/-]{1,30}$|^location\s*:\s*[^.!?]{1,60}$/iu,
    examples: ["Senior Member", "Global Moderator", "Posts: 1,204", "Karma: +12/-3", "Location: Gyumri, Armenia"],
    counterExamples: ["Senior members of the government resigned.", "Posts along the border were shelled overnight."],
  },
  // "▲ 12 ▼ 3", "Score: +14", "35 upvotes": a post's vote counter.
  forumVotes: {
    pattern:
      /^(?:[▲△⬆↑+]\s*\d[\d,]*\s*[▼▽⬇↓−-]\s*\d[\d,]*|(?:score|votes?|rating)\s*:\s*[+−-]?\d[\d,]*|\d[\d,]*\s+(?:upvotes?|likes?)(?:\s*[·|,]\s*\d[\d,]*\s+(?:downvotes?|dislikes?))?)$/iu,
    examples: ["▲ 12 ▼ 3", "Score: +14", "35 upvotes · 2 downvotes"],
    counterExamples: ["12 up, 3 down: the vote in parliament", "Votes: the council passed it."],
  },
  // "--", "________": the line a forum or a mailing list draws between a post and its author's signature.
  signatureSeparator: {
    pattern: /^(?:--|_{5,})$/,
    examples: ["--", "__________"],
    counterExamples: ["---", "-- AFP"],
  },
  // A thread's pager and counters: "Pages: [1] 2 3 ... 9 | Go Down", "Page 1 of 9", "(Read 4,102 times)".
  forumPager: {
    pattern:
      /^(?:pages?\s*:?\s*(?:\[\d{1,4}\]|\d{1,4})(?:[\s,]+(?:\[\d{1,4}\]|\d{1,4}|\.{3}|…))*(?:\s*[|»]\s*.{0,200})?|page \d{1,4} of \d{1,4}(?:\s*[|·•]\s*.{0,100})?|go (?:up|down)|\(?(?:read|viewed)\s+[\d,]+\s+times\)?\.?)$/iu,
    examples: ["Pages: [1] 2 3 ... 9 | Go Down | Print", "Page 1 of 9", "Go Up", "(Read 4,102 times)"],
    counterExamples: ["Pages 3 to 9 of the report list the dead.", "Read 40 names aloud, the mayor asked."],
  },
  // A forum's notes to visitors: "Welcome, Guest. Please login or register.", the activation link, the rules.
  forumWelcome: {
    pattern:
      /^(?:welcome,? guest\b[^!?]{0,80}|please (?:login|log in|sign in) or register\.?|did you miss your activation e-?mail\??|(?:you are|you're) not logged in\b[^!?]{0,60}|(?:please )?read the (?:forum )?rules before posting\.?|report,? (?:don['’]t|do not) retaliate\.?)$/i,
    examples: ["Welcome, Guest. Please log in or register.", "Did you miss your activation e-mail?", "Please read the forum rules before posting."],
    counterExamples: ["Welcome, guests of the summit, the president said in Baku."],
  },
  // A letters page's desk notes: where to write, that letters may be cut, what to include.
  lettersDesk: {
    pattern: new RegExp(
      String.raw`^(?:(?:write to us|send (?:us )?your letters?|letters)\s*:\s*)?(?:\S+@\S+\s*(?:[—–-]|,)?\s*)?(?:letters (?:may|will|can) be (?:edited|shortened|cut|condensed)\b${NOT_REPORTED}[^!?]{0,120}|please include your (?:full )?(?:name,? |name and |postal |home |daytime )*(?:address|telephone number|phone number)\b[^!?]{0,60})$|^(?:write to us|letters)\s*:\s*\S+@\S+\.?$`,
      "i",
    ),
    examples: [
      "Write to us: editor@borderpost.example — letters may be shortened for reasons of space.",
      "Please include your name and home address.",
      "Letters: desk@ridgeline.example",
    ],
    counterExamples: ["Letters may be edited by the censors, the journalists' union said."],
  },
  // An office's notice to visitors: "Our district offices are open by appointment only."
  officeNotice: {
    pattern: new RegExp(
      String.raw`^(?:(?:due to|because of|in light of|during) (?:the )?(?:covid(?:-19)?|coronavirus|pandemic|public health)${NOT_REPORTED}[^!?]{0,60}\b(?:offices?|office hours)\b[^!?]{0,100}|(?:our|the) (?:district |constituency |local |regional )?offices? (?:are|is|will be|remain) (?:open|closed) (?:by appointment|to (?:the public|walk-in visitors)|until further notice)\b[^!?]{0,80}|(?:please )?call (?:us |our office |the office )?(?:for assistance|to (?:make|book|schedule) an appointment)\.?)$`,
      "i",
    ),
    examples: [
      "Because of the coronavirus outbreak, the constituency office is closed to walk-in visitors.",
      "Our district offices are open by appointment only.",
      "Call for assistance.",
    ],
    counterExamples: ["Due to the pandemic, the ICRC office in Stepanakert closed, the committee said.", "Call for assistance from Moscow went unanswered."],
  },
} satisfies RuleTable<string>;

export const RECORD_FURNITURE = patternsOf(RECORD_FURNITURE_RULES);

/**
 * "This episode is brought to you by Tarragon Maps, the offline atlas …": the sponsor a read names.
 * The read's next sentences that name the sponsor again are the read's too.
 */
const SPONSOR_CREDIT =
  /\b(?:brought to you|sponsored|supported|made possible|powered) by\s+(?<sponsor>\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&-]*){0,2})/u;

export function sponsorOf(sentence: string): string | null {
  return RECORD_FURNITURE.sponsorRead.test(sentence) ? (SPONSOR_CREDIT.exec(sentence)?.groups?.sponsor ?? null) : null;
}

/** The longest line a signature is: a motto, a quotation, a flag of allegiance. */
const MAX_SIGNATURE_LENGTH = 120;
const MAX_SIGNATURE_WORDS = 15;

/**
 * A post's end in a forum thread: its vote counter ("▲ 12 ▼ 3") or the separator above a signature.
 * The short line that stands alone right after it is the poster's signature, not the post.
 */
export function endsPost(text: string): boolean {
  return RECORD_FURNITURE.forumVotes.test(text) || RECORD_FURNITURE.signatureSeparator.test(text);
}

/** A line that can be a signature: short, one line on its own (the caller knows it follows a post's end). */
export function isSignatureLine(text: string, alone: boolean): boolean {
  return alone && text.length <= MAX_SIGNATURE_LENGTH && text.split(/\s+/).length <= MAX_SIGNATURE_WORDS && !/^#/.test(text);
}
