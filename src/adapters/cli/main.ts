// The CLI: `npm run -s cli -- <command> [--corpus DIR] [--json] …`.
// Its JSON output is a contract (the scorer and the benchmarks read it): see README.md.
import { CliUsageError, parseCliArgs } from "./args.ts";
import type { CliCommand } from "./command.ts";
import { extractCommand } from "./extract.ts";
import { answerCommands } from "./answerCommands.ts";

const commands: Record<string, CliCommand> = { extract: extractCommand, ...answerCommands };

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(11)} ${c.usage}`);
  return ["usage: npm run -s cli -- <command> [--corpus DIR] [--json] …", "", ...lines].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help") {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`counterclaim: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(rest, command.options);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(`${error.message}\n\nusage: npm run -s cli -- ${command.usage}`);
    return 2;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
