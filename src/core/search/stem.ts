// A light English stemmer: strips inflections (-s, -es, -ies, -ed, -ing) and the commonest
// derivations (-ation, -ate, -ator) so that "violated", "violation" and "violations" meet.
// Deliberately lighter than Porter: place and person names must survive untouched,
// and over-stemming would merge unrelated conflict words ("force"/"forces" yes, "forced"/"forces" fine too).

const VOWEL = /[aeiouy]/;
const KEEP_DOUBLED = new Set(["l", "s", "z"]);

export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = stripPlural(word);
  w = stripVerbEnding(w);
  w = stripDerivation(w);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

function stripPlural(w: string): string {
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("sses")) return w.slice(0, -2);
  if (/(?:x|z|ch|sh|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

function stripVerbEnding(w: string): string {
  if (w.endsWith("ied") && w.length > 4) return `${w.slice(0, -3)}y`;
  for (const ending of ["ing", "ed"]) {
    if (!w.endsWith(ending)) continue;
    const rest = w.slice(0, -ending.length);
    if (rest.length < 3 || !VOWEL.test(rest)) return w;
    // "violated"/"violating" lost their "e": treat the "at" left over like "-ate".
    if (rest.endsWith("at") && rest.length >= 6) return rest.slice(0, -2);
    return undouble(rest);
  }
  return w;
}

/** "stopped" → "stopp" → "stop", but "shelled" keeps "shell". */
function undouble(w: string): string {
  const last = w.at(-1) ?? "";
  if (w.length > 3 && last === w.at(-2) && !VOWEL.test(last) && !KEEP_DOUBLED.has(last)) return w.slice(0, -1);
  return w;
}

function stripDerivation(w: string): string {
  for (const ending of ["ation", "ator", "ate"]) {
    if (w.endsWith(ending) && w.length - ending.length >= 4) return w.slice(0, -ending.length);
  }
  return w;
}
