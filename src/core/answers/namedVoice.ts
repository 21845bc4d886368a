// "How many died, according to the interior ministry?", "the military commandant's toll": a toll
// question may name whose count it wants by what that voice is (voiceWords.json), not by its side.
// A count in which that voice speaks answers it; another voice's count of the same dead
// (the Popular Front's, a news agency editor's) does not, however well it matches the other words.
import { z } from "zod";
import type { Claim } from "../types.ts";
import { parseDataFile } from "../dataFile.ts";
import { stem } from "../search/stem.ts";
import { searchTerms } from "../search/tokenize.ts";
import voiceWordsData from "./voiceWords.json" with { type: "json" };

/** The voice words, stemmed as the search stems them. */
const VOICE_WORDS: ReadonlySet<string> = new Set(
  parseDataFile("voiceWords.json", z.object({ words: z.array(z.string().min(1)).min(1) }), voiceWordsData).words.flatMap((w) => searchTerms(w).map(stem)),
);

/** The voice words a text holds, stemmed: "the Soviet Interior Ministry" → ["interior"]. */
export function voiceWords(text: string): string[] {
  return searchTerms(text)
    .map(stem)
    .filter((w) => VOICE_WORDS.has(w));
}

/**
 * Whether a voice the question names speaks in the sentence: a word of the question names a speaker
 * of its claims, or the speaker's title set beside his name in the sentence ("Gegham Stepanyan, the
 * region's ombudsman, said …" for "according to the ombudsman").
 */
export function speaksAsVoiceNamed(question: string, sentence: string, claims: readonly Pick<Claim, "speaker">[]): boolean {
  if (claims.length === 0) return false;
  const asked = new Set(voiceWords(question));
  if (asked.size === 0) return false;
  return claims.some((c) => {
    const at = sentence.indexOf(c.speaker);
    const apposition = at >= 0 ? sentence.slice(at, at + c.speaker.length + APPOSITION_CHARS) : c.speaker;
    return voiceWords(apposition.split(/\b(?:said|says|told|put|gave|reported|announced|confirmed|stated)\b/)[0] ?? "").some((w) => asked.has(w));
  });
}

/** How far after a speaker's name its title may follow ("Lieutenant-General Vladimir Dubinyak, military commandant of Baku,"). */
const APPOSITION_CHARS = 80;
