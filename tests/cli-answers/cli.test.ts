import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLibrary } from "../../src/adapters/library/library.ts";
import { answerToText } from "../../src/adapters/render/toText.ts";
import { ARTICLES } from "../library/articles.ts";

const run = promisify(execFile);
const PROJECT = resolve(import.meta.dirname, "../..");
const TSX = join(PROJECT, "node_modules/.bin/tsx");
let root: string;

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(TSX, ["src/adapters/cli/main.ts", ...args, "--corpus", join(root, "corpus"), "--index-dir", join(root, "index")], { cwd: PROJECT });
}

const askAnswer = z.strictObject({
  question: z.string(),
  text: z.string(),
  sources: z.array(
    z.object({
      file: z.string(),
      passageId: z.string(),
      text: z.string(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
      title: z.string().nullable(),
    }),
  ),
  claims: z.array(z.object({ sentence: z.string(), side: z.string(), speaker: z.string().nullable(), file: z.string() })),
  lead: z.strictObject({ text: z.string(), side: z.string(), speaker: z.string().nullable(), file: z.string(), passageId: z.string() }).nullable(),
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "counterclaim-cli-"));
  await mkdir(join(root, "corpus"));
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(join(root, "corpus", file), text);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the answer CLI", () => {
  it("reindex prints the report on stdout and progress on stderr", async () => {
    const { stdout, stderr } = await cli("reindex");
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, articles: 2, errors: [] });
    expect(stderr).toMatch(/reindex: 2 files/);
  });

  it("ask --json prints one JSON array with one answer per question, in order, and nothing else", async () => {
    const { stdout } = await cli("ask", "--json", "Who was killed near Hadrout?", "'=^!|", "What hit Talish?");
    const answers = z.array(askAnswer).parse(JSON.parse(stdout));
    expect(answers.map((a) => a.question)).toEqual(["Who was killed near Hadrout?", "'=^!|", "What hit Talish?"]);
    expect(answers[0]?.sources[0]?.file).toBe("wire_hadrut.txt");
    expect(answers[0]?.claims[0]).toMatchObject({ side: "azerbaijan", file: "wire_hadrut.txt" });
    expect(answers[1]?.sources).toEqual([]);
    expect(answers[2]?.sources[0]?.file).toBe("daily_talish.md");
  });

  it("ask --json leads each answer with the sentence that answers, as the article has it, or null", async () => {
    const { stdout } = await cli("ask", "--json", "Who was killed near Hadrout?", "'=^!|");
    const [answered, unanswerable] = z.array(askAnswer).parse(JSON.parse(stdout));
    const lead = answered?.lead;
    expect(lead).toMatchObject({ side: "azerbaijan", file: "wire_hadrut.txt" });
    expect(answered?.sources.some((s) => s.passageId === lead?.passageId && s.text.includes(lead.text))).toBe(true);
    expect(unanswerable?.lead).toBeNull();
  });

  it("claims takes a side and a topic as words and prints readable text", async () => {
    const { stdout } = await cli("claims", "karabakh", "wounded");
    expect(stdout).toContain("Claims by Nagorno-Karabakh");
    expect(stdout).toContain("two of its soldiers were wounded");
    expect(stdout).toContain("Sources:");
  });

  it("prints an answer exactly as the console does", async () => {
    const { stdout } = await cli("incident", "Hadrut");
    const library = await createLibrary({ corpusDir: join(root, "corpus"), indexDir: join(root, "index"), reindexWorker: false });
    expect(stdout).toBe(`${answerToText(library.incident("Hadrut"))}\n`);
  });

  it("casualties --chart writes the chart as a PNG and says so on stderr, leaving the --json output clean", async () => {
    const file = join(root, "casualties.png");
    const { stdout, stderr } = await cli("casualties", "--json", "--chart", file);
    expect(JSON.parse(stdout).table.length).toBeGreaterThan(0);
    expect(stderr).toContain(`counterclaim: Chart written to ${file}`);
    expect((await readFile(file)).subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("--chart to a folder that does not exist fails with exit code 1 and names the file", async () => {
    const file = join(root, "no-such-folder", "chart.png");
    await expect(cli("casualties", "--chart", file)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`Could not write the chart to ${file}`),
    });
  });

  it("only casualties and incident take --chart", async () => {
    await expect(cli("sources", "--chart", join(root, "x.png"))).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--chart'"),
    });
  });
});
