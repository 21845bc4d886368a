// Readability joins the article's main block with the sibling paragraphs that follow it, but not
// with the headings between them: "<div>statement</div><h2>Editor's note</h2><p>…</p>" comes back
// without "Editor's note", and the core can no longer tell where the statement ends and the
// outlet's note begins. The headings are noted before Readability runs and put back above the
// paragraph they headed, where that paragraph made it into the article.

/** A heading and the opening words of the paragraph right after it. */
export interface HeadingAbove {
  level: number;
  text: string;
  next: string;
}

/** A section heading is short; a longer "heading" is a styled paragraph, which Readability keeps. */
const MAX_HEADING_CHARS = 80;
/** How much of the paragraph under a heading identifies it. */
const OPENING_CHARS = 40;

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

/** The h2–h6 headings of the page with the paragraph each one heads. */
export function headingsAbove(document: Document): HeadingAbove[] {
  const found: HeadingAbove[] = [];
  for (const heading of document.querySelectorAll("h2, h3, h4, h5, h6")) {
    const text = squeeze(heading.textContent ?? "");
    const next = squeeze(heading.nextElementSibling?.textContent ?? "").slice(0, OPENING_CHARS);
    if (text === "" || text.length > MAX_HEADING_CHARS || next.length < OPENING_CHARS) continue;
    found.push({ level: Number(heading.tagName.slice(1)), text, next });
  }
  return found;
}

/** The body's blocks with each dropped heading back above the block it headed. */
export function withHeadingsKept(body: string, headings: readonly HeadingAbove[]): string {
  const blocks = body.split("\n\n");
  const present = new Set(blocks.map((b) => squeeze(b.replace(/^#+\s*/, ""))));
  for (const heading of headings) {
    if (present.has(heading.text)) continue;
    const at = blocks.findIndex((b) => squeeze(b).startsWith(heading.next));
    // (Only between two blocks: a heading above the first block would be the article's own title.)
    if (at <= 0) continue;
    blocks.splice(at, 0, `${"#".repeat(heading.level)} ${heading.text}`);
    present.add(heading.text);
  }
  return blocks.join("\n\n");
}
