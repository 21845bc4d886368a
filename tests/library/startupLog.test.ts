import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLibrary } from "../../src/adapters/library/library.ts";
import { logStartup } from "../../src/adapters/library/startupLog.ts";
import { createLogger } from "../../src/adapters/log/createLogger.ts";
import { ARTICLES, damageSavedIndex } from "./articles.ts";

let root: string;
let corpusDir: string;
let indexDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-startup-"));
  corpusDir = join(root, "corpus");
  indexDir = join(root, "index");
  await mkdir(corpusDir);
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(join(corpusDir, file), text);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

function capturingLogger() {
  const lines: LogLine[] = [];
  const logger = createLogger({ destination: { write: (line: string) => lines.push(JSON.parse(line) as LogLine) } });
  return { logger, lines };
}

const open = (serveStale = true) => createLibrary({ corpusDir, indexDir, reindexWorker: false, serveStale });

describe("the start's log", () => {
  it("says which saved index was refused and why, and names each skipped file with its reason", async () => {
    await writeFile(join(corpusDir, "broken.txt"), Buffer.from([0x41, 0x00, 0xff, 0xfe]));
    await open();
    await damageSavedIndex(indexDir);

    const { logger, lines } = capturingLogger();
    logStartup(logger, await open());
    expect(lines.find((l) => l.msg === "index ready")).toMatchObject({ origin: "built", articles: 2, skipped: 1 });
    expect(lines.find((l) => /saved index refused/.test(l.msg))).toMatchObject({ reason: expect.stringMatching(/corrupt/) });
    expect(lines.find((l) => /skipped 1 file/.test(l.msg))).toMatchObject({ files: [{ file: "broken.txt", reason: expect.stringMatching(/NUL/) }] });
  });

  it("says the saved index is served while it is rebuilt, and then that the rebuilt one was swapped in", async () => {
    await open();
    await writeFile(join(corpusDir, "new_shusha.txt"), "Drone strike near Shusha\n\nThe Defense Army said a drone struck a checkpoint near Shusha.\n");
    const { logger, lines } = capturingLogger();
    const library = await open();
    logStartup(logger, library);
    expect(lines.map((l) => l.msg)).toEqual(["index ready", "answering from the saved index while it is rebuilt"]);
    expect(lines[1]).toMatchObject({ reason: expect.stringMatching(/1 added/) });
    await library.rebuilding;
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.at(-1)).toMatchObject({ msg: "index rebuilt and swapped in", articles: 3, added: 1 });
  });

  it("warns when the start's re-index failed and the saved index is still served", async () => {
    await open();
    for (const file of Object.keys(ARTICLES)) await rm(join(corpusDir, file));
    const { logger, lines } = capturingLogger();
    logStartup(logger, await open(false));
    expect(lines.find((l) => /re-index at start failed/.test(l.msg))).toMatchObject({
      articles: 2,
      errors: [{ reason: expect.stringMatching(/no articles now/) }],
    });
  });
});
