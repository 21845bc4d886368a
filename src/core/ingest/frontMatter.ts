// YAML front matter (`---` … `---` at the very start of the file), recognised by content so that
// a .txt file may carry it too. The block is read by the `yaml` package and the known keys are
// validated with zod; a block that starts like YAML but does not parse is reported with its line,
// never indexed as body text.
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { institutionOrNull } from "./institutions.ts";
import { z } from "zod";
import { isoDate, parseAbsoluteDate } from "../dates/calendar.ts";
import { CounterclaimError } from "../errors.ts";

export interface FrontMatter {
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  /** The site's section or category ("Interviews", "Fact check"): a hint at the genre, never required. */
  section?: string | null;
  /** A show's presenters and guests as its page lists them ("presenter: …", "guests: [NAME, ROLE, …]"). */
  cast?: { hosts: string[]; guests: string[] };
  /** Where the page is published or filed from ("location: Baku"), as a dateline would say. */
  location?: string | null;
  /** Who wrote the piece ("author: Ararat Mirzoyan"), when the field is one name; a nested record is not read. */
  author?: string | null;
  /** A note on who wrote the piece ("author_note: X is the Minister of …"), as a page's author bio says it. */
  authorNote?: string | null;
}

export interface SplitFrontMatter {
  /** Null when the file has no front matter. */
  front: FrontMatter | null;
  /** The text after the front matter (the whole text when there is none). */
  body: string;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A top-level `key:` line: what makes a block after `---` front matter rather than prose between rules. */
const KEY_LINE = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/;
const BLANK_OR_COMMENT = /^\s*(?:#.*)?$/;

/** The block's top-level values (keys lower-cased) and the file line of each key. */
interface RawFrontMatter {
  values: Record<string, unknown>;
  lines: Record<string, number>;
}

/**
 * Separates front matter from the body and validates it. Messages name the line and the field but
 * not the file: the error's `where.file` carries it, and every report prints it once in front.
 * @throws CounterclaimError when the block is not valid YAML, is never closed, or a known field has a bad value.
 */
export function splitFrontMatter(file: string, text: string): SplitFrontMatter {
  const lines = text.split("\n");
  if (lines.length < 2 || !OPEN.test(lines[0] ?? "")) return { front: null, body: text };
  const close = lines.findIndex((line, i) => i > 0 && CLOSE.test(line));
  const block = lines.slice(1, close < 0 ? lines.length : close);
  // A `---` rule followed by prose is not front matter.
  if (!startsWithKey(block)) return { front: null, body: text };
  if (close < 0) throw new CounterclaimError("front matter opened on line 1 is never closed (no `---` line after it)", { file, field: "front matter" });
  const body = lines.slice(close + 1).join("\n");
  return { front: withHeadlineQuotes(validate(file, readYaml(file, block.join("\n"))), body), body };
}

/** The body's first Markdown heading ("# …"), if one opens the body. */
const FIRST_HEADING = /^\s*#{1,2}[ \t]+(.+?)[ \t#]*$/;
const QUOTE_MARKS = /["'“”‘’]/g;

/**
 * title: "'An attack against X': Y posts …" over the heading '# "An attack against X": Y posts …':
 * YAML quoting made the writer swap the double quotes that open the headline for single ones. The
 * heading is the headline as the page prints it, so its quotes are kept when the two differ in
 * nothing else.
 */
function withHeadlineQuotes(front: FrontMatter, body: string): FrontMatter {
  const title = front.title;
  const firstLine =
    body
      .slice(0, 2000)
      .split("\n")
      .find((line) => line.trim() !== "") ?? "";
  const heading = FIRST_HEADING.exec(firstLine)?.[1]?.replace(/\s+/g, " ").trim();
  // Only a headline that opens with the quotation: inside a title ("… switch to 'step-by-step' plan")
  // the front matter's quotes are the title as its writer gave it.
  if (!title || !heading || heading === title || !/^["“]/.test(heading)) return front;
  const unquoted = (t: string) => t.replace(QUOTE_MARKS, "'");
  return unquoted(heading) === unquoted(title) ? { ...front, title: heading } : front;
}

function startsWithKey(block: readonly string[]): boolean {
  const first = block.find((line) => !BLANK_OR_COMMENT.test(line));
  return first !== undefined && KEY_LINE.test(first);
}

/** The block after the opening `---` (file line 2 onwards) read as a YAML mapping. */
function readYaml(file: string, block: string): RawFrontMatter {
  const lineCounter = new LineCounter();
  // Duplicate keys are accepted (the last wins), as hand-written front matter often repeats one.
  const doc = parseDocument(block, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const [error] = doc.errors;
  if (error) {
    const what = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, "");
    throw new CounterclaimError(`front matter line ${fileLine(error.pos[0])} is not valid YAML: ${what}`, { file, field: "front matter" });
  }
  const raw: RawFrontMatter = { values: {}, lines: {} };
  if (!isMap(doc.contents)) return raw;
  const values: unknown = doc.toJS();
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || typeof values !== "object" || values === null) continue;
    const name = String(pair.key.value);
    const key = name.toLowerCase();
    raw.values[key] = (values as Record<string, unknown>)[name] ?? null;
    raw.lines[key] = fileLine(pair.key.range?.[0] ?? 0);
  }
  return raw;
}

/** A single value as text: numbers and booleans are text too (`title: 1984`); a list or a mapping is not. */
const scalarText = z.unknown().transform((value, ctx) => {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be a single value, not ${Array.isArray(value) ? "a list" : "a mapping"}` });
  return z.NEVER;
});

const DATE_OR_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A real calendar date as YYYY-MM-DD; a date-time keeps its date part (the publisher's local day). */
const publishedSchema = scalarText.pipe(z.string()).transform((value, ctx) => {
  const match = DATE_OR_DATE_TIME.exec(value.trim());
  const iso = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (iso === null) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be a real date as YYYY-MM-DD (got "${value}")` });
    return z.NEVER;
  }
  return iso;
});

// "last_updated: 10 January 2024, 12:00 GMT": a site's own stamp, in whatever form it prints dates. It
// only stands in when no publishing date is given, so one that cannot be read is left out, not an error.
const updatedSchema = scalarText.pipe(z.string()).transform((value) => {
  const match = DATE_OR_DATE_TIME.exec(value.trim());
  return (match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null) ?? parseAbsoluteDate(value);
});

const urlSchema = scalarText.pipe(z.string()).superRefine((value, ctx) => {
  if (!z.string().url().safeParse(value).success || !/^[a-z][a-z\d+.-]*:\/\//i.test(value)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be a URL (got "${value}")` });
  }
});

const textSchema = scalarText.pipe(z.string()).transform((value) => value.replace(/\s+/g, " ").trim());

// "presenter: Nicholas Bray", "guests: [Rauf Mammadli, Azerbaijani foreign ministry, …]": one person
// per entry, each as written (a guest's role stays with the name); anything else is left out.
const namesSchema = z
  .unknown()
  .transform((value) =>
    (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.replace(/\s+/g, " ").trim()),
  );

// "section: Interviews", "categories: [Fact check, Caucasus]": a label or a list of them, read as one
// label; anything else (a mapping, a number) says nothing about the genre and is left out.
const labelSchema = z.unknown().transform((value) => {
  const labels = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && v.trim() !== "");
  return labels.length > 0 ? labels.map((l) => l.replace(/\s+/g, " ").trim()).join(" / ") : null;
});

// Unknown keys are dropped by z.object; `date` is a common spelling of `published` in static-site front matter
// (and `last_updated`/`updated` the only date an archive page may give), and `source`, `publisher`, `publication`, `site`,
// `site_name`, `newsletter`, `agency`, `organisation`/`organization` (a body publishing its own report) of `outlet` (a `source` that is
// a web address names no outlet).
const frontMatterSchema = z.object({
  title: textSchema.nullish(),
  outlet: textSchema.nullish(),
  publisher: textSchema.nullish(),
  agency: textSchema.nullish(),
  source: textSchema.nullish(),
  site: textSchema.nullish(),
  site_name: textSchema.nullish(),
  publication: textSchema.nullish(),
  // A newsletter's issue: the newsletter is its outlet.
  newsletter: textSchema.nullish(),
  organisation: textSchema.nullish(),
  organization: textSchema.nullish(),
  published: publishedSchema.nullish(),
  date: publishedSchema.nullish(),
  last_updated: updatedSchema.nullish(),
  updated: updatedSchema.nullish(),
  url: urlSchema.nullish(),
  section: labelSchema,
  category: labelSchema,
  categories: labelSchema,
  rubric: labelSchema,
  // A broadcast's page: the network is its outlet, the air date its date, the presenters and guests its cast.
  network: textSchema.nullish(),
  broadcaster: textSchema.nullish(),
  channel: textSchema.nullish(),
  station: textSchema.nullish(),
  programme: textSchema.nullish(),
  program: textSchema.nullish(),
  show: textSchema.nullish(),
  podcast: textSchema.nullish(),
  broadcast: updatedSchema.nullish(),
  aired: updatedSchema.nullish(),
  air_date: updatedSchema.nullish(),
  presenter: namesSchema,
  presenters: namesSchema,
  host: namesSchema,
  hosts: namesSchema,
  interviewer: namesSchema,
  anchor: namesSchema,
  moderator: namesSchema,
  guest: namesSchema,
  guests: namesSchema,
  // Where the page comes from, as a dateline would say: "location: Baku", "city: Yerevan".
  location: textSchema.nullish(),
  city: textSchema.nullish(),
  dateline: textSchema.nullish(),
});

/** "The World Tonight (Radio Atlantic)": a programme's network in brackets after its name. */
const NETWORK_IN_BRACKETS = /\(([^()]{2,60})\)\s*$/;

/** "Sever-Inform (SI), English service": an agency's acronym in brackets and the service it names. */
const SERVICE_NOTE = /\s*\(\p{Lu}{2,6}\)|,\s*(?:English|Russian|international|foreign|world)\s+(?:service|edition|desk|feed)$/giu;

/** "Karabakh War Record – an open archive of the first war": a site's name before its tagline. */
const TAGLINE = /\s+[–—|]\s+\p{Ll}.*$/u;

function validate(file: string, raw: RawFrontMatter): FrontMatter {
  // Only the known keys are checked: an unknown one may hold anything (tags, nested author records).
  const known = Object.fromEntries(Object.entries(raw.values).filter(([key]) => key in frontMatterSchema.shape && raw.values[key] !== null));
  const parsed = frontMatterSchema.safeParse(known);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "front matter");
    const what = issue?.code === z.ZodIssueCode.custom ? issue.message : `is invalid: ${issue?.message ?? "unknown"}`;
    const line = raw.lines[field];
    throw new CounterclaimError(`front matter field "${field}"${line ? ` (line ${line})` : ""} ${what}`, { file, field });
  }
  const {
    title,
    outlet,
    publisher,
    agency,
    source,
    site,
    site_name,
    publication,
    organisation,
    organization,
    published,
    date,
    last_updated,
    updated,
    url,
    section,
    category,
    categories,
    rubric,
  } = parsed.data;
  const show = parsed.data.programme ?? parsed.data.program ?? parsed.data.show ?? parsed.data.podcast;
  const network =
    parsed.data.network ??
    parsed.data.broadcaster ??
    parsed.data.channel ??
    parsed.data.station ??
    (show ? (NETWORK_IN_BRACKETS.exec(show)?.[1] ?? show) : undefined);
  const named = [outlet, publication, parsed.data.newsletter, publisher, agency, site, site_name, organisation, organization, source, network].find(
    (name) => name && !/^[a-z][a-z\d+.-]*:\/\//i.test(name),
  );
  return {
    title: title || null,
    outlet: institutionOrNull((named === agency ? named?.replace(SERVICE_NOTE, "") : named)?.replace(TAGLINE, "")),
    published: published ?? date ?? parsed.data.broadcast ?? parsed.data.aired ?? parsed.data.air_date ?? last_updated ?? updated ?? null,
    url: url ?? null,
    section: section ?? category ?? categories ?? rubric ?? null,
    location: parsed.data.location ?? parsed.data.city ?? parsed.data.dateline ?? null,
    ...castOf(parsed.data),
    ...authorOf(raw.values.author),
    ...authorNoteOf(raw.values.author_note),
  };
}

/** An author field that is a single name; anything else (a list, a nested record) names no one speaker. */
const AUTHOR_NAME = z.string().trim().min(3).max(120);

function authorOf(value: unknown): { author?: string } {
  const parsed = AUTHOR_NAME.safeParse(value);
  return parsed.success ? { author: parsed.data } : {};
}

const AUTHOR_NOTE = z.string().trim().min(10).max(400);

function authorNoteOf(value: unknown): { authorNote?: string } {
  const parsed = AUTHOR_NOTE.safeParse(value);
  return parsed.success ? { authorNote: parsed.data } : {};
}

type Names = string[] | undefined;

/** The presenters and guests the front matter lists, if it lists any. */
function castOf(fields: Record<string, unknown>): { cast?: { hosts: string[]; guests: string[] } } {
  const list = (...keys: string[]) => keys.flatMap((k) => (fields[k] as Names) ?? []);
  // "hosts: Maya Ferris, Tom Okafor": names in one entry; a guest's entry keeps its role after the comma.
  const hosts = list("presenter", "presenters", "host", "hosts", "interviewer", "anchor", "moderator")
    .flatMap((entry) => entry.split(/\s*(?:,|&|\band\b)\s*/))
    .filter((name) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*){0,3}$/u.test(name));
  const guests = list("guest", "guests");
  return hosts.length + guests.length > 0 ? { cast: { hosts, guests } } : {};
}
