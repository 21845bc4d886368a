import { readdirSync } from "node:fs";
import { loadIndex } from "../../src/adapters/library/savedIndex.ts";
import { buildShortFieldIndex, shortFieldIndexToJson, shortFieldIndexFromJson } from "../../src/core/search/shortFields.ts";
import { fingerprintCorpus } from "../../src/adapters/library/fingerprint.ts";
import { answerIndexFrom } from "../../src/core/answers/answerIndex.ts";
const dir = "/tmp/ccprof/index100000";
const r = await loadIndex(`${dir}/${readdirSync(dir)[0]}`);
if (!r.ok) throw new Error();
const f = r.snapshot.index.search.shortFields.fields;
console.log("fields", f.length);
for (let i = 0; i < 3; i++) {
  let t = performance.now(); const ix = buildShortFieldIndex(f); const a = performance.now() - t;
  const json = JSON.stringify(shortFieldIndexToJson(ix));
  t = performance.now(); shortFieldIndexFromJson(f, JSON.parse(json)); const b = performance.now() - t;
  t = performance.now(); await fingerprintCorpus("/tmp/ccprof/corpus100000"); const c = performance.now() - t;
  t = performance.now(); answerIndexFrom(r.snapshot.index.knowledge, r.snapshot.index.search); const d = performance.now() - t;
  console.log("build", a.toFixed(0), "parse", b.toFixed(0), json.length, "fingerprint", c.toFixed(0), "answerIndexFrom", d.toFixed(0));
}
