// Loads every command module from commands/ and checks it: the bot, the console and the deploy
// script all use this, so what is registered with Discord is exactly what is handled.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { commandSchema, type Command } from "./command.ts";

export const COMMANDS_DIR = fileURLToPath(new URL("../../../commands/", import.meta.url));

const MODULE_FILE = /^[^.].*\.(ts|js|mjs)$/;
const NOT_A_COMMAND = /\.(test|d)\.ts$/;

export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter((f) => MODULE_FILE.test(f) && !NOT_A_COMMAND.test(f)).sort();
  const commands = new Map<string, Command>();
  const problems: string[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
    const parsed = commandSchema.safeParse(module.default);
    if (!parsed.success) {
      problems.push(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".") || "default export"} ${i.message}`).join("; ")}`);
      continue;
    }
    const command = module.default as Command;
    if (commands.has(command.data.name)) problems.push(`${file}: a second command named "${command.data.name}"`);
    commands.set(command.data.name, command);
  }
  if (problems.length) throw new Error(`counterclaim: some command modules are not valid:\n  ${problems.join("\n  ")}`);
  return commands;
}
