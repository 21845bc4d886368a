// INTERACTION_CREATE payloads as Discord sends them, for the fake gateway to dispatch.
import { PermissionFlagsBits } from "discord.js";
import { APP_ID } from "./fakeDiscord.ts";

export const GUILD_ID = "600000000000000001";
export const CHANNEL_ID = "700000000000000001";
export const ASKER = "500000000000000001";
export const OTHER_USER = "500000000000000002";

let counter = 0;
const next = () => ({ id: String(400000000000000000n + BigInt(++counter)), token: `tok-${counter}-${"x".repeat(20)}` });

function base(userId: string, permissions: bigint) {
  const user = { id: userId, username: `user${userId.slice(-2)}`, discriminator: "0", global_name: null, avatar: null };
  return {
    application_id: APP_ID,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "general" },
    member: { user, roles: [], permissions: String(permissions), joined_at: "2020-01-01T00:00:00.000Z", deaf: false, mute: false, flags: 0 },
    app_permissions: String(PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks),
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
  };
}

export interface Invocation {
  id: string;
  token: string;
  payload: Record<string, unknown>;
}

type Option = { name: string; type: number; value: string | boolean | number; focused?: boolean };

export function slashCommand(name: string, options: Option[], opts: { userId?: string; permissions?: bigint } = {}): Invocation {
  const { id, token } = next();
  return {
    id,
    token,
    payload: {
      id,
      token,
      type: 2,
      ...base(opts.userId ?? ASKER, opts.permissions ?? PermissionFlagsBits.SendMessages),
      data: { id: "800", name, type: 1, options },
    },
  };
}

export function autocomplete(name: string, options: Option[]): Invocation {
  const { id, token } = next();
  return { id, token, payload: { id, token, type: 4, ...base(ASKER, 0n), data: { id: "801", name, type: 1, options } } };
}

export function buttonClick(customId: string, message: unknown, userId = ASKER): Invocation {
  const { id, token } = next();
  return { id, token, payload: { id, token, type: 3, ...base(userId, 0n), message, data: { custom_id: customId, component_type: 2 } } };
}

export function modalSubmit(customId: string, fields: { select: [string, string[]]; text: [string, string] }, message: unknown): Invocation {
  const { id, token } = next();
  const components = [
    { type: 18, id: 1, component: { type: 3, id: 2, custom_id: fields.select[0], values: fields.select[1] } },
    { type: 18, id: 3, component: { type: 4, id: 4, custom_id: fields.text[0], value: fields.text[1] } },
  ];
  return { id, token, payload: { id, token, type: 5, ...base(ASKER, 0n), message, data: { custom_id: customId, components } } };
}

export const STRING = 3;
export const BOOLEAN = 5;
