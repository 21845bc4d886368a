import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GENRES, SIDES, UNCLEAR } from "../../src/core/types.ts";
import { runCli } from "./runCli.ts";

const side = z.union([z.enum(SIDES), z.literal(UNCLEAR)]);
const dateRef = z.object({ text: z.string(), start: z.string().nullable(), end: z.string().nullable(), precision: z.string() });
const ExtractJson = z.strictObject({
  articles: z.array(
    z.strictObject({ file: z.string(), title: z.string().nullable(), outlet: z.string().nullable(), published: z.string().nullable(), genre: z.enum(GENRES) }),
  ),
  passages: z.array(z.strictObject({ id: z.string(), file: z.string(), text: z.string() })),
  claims: z.array(
    z.strictObject({ file: z.string(), passageId: z.string(), sentence: z.string(), speaker: z.string(), side, kind: z.string(), date: dateRef.nullable() }),
  ),
  casualties: z.array(
    z.strictObject({
      file: z.string(),
      passageId: z.string(),
      sentence: z.string(),
      claimedBy: z.union([side, z.literal("unattributed")]),
      affected: z.union([side, z.literal("unspecified")]),
      killed: z.number().nullable(),
      wounded: z.number().nullable(),
      qualifier: z.string().nullable(),
    }),
  ),
});

function corpusOf(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "counterclaim-cli-"));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const GOOD = [
  "Azerbaijan reports losses near Hadrut",
  "",
  "BAKU, 14 December 2020 (AFP) - Azerbaijan's Defence Ministry said on Sunday that two of its soldiers were killed near Hadrut.",
  "",
  "The Defense Army denied the claim, saying it had not opened fire.",
].join("\n");

describe("cli extract --json", () => {
  it("prints exactly the contract's fields, with sides and casualty figures", async () => {
    const run = await runCli(["extract", "--corpus", corpusOf({ "good.txt": GOOD }), "--json"]);
    expect(run.code).toBe(0);
    const out = ExtractJson.parse(JSON.parse(run.stdout));
    expect(out.articles).toEqual([{ file: "good.txt", title: "Azerbaijan reports losses near Hadrut", outlet: "AFP", published: "2020-12-14", genre: "wire" }]);
    expect(out.claims.map((c) => c.side)).toContain("nagorno-karabakh");
    const figure = out.casualties.find((c) => c.killed === 2);
    expect(figure).toMatchObject({ claimedBy: "azerbaijan", affected: "azerbaijan", wounded: null });
    const dated = out.claims.find((c) => c.sentence.includes("two of its soldiers"));
    expect(dated?.date).toMatchObject({ text: expect.stringMatching(/Sunday/), start: "2020-12-13", precision: "day" });
  });

  it("reports a bad file on stderr by name, skips it, reads the rest and exits non-zero", async () => {
    const dir = corpusOf({
      "good.txt": GOOD,
      "bad-front-matter.md": "---\ntitle: Fine\npublished: 2020-13-45\n---\nBody text said nothing.",
      "binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
    });
    const run = await runCli(["extract", "--corpus", dir, "--json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad-front-matter\.md.*published/);
    expect(run.stderr).toMatch(/binary\.txt/);
    const out = ExtractJson.parse(JSON.parse(run.stdout));
    expect(out.articles.map((a) => a.file)).toEqual(["good.txt"]);
  });

  it("prints a readable summary without --json", async () => {
    const run = await runCli(["extract", "--corpus", corpusOf({ "good.txt": GOOD })]);
    expect(run.stdout).toMatch(/1 articles/);
    expect(run.stdout).toMatch(/claims by side:\n\s+azerbaijan\s+\d/);
    expect(run.stdout).toMatch(/casualty figures by claimant/);
  });

  it("names a corpus folder that does not exist", async () => {
    const run = await runCli(["extract", "--corpus", "/nonexistent/corpus", "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/counterclaim: cannot read the corpus folder \/nonexistent\/corpus/);
  });

  it("refuses a mistyped option, naming it, instead of extracting the bundled corpus", async () => {
    const run = await runCli(["extract", "--corpsu", "/nonexistent", "--json"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Unknown option '--corpsu'/);
    expect(run.stdout).toBe("");
  });
});
