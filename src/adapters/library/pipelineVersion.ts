// Which extraction and search code built an index: a hash of every source and data file of the
// pure core (src/core). A saved index built by other code is rebuilt, so a change to a rule, the
// gazetteer or the synonyms reaches the answers without anyone remembering to bump a version.
// The versions of the packages the core's terms depend on (the stemmer) are hashed too.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const CORE_DIR = fileURLToPath(new URL("../../core", import.meta.url));
/** The HTML reader decides what text of a web page is indexed: a change to it re-reads the pages. */
const HTML_DIR = fileURLToPath(new URL("../html", import.meta.url));
/** Packages whose output is saved in the index: another version may stem words or read a page differently. */
const INDEXED_PACKAGES = ["stemmer", "english-verbs-irregular", "@mozilla/readability", "linkedom"];
const NODE_MODULES = fileURLToPath(new URL("../../../node_modules", import.meta.url));

let cached: string | null = null;

export function pipelineVersion(): string {
  cached ??= hashTree(CORE_DIR, [HTML_DIR]);
  return cached;
}

function hashTree(root: string, more: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of listFiles(root)) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  for (const file of more.flatMap(listFiles)) hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  for (const name of INDEXED_PACKAGES) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest("hex").slice(0, 16);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(path);
      return /\.(ts|json)$/.test(entry.name) ? [path] : [];
    });
}

function packageVersion(name: string): string {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(NODE_MODULES, name, "package.json"), "utf8"));
    return typeof manifest === "object" && manifest !== null && "version" in manifest ? String(manifest.version) : "unknown";
  } catch {
    return "unknown";
  }
}
