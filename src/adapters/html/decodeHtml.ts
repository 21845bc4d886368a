// A page's bytes → text. The encoding is the one the page declares (a byte-order mark, then
// the HTTP header's charset, then a <meta charset> in its first kilobytes), UTF-8 when it says
// none; a label the runtime does not know is reported rather than guessed.

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * @param headerCharset the charset of a Content-Type header, when the page came over HTTP.
 * @throws Error when the declared encoding is unknown or (for UTF-8) the bytes are not valid.
 */
export function decodeHtml(bytes: Uint8Array, headerCharset: string | null = null): string {
  const label = bomEncoding(bytes) ?? headerCharset ?? metaCharset(bytes) ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new Error(`declares the character encoding "${label}", which cannot be read`);
  }
  if (bytes.includes(0) && decoder.encoding === "utf-8") throw new Error("not a text file (it contains NUL bytes)");
  try {
    const text = decoder.decode(bytes).replace(/^\uFEFF/, "");
    return decoder.encoding === "windows-1252" ? withWindows1252Punctuation(text) : text;
  } catch {
    throw new Error(`is not valid ${decoder.encoding} text`);
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return META_CHARSET.exec(head)?.[1] ?? null;
}

/**
 * Node 20's TextDecoder reads windows-1252 (the label pages that say "iso-8859-1" get too) as
 * ISO-8859-1, leaving bytes 0x80–0x9F as control characters where the page meant dashes, quotes
 * and the euro sign. Those 27 bytes are mapped here as the WHATWG Encoding standard maps them.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function withWindows1252Punctuation(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
