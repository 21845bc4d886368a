// Configuration from the environment (and .env, loaded by the entry point), checked in one pass so
// that a person fixing their setup sees everything that is wrong at once.
import { z } from "zod";

const snowflake = z.string().regex(/^\d{17,20}$/, "must be a Discord id (17 to 20 digits)");
/** Empty strings in .env mean "not set", as people write `DEV_GUILD_ID=` to switch a value off. */
const optional = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const schema = z.object({
  DISCORD_TOKEN: optional(
    z
      .string()
      .trim()
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "does not look like a bot token (three parts separated by dots)"),
  ),
  APPLICATION_ID: optional(snowflake),
  DEV_GUILD_ID: optional(snowflake),
  CORPUS_DIR: optional(z.string().trim().min(1)).default("corpus"),
  CORPUS_MAX_ARTICLE_MB: optional(z.coerce.number().positive("must be more than 0").max(1024, "must be at most 1024")).default(4),
  LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])).default("info"),
  DISCORD_API_BASE: optional(
    z
      .string()
      .trim()
      .url("must be a URL such as https://discord.com/api")
      // The bot sends its token to this address: nothing but a web address will do.
      .refine((url) => !URL.canParse(url) || /^https?:$/.test(new URL(url).protocol), "must be an http or https URL such as https://discord.com/api")
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  RATE_LIMIT_PER_MINUTE: optional(z.coerce.number().int("must be a whole number").min(1).max(600)).default(10),
  FEEDBACK_FILE: optional(z.string().trim().min(1)).default(".counterclaim/feedback.jsonl"),
  /** Memory for answers whose buttons still work; past it the oldest lose their buttons early. */
  ANSWER_MEMORY_MB: optional(z.coerce.number().int("must be a whole number").min(1).max(4096)).default(32),
  /** How long /add may take to fetch one web address or attachment, whole. */
  ADD_FETCH_TIMEOUT_S: optional(z.coerce.number().positive("must be more than 0").max(300, "must be at most 300")).default(15),
  /** Let /add fetch loopback and private-network addresses (a test's local server); off, a member cannot make the bot reach them. */
  ADD_ALLOW_PRIVATE_URLS: optional(z.enum(["true", "false"], { message: 'must be "true" or "false"' })).default("false"),
  /** Serve Discord's interactions over HTTP on this port (POST /interactions, GET /health) instead of the gateway. */
  INTERACTIONS_PORT: optional(z.coerce.number().int("must be a whole number").min(0).max(65535)),
  INTERACTIONS_HOST: optional(z.string().trim().min(1)).default("0.0.0.0"),
  /** The application's public key (General Information → Public Key): what Discord's signatures are checked against. */
  DISCORD_PUBLIC_KEY: optional(
    z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/, "must be the application's public key: 64 hexadecimal characters"),
  ),
  INTERACTIONS_MAX_BODY_KB: optional(z.coerce.number().int("must be a whole number").min(1).max(10_240)).default(64),
  INTERACTIONS_MAX_IN_FLIGHT: optional(z.coerce.number().int("must be a whole number").min(1).max(100_000)).default(256),
  /** This process's name where several share the corpus (who re-indexed); default host:pid. */
  REPLICA_ID: optional(z.string().trim().min(1).max(100)),
  /** Gateway sharding: "auto" (Discord's recommendation) or a number of shards, one process each. */
  SHARDS: optional(z.union([z.literal("auto"), z.coerce.number().int("must be a whole number or auto").min(1).max(1024)])),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`counterclaim: the configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for what each setting means.`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return parsed.data;
}

/**
 * The largest article the corpus reader accepts, in bytes. Read on its own (not through loadConfig)
 * because the corpus is also read by the CLI and in worker threads, which need nothing else; the
 * entry point has already reported an invalid value through loadConfig.
 */
export function maxArticleBytes(env: Record<string, string | undefined> = process.env): number {
  const parsed = schema.pick({ CORPUS_MAX_ARTICLE_MB: true }).safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  return Math.floor(parsed.data.CORPUS_MAX_ARTICLE_MB * 1024 * 1024);
}

/** Discord's own API address; any other (a proxy, a test double) gets a warning at start, as the token goes there. */
export function isDiscordApi(apiBase: string): boolean {
  try {
    const { protocol, hostname } = new URL(apiBase);
    return protocol === "https:" && /(^|\.)discord(app)?\.com$/i.test(hostname);
  } catch {
    return false;
  }
}

/** The settings that talking to Discord needs, or one error naming every missing one. */
export function requireDiscord(config: Config, needs: { applicationId: boolean }): Config & { DISCORD_TOKEN: string } {
  const problems: string[] = [];
  if (!config.DISCORD_TOKEN) problems.push("DISCORD_TOKEN: is required to connect to Discord");
  if (needs.applicationId && !config.APPLICATION_ID) problems.push("APPLICATION_ID: is required to register commands");
  if (problems.length) throw new ConfigError(problems);
  return config as Config & { DISCORD_TOKEN: string };
}
