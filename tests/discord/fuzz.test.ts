// Fuzzing what a client can send (issue 9): every command's options and any button custom id, through
// the bot's real interaction handler over the real library and a small corpus. 10,000 cases: no
// crash, no hang, exactly one answer to each, and every answer one Discord accepts (its OpenAPI
// description and its documented limits), pinging nobody and showing no bidi trick or broken text.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { Interaction, ModalBuilder } from "discord.js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnswerSessions } from "../../src/adapters/discord/answerSessions.ts";
import type { Command, CommandContext } from "../../src/adapters/discord/command.ts";
import { FeedbackLog } from "../../src/adapters/discord/feedbackLog.ts";
import { createInteractionHandler } from "../../src/adapters/discord/handleInteraction.ts";
import { loadCommands } from "../../src/adapters/discord/loadCommands.ts";
import { RateLimiter } from "../../src/adapters/discord/rateLimiter.ts";
import { ChartCache } from "../../src/adapters/chart/chartCache.ts";
import { SharedPages } from "../../src/adapters/discord/sharedPages.ts";
import { TakeTurns } from "../../src/adapters/discord/takeTurns.ts";
import { createLibrary, type Library } from "../../src/adapters/library/index.ts";
import { createLogger } from "../../src/adapters/log/createLogger.ts";
import { pageResult } from "../../src/adapters/render/toDiscordPages.ts";
import { discordLimitViolations } from "./discordLimitsCheck.ts";
import { fakeAnswerService } from "./fakeAnswerService.ts";
import { HAVE_OPENAPI, openApiViolations } from "./openapiCheck.ts";

const CORPUS = fileURLToPath(new URL("../e2e/fixtures/corpus/", import.meta.url));
const COMMAND_CASES = 8_000;
const BUTTON_CASES = 2_000;
/** One case that takes longer than this has hung. */
const CASE_LIMIT_MS = 5_000;

const BIDI_OR_LONE_SURROGATE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** A mention Discord would render (the sanitiser puts a zero-width space after "@" and "<"). */
const RENDERED_MENTION = /@(everyone|here)|<[@#/:]|<a:|<t:/;

let library: Library;
let indexDir: string;
let commands: Map<string, Command>;
const errors: Record<string, unknown>[] = [];

beforeAll(async () => {
  indexDir = await mkdtemp(join(tmpdir(), "cc-fuzz-"));
  library = await createLibrary({ corpusDir: CORPUS, indexDir, reindexWorker: false });
  commands = await loadCommands();
});
afterAll(async () => {
  library?.close();
  await rm(indexDir, { recursive: true, force: true });
});

if (!HAVE_OPENAPI && process.env.CI === "true") throw new Error("../shared/discord/openapi.json is missing: the fuzz test cannot check payloads");

/** What the bot sent, as the body Discord would receive. */
type Sent = { operation: "interactionCallback" | "editOriginal"; body: Record<string, unknown> };

interface ReplyOptions {
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  allowedMentions?: unknown;
}

const wire = (options: ReplyOptions) => ({
  ...(options.content !== undefined ? { content: options.content } : {}),
  ...(options.embeds ? { embeds: options.embeds } : {}),
  ...(options.components ? { components: options.components } : {}),
  ...(options.flags ? { flags: options.flags } : {}),
  ...(options.allowedMentions ? { allowed_mentions: options.allowedMentions } : {}),
});

/** A stand-in for discord.js's interaction with only what the handler uses, recording what it sends. */
function fakeInteraction(kind: "command" | "button", fields: { commandName?: string; options?: { name: string; value: unknown }[]; customId?: string }) {
  const sent: Sent[] = [];
  const state = { deferred: false, replied: false, ephemeral: false };
  const interaction = {
    id: "400000000000000001",
    user: { id: "500000000000000001" },
    guildId: "600000000000000001",
    channelId: "700000000000000001",
    commandName: fields.commandName,
    customId: fields.customId,
    options: { data: fields.options ?? [], getFocused: () => "" },
    memberPermissions: { has: () => true },
    get deferred() {
      return state.deferred;
    },
    get replied() {
      return state.replied;
    },
    get ephemeral() {
      return state.ephemeral;
    },
    isChatInputCommand: () => kind === "command",
    isCommand: () => kind === "command",
    isAutocomplete: () => false,
    isButton: () => kind === "button",
    isMessageComponent: () => kind === "button",
    isModalSubmit: () => false,
    isRepliable: () => true,
    async reply(options: ReplyOptions) {
      sent.push({ operation: "interactionCallback", body: { type: 4, data: wire(options) } });
      state.replied = true;
    },
    async deferReply(options: ReplyOptions = {}) {
      sent.push({ operation: "interactionCallback", body: { type: 5, data: wire(options) } });
      state.deferred = true;
      state.ephemeral = options.flags === 64;
    },
    async editReply(options: ReplyOptions) {
      sent.push({ operation: "editOriginal", body: wire(options) });
      state.replied = true;
    },
    async update(options: ReplyOptions) {
      sent.push({ operation: "interactionCallback", body: { type: 7, data: wire(options) } });
      state.replied = true;
    },
    async followUp(options: ReplyOptions) {
      sent.push({ operation: "editOriginal", body: wire(options) });
    },
    async deleteReply() {},
    async showModal(modal: ModalBuilder) {
      sent.push({ operation: "interactionCallback", body: { type: 9, data: modal.toJSON() } });
      state.replied = true;
    },
  };
  return { interaction: interaction as unknown as Interaction, sent };
}

function handlerOver(context: CommandContext) {
  return createInteractionHandler({
    commands,
    context,
    rateLimiter: new RateLimiter(1_000_000),
    feedback: new FeedbackLog(join(indexDir, "feedback.jsonl")),
  });
}

function contextOver(answers: CommandContext["answers"]): CommandContext {
  const sink = new Writable({
    write: (chunk, _e, done) => {
      errors.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return {
    answers,
    logger: createLogger({ destination: sink, level: "warn" }),
    sessions: new AnswerSessions(),
    turns: new TakeTurns(),
    pages: new SharedPages(),
    charts: new ChartCache(),
  };
}

/** Runs one case within the time limit and checks everything the bot sent for it. */
async function check(handle: (i: Interaction) => Promise<void>, made: ReturnType<typeof fakeInteraction>, label: string): Promise<void> {
  const before = errors.length;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    handle(made.interaction),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${label}: no answer within ${CASE_LIMIT_MS} ms`)), CASE_LIMIT_MS))),
  ]).finally(() => clearTimeout(timer));
  expect(errors.slice(before), label).toEqual([]);
  // An answer at all (Discord shows "interaction failed" otherwise): a reply, an update, a form, or the edit after a deferral.
  const finals = made.sent.filter((s) => s.operation === "editOriginal" || [4, 7, 9].includes(s.body.type as number));
  expect(finals.length, label).toBeGreaterThanOrEqual(1);
  for (const { operation, body } of made.sent) {
    const message = (operation === "interactionCallback" ? body.data : body) as Record<string, unknown>;
    if (HAVE_OPENAPI) expect(openApiViolations(operation, body), label).toEqual([]);
    if (body.type !== 9 && body.type !== 5) {
      expect(discordLimitViolations(message), label).toEqual([]);
      expect(message.allowed_mentions, label).toEqual({ parse: [] });
    }
    const text = JSON.stringify(message);
    expect(text, label).not.toMatch(RENDERED_MENTION);
    expect(JSON.stringify(message).match(BIDI_OR_LONE_SURROGATE) === null && !hasBrokenText(message), label).toBe(true);
  }
}

/** Lone surrogates hide from JSON.stringify (it escapes them), so every string is looked at. */
function hasBrokenText(value: unknown): boolean {
  if (typeof value === "string") return BIDI_OR_LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasBrokenText);
  if (value && typeof value === "object") return Object.values(value).some(hasBrokenText);
  return false;
}

/** Text a hostile or careless client might send: mentions, markdown, bidi tricks, broken surrogates, control codes, places. */
const PIECES = [
  "@everyone",
  "@here",
  "<@123456789012345678>",
  "<@&42>",
  "<#700000000000000001>",
  "</ask:1>",
  "<t:0>",
  "**",
  "`",
  "```",
  "[x](https://evil.example)",
  "\u202e",
  "\u2066",
  "\u200f",
  "\ud800",
  "\udfff",
  "🙂",
  "\u0000",
  "\u001b[31m",
  "\n",
  "\t",
  " ",
  "Hadrut",
  "Stepanakert",
  "ceasefire",
  "October 2020",
  "azerbaijan",
  "x".repeat(150),
];
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), codeUnit, fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(""));
const value = fc.oneof(
  { weight: 10, arbitrary: text },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 400 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, {}, [], "") },
);

describe("fuzzing what a client can send", () => {
  it(`answers ${COMMAND_CASES} commands with any option values once each, within Discord's rules`, async () => {
    const handle = handlerOver(contextOver(library));
    // Every command but /reindex, which has no options and rebuilds the index each time.
    const names = [...commands.keys()].filter((name) => name !== "reindex");
    const invocation = fc.constantFrom(...names).chain((name) => {
      const declared = (commands.get(name)!.data.options ?? []).map((o) => o.name);
      const option = fc.record({ name: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...declared, "private") }, fc.string({ maxLength: 8 })), value });
      return fc.record({ name: fc.constant(name), options: fc.array(option, { maxLength: 4 }) });
    });
    await fc.assert(
      fc.asyncProperty(invocation, async ({ name, options }) => {
        const made = fakeInteraction("command", { commandName: name, options });
        await check(handle, made, `/${name} ${JSON.stringify(options)}`);
      }),
      { numRuns: COMMAND_CASES },
    );
  }, 120_000);

  it(`answers ${BUTTON_CASES} clicks on buttons with any custom id once each, 'expired' when it is not a live one`, async () => {
    const context = contextOver(fakeAnswerService());
    const handle = handlerOver(context);
    // Live answers with several pages, so that some ids reach real pages and report forms.
    const live = ["azerbaijan", "armenia"].map(
      (side) =>
        context.sessions.open({
          ownerId: "500000000000000001",
          kind: "claims",
          query: side,
          paged: pageResult({ type: "answer", answer: context.answers.claims(side as "azerbaijan", "ceasefire") }),
          expire: async () => {},
        }).id,
    );
    const sessionId = fc.oneof(fc.constantFrom(...live), fc.stringMatching(/^[0-9a-f]{12}$/), fc.string({ maxLength: 14 }));
    const n = fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: -3, max: 99_999 }).map(String), fc.string({ maxLength: 6 }));
    const customId = fc.oneof(
      fc.tuple(fc.constantFrom("page", "wrong", "report", "delete", ""), sessionId, n).map(([action, session, page]) => `cc:${action}:${session}:${page}`),
      text,
      fc.string({ unit: "binary", maxLength: 120 }),
    );
    await fc.assert(
      fc.asyncProperty(customId, async (id) => {
        const made = fakeInteraction("button", { customId: id });
        await check(handle, made, `button ${JSON.stringify(id)}`);
      }),
      { numRuns: BUTTON_CASES },
    );
  }, 120_000);
});
