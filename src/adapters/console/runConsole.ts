// The local console: the bot's commands typed as text, answered from the same AnswerService and
// rendered from the same blocks as on Discord. Reads until /quit or the end of input.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { CounterclaimError } from "../../core/errors.ts";
import type { Command, CommandServices } from "../discord/command.ts";
import type { Logger } from "../log/createLogger.ts";
import { resultSize } from "../render/commandResult.ts";
import { oneLine } from "../render/sanitize.ts";
import { resultToText } from "../render/toText.ts";
import { saveChart } from "../chart/saveChart.ts";
import { consoleHelp } from "./consoleHelp.ts";
import { parseConsoleLine } from "./parseConsoleLine.ts";

export interface ConsoleOptions {
  commands: Map<string, Command>;
  services: CommandServices;
  logger: Logger;
  input: Readable;
  output: Writable;
  /** Shown in the welcome text. */
  corpusDir: string;
  /** Whether a person is typing: then there is a prompt; when piped, each command is echoed instead. */
  interactive: boolean;
  signal?: AbortSignal;
}

export const CONSOLE_APOLOGY = "Sorry, something went wrong while answering that. It has been logged.";

export function welcome(corpusDir: string): string {
  return [
    `Counterclaim console: no DISCORD_TOKEN is configured, so answers come from the corpus in ${corpusDir}/ right here.`,
    "To connect to Discord: copy .env.example to .env, set DISCORD_TOKEN and APPLICATION_ID,",
    "run `npm run deploy-commands` once, then `npm start` again.",
    "Type /help for the commands, /quit to leave.",
    "",
  ].join("\n");
}

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { commands, services, logger, output, interactive } = options;
  const write = (text: string) => output.write(text.endsWith("\n") ? text : `${text}\n`);
  write(welcome(options.corpusDir));
  const rl = createInterface({ input: options.input, ...(interactive ? { output, prompt: "counterclaim> " } : {}), terminal: interactive });
  const stop = () => rl.close();
  options.signal?.addEventListener("abort", stop, { once: true });
  // At a terminal, readline takes Ctrl+C for itself instead of raising SIGINT: treat it as /quit.
  rl.on("SIGINT", stop);
  try {
    if (interactive) rl.prompt();
    for await (const line of rl) {
      const parsed = parseConsoleLine(line, commands);
      if (parsed.type === "empty") {
        if (interactive) rl.prompt();
        continue;
      }
      if (!interactive) write(`> ${oneLine(line)}`);
      if (parsed.type === "builtin" && parsed.name === "quit") break;
      if (parsed.type === "builtin") write(consoleHelp(commands));
      else if (parsed.type === "unknown") write(`Unknown command /${oneLine(parsed.name).slice(0, 40)}. Type /help for the list.`);
      else if (!parsed.command.run) write(`/${parsed.command.data.name} only works on Discord.`);
      else write(await answer(parsed.command, parsed.options, services, logger, parsed.chart));
      write("");
      if (interactive) rl.prompt();
    }
  } finally {
    options.signal?.removeEventListener("abort", stop);
    rl.close();
  }
}

/** The console's error boundary: the same as the bot's, a short apology and a log line with context. */
async function answer(command: Command, options: Record<string, unknown>, services: CommandServices, logger: Logger, chartFile?: string): Promise<string> {
  const started = performance.now();
  try {
    const result = await command.run!(options, services);
    logger.info(
      { command: command.data.name, userId: "console", latencyMs: Math.round(performance.now() - started), resultSize: resultSize(result) },
      "answered",
    );
    const text = resultToText(result);
    if (!chartFile || result.type !== "answer") return chartFile ? `${text}\n\nNo chart: /${command.data.name} has none.` : text;
    return `${text}\n\n${(await saveChart(result.answer, chartFile)).message}`;
  } catch (error) {
    if (error instanceof CounterclaimError) return error.message.replace(/^counterclaim: /, "");
    logger.error({ command: command.data.name, userId: "console", options, err: error }, "command failed");
    return CONSOLE_APOLOGY;
  }
}
