// A page's preview of itself ("We look at who said what …", "In this episode we ask …", "This video
// explains how …"): it names what the page will cover, often in many of a question's words, but
// tells none of it. Such a sentence never leads (pageSelfPreview.json holds its words).
import { z } from "zod";
import { parseDataFile } from "../dataFile.ts";
import { escapeRegExp } from "../rules/rule.ts";
import previewData from "./pageSelfPreview.json" with { type: "json" };

const PREVIEW = parseDataFile(
  "pageSelfPreview.json",
  z.object({ examples: z.array(z.string().min(1)).min(1), pages: z.array(z.string().min(1)).min(1), verbs: z.array(z.string().min(1)).min(1) }),
  previewData,
);

/** "look" → "look|looks", "set out" → "set(?:s)? out", "try to answer" → "tr(?:y|ies) to answer". */
function verbForms(verb: string): string {
  const [head = "", ...rest] = verb.split(/\s+/);
  const third = head.endsWith("y")
    ? `${escapeRegExp(head.slice(0, -1))}(?:y|ies)`
    : head.endsWith("sh") || head.endsWith("ch")
      ? `${escapeRegExp(head)}(?:es)?`
      : `${escapeRegExp(head)}s?`;
  return [third, ...rest.map(escapeRegExp)].join("\\s+");
}

const PAGES = PREVIEW.pages.map((p) => p.split(/\s+/).map(escapeRegExp).join("\\s+")).join("|");
const VERBS = PREVIEW.verbs.map(verbForms).join("|");
/** "In this episode,", "Today,", "Here", "Below,", "This week": what may open the preview before its subject. */
const OPENING = String.raw`(?:(?:in|on|for)\s+(?:this|today['’]s|the\s+following|our)\s+(?:${PAGES})\s*,?\s+|(?:here|below|today|this\s+week|now)\s*,?\s+)*`;
/** The page's "we", or the page itself ("this video", "the following report"), as the subject of a verb of covering. */
const SUBJECT = String.raw`(?:we(?:['’]ll|\s+will|\s+(?:also|then|first|briefly))?|(?:this|the\s+following|today['’]s)\s+(?:${PAGES})(?:\s+(?:will|also))?)`;
const SELF_PREVIEW = new RegExp(String.raw`^\W*${OPENING}${SUBJECT}\s+(?:${VERBS})\b`, "i");

/** Whether a sentence only announces what its page covers. */
export function previewsItsPage(text: string): boolean {
  return SELF_PREVIEW.test(text);
}
