// What a text must contain for a pattern to match it, read off the pattern's source: "follow us"
// for /\bfollow us\b/i, one of "telegram", "whatsapp" … for a list of names, "|" for a strip split
// by bars. A rule whose required text is absent cannot match and need not run: most lines are news
// and contain none of the furniture's words, so they skip nearly every rule for one scan of the line.
//
// The analysis only ever weakens what it knows (an escape, a class or a flag it does not read is
// "anything"), so a pattern it cannot read is simply run on every line. Texts are compared lower-cased
// (see `searchable`), which is a necessary condition for a case-sensitive pattern as much as for a
// case-insensitive one, as long as the required text holds only characters whose case is plain:
// ASCII, and punctuation or symbols that have no case at all.

/** Either the strings the node can match (lower-cased, few), or, failing that, a condition. */
interface Info {
  exact: string[] | null;
  need: Need;
}

/** A necessary condition: one literal, all of a list, any of a list, or nothing known (`true`). */
type Need = true | string | { all: Need[] } | { any: Need[] };

/** More alternatives than this and a node's strings are not spelled out. */
const MAX_EXACT = 16;

const ANYTHING: Info = { exact: null, need: true };
const EMPTY: Info = { exact: [""], need: true };

/** A character that lower-cases the same way in the text as in the pattern, and matches only itself (or its ASCII case). */
function plainChar(c: string): string | null {
  const code = c.charCodeAt(0);
  if (c.length !== 1) return null;
  if (code >= 0x20 && code < 0x7f) return c.toLowerCase();
  // "©", "|", "—", "«": no case, no letter; nothing else lower-cases or folds to it.
  if (c.toLowerCase() === c && c.toUpperCase() === c && /^[\p{P}\p{S}\p{Zs}]$/u.test(c) && !/[\ud800-\udfff]/.test(c)) return c;
  return null;
}

class Parser {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Info {
    const info = this.alternation();
    if (this.at !== this.source.length) throw new Error("unread pattern");
    return info;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? (branches[0] as Info) : anyOf(branches);
  }

  private sequence(): Info {
    const items: Info[] = [];
    for (let c = this.peek(); c !== undefined && c !== "|" && c !== ")"; c = this.peek()) items.push(this.quantified(this.atom()));
    return concat(items);
  }

  private atom(): Info {
    const c = this.source[this.at++] as string;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return ANYTHING;
    // A quantifier with nothing to repeat is no pattern; a lone brace is a character without the `u` flag.
    if (c === "*" || c === "+" || c === "?") return fail();
    if (c === "{" || c === "}" || c === "]") return this.unicode || (c === "{" && this.quantifierAhead(this.at - 1)) ? fail() : literal(c);
    return literal(c);
  }

  private group(): Info {
    let lookaround = false;
    if (this.source.startsWith("?:", this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.source[this.at + 1] === "<" ? 3 : 2;
    } else if (this.source.startsWith("?<", this.at)) {
      const end = this.source.indexOf(">", this.at);
      if (end === -1) return fail();
      this.at = end + 1;
    } else if (this.peek() === "?") return fail();
    const inner = this.alternation();
    if (this.source[this.at++] !== ")") return fail();
    // A lookaround consumes nothing; what it asks of the text is left out (a weaker condition).
    return lookaround ? EMPTY : inner;
  }

  private quantifierAhead(at: number): boolean {
    return /^\{\d+(?:,\d*)?\}/.test(this.source.slice(at, at + 12));
  }

  private quantified(info: Info): Info {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === "*" || c === "+" || c === "?") {
      this.at++;
      [min, max] = c === "*" ? [0, Infinity] : c === "+" ? [1, Infinity] : [0, 1];
    } else if (c === "{" && this.quantifierAhead(this.at)) {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.at)) as RegExpExecArray;
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    } else return info;
    if (this.peek() === "?") this.at++;
    return repeat(info, min, max);
  }

  private escape(): Info {
    const c = this.source[this.at++];
    if (c === undefined) return fail();
    if ("bB".includes(c)) return EMPTY;
    if ("dDwWsS".includes(c)) return ANYTHING;
    if (c === "p" || c === "P") {
      if (this.peek() === "{") this.at = this.source.indexOf("}", this.at) + 1 || fail();
      return ANYTHING;
    }
    if (c === "k") {
      if (this.peek() === "<") this.at = this.source.indexOf(">", this.at) + 1 || fail();
      return ANYTHING;
    }
    if (/[1-9]/.test(c)) {
      while (/[0-9]/.test(this.peek() ?? "")) this.at++;
      return ANYTHING;
    }
    const code = this.escapedCode(c);
    return code === null ? ANYTHING : literal(String.fromCharCode(code));
  }

  /** The character code an escape stands for (in or out of a class), or null when it is a class of its own. */
  private escapedCode(c: string): number | null {
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, "0": 0 };
    if (c in simple && !(c === "0" && /[0-9]/.test(this.peek() ?? ""))) return simple[c] as number;
    if (c === "x" && /^[0-9a-fA-F]{2}/.test(this.source.slice(this.at, this.at + 2))) {
      this.at += 2;
      return Number.parseInt(this.source.slice(this.at - 2, this.at), 16);
    }
    if (c === "u") {
      const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(this.source.slice(this.at, this.at + 9));
      if (braced && this.unicode) {
        this.at += braced[0].length;
        const code = Number.parseInt(braced[1] as string, 16);
        return code > 0xffff ? null : code;
      }
      if (/^[0-9a-fA-F]{4}/.test(this.source.slice(this.at, this.at + 4))) {
        this.at += 4;
        const code = Number.parseInt(this.source.slice(this.at - 4, this.at), 16);
        return code >= 0xd800 && code <= 0xdfff ? null : code;
      }
      return this.unicode ? fail() : c.charCodeAt(0);
    }
    if (c === "c") {
      if (/[a-zA-Z]/.test(this.peek() ?? "")) this.at++;
      return null;
    }
    if (/[0-9a-zA-Z]/.test(c)) return this.unicode ? fail() : null;
    return c.charCodeAt(0);
  }

  /** A class of a few plain characters ("[Ff]", "[-–—]") is those strings; any other class is anything. */
  private charClass(): Info {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    const chars = new Set<string>();
    let known = !negated;
    for (;;) {
      const c = this.source[this.at++];
      if (c === undefined) return fail();
      if (c === "]") break;
      let code: number | null;
      if (c === "\\") {
        const e = this.source[this.at++];
        if (e === undefined) return fail();
        if (e === "b") code = 8;
        else if (e === "-") code = 45;
        else if ("dDwWsS".includes(e)) code = null;
        else if (e === "p" || e === "P") {
          if (this.peek() === "{") this.at = this.source.indexOf("}", this.at) + 1 || fail();
          code = null;
        } else code = this.escapedCode(e);
      } else code = c.charCodeAt(0);
      if (code !== null && code >= 0xd800 && code <= 0xdfff) code = null;
      // A range: "a-z", "0-9".
      if (this.peek() === "-" && this.source[this.at + 1] !== "]" && this.source[this.at + 1] !== undefined) {
        this.at++;
        let end: number | null;
        const d = this.source[this.at++] as string;
        if (d === "\\") {
          const e = this.source[this.at++];
          if (e === undefined) return fail();
          end = "dDwWsSpP".includes(e) ? null : e === "b" ? 8 : e === "-" ? 45 : this.escapedCode(e);
        } else end = d.charCodeAt(0);
        if (code === null || end === null || end < code || end - code > 8) known = false;
        else for (let k = code; k <= end; k++) this.addClassChar(chars, k, () => (known = false));
        continue;
      }
      if (code === null) known = false;
      else this.addClassChar(chars, code, () => (known = false));
    }
    if (!known || chars.size === 0 || chars.size > 4) return ANYTHING;
    return { exact: [...chars], need: true };
  }

  private addClassChar(chars: Set<string>, code: number, unknown: () => void): void {
    const plain = plainChar(String.fromCharCode(code));
    if (plain === null) unknown();
    else chars.add(plain);
  }
}

function fail(): never {
  throw new Error("unreadable pattern");
}

function literal(c: string): Info {
  const plain = plainChar(c);
  return plain === null ? ANYTHING : { exact: [plain], need: true };
}

function needOf(info: Info): Need {
  if (info.exact === null) return info.need;
  return info.exact.includes("") ? true : info.exact.length === 1 ? (info.exact[0] as string) : { any: info.exact };
}

function anyOf(branches: Info[]): Info {
  const all = new Set<string>();
  let exact = true;
  for (const b of branches) {
    if (b.exact === null) exact = false;
    else for (const s of b.exact) all.add(s);
  }
  if (exact && all.size <= MAX_EXACT) return { exact: [...all], need: true };
  const needs = branches.map(needOf);
  return { exact: null, need: needs.includes(true) ? true : { any: needs } };
}

function cross(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set(a.flatMap((x) => b.map((y) => x + y)))];
}

function concat(items: readonly Info[]): Info {
  const needs: Need[] = [];
  let run: string[] | null = [""];
  const flush = () => {
    if (run !== null) {
      const need = needOf({ exact: run, need: true });
      if (need !== true) needs.push(need);
    }
    run = null;
  };
  for (const item of items) {
    if (item.exact !== null && run !== null && run.length * item.exact.length <= MAX_EXACT) run = cross(run, item.exact);
    else if (item.exact !== null) {
      flush();
      run = item.exact;
    } else {
      flush();
      if (item.need !== true) needs.push(item.need);
    }
  }
  if (needs.length === 0 && run !== null) return { exact: run, need: true };
  flush();
  return { exact: null, need: needs.length === 0 ? true : needs.length === 1 ? (needs[0] as Need) : { all: needs } };
}

function repeat(info: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return info;
  if (min === 0 && max === 1 && info.exact !== null) return { exact: [...new Set([...info.exact, ""])], need: true };
  if (min === 0) return info.exact?.every((s) => s === "") ? EMPTY : ANYTHING;
  if (min === max && info.exact !== null && info.exact.length ** min <= MAX_EXACT && min <= 4) {
    return concat(Array.from({ length: min }, () => info));
  }
  // Matched at least once: what one match needs, the repeat needs.
  return { exact: null, need: needOf(info) };
}

/**
 * Some texts, one of which every text the pattern matches contains (lower-cased, see
 * `searchable`), or null when nothing is known: the pattern must then be run on every text.
 * The keys are chosen short in number and long in length: for "all of" the most telling part.
 */
export function requiredTexts(pattern: RegExp): string[] | null {
  if (pattern.flags.includes("v")) return null;
  let info: Info;
  try {
    info = new Parser(pattern.source, pattern.flags.includes("u")).parse();
  } catch {
    return null;
  }
  const keys = keysOf(needOf(info));
  return keys === null ? null : [...new Set(keys)];
}

/**
 * `pattern.test` that first looks for the pattern's required texts and runs the pattern only on a
 * text holding one of them: the same answers, for a pattern tried on many texts that rarely match
 * (a page-type cue on every opening paragraph). A pattern that keeps state (g, y) or whose
 * required text is unknown is simply run.
 */
export function guardedTest(pattern: RegExp): (text: string) => boolean {
  const keys = pattern.global || pattern.sticky ? null : requiredTexts(pattern);
  if (keys === null) return (text) => pattern.test(text);
  return (text) => mayMatch({ keys }, searchable(text)) && pattern.test(text);
}

/** `pattern.exec` guarded as guardedTest guards `test`: null without running it on a text that lacks its required texts. */
export function guardedExec(pattern: RegExp): (text: string) => RegExpExecArray | null {
  const keys = pattern.global || pattern.sticky ? null : requiredTexts(pattern);
  if (keys === null) return (text) => pattern.exec(text);
  return (text) => (mayMatch({ keys }, searchable(text)) ? pattern.exec(text) : null);
}

/** A pattern with its required texts (null: not known, the pattern always runs), for a list of patterns tried on one text. */
export interface KeyedPattern<K extends string = string> {
  name: K;
  pattern: RegExp;
  keys: string[] | null;
}

/**
 * Each pattern of a rule table's patterns with its required texts: for several patterns tried on the same text,
 * which is lower-cased once (`searchable`) and asked of each with `mayMatch`. The keys are read off the source
 * whatever the flags: a global pattern's state is its caller's to reset (exec from lastIndex 0, allMatches).
 */
export function keyedPatterns<K extends string>(patterns: Record<K, RegExp>): KeyedPattern<K>[] {
  return (Object.entries(patterns) as [K, RegExp][]).map(([name, pattern]) => ({ name, pattern, keys: requiredTexts(pattern) }));
}

/** Whether the pattern may match a text whose `searchable` form is `lower`: false only when it holds none of its keys. */
export function mayMatch(keyed: Pick<KeyedPattern, "keys">, lower: string): boolean {
  return keyed.keys === null || keyed.keys.some((key) => lower.includes(key));
}

/** A set of literals one of which must be present; null when none is known. */
function keysOf(need: Need): string[] | null {
  if (need === true) return null;
  if (typeof need === "string") return [need];
  if ("any" in need) {
    const all: string[] = [];
    for (const n of need.any) {
      const keys = keysOf(n);
      if (keys === null) return null;
      all.push(...keys);
    }
    return all;
  }
  let best: string[] | null = null;
  for (const n of need.all) {
    const keys = keysOf(n);
    if (keys !== null && (best === null || worth(keys) > worth(best))) best = keys;
  }
  return best;
}

/** How telling a set of keys is: longer keys are rarer, more of them is likelier to meet one. */
function worth(keys: readonly string[]): number {
  const shortest = Math.min(...keys.map((k) => k.length));
  return Math.min(shortest, 6) * 4 - keys.length;
}

/**
 * The text as keys are looked for in it: lower-cased, with the long s read as "s" (a pattern with
 * the `iu` flags matches "ſ" where it asks for "s"; the Kelvin sign already lower-cases to "k").
 */
export function searchable(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes("ſ") ? lower.replaceAll("ſ", "s") : lower;
}

/**
 * Which of many keys occur in a text, found in one pass over it (an Aho–Corasick automaton): the
 * keys are a list fixed when built, a text's answer is the indices of those it contains.
 */
export class KeyFinder {
  /** Each character's symbol in the automaton: 0 for a character no key holds. */
  private readonly symbols = new Uint8Array(0x10000);
  /**
   * The next state per state and symbol, row after row. Sixteen bits a state while there are few
   * enough (~20,000 for the furniture rules' keys): the table is read once per character of every
   * line, and at half the size more of it stays in the processor's cache between lines.
   */
  private readonly delta: Uint16Array | Int32Array;
  private readonly width: number;
  /** Per state: the keys that end there (its own and those of its suffixes), as `foundKeys[foundStart[s] … foundStart[s + 1]]`. */
  private readonly foundStart: Int32Array;
  private readonly foundKeys: Int32Array;

  constructor(keys: readonly string[]) {
    let width = 1;
    for (const key of keys) {
      for (let i = 0; i < key.length; i++) if (this.symbols[key.charCodeAt(i)] === 0) this.symbols[key.charCodeAt(i)] = width++;
    }
    // More distinct characters than a byte holds: the keys' characters are ASCII and a few symbols, so this is a mistake.
    if (width > 0xff) throw new Error("too many distinct characters in the keys");
    this.width = width;
    const goto: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    keys.forEach((key, index) => {
      let state = 0;
      for (let i = 0; i < key.length; i++) {
        const symbol = this.symbols[key.charCodeAt(i)] as number;
        let next = goto[state]?.get(symbol);
        if (next === undefined) {
          next = goto.length;
          goto.push(new Map());
          ends.push([]);
          goto[state]?.set(symbol, next);
        }
        state = next;
      }
      ends[state]?.push(index);
    });
    const delta = new Int32Array(goto.length * width);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let symbol = 1; symbol < width; symbol++) {
      const next = goto[0]?.get(symbol);
      if (next !== undefined) {
        delta[symbol] = next;
        queue.push(next);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      ends[state] = [...(ends[state] ?? []), ...(ends[fail[state] as number] ?? [])];
      for (let symbol = 1; symbol < width; symbol++) {
        const next = goto[state]?.get(symbol);
        const viaFail = delta[(fail[state] as number) * width + symbol] as number;
        if (next === undefined) delta[state * width + symbol] = viaFail;
        else {
          delta[state * width + symbol] = next;
          fail[next] = viaFail;
          queue.push(next);
        }
      }
    }
    this.delta = goto.length <= 0x10000 ? Uint16Array.from(delta) : delta;
    this.foundStart = new Int32Array(ends.length + 1);
    for (let state = 0; state < ends.length; state++) this.foundStart[state + 1] = (this.foundStart[state] as number) + (ends[state]?.length ?? 0);
    this.foundKeys = Int32Array.from(ends.flat());
  }

  /**
   * True when `found` is true of a key the text contains; it is asked of every key found (a key
   * found again may be asked again) until it says true.
   */
  some(text: string, found: (key: number) => boolean): boolean {
    const { symbols, delta, width, foundStart, foundKeys } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * width + (symbols[text.charCodeAt(i)] as number)] as number;
      const end = foundStart[state + 1] as number;
      for (let k = foundStart[state] as number; k < end; k++) if (found(foundKeys[k] as number)) return true;
    }
    return false;
  }
}
