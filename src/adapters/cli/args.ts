// Parses the CLI's words: `--corpus DIR`, `--json`, other `--name value` flags, and positional words.
import { z } from "zod";

export interface CliArgs {
  /** Positional words after the subcommand (questions, queries, a side). */
  words: string[];
  json: boolean;
  corpus: string;
  /** Every other `--name value` flag, by name. */
  flags: Record<string, string>;
}

const BOOLEAN_FLAGS = new Set(["json", "verbose"]);
const flagName = z.string().regex(/^[a-z][a-z-]*$/, "flags are lowercase words such as --corpus");

export function parseCliArgs(argv: string[], defaultCorpus = "corpus"): CliArgs {
  const words: string[] = [];
  const flags: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--")) {
      words.push(arg);
      continue;
    }
    const name = flagName.parse(arg.slice(2));
    if (name === "json") {
      json = true;
    } else if (BOOLEAN_FLAGS.has(name)) {
      flags[name] = "true";
    } else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new Error(`counterclaim: --${name} needs a value`);
      flags[name] = value;
      i++;
    }
  }
  const { corpus = defaultCorpus, ...rest } = flags;
  return { words, json, corpus, flags: rest };
}
