// pino, as yuudachi uses it: structured fields first, then a short message. JSON for machines,
// pretty lines only when a person is watching a terminal. The token never reaches a log line.
import { destination as pinoDestination, pino, type DestinationStream, type Logger } from "pino";
import { PinoPretty } from "pino-pretty";

export type { Logger };

/** Wherever a token could hide in what we log: config objects, discord.js REST errors, raw headers. */
export const REDACT_PATHS = [
  "token",
  "*.token",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "headers.authorization",
  "*.headers.authorization",
  "*.*.headers.authorization",
];

export interface LoggerOptions {
  level?: string;
  /** Defaults to pretty output when the log stream is a terminal. */
  pretty?: boolean;
  /** For tests: where JSON lines go instead of stdout. */
  destination?: DestinationStream;
  /** 2 sends logs to stderr, so that the console's answers on stdout stay clean when piped. */
  fd?: 1 | 2;
  /** The token: scrubbed from every line, wherever it appears (an error message quoting a request…). */
  secret?: string;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const { level = "info", secret, fd = 1 } = options;
  const terminal = (fd === 2 ? process.stderr : process.stdout).isTTY === true;
  const pretty = options.pretty ?? (options.destination === undefined && terminal);
  // Pretty-printing runs in-process (not in a transport worker) so the scrubbing below sees every line.
  const target: DestinationStream =
    options.destination ??
    (pretty ? PinoPretty({ colorize: terminal, translateTime: "HH:MM:ss", destination: fd, sync: true }) : pinoDestination({ fd, sync: true }));
  return pino({ level, base: { app: "counterclaim" }, redact: { paths: REDACT_PATHS, censor: "[redacted]" } }, scrubbing(target, secret));
}

/**
 * An interaction token is a password for that interaction's webhook for 15 minutes, and it sits in
 * the URL of every request about it: a failed request logs its URL (DiscordAPIError.url, the
 * message, the stack). The segment after /interactions/<id>/ or /webhooks/<id>/ is scrubbed.
 */
const INTERACTION_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[^/?#\s"\\]+/g;

export function scrubTokens(line: string, secret?: string): string {
  const scrubbed = line.replace(INTERACTION_TOKEN, "$1[redacted]");
  return secret ? scrubbed.split(secret).join("[redacted]") : scrubbed;
}

function scrubbing(target: DestinationStream, secret: string | undefined): DestinationStream {
  return { write: (line: string) => target.write(scrubTokens(line, secret)) };
}
