// Builds CorpusKnowledge by hand for tests: one article from a few paragraphs, with the
// claims, casualty figures and places a test needs, without the knowledge core's extraction.
import type { ArticleKnowledge, CasualtyFigure, Claim, ClaimKind, CorpusKnowledge, DateRef, Genre, Passage, Side } from "../../src/core/types.ts";

export interface FixtureClaim {
  /** Paragraph index and a fragment of the sentence within it. */
  paragraph: number;
  fragment: string;
  side: Side;
  speaker: string;
  kind?: ClaimKind;
  date?: string;
}

export interface FixtureFigure extends Omit<CasualtyFigure, "file" | "passageId" | "sentenceId" | "sentence" | "date"> {
  paragraph: number;
  fragment: string;
  date?: string;
}

export interface FixtureArticle {
  file: string;
  title?: string;
  outlet?: string;
  published?: string;
  /** "news" unless told. */
  genre?: Genre;
  paragraphs: string[];
  claims?: FixtureClaim[];
  casualties?: FixtureFigure[];
  /** Place names; each is recorded for every sentence that contains it. */
  places?: string[];
}

export function dayRef(iso: string): DateRef {
  return { text: `on ${iso}`, start: iso, end: iso, precision: "day" };
}

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”]?)\s+(?=[A-Z“"])/).filter((s) => s.trim().length > 0);
}

export function articleFixture(input: FixtureArticle): ArticleKnowledge {
  const paragraphs = input.title ? [input.title, ...input.paragraphs] : input.paragraphs;
  const offset = input.title ? 1 : 0;
  const passages: Passage[] = paragraphs.map((text, index) => {
    const id = `${input.file}#p${index}`;
    return {
      id,
      file: input.file,
      text,
      heading: Boolean(input.title) && index === 0,
      sentences: splitSentences(text).map((s, k) => ({ id: `${id}.s${k}`, passageId: id, text: s })),
    };
  });
  const sentenceWith = (paragraph: number, fragment: string) => {
    const passage = passages[paragraph + offset];
    const sentence = passage?.sentences.find((s) => s.text.includes(fragment));
    if (!passage || !sentence) throw new Error(`fixture: no sentence with "${fragment}" in paragraph ${paragraph}`);
    return sentence;
  };
  const claims: Claim[] = (input.claims ?? []).map((c) => {
    const s = sentenceWith(c.paragraph, c.fragment);
    return {
      id: `${s.id}:${c.side}`,
      file: input.file,
      passageId: s.passageId,
      sentenceId: s.id,
      sentence: s.text,
      speaker: c.speaker,
      side: c.side,
      kind: c.kind ?? "statement",
      date: c.date ? dayRef(c.date) : null,
    };
  });
  const casualties: CasualtyFigure[] = (input.casualties ?? []).map(({ paragraph, fragment, date, ...figure }) => {
    const s = sentenceWith(paragraph, fragment);
    return { ...figure, file: input.file, passageId: s.passageId, sentenceId: s.id, sentence: s.text, date: date ? dayRef(date) : null };
  });
  const places: Record<string, string[]> = {};
  for (const passage of passages) {
    for (const sentence of passage.sentences) {
      const named = (input.places ?? []).filter((p) => sentence.text.includes(p));
      if (named.length > 0) places[sentence.id] = named;
    }
  }
  return {
    meta: {
      file: input.file,
      genre: input.genre ?? "news",
      title: input.title ?? null,
      outlet: input.outlet ?? null,
      published: input.published ?? null,
      url: null,
    },
    passages,
    claims,
    casualties,
    places,
  };
}

export function corpusFixture(...articles: FixtureArticle[]): CorpusKnowledge {
  return { articles: articles.map(articleFixture) };
}
