// `npm run deploy-commands`: registers the commands in commands/ with Discord, using the same loader as
// the bot. To DEV_GUILD_ID when set (instant, for testing), globally otherwise (for every server).
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { pathToFileURL } from "node:url";
import { config as loadDotenv } from "dotenv";
import { loadConfig, requireDiscord } from "../config/loadConfig.ts";
import { loadCommands } from "./loadCommands.ts";

export interface DeployOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  apiBase?: string;
  commandsDir?: string;
}

export interface DeployResult {
  scope: "guild" | "global";
  names: string[];
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const commands = await loadCommands(options.commandsDir);
  const body: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [...commands.values()].map((c) => c.data);
  const rest = new REST(options.apiBase ? { api: options.apiBase } : {}).setToken(options.token);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  // PUT replaces the whole set, so a command deleted from commands/ disappears from Discord too.
  await rest.put(route, { body });
  return { scope: options.guildId ? "guild" : "global", names: body.map((c) => c.name) };
}

async function main(): Promise<void> {
  loadDotenv();
  const config = requireDiscord(loadConfig(), { applicationId: true });
  const result = await deployCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.APPLICATION_ID!,
    ...(config.DEV_GUILD_ID ? { guildId: config.DEV_GUILD_ID } : {}),
    ...(config.DISCORD_API_BASE ? { apiBase: config.DISCORD_API_BASE } : {}),
  });
  const where = result.scope === "guild" ? `to the server ${config.DEV_GUILD_ID} (available now)` : "globally (may take up to an hour to appear)";
  console.log(`Registered ${result.names.length} commands ${where}: ${result.names.map((n) => `/${n}`).join(", ")}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
