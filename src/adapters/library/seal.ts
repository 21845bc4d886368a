// The saved index's first line: its format, version and the SHA-256 of every byte after it (the
// header and the body). Nothing the loader reads escapes the checksum: a hand edit of the header
// (two side names swapped) is as surely refused as a flipped bit in the body. The line itself is
// matched exactly, so a change to it is refused too.
import { createHash } from "node:crypto";

export const SEAL_FORMAT = "counterclaim-index";
/** Bump whenever the saved shape or the text pipeline changes: old files are then rebuilt. */
export const SAVED_INDEX_VERSION = 6;

export const CORRUPT = "saved index is corrupt or truncated: its bytes do not match its checksum";

const SEAL = new RegExp(`^${SEAL_FORMAT} (\\d+) sha256:([0-9a-f]{64})$`);
const NEWLINE = 10;

/** `sha256`: the checksum the seal holds (hex), which names this index (patchState.ts). */
export type Unsealed = { ok: true; content: Buffer; sha256: string } | { ok: false; reason: string };

/** The file: the seal line, then the content it covers. */
export function seal(content: Buffer): Buffer {
  return Buffer.concat([sealLine(sha256(content)), content]);
}

/** The seal line for content whose SHA-256 (hex) is known: always the same length, so a file can be written first and sealed after. */
export function sealLine(sha256Hex: string): Buffer {
  return Buffer.from(`${SEAL_FORMAT} ${SAVED_INDEX_VERSION} sha256:${sha256Hex}\n`);
}

/**
 * The content behind a valid seal. `verify: false` skips the checksum for bytes that never
 * touched a disk (the re-index worker's, just encoded), and still checks the line's shape.
 */
export function unseal(file: Buffer, { verify = true }: { verify?: boolean } = {}): Unsealed {
  const end = file.indexOf(NEWLINE);
  if (end < 0) return { ok: false, reason: "saved index is truncated" };
  const line = file.toString("latin1", 0, end);
  const match = SEAL.exec(line);
  if (!match) {
    const old = line.startsWith("{") ? " (an index saved by an older version)" : "";
    return { ok: false, reason: `saved index is unreadable: its first line is not a ${SEAL_FORMAT} seal${old}` };
  }
  if (Number(match[1]) !== SAVED_INDEX_VERSION) return { ok: false, reason: `saved index is invalid: version ${match[1]}, expected ${SAVED_INDEX_VERSION}` };
  const content = file.subarray(end + 1);
  if (verify && sha256(content) !== match[2]) return { ok: false, reason: CORRUPT };
  return { ok: true, content, sha256: match[2] as string };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
