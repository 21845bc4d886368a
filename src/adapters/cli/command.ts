import type { CliArgs, CliOptions } from "./args.ts";

/** One CLI subcommand: prints to stdout/stderr and resolves to the process exit code. */
export interface CliCommand {
  usage: string;
  /** The options it takes beside --corpus, --json and --verbose; any other is an error. */
  options?: CliOptions;
  run(args: CliArgs): Promise<number>;
}
