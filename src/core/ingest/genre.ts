// The genre of an article, read from its structure, and what the genre says about who speaks:
// a press release speaks for its issuer throughout; an interview's or a briefing's answers are
// the interviewee's and its questions nobody's claims; a fact-check's verdict is the outlet's own;
// a live blog's entries each start afresh. Ingest only finds the words (the issuer's name, a
// turn's label); attribution resolves them to sides.
import { reproducedDocument } from "./reproducedDocument.ts";
import type { ArticleStructure, Genre, Passage } from "../types.ts";
import { GENRE_CUES } from "./genreCues.ts";
import { cableIssuer } from "./cable.ts";
import { speechExcerpts } from "./speechExcerpts.ts";
import { signedByReporter } from "./metadata.ts";
import { guardedExec } from "./requiredText.ts";

/** A speaker's label opening a passage, looked for only in a passage holding the colon it ends with (guardedExec). */
const turnLabel = guardedExec(GENRE_CUES.turnLabel);

export interface PageCues {
  title: string | null;
  outlet: string | null;
  /** Bodies the page credits as its source ("Source: Ministry of Defence of the Republic of Azerbaijan, …"). */
  credits?: readonly string[];
  /** The author a copied social-media post names above its date, when the page is such a post. */
  poster?: string | null;
  /** Where a story with no agency in its dateline was filed ("YEREVAN"). */
  filedFrom?: string | null;
  /** Section labels the page printed ("Interview", "Fact check", "Press releases"). */
  labels: string[];
  /** Passage ids that followed a time stamp line. */
  stamped: string[];
  /** Whether those stamps run newest first (see liveBlogOrder.ts). */
  newestFirst?: boolean;
  /** Whether a dateline opened the body ("BAKU, Oct 4 (Reuters) -"). */
  dateline: boolean;
  /** Passage ids of one-line paragraphs set wholly in bold or italics. */
  emphasised?: readonly string[];
  /** A show's hosts and guests as its page head lists them ("Hosts: A, B · Guest: C, senior analyst"). */
  cast?: ShowCast;
  /** The author the front matter names, when it names one. */
  author?: string | null;
  /** The page's note on who wrote the piece, kept out of its text ("X is the Minister of …"). */
  authorNote?: string | null;
  /** The page's first lines as printed, before its head was taken as metadata or furniture. */
  printedHead?: readonly string[];
  /**
   * Passage ids that stand below a break in the record: a rule line, or a stage note that closes the
   * exchange ("[The briefing continued on other topics.]"), the note itself dropped as furniture.
   */
  breaks?: readonly string[];
  /** Passage ids of paragraphs set as block quotations ("> …" in Markdown, a blockquote on a web page). */
  quoted?: readonly string[];
}

export interface ShowCast {
  hosts: string[];
  /** The guest with the role the head gives ("Levan Dadiani, senior analyst, Black Sea Security Forum"). */
  guest: string | null;
  /** Every guest the page lists, each with its role as written. */
  guests: string[];
}

/** "Hosts: Maya Lindqvist, Tom Achterberg", "Guest: …": a field of a show's head, up to the next field. */
const HOSTS_FIELD =
  /\b(?:(?:hosts?|presenters?|hosted\s+by|presented\s+by|interviewed\s+by)\s*[:：]?|(?:interviewers?|anchors?|moderators?)\s*[:：])\**\s*([^·|•\n]{3,120})/i;
const GUEST_FIELD = /\b(?:guests?|with\s+guest)\s*[:：]\**\s*([^·|•\n]{3,160})/i;
/**
 * "Correspondent: Piotr Zaleski in Jermuk, Armenia", "Reporter: Ana Ruiz": a reporter the head lists
 * is the show's own voice like its presenter; their turns report, they do not answer. Title case
 * only: "CORRESPONDENT: Ines, I'm standing …" is a turn, not the head's field.
 */
const REPORTER_FIELD = /\b(?:Correspondents?|Reporters?)\s*[:：]\**\s*([^·|•\n]{3,120})/;
const CAST_LINES = 30;

/** The hosts and guest a show's page head lists, if it lists its hosts. */
export function readCast(text: string): ShowCast | null {
  const head = text.split("\n").slice(0, CAST_LINES).join("\n");
  // "Hosts: A, B. Guest: C": the field ends with its sentence.
  const hosts = HOSTS_FIELD.exec(head)?.[1]?.split(/\.\s|\s+guests?\s*[:：]/i)[0];
  // Where the reporter files from is no part of the name ("Piotr Zaleski in Jermuk, Armenia").
  const reporter = REPORTER_FIELD.exec(head)?.[1]?.split(/\.\s|[.,;]\s*$|,|\s+(?:in|from|at|reporting)\s/)[0];
  if (!hosts && !reporter) return null;
  const names = [hosts ?? "", reporter ?? ""]
    .join(", ")
    .replace(/\*+/g, "")
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((n) => n.trim())
    .filter((n) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}$/u.test(n));
  const guest = GUEST_FIELD.exec(head)?.[1]?.replace(/\*+/g, "").trim() ?? null;
  return names.length > 0 ? { hosts: names, guest, guests: guest ? [guest] : [] } : null;
}

const MIN_TURNS = 2;
const MIN_ENTRIES = 3;

/** Whether a page label or the title says so. */
function labelled(cues: PageCues, re: RegExp): boolean {
  return cues.labels.some((l) => re.test(l)) || re.test(cues.title ?? "");
}

export function readStructure(passages: readonly Passage[], cues: PageCues): ArticleStructure & { genre: Genre } {
  const top = [cues.title ?? "", ...cues.labels, ...passages.slice(0, 4).map((p) => p.text)];
  const empty: ArticleStructure = { issuer: null, interviewee: null, turns: {}, entries: [], ...(cues.filedFrom ? { filedFrom: cues.filedFrom } : {}) };

  const factCheck = factCheckTurns(passages);
  // (A verdict alone is no fact-check: a guide's or a review's "Our verdict" checks no one's claim.)
  const checks = Object.values(factCheck).some((t) => t.role === "checked");
  if ((checks && Object.keys(factCheck).length >= MIN_TURNS) || (labelled(cues, GENRE_CUES.factCheckLabel) && Object.keys(factCheck).length > 0)) {
    return { ...empty, genre: "fact-check", turns: factCheck };
  }
  const written = writtenAnswerTurns(passages);
  // A digest of a chamber's business may print a written answer between debates whose members speak
  // under their own lines ("Jane Doe (Leeds North) (Lab)"): the record's reader takes both.
  const debated = written ? proceedingsTurns(passages) : null;
  if (debated) return { ...empty, genre: "transcript", turns: debated, proceedings: true };
  if (written) return { ...empty, genre: "interview", turns: written };
  const dialogue = dialogueTurns(
    passages,
    labelled(cues, GENRE_CUES.interviewLabel),
    new Set(cues.emphasised ?? []),
    cues.cast?.hosts ?? [],
    cues.outlet,
    new Set(cues.breaks ?? []),
  );
  const sitting = dialogue.questions < MIN_TURNS ? proceedingsTurns(passages) : null;
  if (sitting) return { ...empty, genre: "transcript", turns: sitting, proceedings: true };
  // Statements for the press: named speakers take turns and nobody asks.
  const statements = dialogue.questions === 0 && !dialogue.broadcast && dialogue.speakers.size >= MIN_TURNS;
  if (statements) return { ...empty, genre: "transcript", turns: dialogue.turns, statements: true };
  // A page that says it is a briefing's transcript needs only one question put to its speaker.
  const briefingPage = top.some((t) => GENRE_CUES.briefing.test(t));
  // "Comments by the spokesperson of the Ministry of …" over comments and the answers to journalists that
  // follow them: the body's statement, its questions still nobody's claims.
  const titledIssuer = dialogue.questions > 0 && !dialogue.broadcast && !briefingPage && cues.title ? issuerOf([cues.title], null) : null;
  if (titledIssuer) return { ...empty, genre: "press-release", issuer: titledIssuer, turns: dialogue.turns };
  if (dialogue.questions >= MIN_TURNS || dialogue.broadcast || (dialogue.questions > 0 && briefingPage)) {
    const briefing = dialogue.broadcast || briefingPage;
    return {
      ...empty,
      genre: briefing ? "transcript" : "interview",
      interviewee: cues.cast?.guest ?? (briefing ? briefer(top) : firstGroup(top, GENRE_CUES.interviewee)),
      turns: briefing ? { ...openingRemarks(passages), ...dialogue.turns } : dialogue.turns,
      ...(cues.cast && cues.cast.guests.length > 0 ? { guests: cues.cast.guests } : {}),
    };
  }
  // A post copied from a social network is its author's statement throughout.
  const reproduced = reproducedDocument(passages, { title: cues.title, author: cues.author ?? null, printedHead: cues.printedHead ?? [] });
  const act = actUnderHeading(passages);
  const author = officialAuthor(passages) ?? notedAuthor(cues.authorNote);
  const cable = cableIssuer(passages);
  const issuer =
    cable ??
    reproduced?.issuer ??
    firstGroup(top, GENRE_CUES.letterSender) ??
    firstGroup(top, GENRE_CUES.deliveredBy) ??
    act?.issuer ??
    fullerName(issuerOf(top, cues.outlet, cues.credits ?? []), cues.credits ?? [], top) ??
    resolutionBody(passages) ??
    numberedResolutionBody(passages) ??
    summarisingCourt(top, cues.outlet) ??
    letterSigners(passages) ??
    author?.issuer ??
    cues.poster ??
    null;
  // (A document the page marks is the issuer's from where it begins: the lead-in before it is the page's.)
  const issuedFrom = reproduced && issuer === reproduced.issuer ? passages[reproduced.from]?.id : act && issuer === act.issuer ? act.from : undefined;
  // An author's closing line ends the piece: the line itself and whatever the page adds below it are the page's.
  const authorLine = author !== null && issuer === author.issuer ? { authorLine: author.at } : {};
  // ("Summary prepared by the Monitor. … This is not an official UN text.": a third party's summary of a
  // body's document issues nothing; its sentences name the body that speaks in each.)
  // (The note is the page's furniture, dropped from its passages; the page's first lines as printed still hold it.)
  const summarised = [...passages.slice(0, SUMMARY_NOTE_REACH).map((p) => p.text), ...(cues.printedHead ?? [])].some((t) =>
    GENRE_CUES.unofficialSummary.test(t),
  );
  if (issuer && !summarised)
    return {
      ...empty,
      genre: "press-release",
      issuer,
      ...(issuedFrom ? { issuedFrom } : {}),
      ...authorLine,
      ...(cable && issuer === cable ? { internalRecord: true } : {}),
    };
  // A state's travel advice, on its own site: the ministry that issues it speaks throughout, as a third state.
  const advice = passages.slice(0, ADVICE_REACH).filter((p) => GENRE_CUES.travelAdvice.test(p.text)).length;
  // (Not a reporter's digest of several states' advice: "By Marisol Arrindell, Consular Watch desk".)
  const reported = (cues.printedHead ?? []).some((line) => signedByReporter(line.replace(/[*_#]/g, "")));
  if (cues.outlet && !reported && (advice >= MIN_ADVICE_LINES || labelled(cues, GENRE_CUES.travelAdvice))) {
    return { ...empty, genre: "press-release", issuer: cues.outlet, advisory: true };
  }
  if (cues.stamped.length >= MIN_ENTRIES || labelled(cues, GENRE_CUES.liveLabel)) {
    return { ...empty, genre: "live-blog", entries: cues.stamped, ...(cues.newestFirst ? { newestFirst: true } : {}) };
  }
  // A speech the page prints in excerpts set as quotations, between its own notes: the excerpts are the speaker's.
  const story: ArticleStructure = { ...empty, turns: speechExcerpts(passages, cues.title ?? null, cues.quoted ?? []) };
  if (cues.dateline) return { ...story, genre: "wire" };
  if (labelled(cues, GENRE_CUES.explainerLabel) || passages.some((p) => p.heading && GENRE_CUES.explainerHeading.test(p.text))) {
    return { ...story, genre: "explainer" };
  }
  if (labelled(cues, GENRE_CUES.analysisLabel)) return { ...story, genre: "analysis" };
  return { ...story, genre: "news" };
}

/** Whoever gives the briefing, as its page names them: "Briefing by …", "the briefing given … by …", "… Ministry briefing". */
function briefer(top: readonly string[]): string | null {
  const named = firstGroup(top, GENRE_CUES.briefer);
  if (named) return named;
  for (const text of top) {
    const m = GENRE_CUES.brieferDescribed.exec(text.trim());
    const who = (m?.[1] ?? m?.[2])?.trim();
    if (who) return who;
  }
  return null;
}

/** "Opening remarks", "Introductory statement": the heading over what the briefer says before the questions. */
const OPENING_REMARKS = /^(?:opening|introductory)\s+(?:remarks|statement)s?$|^statement$/i;

/** The briefer's opening remarks, as answers with no label: theirs, like the answers that follow. */
function openingRemarks(passages: readonly Passage[]): ArticleStructure["turns"] {
  const turns: ArticleStructure["turns"] = {};
  const at = passages.findIndex((p) => p.heading && OPENING_REMARKS.test(p.text.trim()));
  if (at < 0) return turns;
  for (const p of passages.slice(at + 1)) {
    if (p.heading) break;
    turns[p.id] = { role: "answer", label: null, prefix: 0 };
  }
  return turns;
}

/** How far into a page its travel advice's levels stand ("Do not travel …", "Reconsider your need to travel …"). */
const ADVICE_REACH = 8;
/** How many such lines make a page a travel advisory, not a story that quotes one. */
const MIN_ADVICE_LINES = 2;

/** A speaker's label on a line of its own: "Mr KIRAKOSYAN:", "The PRESIDENT:", "Sir Michael WOOD:". */
const LABEL_LINE = /^((?:(?:The|Mr|Mrs|Ms|Dr|Sir|Dame|Judge|Professor|Prof|H\.?E\.?)\.?\s+)*[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})\s*[:：]$/u;
/** Labels that speak for the sitting, not a party. */
const CHAIR_LABEL =
  /^(?:the\s+)?(?:president|vice-president|chair|chairman|chairwoman|chairperson|speaker|presiding\s+judge|registrar|presiding\s+officer|(?:acting\s+)?(?:president|speaker)\s+pro\s+tempore)$/i;
/** Distinct speakers, besides the chair, that make a sitting's record. */
const MIN_SPEAKERS = 2;

/** "Translators' notes", "Editor's notes", "Notes": the heading over a reproducing page's notes on the record. */
const NOTES_HEADING = /^(?:(?:translator|editor|archive|archivist|compiler|publisher)s?['’]?s?['’]?\s+)?notes?$/i;
/** "Chair: M. S. Gorbachev. Present: A. A. Gromyko, E. K. Ligachev …": a session's attendance, as its minutes open. */
const ATTENDANCE = /^(?:chair(?:ed by)?|presiding|present|also present|attending|in attendance)\s*:\s*/i;
/** "GORBACHEV. …", "RYZHKOV. …": a surname in capitals and a full stop opening a speech in minutes. */
const MINUTED_LABEL = /^([\p{Lu}][\p{Lu}'’-]{2,})\.\s+(?=\S)/u;

/** The surnames (in small letters) the session's attendance lines name, empty when the record has none. */
function attendanceOf(passages: readonly Passage[]): Set<string> {
  const names = new Set<string>();
  for (const p of passages) {
    if (!ATTENDANCE.test(p.text.trim())) continue;
    for (const word of p.text.match(/\p{Lu}[\p{Ll}'’-]{2,}/gu) ?? []) names.add(word.toLowerCase());
  }
  return names;
}

/** The surname opening a speech in minutes, when the attendance names its member; null otherwise. */
function minutedLabel(text: string, attendees: ReadonlySet<string>): RegExpExecArray | null {
  const m = attendees.size > 0 ? MINUTED_LABEL.exec(text) : null;
  return m && attendees.has((m[1] ?? "").toLowerCase()) ? m : null;
}

/**
 * A chaired sitting's record: labels on lines of their own ("Mr MURPHY:") or opening a paragraph
 * ("The PRESIDENT: Please be seated."), a chair among them, and at least two other speakers; or a
 * debate's record, whose members stand on lines of their own with their parties ("Baroness Cox
 * (CB)"). The paragraphs after a label are its speaker's until the next label or the record's own
 * narration ("The meeting rose at …"); the chair's turns are narration.
 */
function proceedingsTurns(passages: readonly Passage[]): ArticleStructure["turns"] | null {
  const turns: ArticleStructure["turns"] = {};
  const speakers = new Set<string>();
  let chaired = false;
  let speaker: string | null = null;
  let members = 0;
  const attendees = attendanceOf(passages);
  for (const p of passages) {
    const text = p.text.trim();
    // A member's line may come as a heading (a page sets it in bold or as a header).
    const member = GENRE_CUES.memberLine.test(text) ? text : null;
    // ("TRANSLATORS' NOTES" after the minutes: the page's own notes, no speaker's words.)
    if (p.heading && NOTES_HEADING.test(text)) speaker = null;
    if (p.heading && !member) continue;
    // "The meeting rose at 1.05 p.m.", "A recorded vote was taken.": the record's own words end a speech.
    if (GENRE_CUES.recordNarration.test(text)) {
      if (speaker) turns[p.id] = { role: "narration", label: null };
      speaker = null;
      continue;
    }
    if (member) members++;
    // "Question to the Foreign Office …" asks; "Answered by Lord X, Minister of State" gives the floor.
    if (GENRE_CUES.writtenQuestion.test(text)) {
      speaker = null;
      turns[p.id] = { role: "question", label: null };
      continue;
    }
    const own = LABEL_LINE.exec(text)?.[1] ?? member ?? GENRE_CUES.answeredBy.exec(text)?.[1] ?? null;
    // A legislature's record ("Mr. KEAN. The subcommittee will come to order.") opens each speech
    // with its member's label: its speakers are members, as a debate's are.
    // ("GORBACHEV. The measures we have taken …": minutes in translation open a speech with the surname alone,
    // of a member the attendance line names.)
    const recorded = own ? null : (GENRE_CUES.recordLabel.exec(p.text) ?? minutedLabel(p.text, attendees));
    if (recorded) members++;
    // Before the sitting opens (a label on its own line, or the chair's), "Source:" or "Excerpts:" is the page's.
    const match = own || recorded ? recorded : turnLabel(p.text);
    const opened: boolean = speaker !== null;
    const inline: RegExpExecArray | null = match && (recorded || opened || CHAIR_LABEL.test(match[1]?.trim() ?? "")) ? match : null;
    // "Mr. Dahl (Norway):": the delegation in brackets stays with the name, as the record prints it.
    const delegation: string | undefined = inline ? /\(([^()]{1,60})\)\s*[:：]\s*$/.exec(inline[0])?.[1] : undefined;
    const named: string | undefined = (inline?.[1] ?? inline?.[2])?.trim();
    const label: string | null = own ?? (named && delegation ? `${named} (${delegation})` : named) ?? null;
    if (label) {
      const chair = CHAIR_LABEL.test(label);
      chaired ||= chair;
      if (!chair) speakers.add(label.toLowerCase());
      speaker = label;
      // A label alone on its line is no one's words; an inline one opens its speaker's paragraph.
      // (A legislature's committee chair, "The CHAIRMAN.", is a member stating views; its presiding officer only presides.)
      const presides = chair && !(recorded && GENRE_CUES.committeeChair.test(label));
      if (own) turns[p.id] = { role: "question", label };
      else turns[p.id] = { role: presides ? "narration" : "answer", label, prefix: inline?.[0].length ?? 0 };
      continue;
    }
    if (speaker) turns[p.id] = { role: CHAIR_LABEL.test(speaker) && !GENRE_CUES.committeeChair.test(speaker) ? "narration" : "answer", label: speaker };
  }
  // A debate's record names its members with their parties and may have no chair's turn at all.
  // A legislature's record may hold one member's speech, the chair putting his motions between its parts.
  const oneMember = chaired && members >= MIN_SPEAKERS;
  return ((chaired || members >= MIN_SPEAKERS) && speakers.size >= MIN_SPEAKERS) || oneMember ? turns : null;
}

/**
 * A parliament's written question and its answer ("Question for written answer …", "Asked by …",
 * then "Answer given by … on behalf of the Commission", "Answered by X, Minister of State (…)"):
 * the question's paragraphs are the member's, who asks and claims nothing; every paragraph of the
 * answer speaks for whoever answers, up to the next heading or question. A page head may print
 * the answerer before the question too: a question line sets the turns back to asking.
 */
function writtenAnswerTurns(passages: readonly Passage[]): ArticleStructure["turns"] | null {
  const turns: ArticleStructure["turns"] = {};
  let asked = false;
  let answerer: string | null = null;
  let answers = 0;
  /** Whether the question last asked has been answered. */
  let answered = false;
  for (const p of passages) {
    const text = p.text.trim();
    const by = GENRE_CUES.answeredBy.exec(text)?.[1] ?? null;
    if (by && asked) {
      answerer = by;
      turns[p.id] = { role: "question", label: by };
    } else if (GENRE_CUES.writtenQuestion.test(text)) {
      asked = true;
      answered = false;
      answerer = null;
      turns[p.id] = { role: "question", label: null };
    } else if (p.heading) {
      answerer = null;
      // ("## Earlier in the Lords: oral question" after an answer: a section of the page's own; its paragraphs are
      // reported as any page's are, not the text of a question. A question's own "Subject: …" keeps it open.)
      if (answered) asked = false;
    } else if (answerer) {
      turns[p.id] = { role: "answer", label: answerer };
      answers++;
      answered = true;
    } else if (asked) {
      turns[p.id] = { role: "question", label: null };
    }
  }
  return answers > 0 ? turns : null;
}

/** A heading that only says "Claim" ("CLAIM", "The claim:"). */
const CLAIM_HEADING = /^(?:the\s+)?claim\s*[:：]?$/i;

/** "CLAIM: …", "Verdict: False", and the paragraphs under a "Verdict" heading. */
function factCheckTurns(passages: readonly Passage[]): ArticleStructure["turns"] {
  const turns: ArticleStructure["turns"] = {};
  let underVerdict = false;
  // "CLAIM" as a heading of its own: the paragraph under it is the claim checked.
  let underClaim = false;
  for (const p of passages) {
    if (p.heading) {
      underVerdict = GENRE_CUES.verdictHeading.test(p.text);
      underClaim = CLAIM_HEADING.test(p.text.trim());
      if (underVerdict || GENRE_CUES.verdictLine.test(p.text)) turns[p.id] = { role: "verdict", label: null };
      continue;
    }
    const checked = underClaim || GENRE_CUES.checkedLine.test(p.text);
    underClaim = false;
    if (checked) turns[p.id] = { role: "checked", label: null };
    else if (underVerdict || GENRE_CUES.verdictLine.test(p.text)) turns[p.id] = { role: "verdict", label: null };
  }
  return turns;
}

/**
 * A turn's label naming one of the cast's hosts, in full or by surname: a show's hosts, named in
 * its head, present it whatever their labels say ("MAYA LINDQVIST").
 */
function isHostLabel(hosts: readonly string[], label: string): boolean {
  const said = label.toLowerCase();
  return hosts.some((h) => {
    const name = h.toLowerCase();
    const words = name.split(" ");
    // "MAYA" or "ROTH" alone for "Maya Ferris", "Daniela Roth": a show labels its hosts by one name.
    return name === said || said.endsWith(` ${words.at(-1)}`) || (words.length > 1 && (said === words[0] || said === words.at(-1)));
  });
}

/**
 * Questions and answers: paragraphs labelled "Q:"/"A:", "Question:", a name and a colon, or, on a
 * page labelled an interview, a short paragraph that only asks. A paragraph after a question and
 * before the next one answers it. A presenter's or correspondent's turn ("ANCHOR:",
 * "[00:01:12] HOST:") asks when it ends in a question and otherwise reports: its reported speech
 * keeps its own speakers. A broadcast is a page where a presenter takes turns with others.
 */
function dialogueTurns(
  passages: readonly Passage[],
  interviewPage: boolean,
  emphasised: ReadonlySet<string> = new Set(),
  hosts: readonly string[] = [],
  outlet: string | null = null,
  breaks: ReadonlySet<string> = new Set(),
): { turns: ArticleStructure["turns"]; questions: number; broadcast: boolean; speakers: Set<string> } {
  // On an interview page that prints its questions in bold, a bold line is the interviewer's turn
  // even when it does not ask ("**You mean Armenia's constitution.**").
  const boldQuestions = interviewPage && emphasised.size >= MIN_TURNS;
  const turns: ArticleStructure["turns"] = {};
  let questions = 0;
  // After a question, paragraphs answer it until the next question; the answerer's label carries on.
  let answering = false;
  let answerer: string | null = null;
  const askers = askingLabels(passages);
  const promptsToLabelled = bareQuestionsBeforeLabels(passages);
  const labels = new Set<string>();
  let presenterTurns = 0;
  // Whether a guest has answered yet, past a greeting.
  let answered = false;
  // "CORRESPONDENT (DANIEL OAKES):" names the reporter once; "OAKES:" later is the same presenter.
  const presenterNames = new Set<string>(passages.flatMap((p) => introducedReporters(p.text)));
  // The speaker a soundbite cue on the line before names, for the next paragraph only.
  let soundbite: string | null = null;
  // Named speakers who take the floor without being asked ("President of Armenia X: Thank you.").
  const speakers = new Set<string>();
  // The surnames of speakers labelled in capitals with a title ("AMBASSADOR CAREY CAVANAUGH" → "cavanaugh").
  const titledSurnames = new Set<string>();
  for (const p of passages) {
    // "[The briefing continued on other topics.]", then a rule: the exchange is over, and the outlet's own
    // background below is no answer; only a new label takes the floor again.
    if (breaks.has(p.id)) {
      answering = false;
      answerer = null;
    }
    // "--- Tuesday 3 April, evening briefing ---": a line between rules that opens a digest's next part, as a heading does.
    const sectionLine = !p.heading && SECTION_LINE.test(p.text.trim());
    // (A question set as a heading over a labelled answer is asked all the same.)
    if ((p.heading || sectionLine) && !promptsToLabelled.has(p.id)) {
      // "1. Kremlin readout (as issued)" over the body's account of the talks, before the leaders' statements:
      // the paragraphs under it are the body's, up to the next heading or label.
      const readout = GENRE_CUES.readoutHeading.exec(p.text.trim());
      const issuer = (readout?.[1] ?? readout?.[2])?.trim();
      if (issuer) {
        answering = true;
        answerer = issuer;
        continue;
      }
      // A heading ends the remarks, before the questions or after them ("Context", "BACKGROUND", "Read more"):
      // what follows it is the page's again, up to the next label. (A heading that asks is an
      // interviewer's question over the answer under it.)
      if (questions === 0 || !isBareQuestion(p)) {
        answering = false;
        answerer = null;
      }
      continue;
    }
    const m = turnLabel(p.text);
    // "[GRAPHIC: ARMENIAN FOREIGN MINISTRY STATEMENT] "…"": the words on screen are the named body's, this
    // paragraph only; whoever was speaking before goes on after it.
    const onScreen = m ? null : GENRE_CUES.screenQuote.exec(p.text);
    if (onScreen?.[1]) {
      turns[p.id] = { role: "answer", label: onScreen[1].trim(), prefix: onScreen[0].length };
      continue;
    }
    // "[SOUNDBITE - ILHAM ALIYEV, PRESIDENT OF AZERBAIJAN (interpreted)]" on a line of its own: the
    // paragraph under it is that speaker's.
    const cue = m ? null : GENRE_CUES.soundbiteLine.exec(p.text.trim());
    if (cue?.[1]) {
      soundbite = cue[1].replace(/\s*\([^)]*\)\s*$/, "").trim();
      continue;
    }
    if (soundbite && !m) {
      turns[p.id] = { role: "answer", label: soundbite, prefix: 0 };
      soundbite = null;
      continue;
    }
    soundbite = null;
    // ("ARCHIVE (KAZIMIROV, translated):": a clip's label names its speaker in brackets; he is the label.)
    const label = (m ? clipSpeaker(m[0]) : null) ?? m?.[1]?.trim() ?? null;
    const prefix = m?.[0].length ?? 0;
    if (label) labels.add(label.toLowerCase());
    const presenter = label !== null && (GENRE_CUES.presenterLabel.test(label) || isHostLabel(hosts, label) || presenterNames.has(label.toLowerCase()));
    if (presenter && m) for (const name of namesInLabel(m[0])) presenterNames.add(name);
    if (presenter) presenterTurns++;
    // "THE MERIDIAN REVIEW: Armenia says you attacked first.": the outlet's own turns are its interviewer's prompts.
    const asks = presenter
      ? isAsking(p)
      : label
        ? GENRE_CUES.questionLabel.test(label) || askers.has(label) || isOutletLabel(outlet, label) || (boldQuestions && emphasised.has(p.id))
        : (interviewPage && isBareQuestion(p)) || promptsToLabelled.has(p.id) || (boldQuestions && emphasised.has(p.id));
    if (asks) {
      questions++;
      // Only the presenter's opening sets the scene ("Azerbaijan says … . Mr X, what happened?"), up to
      // the first real answer (a guest's "Thank you, Maya." is none); a later question's premise
      // ("Armenia says it was an invasion. Who do you believe?") only prompts.
      turns[p.id] = { role: "question", label, prefix, ...(presenter && !answered ? { host: true } : {}) };
      answering = true;
      answerer = null;
      continue;
    }
    if (presenter) {
      turns[p.id] = { role: "narration", label, prefix };
      answering = false;
      answerer = null;
      continue;
    }
    // "Note: the ceasefire was already under strain …", "Earlier: Lords, 30 September": the page's own
    // note between the turns ends the answer; the next label starts the next one.
    if (!label && (GENRE_CUES.editorsNote.test(p.text) || GENRE_CUES.pageResumes.test(p.text))) {
      answering = false;
      answerer = null;
      continue;
    }
    // "Armenian MoD spokesman Aram Torosyan: He dismissed …": a label of its own the turn pattern does not read
    // (a role word in lower case) is someone else's paragraph, never the answer before it going on.
    if (!label && officialsLabel(p.text)) {
      answering = false;
      answerer = null;
      continue;
    }
    // "Powell noted that …" after the speakers' turns: the page tells what one of them said; its own reporting.
    if (!label && answering && narratesSpeaker(p.text, labels)) {
      answering = false;
      answerer = null;
      continue;
    }
    const named = label !== null && !GENRE_CUES.answerLabel.test(label);
    // A named turn before any question (a briefing's opening remarks) is an answer too.
    if (!label && !answering) continue;
    if (named) answerer = label;
    // A turn that asks is no statement: a page where anyone asks is an interview or a broadcast.
    // ("PRESIDENT KOCHARIAN:", then "CAVANAUGH:" after "AMBASSADOR CAREY CAVANAUGH:": a person in capitals, by title or by the surname a title gave.)
    const person = label !== null && (isSpeakerName(label) || GENRE_CUES.titledCapitalsLabel.test(label) || titledSurnames.has(label.toLowerCase()));
    if (label && GENRE_CUES.titledCapitalsLabel.test(label)) titledSurnames.add(label.split(/\s+/).at(-1)?.toLowerCase() ?? "");
    if (named && questions === 0 && label && person && !isAsking(p)) speakers.add(label.toLowerCase());
    answering = true;
    if (p.text.split(/\s+/).length >= ANSWER_WORDS) answered = true;
    turns[p.id] = { role: "answer", label: answerer, prefix };
  }
  const broadcast = presenterTurns >= MIN_TURNS && labels.size >= MIN_TURNS;
  return { turns, questions, broadcast, speakers };
}

/** "--- Tuesday 3 April, opening press conference ---", "=== Background ===": a short line set between rules. */
const SECTION_LINE = /^[-=*~_]{2,}\s*\S.{0,100}?\s*[-=*~_]{2,}$/;

/** Whether a paragraph tells what a speaker labelled on the page said or did: "Powell noted that …" under "… COLIN POWELL:". */
function narratesSpeaker(text: string, labels: ReadonlySet<string>): boolean {
  const name = GENRE_CUES.narratedSpeaker.exec(text.trim())?.[1]?.toLowerCase();
  if (!name) return false;
  return [...labels].some((label) => label.split(/\s+/).at(-1) === name) && !FIRST_PERSON.test(text.replace(QUOTED, ""));
}
/** A speaker's own words: "I", "we", "our". */
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My)\b/;
/** Words in quotation marks, which a narrator quotes. */
const QUOTED = /["“][^"“”]*["”]/g;

/**
 * Whether a paragraph opens with a label naming an official or a body by a role in lower case ("Armenian MoD
 * spokesman Aram Torosyan:", "Armenian government:"): capitalised words and role words only, before a colon.
 */
function officialsLabel(text: string): boolean {
  const words = /^([^:.!?"“”()]{3,70}):\s+\S/u.exec(text)?.[1]?.trim().split(/\s+/) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const fits = (w: string) => /^\p{Lu}/u.test(w) || LABEL_ROLE_WORDS.has(w) || LABEL_LINKS.has(w);
  // (A name and a body, two capitalised words at least: "Government spokesperson:" is a chamber's turn, read as one.)
  return words.length <= 8 && capitalised >= 2 && words.some((w) => LABEL_ROLE_WORDS.has(w)) && words.every(fits);
}
const LABEL_ROLE_WORDS: ReadonlySet<string> = new Set(
  ["spokesman", "spokeswoman", "spokesperson", "government", "ministry", "minister", "office", "official", "officials"].concat([
    "press",
    "service",
    "secretary",
    "adviser",
    "aide",
  ]),
);
const LABEL_LINKS: ReadonlySet<string> = new Set(["of", "the", "for", "and"]);

/** Words a turn needs to be an answer rather than a greeting ("Thank you for having me."). */
const ANSWER_WORDS = 12;

/** "THE MERIDIAN REVIEW" on The Meridian Review's page: the outlet's own name as a turn's label. */
function isOutletLabel(outlet: string | null, label: string): boolean {
  const fold = (t: string) => t.toLowerCase().replace(/^the\s+/, "");
  return outlet !== null && fold(outlet) === fold(label);
}

/**
 * A label that names a person, maybe after a role, as an official transcript prints it: "Vladimir
 * Putin", "President of Azerbaijan Ilham Aliyev". Not a place, a date or an outlet standing before a
 * summary ("Baku: …", "Zhoghovurd: …"), which a single capitalised word also is, nor a broadcast's
 * names in capitals ("BROOKE:", "MOSCOW:"), whose host and guests a broadcast tells apart otherwise.
 */
function isSpeakerName(label: string): boolean {
  return /^(?:(?:[\p{Lu}][\p{Ll}'’.-]+|of|the|for)\s+){1,7}[\p{Lu}][\p{Ll}'’-]+$/u.test(label);
}

/** "ARCHIVE (KAZIMIROV, translated):", "CLIP (Aliyev):": the speaker a clip's label names in its brackets. */
const CLIP_LABEL = /^(?:\[[^\]]*\]\s*)?(?:archive|archival|clip|soundbite|sot|voice-?over|recording)\s*\(\s*([\p{L}'’. -]{3,60}?)\s*(?:,[^()]*)?\)\s*[:：]/iu;

function clipSpeaker(prefix: string): string | null {
  return CLIP_LABEL.exec(prefix)?.[1]?.trim() ?? null;
}

/** A presenter's name in brackets after the role: "CORRESPONDENT (DANIEL OAKES):" → "daniel oakes", "oakes". */
function namesInLabel(prefix: string): string[] {
  // "CORRESPONDENT (DANIEL OAKES):", or the name first: "MARTA VOSS, REPORTER:".
  const name = (/\(([\p{L}'’. -]{3,60})\)/u.exec(prefix)?.[1] ?? /^(?:\[[^\]]*\]\s*)?([\p{L}'’. -]{3,40}),/u.exec(prefix)?.[1])?.trim().toLowerCase();
  if (!name) return [];
  const surname = name.split(/\s+/).at(-1) ?? name;
  return [name, surname];
}

const INTRODUCED_REPORTER = new RegExp(GENRE_CUES.introducedReporter.source, "gu");

/**
 * "From Baku, our correspondent Tomas Berg.", "Our Caucasus correspondent, Marta Voss, has the story":
 * a reporter the show introduces, whose label ("BERG:") is then the outlet's narration.
 */
function introducedReporters(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(INTRODUCED_REPORTER)) {
    const name = m[1]?.trim().toLowerCase();
    if (name) names.push(name, name.split(/\s+/).at(-1) ?? name);
  }
  return names;
}

/** A presenter's turn that ends by asking ("Lena, is there any sign of a ceasefire?"). */
function isAsking(p: Passage): boolean {
  return p.text.trimEnd().endsWith("?");
}

/**
 * "CWR: Minister, is the peace process alive?": of two or more labels that take turns, the one
 * whose turns are questions is the interviewer's, whatever it is called.
 */
function askingLabels(passages: readonly Passage[]): Set<string> {
  const turns = new Map<string, { all: number; asking: number }>();
  for (const p of passages) {
    const label = turnLabel(p.text)?.[1]?.trim();
    if (!label || p.heading) continue;
    const t = turns.get(label) ?? { all: 0, asking: 0 };
    t.all++;
    if (p.text.includes("?")) t.asking++;
    turns.set(label, t);
  }
  if (turns.size < 2) return new Set();
  return new Set([...turns].filter(([, t]) => t.all >= 2 && t.asking * 3 >= t.all * 2).map(([label]) => label));
}

/**
 * "## What is the community asking of the government?" over "Kayserian: Call an attack an attack …":
 * questions set as headings, each answered under a speaker's label, at least twice on the page, are
 * the interviewer's, whether or not the page calls itself an interview. (Plain question lines are
 * not enough: a news story may quote a few exchanges and go on with its own reporting.)
 */
function bareQuestionsBeforeLabels(passages: readonly Passage[]): ReadonlySet<string> {
  const prompts = new Set<string>();
  passages.forEach((p, i) => {
    const next = passages[i + 1];
    if (p.heading && next && isBareQuestion(p) && !GENRE_CUES.turnLabel.test(p.text) && GENRE_CUES.turnLabel.test(next.text)) prompts.add(p.id);
  });
  return prompts.size >= MIN_TURNS ? prompts : new Set();
}

function isBareQuestion(p: Passage): boolean {
  return p.text.length <= 400 && p.text.trimEnd().endsWith("?") && p.sentences.length <= 3;
}

/** Who answers: "an interview with Arayik Harutyunyan", "Briefing by … Maria Zakharova". */
function firstGroup(top: readonly string[], pattern: RegExp): string | null {
  for (const text of top) {
    const m = pattern.exec(text.trim());
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

/**
 * The issuing body of a press release or statement: named by a "Statement of the X" or "Press
 * release of the X" line, or, on a page marked as a press release, by the masthead or the site.
 */
function issuerOf(top: readonly string[], outlet: string | null, credits: readonly string[] = []): string | null {
  for (const text of top) {
    const named = GENRE_CUES.issuedBy.exec(text);
    const found = named?.[1] ?? named?.[2];
    const body = found ? withTitledRemit(text, found) : undefined;
    if (body && GENRE_CUES.body.test(body)) return body.trim();
    if (body && outlet && GENRE_CUES.bareRole.test(body.trim())) return outlet;
  }
  if (!top.some((t) => GENRE_CUES.releaseMarker.test(t) && !GENRE_CUES.relayedRelease.test(t))) return null;
  // ("Eds: UPDATES with U.N. Security Council statement" is a wire's note to editors, no masthead.)
  const masthead = top.find((t) => GENRE_CUES.body.test(t) && t.length <= 120 && !/[.!?]$/.test(t) && !/^eds?\b|\bupdates?\b/i.test(t));
  // ("PRESS SERVICE - INFORMATION BULLETIN" under a body credited above it: the service is that body's.)
  const office = masthead && BARE_PRESS_OFFICE.test(masthead) ? credits.find((c) => GENRE_CUES.body.test(c) && c.length <= MASTHEAD_CHARS) : undefined;
  if (office) return office;
  // ("SOURCE: Russian Ministry of Defence, daily information bulletin …": the body, without the field's label and its description.)
  if (masthead)
    return (
      masthead
        .replace(/^[\p{L} ]{2,20}:\s*/u, "")
        .split(",")[0]
        ?.trim() || masthead
    );
  return outlet && GENRE_CUES.body.test(outlet) ? outlet : null;
}

/** A press office named without its body: "PRESS SERVICE - INFORMATION BULLETIN", "Press Office". */
const BARE_PRESS_OFFICE = /^(?:the\s+)?press\s+(?:service|office)\b(?!\s+of\b)/i;

/** A body's name with the remit its title gives after "on" ("State Committee on Work with Diaspora of …"). */
function withTitledRemit(text: string, body: string): string {
  const rest = text.slice(text.lastIndexOf(body) + body.length);
  return GENRE_CUES.titledRemit.test(rest) ? `${body}${rest}` : body;
}

/**
 * "INFORMATION OF THE MINISTRY OF DEFENCE" under "Source: Ministry of Defence of the Republic of
 * Azerbaijan, …": the credited body's full name says whose ministry issued it. So does a line at the
 * top of the page that carries on where the issuer's name ends: "Commentary of the Press Service of
 * the Ministry of Foreign Affairs on …" over "Ministry of Foreign Affairs of the Republic of
 * Azerbaijan" is the press service of Azerbaijan's ministry.
 */
function fullerName(issuer: string | null, credits: readonly string[], top: readonly string[] = []): string | null {
  if (!issuer) return null;
  const short = issuer.toLowerCase();
  const credited = credits.find((c) => c.length > issuer.length && c.toLowerCase().startsWith(short));
  if (credited) return credited;
  // The tails of the issuer's name from each of its words on, longest first.
  const starts = [0, ...[...short.matchAll(/ /g)].map((m) => m.index + 1)].filter((k) => issuer.length - k >= MIN_NAME_OVERLAP);
  for (const line of top) {
    if (line.length > MASTHEAD_CHARS || /[.!?]$/.test(line) || !GENRE_CUES.body.test(line)) continue;
    const low = line.toLowerCase();
    // The longest tail that the line opens with and carries on with "of …".
    const k = starts.find((k) => low.startsWith(short.slice(k)) && /^\s+of\s+\S/.test(line.slice(issuer.length - k)));
    if (k !== undefined) return `${issuer.slice(0, k)}${line}`;
  }
  return issuer;
}

/** How long a line naming a body at the top of a page may be. */
const MASTHEAD_CHARS = 120;
/** How many characters of the issuer's name a fuller line must repeat: "Ministry of Defence". */
const MIN_NAME_OVERLAP = 10;

/** How far into a page a resolution's body line may stand, after its heading, number, title and a note. */
const RESOLUTION_REACH = 12;
/** A recital must follow the body line within this many paragraphs. */
const RECITAL_REACH = 3;

/**
 * The body adopting a resolution, as its line alone names it ("The European Parliament,") when a
 * recital follows ("- having regard to …", "A. whereas …", "Recalling …"): "The European Parliament".
 */
function resolutionBody(passages: readonly Passage[]): string | null {
  const head = passages.slice(0, RESOLUTION_REACH);
  for (const [i, p] of head.entries()) {
    const body = GENRE_CUES.resolutionOpening.test(p.text.trim()) ? p.text.trim().slice(0, -1) : null;
    if (body && passages.slice(i + 1, i + 1 + RECITAL_REACH).some((q) => GENRE_CUES.recital.test(q.text.trim()))) return body;
  }
  return null;
}

/** How far into a page its note that it only summarises a document may stand. */
const SUMMARY_NOTE_REACH = 12;

/** How far into a page an open letter may begin, after an outlet's lead-in, its addressees and its date. */
const LETTER_REACH = 10;

/** An open letter's signatories as its first words name them: "We, the undersigned scholars …," → "the undersigned scholars …". */
function letterSigners(passages: readonly Passage[]): string | null {
  for (const p of passages.slice(0, LETTER_REACH)) {
    const signers = GENRE_CUES.letterOpening.exec(p.text.trim())?.[1];
    if (signers) return signers;
  }
  return null;
}

/** How far from a page's end an op-ed's closing line on its author, or a letter's sign-off, may stand (site furniture may follow). */
const AUTHOR_LINE_REACH = 6;

/**
 * The office of state whose holder wrote the piece, as its closing lines say: "Zohrab Mnatsakanyan
 * is the Minister of Foreign Affairs of the Republic of Armenia." under an op-ed, or a letter's
 * sign-off "Tahir Taghizade, Ambassador of the Republic of Azerbaijan to the United Kingdom"
 * ("Zohrab Mnatsakanyan, the Minister of …"). Whether the office is a side's is the attribution's to say.
 */
function officialAuthor(passages: readonly Passage[]): { issuer: string; at: string } | null {
  const start = Math.max(0, passages.length - AUTHOR_LINE_REACH);
  const line = (p: Passage | undefined) => (p ? p.text.trim().replace(/\s*\n\s*/g, " ") : "");
  for (let i = passages.length - 1; i >= start; i--) {
    const text = line(passages[i]);
    const bio = GENRE_CUES.authorBio.exec(text) ?? GENRE_CUES.signOff.exec(text);
    if (bio?.[2]) return { issuer: authorAndOffice(bio[1], bio[2]), at: passages[i]?.id ?? "" };
    // A sign-off set on two lines, the name above the office.
    const name = line(passages[i - 1]);
    const signed = i > start && NAME_LINE.test(name) ? GENRE_CUES.signOff.exec(`${name}, ${text}`) : null;
    if (signed?.[1] && signed[2]) return { issuer: authorAndOffice(signed[1], signed[2]), at: passages[i - 1]?.id ?? "" };
  }
  return null;
}

/** "Zohrab Mnatsakanyan, the Minister of Foreign Affairs of …": the author's name (when the line gives it) and office. */
function authorAndOffice(name: string | undefined, office: string): string {
  return name ? `${name}, ${office.trim()}` : office.trim();
}

/**
 * The author's note a page set apart from its text (an HTML page's bio box): the office of state it
 * names, as a closing line would. No passage is its line, so the piece runs to its end.
 */
function notedAuthor(note: string | null | undefined): { issuer: string; at: string } | null {
  const bio = note ? GENRE_CUES.authorBio.exec(note.trim()) : null;
  return bio?.[2] ? { issuer: authorAndOffice(bio[1], bio[2]), at: "" } : null;
}

/** A line that is only a person's name: "Tahir Taghizade". */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/** How many numbered paragraphs must open with the assembly for the page to be its resolution. */
const MIN_RESOLUTION_PARAGRAPHS = 2;

/**
 * "1. The Parliamentary Assembly regrets …", "3. The Assembly recalls …": an assembly's resolution in
 * numbered paragraphs, its explanatory memorandum and the governments' positions it relays included.
 * The body as its fullest opening names it.
 */
function numberedResolutionBody(passages: readonly Passage[]): string | null {
  const bodies = passages.map((p) => GENRE_CUES.numberedResolution.exec(p.text.trim())?.[1]).filter((b): b is string => b !== undefined);
  if (bodies.length < MIN_RESOLUTION_PARAGRAPHS) return null;
  const fullest = bodies.reduce((a, b) => (b.length > a.length ? b : a));
  return `the ${fullest}`;
}

/**
 * "Summary of the Order of 7 December 2021" on a court's page: the court summarises both parties'
 * arguments in its own voice. The court the page's head or its outlet names, else "the Court".
 */
function summarisingCourt(top: readonly string[], outlet: string | null): string | null {
  if (!top.some((t) => GENRE_CUES.courtSummary.test(t.trim()))) return null;
  const court = [outlet ?? "", ...top].map((t) => t.trim()).find((t) => COURT_NAME.test(t) && t.length <= COURT_NAME_CHARS);
  return court ?? "the Court";
}

const COURT_NAME = /\b(?:court|tribunal)\b/i;
const COURT_NAME_CHARS = 80;
/** How far into a page an act's heading may stand, after an archive's title lines and its note. */
const ACT_REACH = 12;

/**
 * "JOINT SESSION OF THE … COUNCILS OF PEOPLE'S DEPUTIES" over "DECLARATION": the act is that body's
 * from its heading on; a note the page printed before it is the page's own.
 */
function actUnderHeading(passages: readonly Passage[]): { issuer: string; from: string } | null {
  const head = passages.slice(0, ACT_REACH);
  for (const [i, p] of head.entries()) {
    const next = passages[i + 1]?.text.trim() ?? "";
    if (GENRE_CUES.actWord.test(next) && GENRE_CUES.actBody.test(p.text.trim())) return { issuer: p.text.trim().split(",")[0] ?? p.text.trim(), from: p.id };
  }
  return null;
}
