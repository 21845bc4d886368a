// The text pipeline shared by passages and questions: words → no stop words → stems →
// synonym groups. Passages and questions go through the same steps so their terms meet.
import { isStopWord } from "./stopWords.ts";
import { stem } from "./stem.ts";
import { SYNONYM_GROUPS } from "./synonyms.ts";
import { searchTerms } from "./tokenize.ts";

interface Phrase {
  stems: string[];
  term: string;
}

interface SynonymTable {
  single: Map<string, string>;
  /** Multi-word members, by their first stem, longest first. */
  phrases: Map<string, Phrase[]>;
}

/** A group's indexed term: a marker that no word can produce, so it never collides or gets "corrected". */
function groupTerm(group: readonly string[]): string {
  return `=${stemWords(group[0] ?? "").join("_")}`;
}

function stemWords(text: string): string[] {
  return searchTerms(text)
    .filter((w) => !isStopWord(w))
    .map(stem);
}

export function compileSynonyms(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): SynonymTable {
  const single = new Map<string, string>();
  const phrases = new Map<string, Phrase[]>();
  for (const group of groups) {
    const term = groupTerm(group);
    for (const member of group) {
      const stems = stemWords(member);
      const first = stems[0];
      if (!first) continue;
      if (stems.length === 1) {
        single.set(first, term);
        continue;
      }
      const list = phrases.get(first) ?? [];
      list.push({ stems, term });
      list.sort((a, b) => b.stems.length - a.stems.length);
      phrases.set(first, list);
    }
  }
  return { single, phrases };
}

const DEFAULT_SYNONYMS = compileSynonyms();

/** The indexed term for one word on its own (no phrase context), or null for a stop word. */
export function termOf(word: string, synonyms: SynonymTable = DEFAULT_SYNONYMS): string | null {
  if (isStopWord(word)) return null;
  const s = stem(word);
  return synonyms.single.get(s) ?? s;
}

/** Terms for a list of already tokenized words: stop words dropped, phrases matched first. */
export function analyzeWords(words: readonly string[], synonyms: SynonymTable = DEFAULT_SYNONYMS): string[] {
  const stems = words.filter((w) => !isStopWord(w)).map(stem);
  const terms: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i] ?? "";
    const phrase = synonyms.phrases.get(s)?.find((p) => p.stems.every((ps, k) => stems[i + k] === ps));
    if (phrase) {
      terms.push(phrase.term);
      i += phrase.stems.length - 1;
      continue;
    }
    terms.push(synonyms.single.get(s) ?? s);
  }
  return terms;
}

export function analyze(text: string): string[] {
  return analyzeWords(searchTerms(text));
}
