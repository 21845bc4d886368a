import { fingerprintCorpus } from "../../src/adapters/library/fingerprint.ts";
for (let i = 0; i < 3; i++) { const t = performance.now(); const f = await fingerprintCorpus("/tmp/ccprof/corpus100000"); console.log(Object.keys(f).length, performance.now() - t); }
