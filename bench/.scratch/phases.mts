import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { headerSchema } from "../../src/adapters/library/savedIndexSchema.ts";
import { SectionReader } from "../../src/adapters/library/sections.ts";
import { StringTable } from "../../src/adapters/library/stringTable.ts";
import { decodeKnowledge } from "../../src/adapters/library/knowledgeCodec.ts";
import { decodeSearch } from "../../src/adapters/library/searchCodec.ts";
import { answerIndexFrom } from "../../src/core/answers/answerIndex.ts";
const file = readFileSync("/tmp/ccprof/new100k.bin");
const sizes: Record<string, number> = {};
for (let i = 0; i < 6; i++) {
  const t: string[] = []; let last = performance.now();
  const lap = (n: string) => { const now = performance.now(); t.push(`${n}=${(now - last).toFixed(0)}`); last = now; };
  const nl = file.indexOf(10);
  const h = headerSchema.parse(JSON.parse(file.toString("utf8", 0, nl))); lap("header");
  const body = file.subarray(nl + 1);
  createHash("sha256").update(body).digest("hex"); lap("sha");
  const input = new SectionReader(body, h.sections);
  const strings = new StringTable(input); lap("strings");
  const k = decodeKnowledge(input, strings, h.enums); lap("knowledge");
  const s = decodeSearch(k, input, strings, h.search); lap("search");
  answerIndexFrom(k, s); lap("answerIndex");
  JSON.parse(JSON.stringify({a:1})); 
  console.log(t.join(" "), "headerBytes", nl);
  if (i === 0) for (const sec of h.sections) sizes[sec.name] = sec.bytes;
}
console.log(Object.entries(sizes).sort((a, b) => b[1] - a[1]).slice(0, 12));
