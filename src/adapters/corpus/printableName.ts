// File names come from whoever filled the corpus folder: a newline in one would forge a log or
// report line, and a bidi override (U+202E) would make "gpj.exe" read as "exe.jpg" in Discord.
// Every name the corpus reader hands on is escaped here, so no report can print one raw.

/** Control characters, line and paragraph separators, and every bidi embedding, override, isolate and mark. */
const UNPRINTABLE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The name with each unprintable character written as an escape: "a\nb.md" → "a\\nb.md", U+202E → "\\u202E". */
export function printableName(name: string): string {
  return name.replace(UNPRINTABLE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}
