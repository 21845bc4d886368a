// Forged interactions for the fuzz run: every way a request can fail Discord's signature check
// without being Discord's, in turn. A valid signature is made first, then broken.
import { randomBytes } from "node:crypto";
import { slashCommand, STRING } from "../../tests/e2e/interactionPayloads.ts";
import { signedHeaders, testKeys, type TestKeys } from "../../tests/interactions/signing.ts";

export interface Forged {
  kind: string;
  body: string;
  headers: Record<string, string>;
}

const KINDS = ["bad signature", "other key", "stale timestamp", "future timestamp", "altered body", "no signature", "no timestamp", "no headers"] as const;

export function forgedRequests(keys: TestKeys, count: number): Forged[] {
  const other = testKeys();
  return Array.from({ length: count }, (_, n) => {
    const kind = KINDS[n % KINDS.length]!;
    const body = JSON.stringify(slashCommand("incident", [{ name: "query", type: STRING, value: `Hadrut ${n}` }]).payload);
    const now = Math.floor(Date.now() / 1000);
    const good = signedHeaders(keys, body);
    switch (kind) {
      case "bad signature":
        return { kind, body, headers: { ...good, "x-signature-ed25519": randomBytes(64).toString("hex") } };
      case "other key":
        return { kind, body, headers: signedHeaders(other, body) };
      case "stale timestamp":
        return { kind, body, headers: signedHeaders(keys, body, String(now - 600 - (n % 100_000))) };
      case "future timestamp":
        return { kind, body, headers: signedHeaders(keys, body, String(now + 600 + (n % 100_000))) };
      case "altered body":
        return { kind, body: body.replace(`Hadrut ${n}`, `Hadrut ${n + 1}`), headers: good };
      case "no signature":
        return { kind, body, headers: { "content-type": "application/json", "x-signature-timestamp": good["x-signature-timestamp"]! } };
      case "no timestamp":
        return { kind, body, headers: { "content-type": "application/json", "x-signature-ed25519": good["x-signature-ed25519"]! } };
      default:
        return { kind, body, headers: { "content-type": "application/json" } };
    }
  });
}
