// The reader's article element → Markdown-like text, the form the core reads a .md article in:
// one paragraph per block separated by blank lines, `#` headings, `- ` list items, `>` quotes,
// table rows as `| a | b |`. A `<time>` that stands at the head of a block (a live blog entry's
// stamp) gets its own line, as it would in the saved text of the page.

const HEADING = /^H([1-6])$/;
const BLOCKS = new Set([
  "ADDRESS",
  "ARTICLE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGURE",
  "FIGCAPTION",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TBODY",
  "THEAD",
  "TR",
  "UL",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IMG", "PICTURE", "SVG", "BUTTON"]);

/** Blocks of text in reading order, each a paragraph (lines inside it are `<br>` breaks). */
export function toMarkdown(root: Element): string {
  const blocks: string[] = [];
  walk(root, blocks, { quote: false });
  return blocks.join("\n\n");
}

interface Context {
  quote: boolean;
}

function walk(element: Element, blocks: string[], context: Context): void {
  let inline = "";
  const flush = () => {
    const text = tidy(inline);
    inline = "";
    if (text !== "") blocks.push(context.quote ? text.replace(/^/gm, "> ") : text);
  };
  for (const node of element.childNodes) {
    if (node.nodeType === 3) {
      inline += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    const tag = child.tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === "BR") {
      inline += "\n";
    } else if (tag === "TIME" && tidy(inline) === "") {
      // "21:40 GMT" above an entry, or "Updated 14:05" at the head of a block: a line of its own.
      const stamp = tidy(child.textContent ?? "");
      if (stamp !== "") blocks.push(stamp);
    } else if (!BLOCKS.has(tag)) {
      inline += inlineText(child);
    } else {
      flush();
      block(child, tag, blocks, context);
    }
  }
  flush();
}

function block(element: Element, tag: string, blocks: string[], context: Context): void {
  const heading = HEADING.exec(tag);
  if (heading) {
    const text = tidy(element.textContent ?? "").replace(/\n/g, " ");
    if (text !== "") blocks.push(`${"#".repeat(Number(heading[1]))} ${text}`);
  } else if (tag === "LI") {
    const text = tidy(inlineText(element)).replace(/\n/g, " ");
    if (text !== "") blocks.push(`- ${text}`);
  } else if (tag === "TR" && [...element.children].some(holdsBlocks)) {
    // A layout table (an old page set in one big cell): its cells hold paragraphs, not data.
    for (const cell of element.children) walk(cell, blocks, context);
  } else if (tag === "TR") {
    const cells = [...element.children].map((cell) => tidy(cell.textContent ?? "").replace(/\n/g, " "));
    if (cells.some((cell) => cell !== "")) blocks.push(cells.length > 1 ? `| ${cells.join(" | ")} |` : (cells[0] ?? ""));
  } else if (tag === "PRE") {
    const text = (element.textContent ?? "").replace(/\r\n?/g, "\n").trim();
    if (text !== "") blocks.push(text);
  } else if (tag !== "HR") {
    walk(element, blocks, { quote: context.quote || tag === "BLOCKQUOTE" });
  }
}

/** A table cell with paragraphs, headings or other blocks inside: a layout cell, not a datum. */
function holdsBlocks(cell: Element): boolean {
  return cell.querySelector("p, div, h1, h2, h3, h4, h5, h6, table, ul, ol, blockquote") !== null;
}

/** An inline element's text, with its `<br>` breaks kept and block children read as text. */
function inlineText(element: Element): string {
  let out = "";
  for (const node of element.childNodes) {
    if (node.nodeType === 3) out += node.textContent ?? "";
    else if (node.nodeType === 1) {
      const child = node as Element;
      const tag = child.tagName.toUpperCase();
      if (tag === "BR") out += "\n";
      else if (!SKIPPED.has(tag)) out += `${BLOCKS.has(tag) ? " " : ""}${inlineText(child)}${BLOCKS.has(tag) ? " " : ""}`;
    }
  }
  return out;
}

/** White space folded within lines; `<br>` breaks kept as line ends; no blank lines inside a block. */
function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
