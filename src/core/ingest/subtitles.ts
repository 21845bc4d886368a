// A subtitle file (SRT) pasted as a page's text: numbered cues, each a timing line
// ("00:00:03,800 --> 00:00:09,600") over one or two lines of speech or captions. Unfolded into
// what the rest of ingest reads: the numbers and timings dropped, each cue's lines a paragraph of
// its own, so that a speaker's label over a cue stays with the words under it.
import { patternsOf, type RuleTable } from "../rules/rule.ts";

export const SUBTITLE_RULES = {
  timing: {
    pattern: /^\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}(?:\s+.*)?$/u,
    examples: ["00:00:03,800 --> 00:00:09,600", "01:02:03.250 --> 01:02:07.000 align:start"],
    counterExamples: ["The ceasefire took effect at 00:00 --> and held until dawn."],
  },
  cueNumber: {
    pattern: /^\d{1,5}$/u,
    examples: ["1", "128"],
    counterExamples: ["1.", "12 killed"],
  },
} satisfies RuleTable<string>;

const RULES = patternsOf(SUBTITLE_RULES);
/** Fewer timing lines than this make no subtitle file, only a stray arrow. */
const MIN_CUES = 3;

/** The text with its cues unfolded, or the text as it was when it holds no subtitles. */
export function unfoldSubtitles(text: string): string {
  const lines = text.split("\n");
  if (lines.filter((l) => RULES.timing.test(l.trim())).length < MIN_CUES) return text;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (RULES.timing.test(trimmed)) {
      // A cue starts a paragraph: a blank line before its first line of text.
      if (out.at(-1) !== "") out.push("");
      return;
    }
    // The cue's number, right above its timing line.
    if (RULES.cueNumber.test(trimmed) && RULES.timing.test(lines[i + 1]?.trim() ?? "")) return;
    out.push(line);
  });
  return out.join("\n");
}
