// ask | incident | claims | casualties | mediators | reindex: filled in by the search issue (#3).
import type { CliCommand } from "./command.ts";

export const answerCommands: Record<string, CliCommand> = {};
