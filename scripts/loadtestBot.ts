// The bot under load, in its own process so that its event loop is measured alone: the library over
// the generated corpus (index saved in a temporary folder) and the real discord.js bot, wired as
// src/adapters/main.ts wires them. It talks to its parent over IPC: "ready", then RSS on request.
import { Events } from "discord.js";
import { createBot } from "../src/adapters/discord/createBot.ts";
import { loadCommands } from "../src/adapters/discord/loadCommands.ts";
import { createLibrary } from "../src/adapters/library/index.ts";
import { createLogger } from "../src/adapters/log/createLogger.ts";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`loadtest bot: ${name} is not set`);
  return value;
};

const token = env("DISCORD_TOKEN");
const logger = createLogger({ level: process.env.LOG_LEVEL ?? "warn", fd: 2, secret: token, pretty: false });
const library = await createLibrary({ corpusDir: env("CORPUS_DIR"), indexDir: env("INDEX_DIR") });
const bot = createBot({
  token,
  answers: library,
  commands: await loadCommands(),
  logger,
  feedbackFile: env("FEEDBACK_FILE"),
  rateLimitPerMinute: 10,
  apiBase: env("DISCORD_API_BASE"),
});
bot.client.once(Events.ClientReady, () => process.send?.({ type: "ready", rss: process.memoryUsage().rss }));
process.on("message", async (message: { type?: string }) => {
  if (message.type === "rss") process.send?.({ type: "rss", rss: process.memoryUsage().rss, sessions: bot.sessions.size });
  if (message.type === "memory") {
    const before = process.memoryUsage();
    global.gc?.();
    process.send?.({ type: "memory", before, after: process.memoryUsage(), sessions: bot.sessions.size, sessionBytes: bot.sessions.bytes });
  }
  if (message.type === "stop") {
    await bot.stop();
    library.close();
    process.exit(0);
  }
});
await bot.start();
