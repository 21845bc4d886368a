// Parses the CLI's words with node:util's parseArgs in strict mode: an option the command does
// not declare (a typo such as --corpsu) is an error naming it, never silently ignored.
import { parseArgs, type ParseArgsConfig } from "node:util";

export type CliOptions = NonNullable<ParseArgsConfig["options"]>;

export interface CliArgs {
  /** Positional words after the subcommand (questions, queries, a side). */
  words: string[];
  json: boolean;
  corpus: string;
  /** Every other string option given, by name. */
  flags: Record<string, string>;
}

/** What every command takes; each command adds its own (command.ts). */
export const COMMON_OPTIONS = {
  corpus: { type: "string" },
  json: { type: "boolean" },
  verbose: { type: "boolean" },
} as const satisfies CliOptions;

export class CliUsageError extends Error {
  override name = "CliUsageError";
}

export function parseCliArgs(argv: string[], options: CliOptions = COMMON_OPTIONS, defaultCorpus = "corpus"): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CliUsageError(`counterclaim: ${error instanceof Error ? error.message : String(error)}`);
  }
  const flags: Record<string, string> = {};
  let json = false;
  let corpus = defaultCorpus;
  for (const [name, value] of Object.entries(parsed.values)) {
    if (name === "json") json = value === true;
    else if (name === "corpus" && typeof value === "string") corpus = value;
    else if (typeof value === "string") flags[name] = value;
    else if (value === true) flags[name] = "true";
  }
  return { words: parsed.positionals, json, corpus, flags };
}
