// Reads a slash command typed as text ("/claims azerbaijan ceasefire") into the option values the
// command's own schema checks, using the command's Discord data: the same options, in order.
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from "discord.js";
import type { Command } from "../discord/command.ts";

export type ConsoleLine =
  | { type: "empty" }
  | { type: "builtin"; name: "help" | "quit" }
  | { type: "command"; command: Command; options: Record<string, unknown>; chart?: string }
  | { type: "unknown"; name: string };

const BUILTINS: Record<string, "help" | "quit"> = { help: "help", "?": "help", quit: "quit", exit: "quit" };

export function parseConsoleLine(line: string, commands: Map<string, Command>): ConsoleLine {
  const words = line.trim().split(/\s+/).filter(Boolean);
  const first = words.shift();
  if (!first) return { type: "empty" };
  const name = first.replace(/^\//, "").toLowerCase();
  const builtin = BUILTINS[name];
  if (builtin) return { type: "builtin", name: builtin };
  const command = commands.get(name);
  if (!command) return { type: "unknown", name };
  const chart = takeChartFile(words);
  return { type: "command", command, options: textOptions(command.data.options ?? [], words), ...(chart ? { chart } : {}) };
}

/** `--chart out.png` anywhere after the command: the file the answer's picture goes to (taken out of the words). */
function takeChartFile(words: string[]): string | undefined {
  const at = words.indexOf("--chart");
  if (at < 0) return undefined;
  const [, file] = words.splice(at, 2);
  return file;
}

/**
 * Fills string options in order: an option with choices takes the first word(s) when they name a
 * choice; the last text option takes the rest. Booleans such as `private` mean nothing here.
 */
function textOptions(options: readonly APIApplicationCommandOption[], words: string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const textual = options.filter((o) => o.type === ApplicationCommandOptionType.String);
  let rest = [...words];
  textual.forEach((option, index) => {
    if (!rest.length) return;
    const isLast = index === textual.length - 1;
    const choices = "choices" in option ? (option.choices ?? []) : [];
    if (choices.length) {
      const match = matchChoice(choices, rest);
      if (match) {
        values[option.name] = match.value;
        rest = rest.slice(match.words);
      } else if (option.required) {
        // Let the command's schema explain which values are allowed.
        values[option.name] = rest[0];
        rest = rest.slice(1);
      }
      return;
    }
    if (isLast) {
      values[option.name] = rest.join(" ");
      rest = [];
    } else {
      values[option.name] = rest.shift();
    }
  });
  return values;
}

const normalise = (s: string) => s.toLowerCase().replace(/[\s_]+/g, "-");

/** The longest run of leading words (up to three: "united states", "osce minsk group") naming a choice. */
function matchChoice(choices: readonly { name: string; value: string | number }[], words: string[]): { value: string | number; words: number } | null {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const typed = normalise(words.slice(0, n).join(" "));
    const hit = choices.find((c) => normalise(String(c.value)) === typed || normalise(c.name) === typed);
    if (hit) return { value: hit.value, words: n };
  }
  return null;
}
