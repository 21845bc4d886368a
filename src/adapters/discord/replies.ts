// Every message the bot sends goes through these helpers, so none can ping anyone.
import { MessageFlags, type InteractionReplyOptions } from "discord.js";
import { truncate } from "../render/sanitize.ts";

/** No @everyone, roles or users: corpus or user text must never notify people. */
export const NO_MENTIONS = { parse: [] as never[] };

/** A short message only the user who acted can see. */
export function privateNotice(content: string): InteractionReplyOptions & { flags: MessageFlags.Ephemeral } {
  return { content: truncate(content, 2000), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS };
}
