// A compact form of CorpusKnowledge for the saved index. Sentences are stored as offsets into
// their passage and claims/figures drop the sentence text they share with their sentence:
// the text would otherwise be saved three times, and parsing it is most of a load's cost.
import type { ArticleKnowledge, CasualtyFigure, Claim, CorpusKnowledge, Passage, Sentence } from "../../core/types.ts";

/** [start, end) in the passage text, or the text itself when it is not a substring. */
type CompactSentence = [number, number] | string;

interface CompactPassage extends Omit<Passage, "sentences"> {
  sentences: CompactSentence[];
  /** Only when the ids do not follow `${passageId}.s${index}`. */
  sentenceIds?: string[];
}

type CompactClaim = Omit<Claim, "sentence"> & { sentence?: string };
type CompactFigure = Omit<CasualtyFigure, "sentence"> & { sentence?: string };

export interface CompactArticle extends Omit<ArticleKnowledge, "passages" | "claims" | "casualties"> {
  passages: CompactPassage[];
  claims: CompactClaim[];
  casualties: CompactFigure[];
}

export interface CompactKnowledge {
  articles: CompactArticle[];
}

export function compactKnowledge(knowledge: CorpusKnowledge): CompactKnowledge {
  return { articles: knowledge.articles.map(compactArticle) };
}

function compactArticle(article: ArticleKnowledge): CompactArticle {
  const sentenceText = new Map<string, string>();
  const passages = article.passages.map((p): CompactPassage => {
    let cursor = 0;
    const sentences = p.sentences.map((s): CompactSentence => {
      sentenceText.set(s.id, s.text);
      const at = p.text.indexOf(s.text, cursor);
      if (at < 0) return s.text;
      cursor = at + s.text.length;
      return [at, cursor];
    });
    const conventional = p.sentences.every((s, i) => s.id === `${p.id}.s${i}` && s.passageId === p.id);
    return { id: p.id, file: p.file, text: p.text, heading: p.heading, sentences, ...(conventional ? {} : { sentenceIds: p.sentences.map((s) => s.id) }) };
  });
  const dropShared = <T extends { sentence: string; sentenceId: string }>(item: T): Omit<T, "sentence"> & { sentence?: string } => {
    if (sentenceText.get(item.sentenceId) !== item.sentence) return item;
    const { sentence: _shared, ...rest } = item;
    return rest;
  };
  return { meta: article.meta, passages, claims: article.claims.map(dropShared), casualties: article.casualties.map(dropShared), places: article.places };
}

export function expandKnowledge(compact: CompactKnowledge): CorpusKnowledge {
  return { articles: compact.articles.map(expandArticle) };
}

function expandArticle(article: CompactArticle): ArticleKnowledge {
  const sentenceText = new Map<string, string>();
  const passages = article.passages.map((p): Passage => {
    const sentences = p.sentences.map((s, i): Sentence => {
      const id = p.sentenceIds?.[i] ?? `${p.id}.s${i}`;
      const text = typeof s === "string" ? s : p.text.slice(s[0], s[1]);
      sentenceText.set(id, text);
      return { id, passageId: p.id, text };
    });
    return { id: p.id, file: p.file, text: p.text, heading: p.heading, sentences };
  });
  const restore = <T extends { sentenceId: string; sentence?: string }>(item: T): T & { sentence: string } => {
    const sentence = item.sentence ?? sentenceText.get(item.sentenceId);
    if (sentence === undefined) throw new Error(`the saved knowledge lost the sentence ${item.sentenceId}`);
    return { ...item, sentence };
  };
  return { meta: article.meta, passages, claims: article.claims.map(restore), casualties: article.casualties.map(restore), places: article.places };
}
