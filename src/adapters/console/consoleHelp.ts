// /help in the console, written from the commands' own data so it never drifts from them.
import { ApplicationCommandOptionType } from "discord.js";
import type { Command } from "../discord/command.ts";

export function consoleHelp(commands: Map<string, Command>): string {
  const lines = [...commands.values()].map((command) => {
    const args = (command.data.options ?? [])
      .filter((o) => o.type === ApplicationCommandOptionType.String)
      .map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`))
      .join(" ");
    return `  ${`/${command.data.name} ${args}`.padEnd(30)} ${command.data.description}`;
  });
  return [
    "Commands:",
    ...lines,
    `  ${"/help".padEnd(30)} This list`,
    `  ${"/quit".padEnd(30)} Leave the console`,
    "",
    "Examples: /incident Hadrut   /claims azerbaijan ceasefire   /ask who shelled Stepanakert?",
    "Charts: add --chart FILE.png to /casualties or /incident to write the answer's chart to a file.",
  ].join("\n");
}
