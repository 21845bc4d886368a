// One thing to add (a file path, a web address, a Discord attachment) → the article's front-matter
// fields and body, read the same way the corpus reader reads .html and .txt/.md files.
import { stat, readFile } from "node:fs/promises";
import { extname } from "node:path";
import { splitFrontMatter } from "../../core/ingest/frontMatter.ts";
import type { FrontFields } from "../html/articleText.ts";
import { decodeHtml } from "../html/decodeHtml.ts";
import { readHtmlPage } from "../html/readHtmlPage.ts";
import { FetchError, fetchLimited, type FetchLimits } from "./fetchLimited.ts";

export type ArticleInput = { kind: "path"; path: string } | { kind: "url"; url: string } | { kind: "attachment"; name: string; url: string; size: number };

export interface ReadArticle {
  fields: FrontFields;
  body: string;
  /** The web address it came from, if any (a page's canonical link wins). */
  url: string | null;
}

/** A refusal whose message names what was wrong; `retry` when trying later may succeed (unreachable, a time-out, a 5xx). */
export class AddError extends Error {
  override name = "AddError";
  constructor(
    message: string,
    readonly retry = false,
  ) {
    super(message);
  }
}

const TEXT_EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const TEXT_TYPES = new Set(["text/plain", "text/markdown", "text/x-markdown"]);

export function describeInput(input: ArticleInput): string {
  return input.kind === "path" ? input.path : input.kind === "url" ? input.url : input.name;
}

export async function readInput(input: ArticleInput, limits: FetchLimits): Promise<ReadArticle> {
  if (input.kind === "path") return readPath(input.path, limits.maxBytes);
  if (input.kind === "attachment") {
    const extension = extname(input.name).toLowerCase();
    if (!TEXT_EXTENSIONS.has(extension)) throw new AddError(`is a ${extension || "file without an extension"}, not a .txt, .md or .html file`);
    if (input.size > limits.maxBytes) throw new AddError(`is ${mb(input.size)}, over the limit of ${mb(limits.maxBytes)} for one article`);
    // Discord may serve an attachment as application/octet-stream: its extension then decides.
    const fetched = await fetchChecked(input.url, (type) => HTML_TYPES.has(type) || TEXT_TYPES.has(type) || type === "application/octet-stream", limits);
    const html = extension === ".html" || extension === ".htm";
    return fromBytes(fetched.bytes, html, fetched.charset, null);
  }
  const fetched = await fetchChecked(input.url, (type) => HTML_TYPES.has(type) || TEXT_TYPES.has(type), limits);
  return fromBytes(fetched.bytes, HTML_TYPES.has(fetched.mediaType), fetched.charset, fetched.url);
}

async function fetchChecked(url: string, accepts: (type: string) => boolean, limits: FetchLimits) {
  try {
    return await fetchLimited(url, accepts, limits);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const transient = /could not be reached|did not answer|took too long|broke off|answered 5\d\d/.test(message);
    throw new AddError(message, transient && error instanceof FetchError);
  }
}

async function readPath(path: string, maxBytes: number): Promise<ReadArticle> {
  const extension = extname(path).toLowerCase();
  if (!TEXT_EXTENSIONS.has(extension)) throw new AddError(`is a ${extension || "file without an extension"}, not a .txt, .md or .html file`);
  const stats = await stat(path).catch(() => null);
  if (!stats) throw new AddError("does not exist");
  if (!stats.isFile()) throw new AddError("is not a regular file");
  if (stats.size > maxBytes) throw new AddError(`is ${mb(stats.size)}, over the limit of ${mb(maxBytes)} for one article (CORPUS_MAX_ARTICLE_MB)`);
  return fromBytes(await readFile(path), extension !== ".txt" && extension !== ".md", null, null);
}

function fromBytes(bytes: Buffer, html: boolean, charset: string | null, url: string | null): ReadArticle {
  try {
    if (html) {
      const { body, ...fields } = readHtmlPage(decodeHtml(bytes, charset), url);
      return { fields, body, url: fields.url ?? url };
    }
    if (bytes.includes(0)) throw new Error("is not a text file (it contains NUL bytes)");
    const text = new TextDecoder("utf-8", { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n");
    const { front, body } = splitFrontMatter("input", text);
    return { fields: front ?? {}, body, url: front?.url ?? url };
  } catch (error) {
    if (error instanceof TypeError) throw new AddError("is not valid UTF-8 text");
    throw new AddError(error instanceof Error ? error.message : String(error));
  }
}

const mb = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;
