// `npm start` over a corpus changed since its index was saved: it answers at once from the saved
// index while the worker rebuilds it (issue 9, defect 5), and its log says so and why.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLibrary, DEFAULT_INDEX_DIR } from "../../src/adapters/library/library.ts";
import { savedIndexPath } from "../../src/adapters/library/savedIndex.ts";
import { ARTICLES } from "../library/articles.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let corpusDir: string;

beforeAll(async () => {
  corpusDir = await mkdtemp(join(tmpdir(), "cc-stale-"));
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(join(corpusDir, file), text);
  // npm start reads the default index folder: save this corpus's index there, then change the corpus.
  (await createLibrary({ corpusDir, reindexWorker: false })).close();
  await writeFile(join(corpusDir, "new_shusha.txt"), "Drone strike near Shusha\n\nThe Defense Army said a drone struck a checkpoint near Shusha.\n");
});
afterAll(async () => {
  await rm(savedIndexPath(DEFAULT_INDEX_DIR, corpusDir), { force: true });
  await rm(corpusDir, { recursive: true, force: true });
});

describe("npm start with an out-of-date saved index", () => {
  it("answers from the saved index at once and logs that it is being rebuilt, with why", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/adapters/main.ts"], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: "", CORPUS_DIR: corpusDir, LOG_LEVEL: "info" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.stdin.end("/sources\n");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    const logs = stderr
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as { msg: string; origin?: string; reason?: string });
    expect(logs.find((l) => l.msg === "index ready")).toMatchObject({ origin: "loaded", rebuilding: true });
    expect(logs.find((l) => l.msg === "answering from the saved index while it is rebuilt")?.reason).toMatch(/1 added/);
    // Answered (from whichever index was current then: the rebuild may have finished first).
    expect(stdout).toContain("wire_hadrut.txt");
  });
});
