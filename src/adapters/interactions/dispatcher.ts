// Interactions received over HTTP, handed to the same router and command modules as the gateway's:
// each payload becomes the discord.js interaction object the gateway would have made (discord.js's
// own InteractionCreate action builds it), and what the handler posts first becomes the HTTP
// response (initialResponse.ts). The client never logs in: edits and follow-ups go to the
// interaction's webhook, which needs no bot token.
import { Client, Events, InteractionResponseType, InteractionType, MessageFlags, type Interaction } from "discord.js";
import { z } from "zod";
import { NO_MENTIONS } from "../discord/replies.ts";
import { createRouter, type Router, type RouterOptions } from "../discord/router.ts";
import { InitialResponses, jsonResponse, type InitialResponse } from "./initialResponse.ts";

/** Discord allows 3 s for the first answer; past this the endpoint defers on the handler's behalf. */
export const ACK_DEADLINE_MS = 2_500;
export const DEFAULT_API_BASE = "https://discord.com/api";
/** Client-side ceiling on REST requests per second in HTTP mode: high enough never to be the limit. */
export const INTERACTION_REQUESTS_PER_SECOND = 10_000;
export const STOPPED = "This answer was interrupted: the server answering it was stopped. Please run the command again.";

/** The fields the endpoint itself reads; discord.js reads the rest as it does from the gateway. */
export const interactionSchema = z
  .object({
    id: z.string().regex(/^\d{1,20}$/),
    application_id: z.string().regex(/^\d{1,20}$/),
    type: z.number().int(),
    token: z.string().min(1).max(500),
  })
  .passthrough();

export type InteractionPayload = z.infer<typeof interactionSchema>;

export interface DispatcherOptions extends RouterOptions {
  apiBase?: string;
  ackDeadlineMs?: number;
}

export interface Dispatcher {
  /** The HTTP response for a verified, parsed interaction other than a PING. */
  dispatch(payload: InteractionPayload): Promise<InitialResponse>;
  router: Router;
  /** Interactions whose handlers are still running (acknowledged, answer on its way). */
  readonly running: number;
  /**
   * Waits (at most limitMs) for the running handlers to finish, so a stopping replica sends the
   * answers it acknowledged; any still running then get a message saying to run the command again,
   * rather than a "thinking…" that never ends.
   */
  drain(limitMs: number): Promise<void>;
  stop(): Promise<void>;
}

/** discord.js keeps this action internal; it is the one place that turns raw data into interactions. */
interface InteractionCreateAction {
  handle(data: unknown): void;
}

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const apiBase = options.apiBase ?? DEFAULT_API_BASE;
  const responses = new InitialResponses(apiBase);
  const client = new Client({
    intents: [],
    allowedMentions: NO_MENTIONS,
    // Explicit, so that a SHARDS variable in the environment (sharded gateway mode) is never read here.
    shards: [0],
    shardCount: 1,
    // @discordjs/rest holds every client to 50 requests a second, Discord's global limit for a bot;
    // but interaction webhooks, the only requests made here, are not bound by it (Discord's rate-limit
    // docs), and the 50 capped one replica at ~50 answers a second (npm run loadtest:scale). Per-route
    // limits, which Discord does apply to them, are still followed.
    rest: { api: apiBase, makeRequest: responses.makeRequest, globalRequestsPerSecond: INTERACTION_REQUESTS_PER_SECOND },
  });
  const router = createRouter(options);
  const handled = new Map<string, (done: Promise<void>) => void>();
  const inProgress = new Map<Promise<void>, string>();
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const done = router.handle(interaction);
    handled.get(interaction.id)?.(done);
  });
  const create = (client as unknown as { actions: { InteractionCreate: InteractionCreateAction } }).actions.InteractionCreate;
  const deadlineMs = options.ackDeadlineMs ?? ACK_DEADLINE_MS;

  function dispatch(payload: InteractionPayload): Promise<InitialResponse> {
    const response = responses.expect(payload.id, payload.application_id, payload.token);
    // discord.js emits InteractionCreate synchronously from handle(): the handler has started when it returns.
    let running: Promise<void> = Promise.resolve();
    handled.set(payload.id, (done) => (running = done));
    try {
      create.handle(payload);
    } catch (error) {
      // A payload discord.js cannot read (signed, so Discord's, but of a shape it does not know).
      responses.forget(payload.id);
      throw error;
    } finally {
      handled.delete(payload.id);
    }
    const deadline = setTimeout(() => responses.answerFor(payload.id, fallback(payload)), deadlineMs);
    const tracked = running.catch(() => undefined);
    inProgress.set(tracked, payload.id);
    void tracked.finally(() => inProgress.delete(tracked));
    void running
      .then(() => {
        // The handler finished without a first answer (it had nothing to say): answer for it.
        responses.answerFor(payload.id, fallback(payload));
      })
      .finally(() => {
        clearTimeout(deadline);
        responses.forget(payload.id);
      });
    return response;
  }

  return {
    dispatch,
    router,
    get running() {
      return inProgress.size;
    },
    async drain(limitMs) {
      const limit = new Promise((resolve) => setTimeout(resolve, limitMs).unref());
      await Promise.race([Promise.all(inProgress.keys()), limit]);
      const left = [...inProgress.values()];
      await Promise.all(left.map((id) => responses.abandon(id, STOPPED).catch(() => undefined)));
    },
    async stop() {
      await router.sessions.expireAll();
      await client.destroy();
    },
  };
}

/** The answer that is always valid for the kind of interaction when the handler gave none in time. */
export function fallback(payload: InteractionPayload): InitialResponse {
  switch (payload.type) {
    case InteractionType.ApplicationCommandAutocomplete:
      return jsonResponse({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } });
    case InteractionType.MessageComponent:
      return jsonResponse({ type: InteractionResponseType.DeferredMessageUpdate });
    default:
      return jsonResponse({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
  }
}
