// The shapes every stage of the pipeline hands to the next one.
// Data flows one way: article text → ParsedArticle → ArticleKnowledge → index → Answer.
// Nothing in src/core touches Discord, the file system, env or a logger.

export {
  MEDIATOR_SIDES,
  SIDES,
  UNCLEAR,
  type AffectedSide,
  type Claimant,
  type ClaimSide,
  type Side,
} from "./sides/sides.ts";
import type { AffectedSide, Claimant, ClaimSide, Side } from "./sides/sides.ts";

export type ClaimKind = "casualties" | "incident" | "denial" | "accusation" | "mediation" | "statement";

/** Raw input: one article as read from the corpus, before parsing. */
export interface ArticleSource {
  /** The article's file name (no folder), e.g. "001_ffe39782a73d4c6c.txt". */
  file: string;
  text: string;
}

/** What kind of text an article is; the genre decides who speaks where (see ingest/genre.ts). */
export const GENRES = ["news", "wire", "live-blog", "press-release", "interview", "transcript", "fact-check", "explainer", "analysis"] as const;
export type Genre = (typeof GENRES)[number];

export interface ArticleMeta {
  file: string;
  genre: Genre;
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD, or null when the article gives no date. */
  published: string | null;
  url: string | null;
}

export interface Sentence {
  /** `${passageId}.s${index}` */
  id: string;
  passageId: string;
  text: string;
}

export interface Passage {
  /** Stable id: `${file}#p${index}`, index counted over kept passages in article order. */
  id: string;
  file: string;
  text: string;
  /** True for a headline or cross-heading: shown, indexed, but not body text. */
  heading: boolean;
  sentences: Sentence[];
}

/** One turn of an interview or a briefing, or a part of a fact-check. */
export interface Turn {
  /** "narration": a presenter's or correspondent's own report, whose reported speech keeps its speakers. */
  role: "question" | "answer" | "verdict" | "checked" | "narration";
  /** The label or name the turn gives its speaker ("Zakharova", "A"), when it has one. */
  label: string | null;
  /** How many characters of the passage the label takes ("[00:03:04] MIRZAYEV: "), so attribution reads past it. */
  prefix?: number;
  /** A presenter's turn: what it reports before it asks ("Azerbaijan says …. Major, what happened?") keeps its speakers. */
  host?: boolean;
}

/** What the article's structure says about its speakers (read by ingest, resolved by attribution). */
export interface ArticleStructure {
  /** The body a press release or statement is issued by, as written ("the Ministry of Defence of Armenia"). */
  issuer: string | null;
  /** Where a story filed with no agency in its dateline came from, as printed ("YEREVAN"). */
  filedFrom?: string;
  /** Who answers in an interview, as written ("Arayik Harutyunyan"), when the page says. */
  interviewee: string | null;
  /** Turns by passage id. */
  turns: Record<string, Turn>;
  /** Passage ids that start a live-blog entry. */
  entries: string[];
  /** A live blog whose entries run newest first down the page: they are read in the order written. */
  newestFirst?: boolean;
  /**
   * A feed of agency items: the passage ids that open an item with a dateline, with the place each
   * was filed from when it is a capital's own press ("BAKU, August 2 /APA/.", else null) and the
   * item's own date (YYYY-MM-DD, or null when the feed does not give it).
   */
  items?: Record<string, FeedItem>;
  /**
   * A chaired sitting's record (a court hearing, a council meeting, a debate): speakers take turns
   * under labels, a chair gives them the floor, and nobody's side comes from the page's subject.
   */
  proceedings?: boolean;
  /** Statements for the press: named speakers take turns unasked, and a label nobody knows is no one's we can tell. */
  statements?: boolean;
  /**
   * A diplomatic cable: an internal report, not a public statement. Its sender reports every sentence,
   * but readers split over whose claim the words it relays are ("Aliyev told the ambassador …": the
   * embassy's, or Aliyev's); where the two are of different sides, the claim's side is unclear.
   */
  internalRecord?: boolean;
  /** A state's travel advice on the region: its issuer is a third state, whatever the gazetteer knows of it. */
  advisory?: boolean;
  /** A show's guests as its page lists them, each with its role ("Rauf Mammadli, Azerbaijani foreign ministry"). */
  guests?: string[];
  /**
   * The page head's first lines as printed, before its mastheads and date lines were taken as
   * metadata ("Russian Foreign Ministry Press Centre, Moscow -- 13 May 1994"): whose page it is,
   * for a speaker the page introduces only as "deputy head of the ministry's press department".
   */
  pageHead?: string[];
  /** Passage ids a thematic break ("---") stands right above: where a statement printed in a page may end. */
  ruled?: string[];
  /** Passages under a release's end mark ("###", "-30-"): the release is over, whatever the page is. */
  ended?: string[];
  /** Passages that opened with an archive's note on its copy ("ARCHIVE NOTE: This copy is reproduced …"), cut as furniture: the document is over. */
  copyNoted?: string[];
  /** The passage a reproduced document begins at, where the page marks it ("--- BEGIN BULLETIN ---", "What follows is the notice issued by …"). */
  issuedFrom?: string;
  /**
   * The passage whose closing line names the office of state the piece's author holds (an op-ed by a
   * foreign minister, a letter signed by an ambassador), when that office is the issuer: the statement
   * ends before it, and its issuer speaks only when the office is a side's.
   */
  authorLine?: string;
  /** Passage ids that are items of a bulleted list ("- 12 killed in Ganja"): they go on from the line that introduced the list. */
  listed?: string[];
  /**
   * A memorandum of conversation's participants, each as its list names them, with the delegation it puts
   * them in ("The President" → "U.S.", "President Heydar Aliyev" → "Azerbaijan"): whose side each speaks for.
   */
  participants?: Record<string, string>;
}

export interface FeedItem {
  filedFrom: string | null;
  date: string | null;
}

export interface ParsedArticle {
  meta: ArticleMeta;
  passages: Passage[];
  structure: ArticleStructure;
}

/** How exact a resolved date is. "unknown": relative wording with no article date to anchor it. */
export type DatePrecision = "day" | "range" | "month" | "year" | "unknown";

export interface DateRef {
  /** The wording in the sentence, e.g. "on Saturday", "late on March 24". */
  text: string;
  /** YYYY-MM-DD (first day for a range/month/year), or null when unknown. */
  start: string | null;
  /** YYYY-MM-DD last day, equal to start for a day, null when unknown. */
  end: string | null;
  precision: DatePrecision;
}

export interface Claim {
  /** `${sentenceId}:${side}`: stable across re-indexing of an unchanged article. */
  id: string;
  file: string;
  passageId: string;
  sentenceId: string;
  sentence: string;
  /** The source as written, e.g. "Karabakh's Armenian-backed Defense Army". */
  speaker: string;
  /** "unclear" when the speaker could not be resolved with confidence: better than a wrong side. */
  side: ClaimSide;
  kind: ClaimKind;
  date: DateRef | null;
}

export interface CasualtyFigure {
  file: string;
  passageId: string;
  sentenceId: string;
  sentence: string;
  claimedBy: Claimant;
  affected: AffectedSide;
  killed: number | null;
  wounded: number | null;
  /** "at least", "more than", "nearly", … or null for an exact figure. */
  qualifier: string | null;
  date: DateRef | null;
}

/** Everything the core knows about one article. */
export interface ArticleKnowledge {
  meta: ArticleMeta;
  passages: Passage[];
  claims: Claim[];
  casualties: CasualtyFigure[];
  /** Places (gazetteer names) mentioned per sentence id, for incidents and search. */
  places: Record<string, string[]>;
}

export interface CorpusKnowledge {
  articles: ArticleKnowledge[];
}

// ---------------------------------------------------------------------------
// Answers: plain data that every adapter (Discord, console, CLI) only renders.

export type AnswerKind = "ask" | "incident" | "claims" | "casualties" | "mediators" | "sources";

/** A numbered source: where a line of the answer was published. */
export interface SourceRef {
  /** 1-based number that lines refer to. */
  n: number;
  file: string;
  passageId: string;
  /** The passage text. */
  text: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

export interface AnswerLine {
  /** The sentence or summary line. */
  text: string;
  /** The side that made the claim, "unclear" when unresolved, or "outlet" for the outlet's own reporting. */
  side: ClaimSide | "outlet";
  speaker: string | null;
  /** Numbers of the SourceRefs this line comes from. */
  sources: number[];
  claimId?: string;
  /** A figure or claim denied or contradicted by another side. */
  disputed?: boolean;
  /** Said by a mediator about the conflict. */
  mediator?: boolean;
  /** Optional group heading (e.g. an incident's place and date, or a side). */
  group?: string;
  /** The day the line is about, shown where it may come from another incident: "2 Apr 2016". */
  date?: string;
  /** The same day as YYYY-MM-DD, for what draws lines on a time axis (the incident timeline). */
  day?: string;
  /** The line that answers the question (`ask`): the same sentence as `Answer.lead`. */
  lead?: boolean;
}

/** A casualty figure as an answer shows it: the figure, where it was published, whether disputed. */
export type CasualtyRow = Pick<CasualtyFigure, "claimedBy" | "affected" | "killed" | "wounded" | "qualifier" | "date" | "sentence"> & {
  sources: number[];
  disputed: boolean;
  /** How the claimant's toll for these victims moved: "first" figure, "updated (20 → 68)", or "" when it is the only one. */
  change?: string;
  /** The incident the figure belongs to, as titled ("Missile strike on Ganja, 11 Oct 2020"), when it belongs to one. */
  incident?: string;
};

/** The one sentence that answers a question, as it stands in the article, and who said it. */
export interface AnswerLead {
  text: string;
  /** The side that made the claim, or "outlet" for the outlet's own reporting. */
  side: Claim["side"] | "outlet";
  speaker: string | null;
  file: string;
  passageId: string;
  sources: number[];
  /** The day it is about (or, failing that, the article's day): "2 Apr 2016". */
  date: string | null;
  mediator?: boolean;
}

export interface Answer {
  kind: AnswerKind;
  /** The question or query as asked. */
  query: string;
  title: string;
  /** A plain-text rendering of the whole answer (what the CLI prints as `text`). */
  text: string;
  /** `ask` only: the sentence that answers, shown first; null when nothing answers. */
  lead?: AnswerLead | null;
  lines: AnswerLine[];
  /** Casualty figures, for the casualties and incident answers. */
  table?: CasualtyRow[];
  sources: SourceRef[];
  /** Shown when evidence is weak, absent or disputed. */
  note?: string;
}

/** A file (or folder) that could not be read, extracted or saved, and why: one shape everywhere. */
export interface FileError {
  file: string;
  reason: string;
}

/** What a re-index reports: the swap happened only when ok is true. */
export interface ReindexReport {
  ok: boolean;
  articles: number;
  passages: number;
  claims: number;
  /** Articles added/removed/changed compared with the previous index. */
  changed: { added: string[]; removed: string[]; modified: string[] };
  errors: FileError[];
  elapsedMs: number;
  /**
   * Set where several processes share the corpus (replicas, shards): which of them re-indexed,
   * and whether it was this one (otherwise this one waited for it and swapped to its index).
   */
  reindexedBy?: { replica: string; self: boolean };
}

/** The questions the bot, console and CLI can ask; implemented over the current index. */
export interface AnswerService {
  ask(question: string): Answer;
  incident(query: string): Answer;
  claims(side?: Side, topic?: string): Answer;
  casualties(query?: string): Answer;
  mediators(query?: string): Answer;
  sources(): Answer;
  /** Autocomplete for /incident: known places and incident labels matching the prefix. */
  suggestIncidents(prefix: string, limit?: number): string[];
  /** Re-reads the corpus and swaps the index in atomically; the old one stays on failure. */
  reindex(): Promise<ReindexReport>;
}
