// An article read from a page, written as the core reads a .md article: YAML front matter with
// what the page's markup said (title, outlet, published, url; plus `added` when stored by the
// add command), then the body. Fields the page did not give are left out, so the core's text
// rules (datelines, "Published:" lines, copyright lines) still find them in the body.
import { stringify } from "yaml";
import type { HtmlArticle } from "./readHtmlPage.ts";

export interface FrontFields {
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  url?: string | null;
  /** When the article was added to the corpus (ISO 8601). */
  added?: string | null;
  /** Where the site is published, when the page shows it (a weather widget's city). */
  location?: string | null;
  /** Who wrote the piece, as the page's author note says it ("X is the Minister of …"). */
  author_note?: string | null;
}

/** Front matter (only the fields given) and the body, ready for the core's parseArticle. */
export function withFrontMatter(fields: FrontFields, body: string): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === "string" && value !== ""));
  // A body that itself starts with "---" must not be read as a second front matter block.
  const safeBody = body.startsWith("---") ? `\n${body}` : body;
  if (Object.keys(present).length === 0) return safeBody;
  return `---\n${stringify(present, { lineWidth: 0 })}---\n\n${safeBody.trim()}\n`;
}

export function htmlArticleText(article: HtmlArticle): string {
  const { body, ...fields } = article;
  return withFrontMatter(fields, body);
}
