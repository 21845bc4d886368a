// Discord signs every request to an Interactions Endpoint URL with Ed25519: the signature in
// X-Signature-Ed25519 covers X-Signature-Timestamp followed by the raw body, under the application's
// public key. node:crypto verifies Ed25519 itself, so no package is needed. A timestamp too far from
// now is refused too: a recorded request replayed later must not run a command again.
import { createPublicKey, verify, type KeyObject } from "node:crypto";

/** How far a request's timestamp may be from this machine's clock (either way), in seconds. */
export const MAX_SIGNATURE_AGE_S = 300;

/** An Ed25519 public key as raw 32 bytes, wrapped in the SubjectPublicKeyInfo DER that node:crypto reads. */
const SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

export type Verdict = { ok: true } | { ok: false; reason: string };

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Buffer;
}

export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error("DISCORD_PUBLIC_KEY must be 64 hexadecimal characters (the application's public key)");
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, "hex")]), format: "der", type: "spki" });
}

export interface VerifierOptions {
  maxAgeS?: number;
  /** Seconds since the epoch; tests pass a fixed clock. */
  now?: () => number;
}

export function createVerifier(publicKeyHex: string, options: VerifierOptions = {}): (request: SignedRequest) => Verdict {
  const key = publicKeyFromHex(publicKeyHex);
  const maxAgeS = options.maxAgeS ?? MAX_SIGNATURE_AGE_S;
  const now = options.now ?? (() => Date.now() / 1000);
  return ({ signature, timestamp, body }) => {
    if (!signature || !timestamp) return { ok: false, reason: "missing signature headers" };
    // Hex only, and exactly 64 bytes: Buffer.from(…, "hex") would silently drop a bad tail.
    if (!/^[0-9a-f]{128}$/i.test(signature)) return { ok: false, reason: "malformed signature" };
    if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: "malformed timestamp" };
    if (Math.abs(now() - Number(timestamp)) > maxAgeS) return { ok: false, reason: "stale timestamp" };
    const signed = Buffer.concat([Buffer.from(timestamp, "utf8"), body]);
    return verify(null, signed, key, Buffer.from(signature, "hex")) ? { ok: true } : { ok: false, reason: "bad signature" };
  };
}
