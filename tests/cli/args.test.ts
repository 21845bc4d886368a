import { describe, expect, it } from "vitest";
import { CliUsageError, parseCliArgs } from "../../src/adapters/cli/args.ts";

const claimsOptions = { "index-dir": { type: "string" }, side: { type: "string" }, topic: { type: "string" } } as const;

describe("the CLI's arguments", () => {
  it("reads --corpus, --json, a command's own options and the words between them", () => {
    const args = parseCliArgs(["karabakh", "--json", "--corpus", "c", "drone", "--index-dir", "i", "strikes"], claimsOptions);
    expect(args).toEqual({ words: ["karabakh", "drone", "strikes"], json: true, corpus: "c", flags: { "index-dir": "i" } });
  });

  it("defaults the corpus and keeps words after -- as words", () => {
    expect(parseCliArgs(["--", "--json", "-5 soldiers"])).toEqual({ words: ["--json", "-5 soldiers"], json: false, corpus: "corpus", flags: {} });
  });

  it("keeps --verbose as a flag", () => {
    expect(parseCliArgs(["--verbose"]).flags).toEqual({ verbose: "true" });
  });

  it.each([
    [["--corpsu", "/x"], /Unknown option '--corpsu'/],
    [["--side", "armenia"], /Unknown option '--side'/],
    [["--corpus"], /--corpus <value>' argument missing/],
  ])("refuses %j, naming the option", (argv, reason) => {
    expect(() => parseCliArgs(argv)).toThrow(CliUsageError);
    expect(() => parseCliArgs(argv)).toThrow(reason);
  });
});
