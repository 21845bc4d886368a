import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compareFingerprints, fingerprintCorpus } from "../../src/adapters/library/fingerprint.ts";

let dir = "";
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the corpus fingerprint", () => {
  it("covers articles in subfolders, as the reader does, so an edit there marks the index stale", async () => {
    dir = await mkdtemp(join(tmpdir(), "cc-fp-"));
    await mkdir(join(dir, "2020"));
    await writeFile(join(dir, "top.txt"), "Headline\n\nBody.");
    await writeFile(join(dir, "2020", "ganja.md"), "# Ganja\n\nBody.");
    const before = await fingerprintCorpus(dir);
    expect(Object.keys(before)).toEqual(["2020/ganja.md", "top.txt"]);
    await writeFile(join(dir, "2020", "ganja.md"), "# Ganja\n\nA longer body than before.");
    expect(compareFingerprints(before, await fingerprintCorpus(dir)).modified).toEqual(["2020/ganja.md"]);
  });
});
