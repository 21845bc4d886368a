// One article's judgements of its lines, remembered while it is read. The page head and the body
// pass both ask whether a line is furniture or metadata (the headline, the date lines, the first
// paragraph), and running those rules is the costliest step of reading a line. The rules read
// nothing but the text, so a remembered answer is the answer; a judge lives for one article.
import { isBoilerplate } from "./boilerplate.ts";
import { type MetadataLine, readMetadataLine } from "./metadata.ts";

export interface LineJudge {
  isBoilerplate(text: string): boolean;
  /** The metadata a line holds, as readMetadataLine reads it: one object per text, never to be changed. */
  readMetadataLine(text: string): MetadataLine | null;
}

export function lineJudge(): LineJudge {
  return { isBoilerplate: remembered(isBoilerplate), readMetadataLine: remembered(readMetadataLine) };
}

function remembered<T>(judge: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const answer = judge(text);
    known.set(text, answer);
    return answer;
  };
}
