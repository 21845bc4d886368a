import { readFileSync, existsSync } from "node:fs";
import { buildSnapshot } from "../../src/adapters/library/buildSnapshot.ts";
import { extractCorpus } from "../../src/adapters/library/extractor.ts";
import { encodeIndex, writeIndexFile, decodeIndex } from "../../src/adapters/library/savedIndex.ts";
const corpus = "/tmp/ccprof/corpus100000";
const out = "/tmp/ccprof/new100k.bin";
if (!existsSync(out) || process.argv[2] === "build") {
  const snap = await buildSnapshot(corpus, extractCorpus, () => {});
  let t = performance.now();
  const bytes = encodeIndex(corpus, snap);
  console.log("encode", performance.now() - t, bytes.length);
  await writeIndexFile(out, bytes);
  const d = decodeIndex(bytes);
  if (!d.ok) throw new Error(d.reason);
  // structural equality check on knowledge
  const { isDeepStrictEqual } = await import("node:util");
  console.log("knowledge equal", isDeepStrictEqual(JSON.parse(JSON.stringify(d.snapshot.index.knowledge)), JSON.parse(JSON.stringify(snap.index.knowledge))));
}
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  const file = readFileSync(out);
  const r = performance.now() - t;
  t = performance.now();
  const d = decodeIndex(file);
  if (!d.ok) throw new Error(d.reason);
  console.log("read", r.toFixed(0), "decode", (performance.now() - t).toFixed(0));
}
