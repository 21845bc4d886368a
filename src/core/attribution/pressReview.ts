// A press review ("What the Armenian press wrote today"): each paragraph tells what a paper
// wrote, under a heading that names the paper. The paper is the outermost speaker of what it
// wrote, including what it relays of officials ("the paper reports that the ministry rejected …"):
// a third party, unless it is a state's own paper.
import type { Passage, ParsedArticle } from "../types.ts";
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
  /\b(?:writes|wrote|reports|reported|notes|noted|argues|argued|claims|claimed|recalls|quotes|quoted|reminds|accuses|says|said|cites|alleges|denied|denies|publishes)\b/i;
/** The page's head, where a press review says what it is. */
const HEAD_PASSAGES = 4;

/** The press review cue, run only on head passages holding one of its words (most hold none). */
const namesPressReview = guardedTest(GENRE_CUES.pressReview);

/** The press review reading of an article, or null when the article is no press review. */
export function pressReviewOf(article: ParsedArticle): PressReview | null {
  const head = [article.meta.title ?? "", ...article.passages.slice(0, HEAD_PASSAGES).map((p) => p.text)];
  if (!head.some(namesPressReview)) return null;
  // The paper reviewed under the current heading, and every paper a heading has named so far.
  let paper: string | null = null;
  const papers = new Set<string>();
  // A paragraph about a state's own paper: "the paper" in it is that paper, whose words are its state's.
  let statePaper = false;
  return {
    enter(passage) {
      statePaper = false;
      if (!passage.heading) return;
      const words = passage.text.trim().split(/\s+/);
      paper = words.length <= MAX_NAME_WORDS && words.every((w) => /^\p{Lu}/u.test(w)) ? passage.text.trim() : null;
      if (paper) papers.add(paper);
    },
    paperOf(sentence, own) {
      statePaper ||= GENRE_CUES.statePaper.test(sentence);
      if (statePaper) return null;
      // "The views below are those of the newspapers" tells no one's words: a verb of writing must.
      if (own.length === 0 && !REPORTING.test(sentence)) return null;
      const named = [...papers].find((p) => sentence.slice(0, OPENING_CHARS).includes(p) || own.some((v) => v.speaker.includes(p))) ?? null;
      if (named) return { sides: ["other"], speaker: named };
      return GENRE_CUES.paperSpeaks.test(sentence) ? { sides: ["other"], speaker: paper ?? "the papers" } : null;
    },
  };
}
