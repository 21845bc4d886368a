// CorpusKnowledge as columns: one typed array per field, rows in article order, strings by
// number (stringTable.ts). Loading walks the columns and builds plain objects of the same shape
// extraction made; nothing is parsed or validated object by object, so 100k passages with
// their sentences, claims and figures come back in well under a second.
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

/** `reuse`: an article already decoded from an index with the same rows for it (a patched index's unchanged ones). */
export function decodeKnowledge(
  input: SectionReader,
  strings: StringTable,
  enums: KnowledgeEnums,
  reuse: (file: string) => ArticleKnowledge | undefined = () => undefined,
): CorpusKnowledge {
  const u32c = (name: string, length: number) => column(input.u32(`k.${name}`), length, name);
  const u8c = (name: string, length: number) => column(input.u8(`k.${name}`), length, name);
  const f64c = (name: string, length: number) => column(input.f64(`k.${name}`), length, name);
  const str = (id: number) => strings.get(id);
  const opt = (id: number) => strings.nullable(id);
  const side = decoder(enums.sides, "side");
  const kind = decoder(enums.kinds, "claim kind");
  const claimant = decoder(enums.claimants, "claimant");
  const affectedSide = decoder(enums.affected, "affected side");
  const precision = decoder(enums.precisions, "date precision");
  const genre = decoder(enums.genres, "genre");

  const aFile = input.u32("k.aFile");
  const articles = aFile.length;
  const [aTitle, aOutlet, aPublished, aUrl] = ["aTitle", "aOutlet", "aPublished", "aUrl"].map((n) => u32c(n, articles)) as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  const aGenre = u8c("aGenre", articles);
  const pId = input.u32("k.pId");
  const passages = pId.length;
  const [pFile, pText, pSentenceEnd] = ["pFile", "pText", "pSentenceEnd"].map((n) => u32c(n, passages)) as [Uint32Array, Uint32Array, Uint32Array];
  const pHeading = u8c("pHeading", passages);
  const sId = input.u32("k.sId");
  const [sPassageId, sStart, sEnd] = ["sPassageId", "sStart", "sEnd"].map((n) => u32c(n, sId.length)) as [Uint32Array, Uint32Array, Uint32Array];
  const cId = input.u32("k.cId");
  const [cFile, cPassageId, cSentenceId, cSentenceRow, cSentence, cSpeaker, cDate] = [
    "cFile",
    "cPassageId",
    "cSentenceId",
    "cSentenceRow",
    "cSentence",
    "cSpeaker",
    "cDate",
  ].map((n) => u32c(n, cId.length)) as Uint32Array[] as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  const [cSide, cKind] = [u8c("cSide", cId.length), u8c("cKind", cId.length)];
  const fFile = input.u32("k.fFile");
  const [fPassageId, fSentenceId, fSentenceRow, fSentence, fQualifier, fDate] = [
    "fPassageId",
    "fSentenceId",
    "fSentenceRow",
    "fSentence",
    "fQualifier",
    "fDate",
  ].map((n) => u32c(n, fFile.length)) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  const [fClaimedBy, fAffected] = [u8c("fClaimedBy", fFile.length), u8c("fAffected", fFile.length)];
  const [fKilled, fWounded] = [f64c("fKilled", fFile.length), f64c("fWounded", fFile.length)];
  const dText = input.u32("k.dText");
  const [dStart, dEnd] = [u32c("dStart", dText.length), u32c("dEnd", dText.length)];
  const dPrecision = u8c("dPrecision", dText.length);
  const plKey = input.u32("k.plKey");
  const plValueEnd = u32c("plValueEnd", plKey.length);
  const plValue = input.u32("k.plValue");

  const aPassageEnd = rowEnds(u32c("aPassageEnd", articles), passages, "passage");
  const aClaimEnd = rowEnds(u32c("aClaimEnd", articles), cId.length, "claim");
  const aFigureEnd = rowEnds(u32c("aFigureEnd", articles), fFile.length, "figure");
  const aPlaceEnd = rowEnds(u32c("aPlaceEnd", articles), plKey.length, "place");
  rowEnds(pSentenceEnd, sId.length, "sentence");
  rowEnds(plValueEnd, plValue.length, "place name");

  const date = (row: number): DateRef | null => {
    if (row === NONE) return null;
    if (row >= dText.length) throw new Error(`date ${row} is out of range`);
    return {
      text: str(dText[row] as number),
      start: opt(dStart[row] as number),
      end: opt(dEnd[row] as number),
      precision: precision(dPrecision[row] as number),
    };
  };
  const sentenceTexts = new Array<string>(sId.length);
  const quoted = (row: number, text: number): string => {
    if (row === NONE) return str(text);
    const sentence = sentenceTexts[row];
    if (sentence === undefined) throw new Error(`quoted sentence ${row} is out of range`);
    return sentence;
  };

  const out: ArticleKnowledge[] = new Array(articles);
  for (let a = 0; a < articles; a++) {
    const kept = reuse(str(aFile[a] as number));
    if (kept) {
      out[a] = kept;
      continue;
    }
    const meta = {
      file: str(aFile[a] as number),
      genre: genre(aGenre[a] as number),
      title: opt(aTitle[a] as number),
      outlet: opt(aOutlet[a] as number),
      published: opt(aPublished[a] as number),
      url: opt(aUrl[a] as number),
    };
    const articlePassages: Passage[] = mapRows(aPassageEnd, a, (p) => {
      const text = str(pText[p] as number);
      const sentences = mapRows(pSentenceEnd, p, (s) => {
        const start = sStart[s] as number;
        const end = sEnd[s] as number;
        if (start !== NONE && (end < start || end > text.length)) throw new Error(`sentence ${s} is outside its passage`);
        const sentenceText = start === NONE ? str(end) : text.slice(start, end);
        sentenceTexts[s] = sentenceText;
        return { id: str(sId[s] as number), passageId: str(sPassageId[s] as number), text: sentenceText };
      });
      return { id: str(pId[p] as number), file: str(pFile[p] as number), text, heading: pHeading[p] === 1, sentences };
    });
    // Where a claim or a figure stands, read back from its five columns.
    const sourceAt = (i: number, [file, passageId, sentenceId, row, text]: Uint32Array[]) => ({
      file: str(file?.[i] as number),
      passageId: str(passageId?.[i] as number),
      sentenceId: str(sentenceId?.[i] as number),
      sentence: quoted(row?.[i] as number, text?.[i] as number),
    });
    const claims: Claim[] = mapRows(aClaimEnd, a, (i) => ({
      id: str(cId[i] as number),
      ...sourceAt(i, [cFile, cPassageId, cSentenceId, cSentenceRow, cSentence]),
      speaker: str(cSpeaker[i] as number),
      side: side(cSide[i] as number),
      kind: kind(cKind[i] as number),
      date: date(cDate[i] as number),
    }));
    const casualties: CasualtyFigure[] = mapRows(aFigureEnd, a, (i) => {
      const killed = fKilled[i] as number;
      const wounded = fWounded[i] as number;
      return {
        ...sourceAt(i, [fFile, fPassageId, fSentenceId, fSentenceRow, fSentence]),
        claimedBy: claimant(fClaimedBy[i] as number),
        affected: affectedSide(fAffected[i] as number),
        killed: Number.isNaN(killed) ? null : killed,
        wounded: Number.isNaN(wounded) ? null : wounded,
        qualifier: opt(fQualifier[i] as number),
        date: date(fDate[i] as number),
      };
    });
    // Keys are sentence ids, unique to each article: on a plain {} every new key would add a
    // hidden-class transition (~70 ms for 56k keys at 100k passages). A prototype-less object
    // starts as a dictionary, costs a third of that, and no key can reach Object.prototype.
    const places = Object.create(null) as Record<string, string[]>;
    const l0 = startOf(aPlaceEnd, a);
    for (let i = l0; i < (aPlaceEnd[a] as number); i++) places[str(plKey[i] as number)] = mapRows(plValueEnd, i, (v) => str(plValue[v] as number));
    out[a] = { meta, passages: articlePassages, claims, casualties, places };
  }
  return { articles: out };
}
