// A corpus file's bytes → the text the core reads. A .txt or .md file is UTF-8 text as it is;
// an .html or .htm page is read by the HTML adapter into Markdown with front matter, so the core
// gets the same kind of input from every file.
import { htmlArticleText } from "../html/articleText.ts";
import { decodeHtml } from "../html/decodeHtml.ts";
import { readHtmlPage } from "../html/readHtmlPage.ts";

export const HTML_FILE = /\.html?$/i;

export function articleText(file: string, bytes: Buffer): string {
  if (HTML_FILE.test(file)) return htmlArticleText(readHtmlPage(decodeHtml(bytes)));
  return decodeUtf8(bytes);
}

/** Decodes strictly so that a binary or mis-encoded file is reported, not indexed as mojibake. */
function decodeUtf8(bytes: Buffer): string {
  if (bytes.includes(0)) throw new Error("not a text file (it contains NUL bytes)");
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
}
