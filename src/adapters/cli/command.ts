import type { CliArgs } from "./args.ts";

/** One CLI subcommand: prints to stdout/stderr and resolves to the process exit code. */
export interface CliCommand {
  usage: string;
  run(args: CliArgs): Promise<number>;
}
