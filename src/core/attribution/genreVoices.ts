// The voices a sentence has once its article's genre is taken into account: a press release's
// sentences are all its issuer's; an interview's or a briefing's questions are nobody's claims and
// its answers are the answerer's; a fact-check's verdict is the outlet's own; a live blog's entries
// start with no earlier speakers to point back to. Other articles keep the sentence's own voices.
import type { ArticleStructure, ClaimSide, Passage, ParsedArticle, Side, Turn } from "../types.ts";
import { isBelligerent, isMediator, UNCLEAR } from "../sides/sides.ts";
import { attributeSentence, type Voice } from "./attributeSentence.ts";
import { claimKind } from "./claimKind.ts";
import { emptyDiscourse, remember, type Discourse } from "./discourse.ts";
import { resolveSpeakerPhrase, type DocumentSpeaker } from "./documentSpeaker.ts";
import { describedDocument } from "./describedDocument.ts";
import type { Gazetteer, Match } from "./gazetteer.ts";
import { GENRE_CUES } from "../ingest/genreCues.ts";
import { broadcastSource } from "./broadcastSource.ts";
import { findMentions } from "./mentions.ts";
import { tokenize, type Token } from "./tokens.ts";
import { pressReviewOf } from "./pressReview.ts";
import { callsAsOwnBody, opensWithOwnShortName, outletAsIssuer, ownShortName, ownVoiceBody, speaksAsWe } from "./ownPage.ts";
import { introducedGuest, introducedOfficial, introducedReporter, introducedSpeaker, listedMediator } from "./introduced.ts";

export interface GenreVoices {
  /** Called before a passage's sentences are read. */
  enterPassage(passage: Passage): void;
  /** The voices of a sentence of the passage, given those the sentence itself has. */
  voicesOf(passage: Passage, sentence: string, own: Voice[]): Voice[];
  /**
   * The sentence as attribution should read it: a turn's label ("CORRESPONDENT: ", "[00:03:04]
   * MIRZAYEV: ") blanked out, so that it is not taken for the subject; blanks keep every offset.
   */
  readable(passage: Passage, sentence: string): string;
}

/** Fewer words than this ("Thank you.", "1.") carry no claim even in a statement. */
const MIN_STATEMENT_WORDS = 3;

export function genreVoices(article: ParsedArticle, state: Discourse, gazetteer: Gazetteer): GenreVoices {
  const { structure } = article;
  const entries = new Set(structure.entries);
  // The page's own home (its outlet's state), which each item of a feed falls back to.
  const pageHome = state.home;
  const pageLocalHome = state.localHome;
  const pageOfficeHome = state.officeHome;
  // A meeting's coverage names no issuer for its delegations' words; it is checked only where there is one.
  const issuing = structure.issuer ? issuerOf(structure.issuer, article.meta.outlet, state, gazetteer) : outletAsIssuer(article, gazetteer);
  // (A travel advisory about the region is a third state's: a ministry the gazetteer cannot place is still no side's.)
  const named = issuing && structure.advisory && issuing.sides[0] === UNCLEAR ? { sides: ["other" as const], speaker: issuing.speaker } : issuing;
  // An author whose office is no side's (a former minister, an office the gazetteer cannot place) writes as anyone quoted would.
  const authorSpeaks = structure.authorLine === undefined || named?.sides.every((s) => s !== UNCLEAR && s !== "other");
  const issuer = named && authorSpeaks && !isMeetingCoverage(article, gazetteer) ? named : null;
  // A rights or research body's own report: where no one else speaks, its "we" is the body's.
  const ownBody = issuer || structure.interviewee ? null : ownVoiceBody(article, gazetteer);
  // "The Cell urges all partners …" on the Cell's own page: the body of no side that publishes it, by its short name.
  const shortName = issuer || structure.interviewee ? null : ownShortName(article, gazetteer);
  const answerers = new Map<string, DocumentSpeaker>();
  // Whom the page is about: the interviewee or briefer it names, else the first official its head
  // names ("Armenia's foreign minister on the Karabakh talks").
  const subject = (): DocumentSpeaker | null => {
    const named = structure.interviewee ? resolveSpeakerPhrase(structure.interviewee, state, gazetteer) : null;
    if (named && named.sides[0] !== UNCLEAR) return named;
    const head = [article.meta.title ?? "", ...article.passages.slice(0, 3).map((p) => p.text)].join(". ");
    const official = resolveSpeakerPhrase(officialPhrase(head), state, gazetteer);
    return official.sides[0] !== UNCLEAR ? official : named;
  };
  // Where a show introduces its speakers: its cast list, then every paragraph that is nobody's answer.
  const introductions = () => [
    ...(structure.guests ?? []),
    ...article.passages.filter((p) => structure.turns[p.id]?.role !== "answer").map((p) => p.text.slice(structure.turns[p.id]?.prefix ?? 0)),
  ];
  const head = () => [...(structure.pageHead ?? []), article.meta.title ?? "", ...article.passages.slice(0, 3).map((p) => p.text)];
  // A chaired sitting: the party the chair says is being heard, and the side of whoever it gives the floor to.
  const sitting = structure.proceedings
    ? createSitting(state, gazetteer, (label) => introducedOfficial(label, article, gazetteer), gazetteer.chamberOf(head()))
    : null;
  const answerer = (label: string | null): DocumentSpeaker => {
    const key = label ?? "";
    const cached = answerers.get(key);
    if (cached) return cached;
    if (sitting && label) {
      const resolved = sitting.speakerFor(label);
      answerers.set(key, resolved);
      return resolved;
    }
    // A label the gazetteer knows speaks for its own side; one it does not ("Oskanian", "MR.
    // CAVANAUGH") speaks for the page's interviewee or briefer, when the page names one.
    const own = label ? resolveSpeakerPhrase(label, state, gazetteer) : null;
    // A guest the show's cast list or its presenter introduces with a side ("X of the Azerbaijani foreign ministry").
    // The page's own introduction outranks what a bare surname would be taken for: "BALAYAN" of
    // "Major Arthur Balayan, deputy press officer of the Karabakh Defence Army" is not the gazetteer's
    // Armenian spokesman of the same name, and an unknown surname would take whoever spoke last.
    // (A mediator the gazetteer knows speaks for the mediation, whatever state the page says sent him.)
    // So does each member of a mediating body the page is the briefing of ("Briefing by the Three Co-Chairs").
    // (One the page lists under the mediators, "The co-chairs, Ambassador X of France, …", is the mediation's.)
    const listed = label ? listedMediator(label, introductions(), gazetteer) : null;
    if (listed) {
      answerers.set(key, listed);
      return listed;
    }
    const mediates = (who: DocumentSpeaker | null) => who !== null && who.sides.length > 0 && who.sides.every((s) => s !== UNCLEAR && isMediator(s));
    const mediator = mediates(own) || (!structure.statements && mediates(subject()));
    const shown = label && !mediator ? introducedSpeaker(label, introductions(), head(), gazetteer) : null;
    if (shown) {
      answerers.set(key, shown);
      return shown;
    }
    // A guest the page introduces by name and role ("…, and Jonathan Reiss, who spent eleven years
    // as a diplomat") is not the official the page is about.
    const guest = own && own.sides[0] === UNCLEAR && label ? introducedGuest(label, article, gazetteer) : null;
    if (guest) {
      answerers.set(key, guest);
      return guest;
    }
    // ("Comments by the ministry's spokesperson" over his answers to journalists: the issuer answers.)
    const page = (own && own.sides[0] !== UNCLEAR) || structure.statements ? null : ((issuer && !label ? issuer : null) ?? subject());
    const fallback = own ?? { sides: [UNCLEAR], speaker: UNKNOWN_INTERVIEWEE };
    const resolved = page ? { ...page, speaker: label ?? page.speaker } : own && own.sides[0] !== UNCLEAR ? own : fallback;
    // The same answerer again later: resolved once, so the answers stay with one side.
    answerers.set(key, resolved);
    return resolved;
  };
  const reporters = new Map<string, boolean>();
  const reporting = (who: DocumentSpeaker): boolean => {
    const known = reporters.get(who.speaker);
    if (known !== undefined) return known;
    const found = who.sides.every((s) => s === "other" || s === UNCLEAR) && introducedReporter(who.speaker, head(), gazetteer);
    reporters.set(who.speaker, found);
    return found;
  };
  // "Q: … A: …" with no name on the answers: the outlet's own questions and answers, or an interview it never
  // says whose. (A stray label, a related link's "Explainer: …" read as a turn, does not name an answerer.)
  let bare: boolean | undefined;
  const bareQuestionsAndAnswers = (): boolean => {
    if (bare !== undefined) return bare;
    const answers = article.passages.filter((p) => structure.turns[p.id]?.role === "answer");
    const marked = answers.filter((p) => BARE_ANSWER_MARK.test(p.text)).length;
    const named = answers.filter((p) => structure.turns[p.id]?.label !== null).length;
    bare = marked >= 2 && named * 3 <= marked;
    return bare;
  };
  // A spokesperson's briefing (a transcript with no show's guests and no chaired sitting): its
  // answers run through the day's other business ("The remarks will be streamed live").
  const briefing = article.meta.genre === "transcript" && !structure.guests && !structure.proceedings && isBriefing(structure.turns);
  // A statement published inside a page of the outlet's own: the lead-in before the issuing line and
  // what follows the statement's end ("* * *", "Background:") are the page's, read as news.
  const issuedPassages = issuer && structure.issuer ? issuedSpan(article.passages, structure, new Set(structure.ruled ?? [])) : null;
  const issued = (passage: Passage) => issuedPassages === null || issuedPassages.has(passage.id);
  // A post quoted under a label that only names its author ("Ministry of Defence of Armenia
  // (Telegram), 13.09.22 00:52"): the paragraph right under the label is the author's.
  let poster: DocumentSpeaker | null = null;
  const review = pressReviewOf(article, (text) => headingPlace(text, gazetteer) ?? labelSide(text, gazetteer));
  let label: string | null = null;
  let underLabel = false;
  // The body whose release a digest prints under a heading naming it ("ICRC NEWS RELEASE 95/16").
  let sectionIssuer: DocumentSpeaker | null = null;
  let releaseTitled = false;
  // Whether the page is in a section headed by a capital's or a state's name alone.
  let placeSection = false;
  const ruledAbove = new Set(structure.ruled ?? []);
  // A text the page prints in quotation marks over several paragraphs after announcing it ("We
  // publish its main part below."): the quoted paragraphs are the words of whoever last spoke.
  const published = publishedText(state, (heading) => speechAuthor(heading, article.meta.title, gazetteer));
  const voices: GenreVoices = {
    enterPassage(passage) {
      state.paragraphNo++;
      review?.enter(passage);
      published.enter(passage);
      // "ICRC NEWS RELEASE 95/16" over a digest's section: the release under it is that body's, up to the next heading.
      // (The release's own headline, the heading right under it, keeps it going.)
      // "Moscow", "Tehran" over a list of reactions by capital: the section's officials are that state's,
      // up to the next heading ("the foreign ministry" under "Tehran" is Iran's, whoever spoke before).
      if (passage.heading) {
        const place = headingPlace(passage.text, gazetteer);
        if (place || placeSection) {
          state.home = place ?? pageHome;
          state.localHome = place ?? pageLocalHome;
          state.officeHome = place ?? pageOfficeHome;
          state.pronounsFrom = state.sentenceNo;
          state.titlesFrom = state.sentenceNo;
        }
        placeSection = place !== null;
      }
      if (passage.heading) {
        const release = releaseHeading(passage.text, state, gazetteer);
        sectionIssuer = release ?? (sectionIssuer && !releaseTitled ? sectionIssuer : null);
        releaseTitled = release === null;
      } else if (ruledAbove.has(passage.id)) sectionIssuer = null;
      else releaseTitled = true;
      const turn = structure.turns[passage.id];
      if (sitting && turn?.role === "narration") sitting.chairSays(passage.text);
      // A counsel's first paragraph may say whom they stand for: "on behalf of the Republic of Armenia".
      if (sitting && turn?.role === "answer" && turn.label && !answerers.has(turn.label)) sitting.speakerSays(turn.label, passage.text);
      // A monitoring item's source line: a new item, whose unqualified officials are the broadcaster's state's.
      const broadcaster = broadcastSource(passage.text);
      if (broadcaster) {
        state.home = broadcasterSide(broadcaster, article.meta.published, gazetteer);
        state.localHome = state.home;
        state.officeHome = state.home;
        state.pronounsFrom = state.sentenceNo;
        state.titlesFrom = state.sentenceNo;
        poster = null;
        label = passage.id;
        return;
      }
      // A feed's item starts afresh: "the ministry" of a Yerevan item is not the Baku item's before it.
      const item = structure.items?.[passage.id];
      if (item !== undefined) {
        state.home = pageHome ?? (item.filedFrom ? capitalSide(item.filedFrom, gazetteer) : null);
        // (Its officials are the place's only in a belligerent's town: a Moscow dateline's minister is as
        // often a visiting delegation's.)
        const filed = item.filedFrom ? capitalSide(item.filedFrom, gazetteer) : null;
        const local = filed && isBelligerent(filed) ? filed : null;
        state.localHome = pageLocalHome ?? local;
        state.officeHome = pageOfficeHome ?? local;
        state.pronounsFrom = state.sentenceNo;
        state.titlesFrom = state.sentenceNo;
      }
      // A live-blog entry starts afresh for pronouns; a title ("the ombudsman") may still reach back.
      if (entries.has(passage.id)) state.pronounsFrom = state.sentenceNo;
      // A label is a heading, or a line that does not end like a sentence.
      const author = passage.heading || !/[.!?…"”]$/.test(passage.text.trim()) ? posterOf(passage.text, state, gazetteer) : null;
      if (author || passage.heading) {
        poster = author;
        label = author ? passage.id : null;
        underLabel = false;
      } else {
        // Only the one paragraph under the label: what follows is the page's own text again.
        if (underLabel) poster = null;
        underLabel = poster !== null;
      }
    },
    voicesOf(passage, sentence, own) {
      if (passage.id === label || isProductionNote(sentence)) return [];
      const author = published.author(passage);
      if (author && !issuer && !structure.turns[passage.id])
        return isStatement(sentence) && isProse(sentence) && !isExpressive(sentence) ? [wholeSentence(author, sentence, own)] : [];
      if (poster && !passage.heading && !issuer && !structure.turns[passage.id])
        return isStatement(sentence) && isProse(sentence) && !isExpressive(sentence) ? [wholeSentence(poster, sentence, own)] : [];
      const turn = structure.turns[passage.id];
      // A presenter's report before asking keeps its speakers: "Azerbaijan says … . Mr X, what happened?"
      if (turn?.role === "question") {
        if (isDirectQuestion(sentence)) return [];
        // ("CALLER (GRACE): I just hope someone gets a ceasefire that holds.": a listener phoning in speaks for
        // no party; only what she relays of one, named in her words, is a claim, that party's. Her "he says"
        // is someone of her own, not a speaker of the programme's.)
        if (!turn.host && turn.label !== null && PUBLIC_VOICE.test(turn.label)) return own.filter((v) => sentence.includes(v.speaker));
        return turn.host ? own : [];
      }
      // The verdict is the outlet's own reporting: no document speaker, but "Human Rights Watch said …"
      // inside it is still the group's claim.
      if (turn?.role === "verdict") return own;
      if (turn?.role === "narration") return own;
      // A question put in a speech ("Will the Minister raise these concerns?") claims nothing.
      if (turn?.role === "answer") {
        // What the turn says, without its label ("NATO Secretary General Jens Stoltenberg: Welcome …").
        const prefix = turn.prefix ?? 0;
        const said = prefix > 0 && sentence.startsWith(passage.text.slice(0, prefix)) ? sentence.slice(prefix) : sentence;
        if (!isStatement(sentence) || isCourtesy(said) || isDirectQuestion(sentence) || isExpressive(said) || (briefing && BRIEFING_BUSINESS.test(said)))
          return [];
        const who = answerer(turn.label);
        // "Q: Who is Ramil Safarov? A: Safarov is an Azerbaijani officer. … Sargsyan said …": unlabelled answers on a
        // page that names no one answering are the outlet's own explainer, read as news, unless they speak as "I" or "we".
        if (turn.label === null && who.speaker === UNKNOWN_INTERVIEWEE && bareQuestionsAndAnswers() && !speaksInFirstPerson(said)) return own;
        // A newsroom's own editor or correspondent as the guest reports: "Trump said …" in her answer is
        // Trump's, and her own telling of events is the outlet's reporting, unless she speaks as "I" or "we".
        if (reporting(who) && !speaksInFirstPerson(said)) return own;
        // The one who answered is the latest speaker: the presenter's "The head of state said …"
        // after the president's answers is him, not a leader he named.
        if (!who.sides.includes(UNCLEAR)) remember(state, { sides: who.sides, speaker: who.speaker, type: "person", plural: false, spoke: true });
        return [wholeSentence(who, sentence, own)];
      }
      if (turn?.role === "checked") {
        // The source line in brackets after the quote is not part of the claim.
        if (/^\(.*\)\.?$/.test(sentence.trim())) return [];
        const author = checkedAuthor(passage, state, gazetteer);
        if (author) return [wholeSentence(author, sentence, own)];
        // "CLAIM: A post shared 40,000 times says …": a viral post nobody official made is a third party's.
        const said = sentence.slice(turn.prefix ?? 0).replace(/^\s*(?:claim|the claim)\s*:\s*/i, "");
        return own.every((v) => v.sides.includes(UNCLEAR)) && VIRAL_POST.test(said)
          ? [wholeSentence({ sides: ["other"], speaker: said.split(/\s+/).slice(0, 2).join(" ") }, sentence, own)]
          : own;
      }
      const documentIssuer = issuer && issuer.sides[0] !== UNCLEAR && issued(passage) ? issuer : sectionIssuer;
      // ("[2] Human Rights Watch, "Armenia: Cluster Munitions …," October 30, 2020.": a footnote cites a
      // source; it says nothing the document claims.)
      if (documentIssuer && FOOTNOTE.test(passage.text)) return [];
      // (A travel advisory's own advice, "Do not travel within 5 km of the border", claims nothing: only what it
      // relays of others is a claim, the advising state's.)
      // (Its own toll, "The fighting killed more than 170 soldiers", is still the advising state's figure.)
      if (documentIssuer && structure.advisory && own.length === 0 && !STATED_TOLL.test(sentence)) return [];
      // (Nor does a third party's own statement or petition, "The humanitarian facts are not seriously in
      // dispute.": a union, a parish or a group of citizens speaks for no side, and only what it relays of
      // the parties is a claim, the body's.)
      // (A rights group's or an open letter's scholars' own findings are still theirs: only a community's. Its
      // resolution's operative clause, "(a) calls for the order's implementation", and a toll it gives stay its claims.)
      if (
        documentIssuer &&
        own.length === 0 &&
        documentIssuer.sides.every((s) => s === "other") &&
        COMMUNITY_BODY.test(documentIssuer.speaker) &&
        !STATED_TOLL.test(sentence) &&
        !OPERATIVE_CLAUSE.test(sentence.trim())
      )
        return [];
      if (documentIssuer && !passage.heading) {
        // ("BULLETIN TEXT (translated)": the document's own label, not its words.)
        return isStatement(sentence) &&
          isProse(sentence, own.length > 0) &&
          !isExpressive(sentence) &&
          !isInstruction(sentence) &&
          !isDirectQuestion(sentence) &&
          // ("Thank you for coming at such short notice.", "I am ready to answer your questions.": a speech's
          // courtesies to the room claim nothing.)
          !HOUSEKEEPING.test(sentence) &&
          !FILING_NOTICE.test(sentence.trim()) &&
          !GENRE_CUES.resolutionProcedure.test(sentence.trim()) &&
          !GENRE_CUES.releaseMarker.test(sentence.trim()) &&
          !isIssuingLine(sentence)
          ? [wholeSentence(unsettledRelay(structure, documentIssuer, own) ?? documentIssuer, sentence, own)]
          : [];
      }
      if (shortName && !passage.heading && opensWithOwnShortName(sentence, shortName)) {
        const mine = (v: Voice) => new RegExp(String.raw`^(?:the\s+)?${shortName}$`, "i").test(v.speaker);
        const body = { sides: ["other" as const], speaker: article.meta.outlet ?? shortName };
        if (own.some(mine)) return own.map((v) => (mine(v) ? wholeSentence(body, sentence, [v]) : v));
        if (own.length === 0 && callsAsOwnBody(sentence, shortName)) return [wholeSentence(body, sentence, own)];
      }
      const paper = review && !passage.heading ? review.paperOf(sentence, own) : null;
      if (paper) return [wholeSentence(paper, sentence, own)];
      if (ownBody && own.length === 0 && !passage.heading && isStatement(sentence) && isProse(sentence) && speaksAsWe(sentence))
        return [wholeSentence(ownBody, sentence, own)];
      return own;
    },
    readable(passage, sentence) {
      const prefix = structure.turns[passage.id]?.prefix ?? 0;
      if (prefix === 0 || !sentence.startsWith(passage.text.slice(0, prefix))) return sentence;
      return " ".repeat(prefix) + sentence.slice(prefix);
    },
  };
  const described = withDescribedDocuments(voices, state, gazetteer);
  return structure.participants ? withParticipants(described, structure.participants, state, gazetteer) : described;
}

/**
 * A memorandum of conversation's speakers speak for the delegation its participants list puts them in:
 * "The President" of a White House memcon is the US president, though the page's other president, the
 * guest, is the one its title and the discourse name last.
 */
function withParticipants(voices: GenreVoices, participants: Readonly<Record<string, string>>, state: Discourse, gazetteer: Gazetteer): GenreVoices {
  const sides = new Map<string, DocumentSpeaker>();
  for (const [name, party] of Object.entries(participants)) {
    // ("U.S." alone reads as no name; "the U.S. delegation" does.)
    const delegation = resolveSpeakerPhrase(`the ${party} delegation`, state, gazetteer);
    if (delegation.sides.length === 1 && delegation.sides[0] !== UNCLEAR) sides.set(participantKey(name), delegation);
  }
  const listed = (speaker: string) => sides.get(participantKey(speaker));
  return {
    ...voices,
    voicesOf(passage, sentence, own) {
      return voices.voicesOf(passage, sentence, own).map((v) => {
        const delegation = listed(v.speaker);
        return delegation ? { ...v, sides: delegation.sides } : v;
      });
    },
  };
}

/**
 * Under a catalogue's entry on one document ("Cable, U.S. Embassy Moscow to Secretary of State, 24 September
 * 1991. Reports that … The embassy reported that …"), up to the next heading: a sentence that opens on the
 * document's own verb ("Reports that …") is its writer's, and a speaker left unplaced whom the entry names
 * ("the embassy", "Bush" of "President Bush and Prime Minister Demirel") takes the side the entry gives them.
 */
function withDescribedDocuments(voices: GenreVoices, state: Discourse, gazetteer: Gazetteer): GenreVoices {
  let parties: DocumentSpeaker[] = [];
  const named = (speaker: string) => {
    const words = speaker.toLowerCase().match(/[\p{L}-]{3,}/gu) ?? [];
    const last = words.at(-1);
    return last
      ? parties.find((p) =>
          p.speaker
            .toLowerCase()
            .match(/[\p{L}-]{3,}/gu)
            ?.includes(last),
        )
      : undefined;
  };
  return {
    ...voices,
    enterPassage(passage) {
      voices.enterPassage(passage);
      const entry = passage.heading ? null : describedDocument(passage.text);
      if (passage.heading) parties = [];
      else if (entry)
        parties = entry.parties.map((phrase) => resolveSpeakerPhrase(phrase, state, gazetteer)).filter((p) => p.sides.length > 0 && !p.sides.includes(UNCLEAR));
    },
    voicesOf(passage, sentence, own) {
      const read = voices.voicesOf(passage, sentence, own);
      if (parties.length === 0) return read;
      const [writer] = parties;
      if (read.length === 0 && writer && DOCUMENT_VERB.test(sentence.trim()) && isStatement(sentence)) return [wholeSentence(writer, sentence, own)];
      return read.map((v) => {
        const party = v.sides.every((s) => s === UNCLEAR) ? named(v.speaker) : undefined;
        return party ? { ...v, sides: party.sides } : v;
      });
    },
  };
}

/** A catalogue's sentence on what its document does, its subject left out: "Reports that …", "Warns of …". */
const DOCUMENT_VERB = /^(?:reports|says|states|notes|describes|records|argues|warns|asks|requests|proposes|urges|protests|confirms|denies|claims)\b/i;

/** "The President" and "the President" as one key. */
function participantKey(name: string): string {
  return name
    .trim()
    .replace(/^the\s+/i, "")
    .toLowerCase();
}

/** A sentence that gives a toll: a number and a word of killing or wounding. */
const STATED_TOLL = /\b\d[\d,.]*\b[^.!?]*\b(?:killed|dead|died|deaths|wounded|injured|casualties)\b|\b(?:killed|wounded|injured)\b[^.!?]*\b\d[\d,.]*\b/i;

/** "STATEMENT OF THE PROSECUTOR GENERAL'S OFFICE": the line naming the document, not a word of it ("… addressed the nation" is). */
function isIssuingLine(sentence: string): boolean {
  const line = sentence.trim();
  return GENRE_CUES.issuedBy.test(line) && !/\baddressed\b/i.test(line);
}

/** A line that closes a document published in full: a separator, a wire's end mark, an editor's addition. */
const DOCUMENT_END =
  /^(?:\*?(?:signed|signatories)\b|[*\s]{3,}|[-–—_=\s]{3,}|#{3}|-?30-?|ends?\.?|\(ends?\)|editor'?s\s+note\b|note to editors\b|tags\s*:|related\s*:)/i;
/** Lines that close a document: the marks above, "END OF STATEMENT", the page resuming, an annex that transmits another text. */
// ("Sincerely," or "Thank you." closes a letter or a speech printed whole: its signature and the page's notes follow.)
const DOCUMENT_ENDS: readonly RegExp[] = [DOCUMENT_END, GENRE_CUES.documentEnds, GENRE_CUES.pageResumes, GENRE_CUES.annexLine, GENRE_CUES.letterClosing];

/** "ICRC NEWS RELEASE 95/16", "Press release of the Ministry of Defence": a heading naming a release and its body. */
function releaseHeading(text: string, state: Discourse, gazetteer: Gazetteer): DocumentSpeaker | null {
  if (!GENRE_CUES.releaseMarker.test(text) || (!GENRE_CUES.body.test(text) && !/\b(?:ICRC|UNHCR|OCHA|OSCE|EUMA|UN)\b/.test(text))) return null;
  const named = resolveSpeakerPhrase(text.replace(/\b(?:press|news)[- ]releases?\b.*$/i, ""), state, gazetteer);
  return named.sides.includes(UNCLEAR) ? null : named;
}

/** The notes of whoever reproduces a document, after it: an archive's, a translator's, an editor's. */
const REPRODUCER_NOTE =
  /^(?:archive|archivist'?s?|translator'?s?|translation|editor'?s?|compiler'?s?)\s+notes?\b|\(not part of the (?:bulletin|document|statement|report|text|release)\)/i;

/**
 * A heading that opens the reproducing page's own section: "Context from the bulletin desk", "Our comment",
 * "Editors' note". (A bare "Background" may be the document's own section: an ICRC release has one.)
 */
const PAGE_OWN_HEADING =
  /^(?:(?:context|background|notes?|comment)\s+(?:from|by)\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}(?:desk|editors?|newsroom)|(?:from|by)\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}desk|our\s+(?:comment|note|notes|context)|(?:the\s+)?editors['’]?\s+(?:comment|note|notes)|desk\s+notes?)[\s:.]*$/iu;

/** A lead-in that announces a text printed after it: "We publish its main part below.", "The statement reads:". */
const ANNOUNCES_TEXT = /(?:\b(?:below|follows|following)\b[^.!?]{0,20}[.:]|\b(?:reads?|said|says|stated|states|declared|wrote)\s*:|:)\s*$/i;
const OPENING_QUOTE = /^["“«]/;
const QUOTE_MARK = /["“”«»]/g;

/**
 * The paragraphs of a text quoted over several paragraphs: it opens with a quotation mark that
 * the paragraph does not close, right after a paragraph that announces it, and runs until a
 * paragraph closes the quotation. Its author is the speaker the text last named.
 */
function publishedText(state: Discourse, speechBy: (heading: string) => DocumentSpeaker | null) {
  let previous: Passage | null = null;
  let author: DocumentSpeaker | null = null;
  // The author of the document a heading prints under it, up to the next heading.
  let section: DocumentSpeaker | null = null;
  const authors = new Map<string, DocumentSpeaker>();
  return {
    enter(passage: Passage): void {
      const text = passage.text.trim();
      const unclosed = (text.match(QUOTE_MARK) ?? []).length % 2 === 1;
      if (passage.heading) section = previous && !previous.heading ? documentSectionAuthor(text, previous.text, state) : null;
      else if (section) authors.set(passage.id, section);
      if (author) {
        authors.set(passage.id, author);
        // A paragraph of the run may open with a quotation mark of its own, which opens no new quotation
        // (news copy re-opens the quote at each paragraph and closes it at the last); past it, an odd
        // number of marks closes the quotation.
        const marks = (text.match(QUOTE_MARK) ?? []).length - (OPENING_QUOTE.test(text) ? 1 : 0);
        if (marks % 2 === 1) author = null;
      } else if (
        !passage.heading &&
        OPENING_QUOTE.test(text) &&
        !unclosed &&
        previous &&
        WHOLLY_QUOTED.test(text) &&
        REMARKS_ANNOUNCED.test(previous.text.trim())
      ) {
        // 'Nadia plays the remarks that Hikmet Hajiyev, the president's aide, made to reporters:' over one
        // quoted paragraph: the words of the person the lead-in names, else of whoever spoke last.
        const quoted = namedInLeadIn(state) ?? lastSpeaker(state);
        if (quoted) authors.set(passage.id, quoted);
      } else if (!passage.heading && OPENING_QUOTE.test(text) && unclosed && previous) {
        const lead = previous.text.trim();
        // "SPEECH (excerpts, from the official transcript)" over quoted paragraphs: the speech of the one
        // the heading or the article's title names (never a guess from the last speaker: he may only have
        // introduced the speech).
        author = ANNOUNCES_TEXT.test(lead) ? lastSpeaker(state) : isLabel(previous) && SPEECH_HEADING.test(lead) ? speechBy(lead) : null;
        if (author) authors.set(passage.id, author);
      }
      previous = passage;
    },
    author: (passage: Passage): DocumentSpeaker | null => authors.get(passage.id) ?? null,
  };
}

/**
 * "… the Ministry of Defense said in its daily bulletin on the operational situation." over "The
 * bulletin (abridged)": a heading that names the document the paragraph before it said someone
 * issued prints that document; its paragraphs are the words of whoever spoke there. Null otherwise.
 */
function documentSectionAuthor(heading: string, before: string, state: Discourse): DocumentSpeaker | null {
  const document = DOCUMENT_HEADING.exec(heading)?.groups?.document?.toLowerCase();
  if (!document || !new RegExp(`\\b(?:in|issued|published|released)\\b[^.!?]{0,40}\\b${document}`, "i").test(before)) return null;
  const speaker = lastSpeaker(state);
  return speaker && !speaker.sides.includes(UNCLEAR) ? speaker : null;
}

/** A heading that names a document it prints: "The bulletin (abridged)", "Text of the statement", "The communiqué: excerpts". */
const DOCUMENT_HEADING =
  /^(?:the\s+|(?:full\s+)?text\s+of\s+the\s+)?(?<document>bulletin|statement|communiqu[eé]|release|declaration|report)(?:\s*\((?:abridged|excerpts?|extracts?|in full|full text)\)|\s*[:—–-]\s*(?:excerpts?|extracts?|key points|in full))?$/iu;

/** A paragraph that is one quotation from its first mark to its last. */
const WHOLLY_QUOTED = /^["“«][^"“”«»]+["”»]$/;
/**
 * A lead-in that names remarks, a statement or a speech and ends on a colon; or a post a news story
 * embeds ("… the ministry announced the truce:", "… had revised those numbers in a further post:").
 */
const REMARKS_ANNOUNCED =
  /\b(?:remarks|statement|speech|address|comments|words|said|says|told|declared|wrote|added|post|tweet|posted|tweeted|announced)\b[^.!?]*:$/i;

/** The person with a side the lead-in's last sentence names (by name and title, one side): whose words it announces. */
function namedInLeadIn(state: Discourse): DocumentSpeaker | null {
  const named = state.referents.filter((r) => r.sentenceNo === state.sentenceNo && r.type === "person" && r.sides.length === 1 && r.sides[0] !== UNCLEAR);
  const [one] = named;
  return one && new Set(named.map((r) => r.sides[0])).size === 1 ? { sides: one.sides, speaker: one.speaker } : null;
}

/** The speaker the text last named with a side: whose a text announced by a plain lead-in is. */
function lastSpeaker(state: Discourse): DocumentSpeaker | null {
  const speaker = [...state.referents].reverse().find((r) => r.spoke && r.sides[0] !== UNCLEAR);
  return speaker ? { sides: speaker.sides, speaker: speaker.speaker } : null;
}

/** A short heading over a speech printed below it: "SPEECH (excerpts)", "Full text of the address", "Transcript". */
const SPEECH_HEADING = /^(?=.{0,80}$)(?:[^.!?]*\b(?:speech|address|remarks)\b[^.!?]*|(?:full\s+)?(?:text|transcript)\b[^.!?]*)$/i;

/** A heading, or a line set out as one: it does not end like a sentence ("SPEECH (excerpts, from the official transcript)"). */
function isLabel(passage: Passage): boolean {
  return passage.heading || !/[.!?…"”]$/.test(passage.text.trim());
}

/** The one person a speech heading names, else the one the article's title names: the speech's author. */
function speechAuthor(heading: string, title: string | null, gazetteer: Gazetteer): DocumentSpeaker | null {
  for (const line of [heading, title ?? ""]) {
    const people = findMentions(gazetteer, tokenize(line)).filter((m) => m.type === "person" && m.sideFrom === "actor" && m.sides.length === 1);
    const [one] = people;
    if (one && people.every((p) => p.sides[0] === one.sides[0]) && one.sides[0] !== UNCLEAR) return { sides: one.sides, speaker: one.text };
  }
  return null;
}

/** Lines that issue a statement: "Joint Statement by …", "We, the undersigned …", "The European Parliament,", "Letter dated … from …". */
const ISSUING_LINES: readonly RegExp[] = [GENRE_CUES.issuedBy, GENRE_CUES.letterOpening, GENRE_CUES.resolutionOpening, GENRE_CUES.letterSender];

/** A paragraph wholly in square brackets: a translator's or an editor's note around a document. */
const EDITORIAL_NOTE = /^\[[^\]]*\]$/;

/**
 * The passages a statement covers, from its issuing line ("Press Statement by the Co-Chairs of
 * …") to the line that closes it. A statement with no issuing line in the text (issued by the
 * masthead or the site) covers the whole page.
 */
function issuedSpan(passages: readonly Passage[], structure: ArticleStructure, ruled: ReadonlySet<string>): Set<string> {
  const issuer = structure.issuer ?? "";
  // Only a line that issues the statement ("Joint Statement by …") marks where it starts; the
  // issuer's name in a footer or a masthead does not.
  // ("--- BEGIN BULLETIN ---", "What follows is the notice issued by …": ingest found where the page marks it.)
  const from = structure.issuedFrom
    ? passages.findIndex((p) => p.id === structure.issuedFrom)
    : passages.findIndex((p) => p.text.includes(issuer) && ISSUING_LINES.some((cue) => cue.test(p.text.trim())));
  // A rule ends the statement only inside a page of the outlet's own, which led in to it; on the
  // issuer's own page ("* * *", then "Earlier statement, issued on …") the issuer goes on.
  const embedded = from > 0 && passages.slice(0, from).some((p) => !p.heading);
  const ended = new Set(structure.ended ?? []);
  const noted = new Set(structure.copyNoted ?? []);
  const span = new Set<string>();
  for (const p of passages.slice(Math.max(0, from))) {
    if (p.id === structure.authorLine) break;
    // ("---" after the statement: the page's own notes follow.)
    // ("Background from the news desk: …": the page's own text resumes.)
    // ("Annex I to the letter dated …": the document the letter transmits, in its own issuer's words.)
    const ends = DOCUMENT_ENDS.some((cue) => cue.test(p.text.trim()));
    // ("###" under a release: its notes to editors follow, wherever the release is printed.)
    if (from >= 0 && span.size > 0 && (ends || (embedded && ruled.has(p.id)) || ended.has(p.id))) break;
    // ("(End of press release)", "END OF STATEMENT": a line that says in words where the document ends
    // ends it, wherever it began; the reproducing page's own report follows.)
    if (span.size > 0 && GENRE_CUES.documentEnds.test(p.text.trim())) break;
    // "ARCHIVE NOTES (not part of the bulletin)": whoever reproduces the document says where it ends.
    // (So does the note the page cut from the paragraph as furniture: "ARCHIVE NOTE: This copy is reproduced …".)
    if (span.size > 0 && (REPRODUCER_NOTE.test(p.text.trim()) || noted.has(p.id))) break;
    // ("CONTEXT FROM THE BULLETIN DESK" after a release printed whole: the page's own section.)
    if (span.size > 0 && p.heading && PAGE_OWN_HEADING.test(p.text.trim())) break;
    // "[Translator's note — the other side's version. …]": the page's own note, not the document.
    if (EDITORIAL_NOTE.test(p.text.trim())) continue;
    span.add(p.id);
  }
  return span;
}

/**
 * The words naming the first official in a page's head, with at most four words before the title:
 * "Azerbaijan's peace envoy" in '"The next move is in Armenia's hands": Azerbaijan's peace envoy on
 * the treaty', not the whole line, whose first country is another.
 */
function officialPhrase(head: string): string {
  // (Not across a sentence's end: "… and the Security Council. The Minister for …" is no council's minister.)
  const m = /((?:[\p{L}'’-]+\s+){0,4})\b(minister|president|spokes\w+|ambassador|envoy|co-?chairs?|ombudsman)\b/iu.exec(head);
  return m ? `${m[1] ?? ""}${m[2] ?? ""}` : "";
}

/** "Maria Zakharova, MFA of Russia (Telegram)", "Nikol Pashinyan (via the Government's Telegram channel), 13.09 11:20". */
const POST_LABEL = /^([^()\d"“”:;.!?]{3,80}?)\s*(?:\(([^)]{1,60})\))?\s*,?\s*((?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?\s*,?\s*(?:\d{1,2}:\d{2})?)\s*:?$/u;
const POST_CHANNEL = /\b(?:telegram|twitter|x|facebook|instagram|youtube|vk|website|channel|statement|via)\b/i;
const MAX_LABEL_WORDS = 8;
/** A label naming whom what follows is addressed to: "To the Government of Armenia", "For the co-chairs". */
const ADDRESSEE = /^(?:to|for|attention|attn\.?)\s/i;
/** A caption's name and office, every word capitalised: "Ararat Mirzoyan, Armenian Foreign Minister", not a sentence. */
const CAPTION_NAME = /^\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:of|the|for|and|\p{Lu}[\p{L}'’.-]*))*$/u;

/**
 * The author a heading names when it is only a label over a quoted post: a known body or person,
 * with a channel in brackets, a time after it or a colon closing it. "Azerbaijan shells Goris" is a headline, not a label.
 */
function posterOf(heading: string, state: Discourse, gazetteer: Gazetteer): DocumentSpeaker | null {
  const strip = stripPoster(heading, state, gazetteer);
  if (strip !== undefined) return strip;
  const m = POST_LABEL.exec(heading.trim());
  const name = m?.[1]?.trim() ?? "";
  const channel = m?.[2] !== undefined && POST_CHANNEL.test(m[2]);
  const stamped = (m?.[3] ?? "").trim() !== "";
  // "NIKOL PASHINYAN, ARMENIAN PRIME MINISTER (speaking in parliament):": a caption over a soundbite ends in a colon.
  const introduces = /[:：]\s*$/.test(heading) && CAPTION_NAME.test(name);
  if (!m || !(channel || stamped || introduces) || name.split(/\s+/).length > MAX_LABEL_WORDS) return null;
  // "To the Government of Azerbaijan:" over a report's recommendations names whom they are for, not who speaks.
  if (ADDRESSEE.test(name)) return null;
  // A label is a name, not a sentence: no verb of its own.
  if (/\b(?:says?|said|shells?|shelled|attacks?|attacked|kills?|killed|claims?|denies|denied|is|are|was|were|has|have)\b/i.test(name)) return null;
  const author = resolveSpeakerPhrase(name, state, gazetteer);
  return author.sides[0] === UNCLEAR ? null : author;
}

/** Parts of a label strip: "Maria Zakharova, Russian Foreign Ministry · Telegram · 21 Sep, 05:45". */
const STRIP_PARTS = /\s+[·•|]\s+/;
/** A strip's part that names only the network the post went out on. */
const NETWORK_PART = /^(?:telegram|twitter|x|facebook|instagram|youtube|vk|threads|truth social|website)$/i;

/**
 * The author a label strip names before the network and the time of a post ("Nikol Pashinyan ·
 * Facebook · 19 Sep, 09:40"); null when it names one the gazetteer cannot place, undefined when the
 * line is no such strip.
 */
function stripPoster(heading: string, state: Discourse, gazetteer: Gazetteer): DocumentSpeaker | null | undefined {
  const parts = heading.trim().split(STRIP_PARTS);
  const name = parts[0] ?? "";
  if (parts.length < 2 || parts.length > 4 || !parts.slice(1).some((p) => NETWORK_PART.test(p)) || /\d/.test(name)) return undefined;
  if (name.split(/\s+/).length > MAX_LABEL_WORDS) return undefined;
  // ("Maria Zakharova, Russian Foreign Ministry": a name and the body it speaks for; the body decides where the name cannot.)
  for (const phrase of [name, ...name.split(",").slice(1)]) {
    const author = resolveSpeakerPhrase(phrase.trim(), state, gazetteer);
    if (author.sides[0] !== UNCLEAR) return { ...author, speaker: name };
  }
  return null;
}

/**
 * A fact-check's claim names its author after the quote: 'CLAIM: "…" (Armenian Defence Ministry
 * spokeswoman Shushan Stepanyan, Facebook, 29 September)' or '… *Ilham Aliyev, President of Azerbaijan*'.
 */
function checkedAuthor(passage: Passage, state: Discourse, gazetteer: Gazetteer): DocumentSpeaker | null {
  const close = Math.max(passage.text.lastIndexOf("”"), passage.text.lastIndexOf('"'));
  const after = close >= 0 ? passage.text.slice(close + 1).trim() : "";
  // Only a credit set off after the quoted claim: a claim in the page's words that quotes a name
  // ('A video shows … the "Shilka" system …') has its own words after the quote, not an author.
  const quoted = /^(?:(?:the\s+)?claims?\s*[:：|-]\s*)?[“"]/i.test(passage.text.trim());
  // (The credit is all that follows the quote: "(Name, Facebook, 29 September)", "— Name", "*Name, post*".)
  const credit = /^\([^()]*\)\.?$/.test(after) || /^[—–-]\s*[^.!?]{3,120}\.?$/.test(after) || /^[*_][^*_]{3,120}[*_]\.?$/.test(after);
  if (!credit && !(quoted && after.length <= CREDIT_CHARACTERS)) return null;
  const tail = after.replace(/[()*_—–-]/g, " ").trim();
  if (tail.length < 3) return null;
  const author = resolveSpeakerPhrase(tail, state, gazetteer);
  return { ...author, speaker: tail.split(",")[0]?.trim() || author.speaker };
}

/** How long a credit after a quoted claim may run with no brackets or dash: "Ilham Aliyev, President of Azerbaijan". */
const CREDIT_CHARACTERS = 120;

/** A post, a video or an account that goes round social networks, as a fact-check names what it checks. */
const VIRAL_POST = /^(?:an?|the|this)\s+(?:viral\s+|widely\s+shared\s+)?(?:post|video|tweet|message|image|graphic|meme|clip|account|thread|reel|story)\b/i;

/** A footnote's line: "[3] Human Rights Watch interview with …", "[12] Ibid." */
const FOOTNOTE = /^\[\d{1,3}\]\s/;

/**
 * In an internal record (a cable), a sentence whose own speaker is of another side than its sender
 * ("Aliyev told the Under Secretary that …" in an embassy's cable): annotators give it to the sender
 * as often as to the speaker, so neither side can be given with confidence. Its speaker as written, side unclear.
 */
function unsettledRelay(structure: ArticleStructure, sender: DocumentSpeaker, own: readonly Voice[]): DocumentSpeaker | null {
  if (!structure.internalRecord) return null;
  const other = own.find((v) => !v.sides.includes(UNCLEAR) && !v.sides.some((side) => sender.sides.includes(side)));
  return other ? { sides: [UNCLEAR], speaker: other.speaker } : null;
}

/** "the Ministry of Foreign Affairs" on the site of Armenia's ministry: the site says whose it is. */
function issuerOf(issuer: string, outlet: string | null, state: Discourse, gazetteer: Gazetteer): DocumentSpeaker {
  const named = resolveSpeakerPhrase(issuer, state, gazetteer);
  // "Displacement Watch Armenia", "Institute for Peace Studies Azerbaijan": a monitor or an institute named
  // after the country it works in is no organ of that country's state.
  if (named.sides[0] !== UNCLEAR && NON_GOVERNMENTAL.test(issuer) && !STATE_ORGAN.test(issuer)) return { sides: ["other"], speaker: named.speaker };
  if (named.sides[0] !== UNCLEAR || !outlet) return named;
  const site = resolveSpeakerPhrase(outlet, state, gazetteer);
  if (site.sides[0] !== UNCLEAR) return { ...site, speaker: named.speaker };
  // A monitoring group or institute the gazetteer does not know issues its report as a third party.
  return NON_GOVERNMENTAL.test(issuer) ? { sides: ["other"], speaker: named.speaker } : named;
}

// An open letter's "undersigned" scholars, experts or organisations are a third party too; so are a
// students' union, a university, an association or a parish that issues a statement or a petition.
const NON_GOVERNMENTAL =
  /\b(?:observatory|watch|institute|foundation|amnesty|rights|monitor|centre for|center for|ngos?|undersigned|scholars|experts|historians|academics|signatories|students?['’]?\s+union|union of students|university|college|association|society|parish|diocese|petition)\b/i;

/** A resolution's operative clause: "(a) calls for …", "2. Urges all sides …". */
const OPERATIVE_CLAUSE = /^(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:calls (?:for|on|upon)|urges|demands|appeals to)\b/i;

/** A community that signs a statement or a petition: residents, a students' union, a parish. */
const COMMUNITY_BODY = /\b(?:residents|citizens|friends of|students?['’]?\s+union|union of students|parish(?:ioners)?|congregation|petition(?:ers)?)\b/i;

/** Words that make a body with a monitor's or an institute's name a state's: "Human Rights Defender", "under the President". */
const STATE_ORGAN =
  /\b(?:ministry|minister|government|president|presidential|parliament|national assembly|milli majlis|committee|office|state|republic|embassy|mission|army|armed forces|ombudsman|defender|commissioner|academy)\b/i;

/** Delegates enough to make a "press release" a meeting's coverage: each delegation speaks for itself. */
const MEETING_DELEGATES = 3;
const DELEGATE = /\b(?:representatives?|delegates?|delegations?|permanent representative)\b/i;

/**
 * A UN press release reporting a meeting ("The representative of Azerbaijan said …") gives each
 * delegation its own words, where a ministry's statement or a rights group's report relays others
 * in its own voice. Told by the delegates who speak, read on a scratch discourse.
 */
function isMeetingCoverage(article: ParsedArticle, gazetteer: Gazetteer): boolean {
  const scratch = emptyDiscourse();
  let delegates = 0;
  for (const passage of article.passages) {
    for (const sentence of passage.sentences) {
      const voices = attributeSentence(sentence.text, scratch, gazetteer).voices;
      if (voices.some((v) => DELEGATE.test(v.speaker))) delegates++;
      // (The page is read twice for this: the rest of it need not be, once enough delegates spoke.)
      if (delegates >= MEETING_DELEGATES) return true;
    }
  }
  return false;
}

/** A sentence, not a signature or a label: it ends like one, or is long enough to be one. */
function isProse(sentence: string, reports = true): boolean {
  const t = sentence.trim();
  // "| Refugee arrivals | 100,417 | Government of Armenia |": a table row names its own sources.
  if (/^\|.*\|$/.test(t)) return false;
  // ("Noting that the authorities … have deported …;": a recital closes with a semicolon.)
  // ("Prima facie jurisdiction (paras. 15-43)": a bracket closing a section's title is no sentence's end.)
  if (/[.!?"”’)…;]$/.test(t.replace(TRAILING_BRACKET, ""))) return true;
  // "Date of original: 2 April 2016, issued in several parts …": a header's field, however long.
  // A line that ends unpunctuated is a list's item only when it reports someone or opens with a figure
  // ("23 ambulances mobilised on the morning after"); else it names something: an agenda item ("The
  // rule of law at the national and international levels"), a document ("Letter dated … addressed to
  // the Secretary-General"), a body's masthead, a section's title.
  // (A long lead-in closing with a colon, "The proposals reflect the following five principles:", is prose.)
  return !HEADER_FIELD.test(t) && t.split(/\s+/).length >= 8 && (reports || t.endsWith(":") || LIST_FIGURE.test(t));
}

/** A bracketed reference closing a line: "(paras. 15-43)", "(para. 98)". */
const TRAILING_BRACKET = /\s*\([^()]*\)$/;

/** A list item opening with its figure: "220 bodies removed …", "About 100 elderly people …". */
const LIST_FIGURE = /^(?:[-–•*]\s*)?(?:(?:about|some|over|more than|nearly|almost|at least)\s+)?\d/i;

/** A field of a document's header: a short label and a colon, its value running to the line's end. */
const HEADER_FIELD = /^\p{L}[\p{L} ]{1,30}:\s/u;

/** "Thank you.", "Yes, I believe so.", "(The briefing concluded at 3:42 p.m.)": no claim in a turn. */
const COURTESY =
  /^(?:[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s+)?(?:[\p{Lu}][\p{L}. ]{0,30}:\s*)?(?:my lords,?\s*|mr\.? speaker,?\s*|madam (?:president|speaker|chair),?\s*|\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3},\s*)?(?:\(.*\)\.?|(?:thank you|thanks|i thank|good (?:morning|afternoon|evening)|welcome|hello|hi|hey|yes|no|of course|certainly|absolutely|sure|exactly|indeed|go ahead|(?:it's |it is )?(?:good|great|nice|a pleasure|glad) to be (?:here|with you|back|on the show))\b[^.!?]{0,30}[.!?]?)$/iu;

/**
 * A moderator running the room: "welcome back to our press center", "We have with us the three
 * co-chairs", "Ambassador X will begin with a few remarks, and then we will take your questions".
 */
const HOUSEKEEPING =
  /\b(?:welcome (?:back )?to (?:our|the|this)\b|we have with us\b|(?:will|would) (?:begin|start|open) with (?:a few|some|brief) (?:remarks|words)|(?:take|answer) (?:your|a few|some) questions|(?:next|last|one more|a final) question\b|(?:hand|turn) (?:it )?over to\b|thank you (?:all )?(?:very much )?for (?:coming|joining)\b|^\s*(?:and\s+)?with that,?\s+[\p{L}.]+(?:\s+[\p{L}.]+)?[.!]?\s*$|\b(?:a\s+)?couple of (?:things|items|announcements) (?:at|for) the top\b|\b(?:will|shall) (?:now )?come to order\b|\byou are (?:now )?recognized\b|\bI (?:now )?recognize (?:the|my|myself)\b|\bI yield(?: back)?\b|\b(?:the )?(?:gentleman|gentlewoman|gentlelady|member)'s time has expired\b|\bthank you for (?:the|your) invitation\b|\bI am ready (?:for|to take|to answer) (?:your )?questions\b|\bthe next (?:briefing|press conference|news conference) will be\b|^\s*I (?:will|would|shall) not (?:go into|enter into|act as (?:a )?judge|speculate)\b|^\s*I (?:cannot|can't|can not) (?:confirm|verify) (?:it|this|that|them)(?: independently| yet)?[.!]?\s*$|^\s*I (?:cannot|can't|can not) give you (?:a|any|the) (?:date|timetable|time)\b|\b(?:that|this) is all I (?:will|can|want to|would) say\b|^\s*I can only speak (?:for|about) (?:what|myself)\b|^\s*let me (?:restate|repeat|recall|begin|start|conclude|turn to|say a few words)\b[^.!?]{0,30}[.!?:]?\s*$|^\s*(?:[\p{Lu}][\p{L}. ]{0,30}:\s*)?(?:good (?:morning|afternoon|evening)[.!,]?\s*)?I(?:'d| would| want| wish)(?: like)? to (?:start|begin|open|close|end) (?:with|by giving) (?:a (?:few|couple of)|some|one|two|three) (?:brief )?(?:notes?|words?|points?|things|announcements?|updates?|items?)\b[^.!?]{0,80}[.!:]?\s*$|^\s*I (?:want|wish|would like|'d like) to be (?:very |especially |absolutely |perfectly |quite )?clear (?:on|about) (?:one|this|that) (?:point|thing)[.!:]?\s*$)/iu;

/** A company filing's regulatory notices: "Enquiries: …", "This announcement contains inside information …". */
const FILING_NOTICE =
  /^(?:enquiries|investor\s+(?:relations|enquiries)|for\s+further\s+(?:information|enquiries))\s*:|\bthis\s+announcement\s+contains\s+inside\s+information\b/i;

/** "Will the Minister raise these concerns?", "My Lords, what guarantees will the Government seek?": a question put, not a claim. */
const DIRECT_QUESTION =
  /^(?:[\p{Lu}][\p{L}. ]{0,30}:\s*)?(?:(?:my lords|mr\.? speaker|madam \w+|minister),?\s*)?(?:will|would|can|could|does|do|did|is|are|has|have|should|what|why|how|who|when|where|which)\b[^?]*\?["”']?\s*$/iu;

function isDirectQuestion(sentence: string): boolean {
  return DIRECT_QUESTION.test(sentence.trim());
}

/**
 * What an address or a post says to its audience rather than claims: thanks, congratulations,
 * wishes, prayers, homage and rallying cries (an expressed condolence or concern is a claim, as
 * annotators read it) ("I thank him for his courage.", "May
 * Allah rest the souls of our martyrs.", "Glory to Armenia!", "Karabakh is Azerbaijan!").
 */
const EXPRESSIVE = new RegExp(
  String.raw`^(?:(?:dear [\p{L} ,]+,\s*)?(?:i|we)\s+(?:(?:also|again|once again|sincerely|warmly|heartily|deeply|respectfully|hereby)\s+)*(?:congratulate|thank|wish|salute|bow|share (?:that|this|your) (?:pain|grief|sorrow))\b|may (?:allah|god|the almighty|the lord)\b|(?:eternal )?glory to\b|long live\b|rest in peace\b|god bless\b|our (?:martyrs|heroes|fallen)(?: [\p{L}]+){0,3} (?:are|will (?:always )?be|remain) (?:always |forever )?in our hearts` +
    // A speaker's pleasure at the occasion: "It is a special pleasure to mark this day here", "We look forward to
    // deepening the ties", "I am honoured to address you".
    String.raw`|it is (?:a |an )?(?:special |great |particular |real )?(?:pleasure|honou?r|privilege|joy) (?:for (?:me|us) )?to\b|(?:i|we) (?:very much |greatly )?look forward to\b|(?:i|we) (?:am|are) (?:delighted|pleased|honou?red|glad|happy) to\b)`,
  "iu",
);
/** A rallying cry: a few words ending in "!" ("Karabakh is Azerbaijan!", "We will win!"). */
const SLOGAN_WORDS = 5;

/**
 * "Do not switch on several heaters at once.", "Use candles carefully.", "Report damaged wires to the
 * hotline.": advice to the reader, put as a command, asserts nothing the issuer claims.
 */
export function isInstruction(sentence: string): boolean {
  const t = sentence.trim();
  return INSTRUCTION.test(t.charAt(0).toLowerCase() + t.slice(1));
}
/**
 * A command's opening: "Do not …", "Never …", or a verb in the base form followed by its object or
 * particle ("Use candles …", "Switch off …"), not by "of" or "for" ("Use of cluster munitions is banned").
 */
const INSTRUCTION =
  /^(?:(?:do not|don't|never|please|make sure|remember to)\b|(?:use|switch|report|call|avoid|keep|stay|turn|check|contact|follow|unplug|boil|store|register|apply|visit|subscribe|click)\s+(?!of\b|for\b|by\b|to\b|in\b)\p{Ll})/u;

function isExpressive(sentence: string): boolean {
  const t = sentence.trim().replace(/^["“]/, "");
  return EXPRESSIVE.test(t) || (t.endsWith("!") && t.split(/\s+/).length <= SLOGAN_WORDS);
}

/** Journalists' questions labelled as such ("QUESTION:", "Q:"), put to one or two spokespeople. */
function isBriefing(turns: Readonly<Record<string, Turn>>): boolean {
  const all = Object.values(turns);
  const asked = all.filter((t) => t.role === "question" && /^(?:question|q)$/i.test(t.label ?? "")).length;
  const answerers = new Set(all.filter((t) => t.role === "answer").map((t) => t.label ?? ""));
  return asked >= 2 && answerers.size <= 2;
}

/**
 * A briefing's own business, not the conflict: "I don't have anything at the top today", "The
 * remarks will be streamed live", "I've got a hard stop today", "So a few things."
 */
const BRIEFING_BUSINESS =
  /\bI (?:don't|do not|didn't) have anything (?:new|more|further|else|at the top|to (?:announce|add|offer|share|read out))\b|\b(?:be )?(?:streamed|livestreamed) live\b|\bhard stop\b|^\s*(?:[\p{Lu}][\p{L}. ]{0,30}:\s*)?so,? (?:just )?a (?:few|couple of) things\b|\bgo (?:a little )?easy on me\b|\bhappy to (?:go straight to|take) (?:your )?questions\b|\bintroduce yourselves\b|\bone question each\b|\ball the time we have\b/iu;

function isCourtesy(sentence: string): boolean {
  return COURTESY.test(sentence.trim()) || HOUSEKEEPING.test(sentence);
}

function isStatement(sentence: string): boolean {
  return sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_STATEMENT_WORDS;
}

/**
 * A transcript's or a page's own note, not anyone's words: a line wholly in square brackets
 * ("[Studio; graphic: map of the border]", "[Video: the minister at the podium]") or an editor's
 * note in parentheses ("(Passage omitted: the minister recalls the talks)", "(Bulletin continues)").
 */
const PRODUCTION_NOTE =
  /^\s*(?:\[[^\]]*\]|\(\s*(?:passage|passages|words?|bulletin|programme|program|item|excerpt|video|footage|music|applause|laughter|break|recording|translation|translated|caption|graphic|photo|sound|inaudible|indistinct|end|continues|omitted)\b[^)]*\))\s*[.]?\s*$/i;

function isProductionNote(sentence: string): boolean {
  return PRODUCTION_NOTE.test(sentence);
}

/** The document's speaker says the whole sentence; the kind still comes from the sentence's own verb. */
function wholeSentence(who: DocumentSpeaker, sentence: string, own: Voice[]): Voice {
  const sides: ClaimSide[] = who.sides;
  return { sides, speaker: who.speaker, names: {}, kind: own[0]?.kind ?? claimKind(null, sentence, sides), from: 0, to: sentence.length };
}

/**
 * The state a broadcaster speaks from: "Azerbaijani Radio, Baku" → azerbaijan; null when it names
 * none or several. Moscow's radio before 1992 is the Soviet centre's, which is no side we can name.
 */
function broadcasterSide(broadcaster: string, published: string | null, gazetteer: Gazetteer): Side | null {
  const sides = new Set(findMentions(gazetteer, tokenize(broadcaster)).flatMap((m) => (m.anaphor ? [] : m.sides)));
  const [only] = sides;
  if (sides.size !== 1 || only === undefined || only === UNCLEAR || only === "other") return null;
  if (only === "russia" && (published === null || published < gazetteer.sovietEnd)) return null;
  return only as Side;
}

/** "I now give the floor to the Agent of Azerbaijan, Mr Elnur Mammadov": whom the chair hands the floor to. */
const HANDOVER = /\b(?:give|gives|giving|call|calls|calling)\s+(?:the\s+floor\s+)?(?:to|on|upon)\s+([^.;]{3,120})/i;
/** "This morning the Court will hear Armenia", "… meet again this afternoon to hear Azerbaijan". */
const HEARING =
  /\b(?:will\s+(?:now\s+)?hear|to\s+hear|now\s+hears?)\s+(?:(?:the\s+)?(?:oral\s+)?(?:observations|arguments|pleadings|submissions|statements?)\s+of\s+)?([^.;,]{3,80})/i;
/** "on behalf of the Republic of Armenia", "as Agent of Azerbaijan", "counsel for Armenia". */
const SPEAKS_FOR =
  /\b(?:on\s+behalf\s+of|(?:as\s+)?(?:the\s+)?(?:Agent|[Cc]ounsel|[Rr]epresentative|[Dd]elegate)\s+(?:of|for))\s+((?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})/u;

/** "in our capacity as co-chairs of the Minsk Group": the mediators a speaker says they speak as. */
const AS_CO_CHAIRS = /\bco-?chair(?:s|men|persons)?\s+of\s+the\s+(?:OSCE\s+)?Minsk\s+Group\b|\bMinsk\s+Group\s+co-?chair/i;

/**
 * Whom a speaker says they stand for: one party ("on behalf of the Republic of Armenia"), or the
 * co-chairs together ("on behalf of France, the Russian Federation and the United States in our
 * capacity as co-chairs of the Minsk Group"). Several states with no body they speak as: no one side.
 */
function declaredFor(text: string, sided: (phrase: string | undefined) => DocumentSpeaker | null): DocumentSpeaker | null {
  const m = SPEAKS_FOR.exec(text);
  if (!m) return null;
  const clause = text.slice(m.index).split(/[.;]/)[0] ?? "";
  if (AS_CO_CHAIRS.test(clause)) return sided("the OSCE Minsk Group co-chairs");
  const listed = clause.slice(m[0].length);
  if (/^\s*(?:,|and\s+(?:the\s+)?\p{Lu})/u.test(listed)) return null;
  return sided(m[1]);
}

interface Sitting {
  /** Reads a chair's turn for the party being heard and for whom the floor goes to. */
  chairSays(text: string): void;
  /** Reads a speaker's first paragraph for whom they say they stand for. */
  speakerSays(label: string, text: string): void;
  /** A speaker's side: the gazetteer's, their own word, the chair's handover, the party being heard, else unclear. */
  speakerFor(label: string): DocumentSpeaker;
}

/**
 * A chaired sitting's speakers. `chamber` is the side of the legislature whose record the page is
 * (the US Congress's): a member's label it prints ("Mr. PETERS") speaks for it when nothing else does.
 */
function createSitting(state: Discourse, gazetteer: Gazetteer, introduced: (label: string) => DocumentSpeaker | null, chamber: ClaimSide | null): Sitting {
  const sided = (phrase: string | undefined): DocumentSpeaker | null => {
    if (!phrase) return null;
    const found = resolveSpeakerPhrase(phrase, state, gazetteer);
    // One party: "the Parties" heard together name no one speaker's side.
    return found.sides.length === 1 && found.sides[0] !== UNCLEAR && found.sides[0] !== "other" ? found : null;
  };
  // The last party a turn names: "The Court meets to hear the Parties … This morning it will hear Armenia."
  const lastSided = (text: string, pattern: RegExp): DocumentSpeaker | null =>
    [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))]
      .map((m) => sided(m[1]))
      .filter((d) => d !== null)
      .at(-1) ?? null;
  let hearing: DocumentSpeaker | null = null;
  let handedTo: DocumentSpeaker | null = null;
  const declared = new Map<string, DocumentSpeaker>();
  return {
    chairSays(text) {
      hearing = lastSided(text, HEARING) ?? hearing;
      handedTo = lastSided(text, HANDOVER);
    },
    speakerSays(label, text) {
      const own = declaredFor(text, sided);
      if (own) declared.set(label, own);
    },
    speakerFor(label) {
      // A member named with a British or American party ("Baroness Cox (CB)", "Rep. Jane Doe (D-CA)")
      // sits in a third country's parliament, whoever they quote.
      if (GENRE_CUES.memberLine.test(label)) return { sides: ["other"], speaker: label };
      const known = resolveSpeakerPhrase(label, state, gazetteer);
      // "Ms. Quliyeva (Azerbaijan)": a record names each delegate's state in brackets.
      const delegation = sided(/\(([^()]{2,60})\)\s*$/.exec(label)?.[1]);
      // Whom they say they speak for comes first: a state's delegate "on behalf of" the co-chairs speaks as the co-chairs.
      // (A member's label as the record prints it, "Mr. KERRY", or a committee's "The CHAIRMAN".)
      const member = chamber && (GENRE_CUES.recordMember.test(label) || GENRE_CUES.committeeChair.test(label)) ? { sides: [chamber], speaker: label } : null;
      const side = declared.get(label) ?? (known.sides[0] !== UNCLEAR ? known : (delegation ?? introduced(label) ?? member ?? handedTo ?? hearing));
      handedTo = null;
      return side ? { ...side, speaker: label } : { sides: [UNCLEAR], speaker: label };
    },
  };
}

/** "official daily of the Karabakh authorities", "Armenian government daily": the one side a paper's label names. */
function labelSide(label: string, gazetteer: Gazetteer): Side | null {
  const sides = [...new Set(findMentions(gazetteer, tokenize(label)).flatMap((m) => m.sides))].filter((s): s is Side => s !== UNCLEAR && s !== "other");
  return sides.length === 1 ? (sides[0] ?? null) : null;
}

/** A heading that is one capital's or state's name and nothing else ("Moscow", "Tehran", "Iran"): its side. */
function headingPlace(text: string, gazetteer: Gazetteer): Side | null {
  const heading = text
    .replace(/^#+\s*/, "")
    .replace(/[*_:]+/g, "")
    .trim();
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u.test(heading)) return null;
  const { words, matches } = placeMatches(heading, gazetteer);
  const [found, ...more] = matches;
  return found && more.length === 0 && found.start === 0 && found.end === words.length ? countrySide(found) : null;
}

/** "YEREVAN" → armenia: the state whose capital (or country) a dateline's place in capitals names. */
export function capitalSide(place: string, gazetteer: Gazetteer): Side | null {
  const [found] = placeMatches(place, gazetteer).matches;
  return found ? countrySide(found) : null;
}

/** The place's words (capitals read as a name: "YEREVAN" as "Yerevan") and the gazetteer's matches in them. */
function placeMatches(place: string, gazetteer: Gazetteer): { words: Token[]; matches: Match[] } {
  const words = tokenize(place.charAt(0) + place.slice(1).toLowerCase()).filter((t) => t.isWord);
  return { words, matches: gazetteer.match(words.map((t, i) => ({ ...t, i }))) };
}

/** The side of a country the gazetteer matched, unless it is no party's. */
function countrySide(found: Match): Side | null {
  const side = found.entry.kind === "country" ? found.entry.side : null;
  return side && side !== UNCLEAR && side !== "other" ? side : null;
}

/** A turn's label naming a member of the public: "CALLER (GRACE)", "Listener", "Viewer question". */
const PUBLIC_VOICE = /^\s*(?:callers?|listeners?|viewers?|texters?|audience(?:\s+member)?|member of the (?:public|audience))\b/i;

/** "A: …", "Answer: …": an answer marked as such, with no one's name or role on it. */
const BARE_ANSWER_MARK = /^\s*(?:\*\*)?(?:A|Answer)\s*(?:\*\*)?\s*[:.]\s/;

/** The speaker of answers whose answerer the page never names. */
const UNKNOWN_INTERVIEWEE = "the interviewee";

/** "I", "we", "our" outside quotation marks: an answer in the answerer's own voice. */
function speaksInFirstPerson(sentence: string): boolean {
  const unquoted = sentence.replace(/"[^"]*"|“[^”]*”/g, " ");
  // (Case kept: "US" is a state, "us" a pronoun.)
  return /\b(?:I|I'm|I've|[Ww]e|[Ww]e're|[Ww]e've|us|[Oo]urs?|[Mm]y|me)\b/.test(unquoted);
}
