import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createVerifier, publicKeyFromHex } from "../../src/adapters/interactions/signature.ts";
import { signedHeaders, testKeys } from "./signing.ts";

const keys = testKeys();
const NOW = 1_700_000_000;
const verify = createVerifier(keys.publicKeyHex, { now: () => NOW });
const body = Buffer.from(JSON.stringify({ type: 1, id: "1", application_id: "2", token: "t" }));
const signed = (b: Buffer | string = body, ts = String(NOW)) => {
  const h = signedHeaders(keys, b, ts);
  return { signature: h["x-signature-ed25519"], timestamp: h["x-signature-timestamp"] };
};

describe("Ed25519 request signatures", () => {
  it("accepts a request signed over the timestamp and the raw body", () => {
    expect(verify({ ...signed(), body })).toEqual({ ok: true });
  });

  it("refuses a signature by another key, an altered body, missing headers and a stale or future timestamp", () => {
    const other = createVerifier(testKeys().publicKeyHex, { now: () => NOW });
    expect(other({ ...signed(), body }).ok).toBe(false);
    expect(verify({ ...signed(), body: Buffer.from(body.toString().replace('"type":1', '"type":2')) })).toEqual({ ok: false, reason: "bad signature" });
    expect(verify({ signature: undefined, timestamp: String(NOW), body })).toEqual({ ok: false, reason: "missing signature headers" });
    expect(verify({ ...signed(), timestamp: undefined, body })).toEqual({ ok: false, reason: "missing signature headers" });
    expect(verify({ ...signed(body, String(NOW - 301)), body })).toEqual({ ok: false, reason: "stale timestamp" });
    expect(verify({ ...signed(body, String(NOW + 301)), body })).toEqual({ ok: false, reason: "stale timestamp" });
    // The timestamp is part of what is signed: a fresh timestamp on an old signature fails.
    expect(verify({ signature: signed(body, String(NOW - 10)).signature, timestamp: String(NOW), body })).toEqual({ ok: false, reason: "bad signature" });
  });

  it("refuses a malformed signature instead of reading part of it", () => {
    const { signature } = signed();
    expect(verify({ signature: `${signature!.slice(0, 127)}z`, timestamp: String(NOW), body }).ok).toBe(false);
    expect(verify({ signature: `${signature}00`, timestamp: String(NOW), body }).ok).toBe(false);
    expect(verify({ signature: signature!.slice(0, 126), timestamp: String(NOW), body }).ok).toBe(false);
    expect(verify({ signature, timestamp: `${NOW}.0`, body }).ok).toBe(false);
  });

  it("accepts no forged request in a fuzz run (bad signatures, stale timestamps, altered bodies, missing headers)", () => {
    const good = signed();
    const forged = fc.oneof(
      fc.record({
        kind: fc.constant("random signature"),
        signature: fc.uint8Array({ minLength: 64, maxLength: 64 }).map((b) => Buffer.from(b).toString("hex")),
      }),
      fc.record({ kind: fc.constant("stale"), age: fc.integer({ min: 301, max: 10_000_000 }), sign: fc.boolean() }),
      fc.record({ kind: fc.constant("altered"), at: fc.nat(), byte: fc.integer({ min: 1, max: 255 }) }),
      fc.record({ kind: fc.constant("missing"), which: fc.constantFrom("signature", "timestamp", "both") }),
    );
    fc.assert(
      fc.property(forged, (f) => {
        let request = { signature: good.signature, timestamp: good.timestamp, body };
        if (f.kind === "random signature") request = { ...request, signature: f.signature };
        if (f.kind === "stale") {
          const ts = String(NOW - f.age);
          request = f.sign ? { ...signed(body, ts), body } : { ...request, timestamp: ts };
        }
        if (f.kind === "altered") {
          const altered = Buffer.from(body);
          const at = f.at % altered.length;
          altered[at] = (altered[at] ?? 0) ^ f.byte;
          request = { ...request, body: altered };
        }
        if (f.kind === "missing")
          request = { ...request, ...(f.which !== "timestamp" ? { signature: undefined } : {}), ...(f.which !== "signature" ? { timestamp: undefined } : {}) };
        return verify(request).ok === false;
      }),
      { numRuns: 500 },
    );
  });

  it("names a public key that is not 32 bytes of hex", () => {
    expect(() => publicKeyFromHex("abc")).toThrow(/64 hexadecimal characters/);
  });
});
