// Starts the real bot (discord.js client, command loader, router) against the fake Discord, and
// helps a test send an interaction and read what the bot sent back.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { AnswerService } from "../../src/core/types.ts";
import type { ArticleAdder } from "../../src/adapters/add/articleAdder.ts";
import { createBot, type Bot } from "../../src/adapters/discord/createBot.ts";
import { loadCommands } from "../../src/adapters/discord/loadCommands.ts";
import { createLogger } from "../../src/adapters/log/createLogger.ts";
import { FakeDiscord, type Json, type RecordedRequest } from "./fakeDiscord.ts";
import type { Invocation } from "./interactionPayloads.ts";

export const TOKEN = "OTAwMDAwMDAwMDAwMDAwMDAx.GfAkEt.fake-token-for-tests-only-0123456789abcd";

export interface Harness {
  discord: FakeDiscord;
  bot: Bot;
  logs: Record<string, Json>[];
  feedbackFile: string;
  /** Dispatches the interaction and resolves with the bot's final answer to it. */
  send(invocation: Invocation, until?: (r: RecordedRequest) => boolean): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/** The bot's last word on an interaction: an immediate reply, an update, a modal, choices, or the edit after a defer. */
export const finalAnswer = (inv: Invocation) => (r: RecordedRequest) =>
  (r.path === `/api/v10/interactions/${inv.id}/${inv.token}/callback` && [4, 7, 8, 9].includes(r.body?.type)) ||
  (r.method === "PATCH" && r.path.endsWith(`/${inv.token}/messages/%40original`)) ||
  (r.method === "POST" && r.path.endsWith(`/webhooks/${r.path.split("/")[4]}/${inv.token}`));

export async function startHarness(answers: AnswerService, options: { rateLimitPerMinute?: number; adder?: ArticleAdder } = {}): Promise<Harness> {
  const discord = new FakeDiscord();
  await discord.start();
  const dir = await mkdtemp(join(tmpdir(), "cc-e2e-"));
  const feedbackFile = join(dir, "feedback.jsonl");
  const logs: Record<string, Json>[] = [];
  const sink = new Writable({
    write: (chunk, _e, done) => {
      logs.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const bot = createBot({
    token: TOKEN,
    answers,
    ...(options.adder ? { adder: options.adder } : {}),
    commands: await loadCommands(),
    logger: createLogger({ destination: sink, secret: TOKEN, level: "info" }),
    feedbackFile,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 1000,
    apiBase: discord.apiBase,
  });
  await bot.start();
  return {
    discord,
    bot,
    logs,
    feedbackFile,
    send(invocation, until = finalAnswer(invocation)) {
      // An answer that re-indexes (/add) can take seconds on a busy two-core machine.
      const answer = discord.waitFor(until, 15_000);
      discord.dispatch("INTERACTION_CREATE", invocation.payload);
      return answer;
    },
    async close() {
      await bot.stop();
      await discord.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
