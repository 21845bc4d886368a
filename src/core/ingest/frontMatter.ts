// YAML front matter (`---` … `---` at the very start of the file), recognised by content so that
// a .txt file may carry it too. Only flat `key: value` pairs are needed, so we read them ourselves
// instead of pulling in a YAML library, and validate the four known keys with zod.
import { z } from "zod";
import { isoDate } from "../dates/calendar.ts";
import { CounterclaimError } from "../errors.ts";

export interface FrontMatter {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface SplitFrontMatter {
  /** Null when the file has no front matter. */
  front: FrontMatter | null;
  /** The text after the front matter (the whole text when there is none). */
  body: string;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
/** Lines a YAML block may hold besides `key: value`: comments, blanks, nested/list values of keys we ignore. */
const IGNORABLE = /^(?:\s*#.*|\s*|\s+.*|-\s.*)$/;
const BLOCK_SCALAR = /^[|>][+-]?$/;

/**
 * Separates front matter from the body and validates it.
 * @throws CounterclaimError naming the file and the field when a known field has a bad value.
 */
export function splitFrontMatter(file: string, text: string): SplitFrontMatter {
  const lines = text.split("\n");
  if (lines.length < 2 || !OPEN.test(lines[0] ?? "")) return { front: null, body: text };
  const close = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  if (close < 0) return { front: null, body: text };
  const raw = readKeyValues(lines.slice(1, close));
  // A `---` rule followed by prose is not front matter: every line must read as YAML.
  if (raw === null) return { front: null, body: text };
  return { front: validate(file, raw), body: lines.slice(close + 1).join("\n") };
}

/** The block's top-level `key: value` pairs (keys lower-cased), or null when a line is not YAML. */
function readKeyValues(lines: string[]): Record<string, string | null> | null {
  const values: Record<string, string | null> = {};
  let sawKey = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const match = KEY_VALUE.exec(line);
    if (match) {
      sawKey = true;
      const key = (match[1] ?? "").toLowerCase();
      const raw = match[2] ?? "";
      if (BLOCK_SCALAR.test(raw)) {
        // `title: >` or `title: |` continues on the indented lines below; folded into one line.
        const continued: string[] = [];
        while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1] ?? "")) continued.push((lines[++i] ?? "").trim());
        values[key] = continued.length > 0 ? continued.join(" ") : null;
      } else {
        values[key] = unquote(raw);
      }
    } else if (!IGNORABLE.test(line)) {
      return null;
    }
  }
  return sawKey ? values : null;
}

/** A YAML scalar: "double" (with \" escapes), 'single' (with '' escapes), or plain (minus a # comment). */
export function unquote(value: string): string | null {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    return v.slice(1, -1).replace(/\\(["\\/nt])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : c));
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  const plain = v.replace(/\s+#.*$/, "").trim();
  // YAML's spellings of "no value".
  return plain === "" || plain === "~" || plain.toLowerCase() === "null" ? null : plain;
}

const DATE_OR_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A real calendar date as YYYY-MM-DD; a date-time keeps its date part (the publisher's local day). */
const publishedSchema = z.string().transform((value, ctx) => {
  const match = DATE_OR_DATE_TIME.exec(value.trim());
  const iso = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (iso === null) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be a real date as YYYY-MM-DD (got "${value}")` });
    return z.NEVER;
  }
  return iso;
});

const urlSchema = z.string().superRefine((value, ctx) => {
  if (!z.string().url().safeParse(value).success || !/^[a-z][a-z\d+.-]*:\/\//i.test(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be a URL (got "${value}")` });
  }
});

const textSchema = z.string().transform((value) => value.replace(/\s+/g, " ").trim());

// Unknown keys are dropped by z.object; `date` is a common spelling of `published` in static-site front matter,
// and `source`, `publisher`, `site_name` of `outlet` (a `source` that is a web address names no outlet).
const frontMatterSchema = z.object({
  title: textSchema.nullish(),
  outlet: textSchema.nullish(),
  publisher: textSchema.nullish(),
  source: textSchema.nullish(),
  site_name: textSchema.nullish(),
  published: publishedSchema.nullish(),
  date: publishedSchema.nullish(),
  url: urlSchema.nullish(),
});

function validate(file: string, raw: Record<string, string | null>): FrontMatter {
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "front matter");
    const what = issue?.code === z.ZodIssueCode.custom ? issue.message : `is invalid: ${issue?.message ?? "unknown"}`;
    throw new CounterclaimError(`${file}: front matter field "${field}" ${what}`, { file, field });
  }
  const { title, outlet, publisher, source, site_name, published, date, url } = parsed.data;
  const named = [outlet, publisher, site_name, source].find((name) => name && !/^[a-z][a-z\d+.-]*:\/\//i.test(name));
  return {
    title: title || null,
    outlet: named || null,
    published: published ?? date ?? null,
    url: url ?? null,
  };
}
