// CorpusKnowledge as columns: one typed array per field, rows in article order, strings by
// number (stringTable.ts). Loading checks the columns and makes one object per article, whose
// passages, claims, figures and places are built from the columns (objects of the shape
// extraction made) when first read: a million passages are served in seconds, and an answer
// decodes only the articles it reads.
// A sentence's text is saved as a span of its passage, and a claim's or figure's sentence as
// the row of the sentence it quotes, so each piece of article text is stored once.
import type {
  AffectedSide,
  ArticleKnowledge,
  CasualtyFigure,
  Claim,
  Claimant,
  ClaimKind,
  ClaimSide,
  CorpusKnowledge,
  DatePrecision,
  DateRef,
  Genre,
  Passage,
} from "../../core/types.ts";
import { DictionaryWriter, decoder } from "./dictionary.ts";
import { f64Column, type GrowingColumn, u32Column, u8Column } from "./growingColumn.ts";
import { NONE, type SectionReader, type SectionWriter } from "./sections.ts";
import type { StringInterner, StringTable } from "./stringTable.ts";

/** The values behind the knowledge's u8 columns, saved in the header (see savedIndexSchema.ts). */
export interface KnowledgeEnums {
  sides: ClaimSide[];
  kinds: ClaimKind[];
  claimants: Claimant[];
  affected: AffectedSide[];
  precisions: DatePrecision[];
  genres: Genre[];
}

const U8_COLUMNS = ["aGenre", "pHeading", "cSide", "cKind", "fClaimedBy", "fAffected", "dPrecision"] as const;
const F64_COLUMNS = ["fKilled", "fWounded"] as const;
const U32_COLUMNS = [
  "aFile",
  "aTitle",
  "aOutlet",
  "aPublished",
  "aUrl",
  "aPassageEnd",
  "aClaimEnd",
  "aFigureEnd",
  "aPlaceEnd",
  "pId",
  "pFile",
  "pText",
  "pSentenceEnd",
  "sId",
  "sPassageId",
  "sStart",
  "sEnd",
  "cId",
  "cFile",
  "cPassageId",
  "cSentenceId",
  "cSentenceRow",
  "cSentence",
  "cSpeaker",
  "cDate",
  "fFile",
  "fPassageId",
  "fSentenceId",
  "fSentenceRow",
  "fSentence",
  "fQualifier",
  "fDate",
  "dText",
  "dStart",
  "dEnd",
  "plKey",
  "plValueEnd",
  "plValue",
] as const;
type ColumnName = (typeof U8_COLUMNS)[number] | (typeof F64_COLUMNS)[number] | (typeof U32_COLUMNS)[number];
type Columns = Record<ColumnName, GrowingColumn<Uint8Array | Uint32Array | Float64Array>>;

function emptyColumns(): Columns {
  const columns: Partial<Columns> = {};
  for (const name of U8_COLUMNS) columns[name] = u8Column();
  for (const name of F64_COLUMNS) columns[name] = f64Column();
  for (const name of U32_COLUMNS) columns[name] = u32Column();
  return columns as Columns;
}

export function encodeKnowledge(knowledge: CorpusKnowledge, strings: StringInterner, out: SectionWriter): KnowledgeEnums {
  const encoder = new KnowledgeEncoder(strings);
  for (const article of knowledge.articles) encoder.add(article);
  return encoder.finish(out);
}

/**
 * The knowledge's columns, filled one article at a time (in corpus order), so a re-index can
 * encode each article as it comes and let it go: nothing here holds an article's objects.
 */
export class KnowledgeEncoder {
  private readonly sides = new DictionaryWriter<ClaimSide>();
  private readonly kinds = new DictionaryWriter<ClaimKind>();
  private readonly claimants = new DictionaryWriter<Claimant>();
  private readonly affected = new DictionaryWriter<AffectedSide>();
  private readonly precisions = new DictionaryWriter<DatePrecision>();
  private readonly genres = new DictionaryWriter<Genre>();
  private readonly c = emptyColumns();

  constructor(private readonly strings: StringInterner) {}

  add(article: ArticleKnowledge): void {
    const { c, strings } = this;
    const { meta } = article;
    c.aFile.push(strings.id(meta.file));
    c.aGenre.push(this.genres.code(meta.genre));
    c.aTitle.push(strings.nullable(meta.title));
    c.aOutlet.push(strings.nullable(meta.outlet));
    c.aPublished.push(strings.nullable(meta.published));
    c.aUrl.push(strings.nullable(meta.url));
    // Sentence id → [row, text], so a claim can point at the sentence it quotes.
    const sentences = new Map<string, [number, string]>();
    for (const passage of article.passages) {
      const passageId = strings.id(passage.id);
      c.pId.push(passageId);
      c.pFile.push(strings.id(passage.file));
      c.pText.push(strings.id(passage.text));
      c.pHeading.push(passage.heading ? 1 : 0);
      let cursor = 0;
      for (const sentence of passage.sentences) {
        sentences.set(sentence.id, [c.sId.length, sentence.text]);
        c.sId.push(strings.id(sentence.id));
        c.sPassageId.push(sentence.passageId === passage.id ? passageId : strings.id(sentence.passageId));
        const at = passage.text.indexOf(sentence.text, cursor);
        if (at < 0) {
          c.sStart.push(NONE); // not a span of its passage: saved as a string of its own
          c.sEnd.push(strings.id(sentence.text));
        } else {
          cursor = at + sentence.text.length;
          c.sStart.push(at);
          c.sEnd.push(cursor);
        }
      }
      c.pSentenceEnd.push(c.sId.length);
    }
    type Column = GrowingColumn<Uint8Array | Uint32Array | Float64Array>;
    const quote = (item: { sentenceId: string; sentence: string }, rows: Column, texts: Column) => {
      const quoted = sentences.get(item.sentenceId);
      const same = quoted !== undefined && quoted[1] === item.sentence;
      rows.push(same ? quoted[0] : NONE);
      texts.push(same ? NONE : strings.id(item.sentence));
    };
    // Where a claim or a figure stands: its file, passage and sentence, and the sentence quoted.
    type Sourced = { file: string; passageId: string; sentenceId: string; sentence: string };
    const source = (item: Sourced, columns: [Column, Column, Column, Column, Column]) => {
      const [file, passageId, sentenceId, rows, texts] = columns;
      file.push(strings.id(item.file));
      passageId.push(strings.id(item.passageId));
      sentenceId.push(strings.id(item.sentenceId));
      quote(item, rows, texts);
    };
    for (const claim of article.claims) {
      c.cId.push(strings.id(claim.id));
      source(claim, [c.cFile, c.cPassageId, c.cSentenceId, c.cSentenceRow, c.cSentence]);
      c.cSpeaker.push(strings.id(claim.speaker));
      c.cSide.push(this.sides.code(claim.side));
      c.cKind.push(this.kinds.code(claim.kind));
      c.cDate.push(this.date(claim.date));
    }
    for (const figure of article.casualties) {
      source(figure, [c.fFile, c.fPassageId, c.fSentenceId, c.fSentenceRow, c.fSentence]);
      c.fClaimedBy.push(this.claimants.code(figure.claimedBy));
      c.fAffected.push(this.affected.code(figure.affected));
      c.fKilled.push(figure.killed ?? Number.NaN);
      c.fWounded.push(figure.wounded ?? Number.NaN);
      c.fQualifier.push(strings.nullable(figure.qualifier));
      c.fDate.push(this.date(figure.date));
    }
    for (const [key, places] of Object.entries(article.places)) {
      c.plKey.push(strings.id(key));
      for (const place of places) c.plValue.push(strings.id(place));
      c.plValueEnd.push(c.plValue.length);
    }
    c.aPassageEnd.push(c.pId.length);
    c.aClaimEnd.push(c.cId.length);
    c.aFigureEnd.push(c.fFile.length);
    c.aPlaceEnd.push(c.plKey.length);
  }

  /** Adds the columns as sections; the encoder is spent afterwards. */
  finish(out: SectionWriter): KnowledgeEnums {
    for (const name of [...U32_COLUMNS, ...U8_COLUMNS, ...F64_COLUMNS].sort(byColumnOrder)) {
      const type = (U8_COLUMNS as readonly string[]).includes(name) ? "u8" : (F64_COLUMNS as readonly string[]).includes(name) ? "f64" : "u32";
      out.add(`k.${name}`, type, this.c[name].view());
    }
    return {
      sides: this.sides.values,
      kinds: this.kinds.values,
      claimants: this.claimants.values,
      affected: this.affected.values,
      precisions: this.precisions.values,
      genres: this.genres.values,
    };
  }

  private date(ref: DateRef | null): number {
    if (ref === null) return NONE;
    const { c, strings } = this;
    c.dText.push(strings.id(ref.text));
    c.dStart.push(strings.nullable(ref.start));
    c.dEnd.push(strings.nullable(ref.end));
    c.dPrecision.push(this.precisions.code(ref.precision));
    return c.dText.length - 1;
  }
}

/** Sections in a fixed order (the file's bytes do not depend on how the lists above are grouped). */
const byColumnOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A column of cumulative row ends (rows [ends[i-1], ends[i]) belong to item i), checked once
 * to be in order and to cover exactly the next table's rows, so the loops can trust it.
 */
function rowEnds(ends: Uint32Array, rows: number, what: string): Uint32Array {
  let previous = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i] as number;
    if (end < previous) throw new Error(`the ${what} ranges are out of order`);
    previous = end;
  }
  if (previous !== rows) throw new Error(`the ${what} ranges do not cover the ${what}s`);
  return ends;
}

const startOf = (ends: Uint32Array, i: number) => (i === 0 ? 0 : (ends[i - 1] as number));

/** The rows of one owner (an article's passages, a passage's sentences), mapped in order: `ends` holds each owner's end row. */
function mapRows<T>(ends: Uint32Array, owner: number, read: (row: number) => T): T[] {
  const from = startOf(ends, owner);
  const to = ends[owner] as number;
  const out = new Array<T>(to - from);
  for (let row = from; row < to; row++) out[row - from] = read(row);
  return out;
}

function column<T extends Uint8Array | Uint32Array | Float64Array>(array: T, length: number, name: string): T {
  if (array.length !== length) throw new Error(`column ${name} has ${array.length} rows, expected ${length}`);
  return array;
}

/** What the columns say about a decoded knowledge without decoding its articles. */
export interface KnowledgeShape {
  passages: number;
  claims: number;
  /** Each article's end row in the passages (cumulative counts). */
  passageEnds: Uint32Array;
  /** Each passage's heading flag (1: a headline or cross-heading), in corpus order. */
  headings: Uint8Array;
  /** Each article's end row in the claims and in the figures (a claim's or figure's row is its number in corpus order). */
  claimEnds: Uint32Array;
  figureEnds: Uint32Array;
  /** Whether passage `doc` (its row in corpus order) has id `id`: read off the id column, no passage decoded. */
  passageIdIs(doc: number, id: string): boolean;
}
const shapes = new WeakMap<CorpusKnowledge, KnowledgeShape>();

/** The shape of a knowledge decoded from columns (undefined for one built in memory). */
export function shapeOf(knowledge: CorpusKnowledge): KnowledgeShape | undefined {
  return shapes.get(knowledge);
}

/**
 * Every column is read and checked here; each article's passages, claims, figures and places are
 * built from them the first time something reads them (and kept), so a saved index of a million
 * passages is served without first making tens of millions of objects: an answer decodes the few
 * articles it reads. (A patched index is decoded the same way: with nothing built up front, there
 * is nothing to gain from reusing the served index's articles, and reusing them would keep that
 * index's columns alive behind them.)
 */
export function decodeKnowledge(input: SectionReader, strings: StringTable, enums: KnowledgeEnums): CorpusKnowledge {
  const rows = readRows(input, enums);
  const articles: ArticleKnowledge[] = new Array(rows.aFile.length);
  const parts = partGetters(rows, strings);
  for (let a = 0; a < articles.length; a++) articles[a] = lazyArticle(rows, strings, a, parts);
  const knowledge = { articles };
  shapes.set(knowledge, {
    passages: rows.pId.length,
    claims: rows.cId.length,
    passageEnds: rows.aPassageEnd,
    headings: rows.pHeading,
    claimEnds: rows.aClaimEnd,
    figureEnds: rows.aFigureEnd,
    passageIdIs: (doc, id) => doc >= 0 && doc < rows.pId.length && strings.equals(rows.pId[doc] as number, id),
  });
  return knowledge;
}

type Rows = ReturnType<typeof readRows>;

function readRows(input: SectionReader, enums: KnowledgeEnums) {
  const u32c = (name: string, length: number) => column(input.u32(`k.${name}`), length, name);
  const u8c = (name: string, length: number) => column(input.u8(`k.${name}`), length, name);
  const f64c = (name: string, length: number) => column(input.f64(`k.${name}`), length, name);
  const aFile = input.u32("k.aFile");
  const articles = aFile.length;
  const pId = input.u32("k.pId");
  const passages = pId.length;
  const sId = input.u32("k.sId");
  const cId = input.u32("k.cId");
  const claims = cId.length;
  const fFile = input.u32("k.fFile");
  const figures = fFile.length;
  const dText = input.u32("k.dText");
  const plKey = input.u32("k.plKey");
  const plValue = input.u32("k.plValue");
  const pSentenceEnd = rowEnds(u32c("pSentenceEnd", passages), sId.length, "sentence");
  const plValueEnd = rowEnds(u32c("plValueEnd", plKey.length), plValue.length, "place name");
  return {
    side: decoder(enums.sides, "side"),
    kind: decoder(enums.kinds, "claim kind"),
    claimant: decoder(enums.claimants, "claimant"),
    affectedSide: decoder(enums.affected, "affected side"),
    precision: decoder(enums.precisions, "date precision"),
    genre: decoder(enums.genres, "genre"),
    aFile,
    aTitle: u32c("aTitle", articles),
    aOutlet: u32c("aOutlet", articles),
    aPublished: u32c("aPublished", articles),
    aUrl: u32c("aUrl", articles),
    aGenre: u8c("aGenre", articles),
    aPassageEnd: rowEnds(u32c("aPassageEnd", articles), passages, "passage"),
    aClaimEnd: rowEnds(u32c("aClaimEnd", articles), claims, "claim"),
    aFigureEnd: rowEnds(u32c("aFigureEnd", articles), figures, "figure"),
    aPlaceEnd: rowEnds(u32c("aPlaceEnd", articles), plKey.length, "place"),
    pId,
    pFile: u32c("pFile", passages),
    pText: u32c("pText", passages),
    pHeading: u8c("pHeading", passages),
    pSentenceEnd,
    sId,
    sPassageId: u32c("sPassageId", sId.length),
    sStart: u32c("sStart", sId.length),
    sEnd: u32c("sEnd", sId.length),
    cId,
    claimSource: ["cFile", "cPassageId", "cSentenceId", "cSentenceRow", "cSentence"].map((n) => u32c(n, claims)) as SourceColumns,
    cSpeaker: u32c("cSpeaker", claims),
    cDate: u32c("cDate", claims),
    cSide: u8c("cSide", claims),
    cKind: u8c("cKind", claims),
    fFile,
    figureSource: [fFile, ...["fPassageId", "fSentenceId", "fSentenceRow", "fSentence"].map((n) => u32c(n, figures))] as SourceColumns,
    fQualifier: u32c("fQualifier", figures),
    fDate: u32c("fDate", figures),
    fClaimedBy: u8c("fClaimedBy", figures),
    fAffected: u8c("fAffected", figures),
    fKilled: f64c("fKilled", figures),
    fWounded: f64c("fWounded", figures),
    dText,
    dStart: u32c("dStart", dText.length),
    dEnd: u32c("dEnd", dText.length),
    dPrecision: u8c("dPrecision", dText.length),
    plKey,
    plValueEnd,
    plValue,
  };
}

/** Where a claim or a figure stands: file, passage id, sentence id, quoted sentence row, sentence text. */
type SourceColumns = [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];

/** Which row of the columns an article decoded from them is: its parts' shared getters read it. */
const ROW = Symbol("row");
type SavedArticle = ArticleKnowledge & { [ROW]: number };

/**
 * The parts' getters, made once per decoded knowledge and shared by all its articles: each is an
 * own, enumerable accessor that replaces itself with the value on first read, so an article looks
 * and compares like the eagerly built one, and a part once built is the same object every time.
 * Shared functions keep every article on one hidden class: getters of an object literal made eight
 * closures an article (about a kilobyte each, 90 MB at a million passages, and the garbage
 * collections to move it).
 */
function partGetters(rows: Rows, strings: StringTable): PropertyDescriptorMap {
  const part = <K extends "passages" | "claims" | "casualties" | "places">(
    name: K,
    build: (rows: Rows, strings: StringTable, a: number) => ArticleKnowledge[K],
  ) => ({
    get(this: SavedArticle) {
      return settle(this, name, build(rows, strings, this[ROW]));
    },
    enumerable: true,
    configurable: true,
  });
  return {
    passages: part("passages", passagesOf),
    claims: part("claims", claimsOf),
    casualties: part("casualties", figuresOf),
    places: part("places", placesOf),
  };
}

/** An article whose meta is read now and whose parts are built on first read (partGetters). */
function lazyArticle(rows: Rows, strings: StringTable, a: number, parts: PropertyDescriptorMap): ArticleKnowledge {
  const article = {
    meta: {
      file: strings.shared(rows.aFile[a] as number),
      genre: rows.genre(rows.aGenre[a] as number),
      title: strings.nullable(rows.aTitle[a] as number),
      outlet: strings.sharedNullable(rows.aOutlet[a] as number),
      published: strings.sharedNullable(rows.aPublished[a] as number),
      url: strings.nullable(rows.aUrl[a] as number),
    },
  };
  Object.defineProperty(article, ROW, { value: a });
  return Object.defineProperties(article, parts) as ArticleKnowledge;
}

/** Replaces a lazy part's getter with its value (still own, enumerable and writable, as a plain article's). */
function settle<T extends object, K extends keyof T>(owner: T, name: K, value: T[K]): T[K] {
  Object.defineProperty(owner, name, { value, enumerable: true, configurable: true, writable: true });
  return value;
}

function passagesOf(rows: Rows, strings: StringTable, a: number): Passage[] {
  const str = (id: number) => strings.get(id);
  return mapRows(rows.aPassageEnd, a, (p) => {
    const text = str(rows.pText[p] as number);
    const id = str(rows.pId[p] as number);
    const sentences = mapRows(rows.pSentenceEnd, p, (s) => ({
      id: str(rows.sId[s] as number),
      // Nearly always the passage's own id (saved as the same string): that string, not one more copy of it.
      passageId: rows.sPassageId[s] === rows.pId[p] ? id : str(rows.sPassageId[s] as number),
      text: sentenceText(rows, strings, s, p, text),
    }));
    // The file's name is its article's (read once at load): shared, as the meta's.
    return { id, file: strings.shared(rows.pFile[p] as number), text, heading: rows.pHeading[p] === 1, sentences };
  });
}

/** A sentence's text: a span of its passage's (`text`, when the caller has it), or a string of its own. */
function sentenceText(rows: Rows, strings: StringTable, s: number, p: number, text?: string): string {
  const start = rows.sStart[s] as number;
  const end = rows.sEnd[s] as number;
  if (start === NONE) return strings.get(end);
  const passage = text ?? strings.get(rows.pText[p] as number);
  if (end < start || end > passage.length) throw new Error(`sentence ${s} is outside its passage`);
  return passage.slice(start, end);
}

/** The passage row that holds sentence row `s` (the first whose sentences end after it). */
function passageOfSentence(rows: Rows, s: number): number {
  const ends = rows.pSentenceEnd;
  let low = 0;
  let high = ends.length - 1;
  if (s >= (ends[high] ?? 0)) throw new Error(`quoted sentence ${s} is out of range`);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ends[mid] as number) > s) high = mid;
    else low = mid + 1;
  }
  return low;
}

function sourceAt(rows: Rows, strings: StringTable, i: number, [file, passageId, sentenceId, row, text]: SourceColumns) {
  const quoted = row[i] as number;
  return {
    file: strings.get(file[i] as number),
    passageId: strings.get(passageId[i] as number),
    sentenceId: strings.get(sentenceId[i] as number),
    sentence: quoted === NONE ? strings.get(text[i] as number) : sentenceText(rows, strings, quoted, passageOfSentence(rows, quoted)),
  };
}

function dateAt(rows: Rows, strings: StringTable, row: number): DateRef | null {
  if (row === NONE) return null;
  if (row >= rows.dText.length) throw new Error(`date ${row} is out of range`);
  return {
    text: strings.get(rows.dText[row] as number),
    start: strings.nullable(rows.dStart[row] as number),
    end: strings.nullable(rows.dEnd[row] as number),
    precision: rows.precision(rows.dPrecision[row] as number),
  };
}

function claimsOf(rows: Rows, strings: StringTable, a: number): Claim[] {
  return mapRows(rows.aClaimEnd, a, (i) => ({
    id: strings.get(rows.cId[i] as number),
    ...sourceAt(rows, strings, i, rows.claimSource),
    speaker: strings.get(rows.cSpeaker[i] as number),
    side: rows.side(rows.cSide[i] as number),
    kind: rows.kind(rows.cKind[i] as number),
    date: dateAt(rows, strings, rows.cDate[i] as number),
  }));
}

function figuresOf(rows: Rows, strings: StringTable, a: number): CasualtyFigure[] {
  return mapRows(rows.aFigureEnd, a, (i) => {
    const killed = rows.fKilled[i] as number;
    const wounded = rows.fWounded[i] as number;
    return {
      ...sourceAt(rows, strings, i, rows.figureSource),
      claimedBy: rows.claimant(rows.fClaimedBy[i] as number),
      affected: rows.affectedSide(rows.fAffected[i] as number),
      killed: Number.isNaN(killed) ? null : killed,
      wounded: Number.isNaN(wounded) ? null : wounded,
      qualifier: strings.nullable(rows.fQualifier[i] as number),
      date: dateAt(rows, strings, rows.fDate[i] as number),
    };
  });
}

function placesOf(rows: Rows, strings: StringTable, a: number): Record<string, string[]> {
  // Keys are sentence ids, unique to each article: on a plain {} every new key would add a
  // hidden-class transition (~70 ms for 56k keys at 100k passages). A prototype-less object
  // starts as a dictionary, costs a third of that, and no key can reach Object.prototype.
  const places = Object.create(null) as Record<string, string[]>;
  for (let i = startOf(rows.aPlaceEnd, a); i < (rows.aPlaceEnd[a] as number); i++) {
    places[strings.get(rows.plKey[i] as number)] = mapRows(rows.plValueEnd, i, (v) => strings.get(rows.plValue[v] as number));
  }
  return places;
}
