// A press review ("What the Armenian press wrote today"): each paragraph tells what a paper
// wrote, under a heading that names the paper. The paper is the outermost speaker of what it
// wrote, including what it relays of officials ("the paper reports that the ministry rejected …"):
// a third party, unless it is a state's own paper.
import type { Passage, ParsedArticle, Side } from "../types.ts";
import { GENRE_CUES } from "../ingest/genreCues.ts";
import { guardedTest } from "../ingest/requiredText.ts";
import type { DocumentSpeaker } from "./documentSpeaker.ts";
import type { Voice } from "./attributeSentence.ts";

export interface PressReview {
  /** Called for each passage in order: a short heading names the paper reviewed under it. */
  enter(passage: Passage): void;
  /** The paper that speaks the sentence, or null when the sentence is not told as a paper's. */
  paperOf(sentence: string, own: Voice[]): DocumentSpeaker | null;
}

/** A heading of at most this many words can be a paper's name ("Orakarg", "Zhamanak Or"). */
const MAX_NAME_WORDS = 4;
/** A paper named this near the start of a sentence is its subject ("The opposition-leaning Orakarg claims"). */
const OPENING_CHARS = 50;
/** A verb that tells what a paper wrote. */
const REPORTING =
  /\b(?:writes|wrote|reports|reported|notes|noted|argues|argued|claims|claimed|recalls|quotes|quoted|reminds|accuses|says|said|cites|alleges|denied|denies|publishes|according\s+to)\b/i;
/** The page's head, where a press review says what it is. */
const HEAD_PASSAGES = 4;

/** The press review cue, run only on head passages holding one of its words (most hold none). */
const namesPressReview = guardedTest(GENRE_CUES.pressReview);

/**
 * "**Petakan Lratu** (government daily) leads with …", "*Yeni Gun* (independent) is the only paper …": a paper
 * named at a paragraph's start with what it is in brackets (group 1 the name, group 2 the label).
 */
const LABELLED_PAPER = /^[*_]{0,2}(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})[*_]{0,2}\s*\(([^()]{3,80})\)/u;
/** A label that makes a paper its state's own: "government daily", "state-owned", "official daily of the … authorities". */
const STATE_LABEL = /\b(?:government|state|state-run|state-owned|official|pro-government)\b/i;
/** A heading naming a state's or a free medium, as a review of coverage sections it: "1. Armenian state TV (Hayk-TV)". */
const MEDIA_HEADING =
  /^(?:\d{1,2}\.\s*)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:state|state-run|state-owned|government|official|public|independent|private|opposition)\s+(?:tv|television|radio|channel|broadcaster|daily|paper|newspaper|news\s+agency|agency)\b/iu;
/** A label that makes a paper no one's: "independent", "opposition", "private". */
const FREE_LABEL = /\b(?:independent|opposition|private|privately[- ]owned)\b/i;

/**
 * The press review reading of an article, or null when the article is no press review. `placeSide`
 * tells the side of a heading that names one place ("YEREVAN") or of a label's words ("official daily of the
 * Karabakh authorities"): the state whose own paper a state paper there is.
 */
export function pressReviewOf(article: ParsedArticle, placeSide: (text: string) => Side | null = () => null): PressReview | null {
  const head = [article.meta.title ?? "", ...article.passages.slice(0, HEAD_PASSAGES).map((p) => p.text)];
  // (Or a review of broadcasts: a section headed by a state's channel, "1. Armenian state TV (Hayk-TV)".)
  if (!head.some(namesPressReview) && !article.passages.some((p) => p.heading && MEDIA_HEADING.test(p.text.trim()))) return null;
  // The paper reviewed under the current heading, and every paper a heading has named so far.
  let paper: string | null = null;
  const papers = new Set<string>();
  // A paragraph about a state's own paper: "the paper" in it is that paper, whose words are its state's.
  let statePaper = false;
  // The state of the section a heading names ("YEREVAN"), and the side of the paper a label last made known.
  let sectionSide: Side | null = null;
  let paperSide: Side | null = null;
  return {
    enter(passage) {
      statePaper = false;
      if (!passage.heading) {
        const labelled = LABELLED_PAPER.exec(passage.text.trim());
        if (labelled?.[1] && labelled[2]) {
          paper = labelled[1];
          papers.add(paper);
          paperSide = sideOfLabel(labelled[2], placeSide, sectionSide);
        }
        return;
      }
      // "2. Azerbaijani state TV (Dovlet TV)": the section is that medium's, and "the channel" in it is it.
      const medium = MEDIA_HEADING.exec(passage.text.trim());
      if (medium) {
        paper = passage.text.trim();
        papers.add(paper);
        paperSide = sideOfLabel(medium[0], placeSide, null);
        return;
      }
      const place = placeSide(passage.text.trim());
      if (place) {
        sectionSide = place;
        paper = null;
        paperSide = null;
        return;
      }
      const words = passage.text.trim().split(/\s+/);
      paper = words.length <= MAX_NAME_WORDS && words.every((w) => /^\p{Lu}/u.test(w)) ? passage.text.trim() : null;
      paperSide = null;
      if (paper) papers.add(paper);
    },
    paperOf(sentence, own) {
      // "The views below are those of the newspapers" tells no one's words: a verb of writing must.
      const told = own.length > 0 || REPORTING.test(sentence);
      const named = told ? ([...papers].find((p) => sentence.slice(0, OPENING_CHARS).includes(p) || own.some((v) => v.speaker.includes(p))) ?? null) : null;
      const speaks = told && (named !== null || GENRE_CUES.paperSpeaks.test(sentence));
      // A state's own paper whose label said so speaks for its state (the guide's "state media").
      if (paperSide && paperSide !== "other" && speaks && (named === null || named === paper))
        return { sides: [paperSide], speaker: named ?? paper ?? "the paper" };
      statePaper ||= GENRE_CUES.statePaper.test(sentence);
      if (statePaper || !told) return null;
      if (named) return { sides: ["other"], speaker: named };
      return speaks ? { sides: ["other"], speaker: paper ?? "the papers" } : null;
    },
  };
}

/**
 * The side a medium's label gives it: a state's own ("government daily", "Armenian state TV") speaks for the
 * state its words (else the section's city) name; a free one ("independent", "opposition") for no side.
 */
function sideOfLabel(label: string, placeSide: (text: string) => Side | null, sectionSide: Side | null): Side | null {
  if (STATE_LABEL.test(label)) return placeSide(label) ?? sectionSide;
  return FREE_LABEL.test(label) ? "other" : null;
}
