// The gateway close codes after which Discord will never accept this bot again as configured
// (discord.js stops reconnecting on exactly these). Each gets a sentence saying what to fix, so the
// person reading the log of a supervisor-restarted bot knows why it stopped.
import { GatewayCloseCodes } from "discord.js";

const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [GatewayCloseCodes.AuthenticationFailed, "the token was refused: DISCORD_TOKEN is mistyped or was reset in the Developer Portal"],
  [GatewayCloseCodes.InvalidShard, "the shard settings are not valid for this bot"],
  [GatewayCloseCodes.ShardingRequired, "the bot is in too many servers for one connection and needs sharding"],
  [GatewayCloseCodes.InvalidAPIVersion, "Discord no longer supports this gateway version: update discord.js"],
  [GatewayCloseCodes.InvalidIntents, "the gateway intents the bot asked for are not valid"],
  [GatewayCloseCodes.DisallowedIntents, "the bot asked for a privileged intent that is not enabled for it in the Developer Portal"],
]);

export interface GatewayFailure {
  closeCode: number;
  /** Discord's name for the code, e.g. "AuthenticationFailed". */
  closeName: string;
  reason: string;
}

/** The failure for a close code discord.js will not recover from, or null for one it retries. */
export function fatalGatewayClose(code: number): GatewayFailure | null {
  const reason = FATAL_CLOSES.get(code);
  if (!reason) return null;
  return { closeCode: code, closeName: GatewayCloseCodes[code] ?? "Unknown", reason };
}

export class GatewayClosedError extends Error {
  constructor(readonly failure: GatewayFailure) {
    super(`counterclaim: Discord closed the gateway with code ${failure.closeCode} (${failure.closeName}): ${failure.reason}.`);
    this.name = "GatewayClosedError";
  }
}
