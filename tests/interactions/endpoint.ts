// The HTTP interactions endpoint over a given answer service, against the fake Discord's REST API,
// and a client that posts signed interactions to it as Discord does.
import { request } from "node:http";
import { Writable } from "node:stream";
import type { AnswerService } from "../../src/core/types.ts";
import { loadCommands } from "../../src/adapters/discord/loadCommands.ts";
import { createDispatcher, type Dispatcher } from "../../src/adapters/interactions/dispatcher.ts";
import { startInteractionServer, type InteractionServer, type InteractionServerOptions } from "../../src/adapters/interactions/server.ts";
import { createVerifier } from "../../src/adapters/interactions/signature.ts";
import { createLogger } from "../../src/adapters/log/createLogger.ts";
import { FakeDiscord, type Json } from "../e2e/fakeDiscord.ts";
import { signedHeaders, testKeys, type TestKeys } from "./signing.ts";

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Json;
}

export interface Endpoint {
  discord: FakeDiscord;
  server: InteractionServer;
  dispatcher: Dispatcher;
  keys: TestKeys;
  logs: Json[];
  /** Whether the endpoint has an index to answer from (health, 503). */
  ready: boolean;
  post(payload: unknown, headers?: Record<string, string>): Promise<Reply>;
  raw(method: string, path: string, body: string | Buffer, headers: Record<string, string>): Promise<Reply>;
  close(): Promise<void>;
}

export async function startEndpoint(answers: AnswerService, extra: Partial<InteractionServerOptions> & { ackDeadlineMs?: number } = {}): Promise<Endpoint> {
  const discord = new FakeDiscord();
  await discord.start();
  const keys = testKeys();
  const logs: Json[] = [];
  const logger = createLogger({
    level: "debug",
    destination: new Writable({
      write: (chunk, _e, done) => {
        logs.push(JSON.parse(String(chunk)));
        done();
      },
    }),
  });
  const dispatcher = createDispatcher({
    answers,
    commands: await loadCommands(),
    logger,
    feedbackFile: `/tmp/cc-http-feedback-${process.pid}.jsonl`,
    rateLimitPerMinute: 1000,
    apiBase: discord.apiBase,
    ...(extra.ackDeadlineMs ? { ackDeadlineMs: extra.ackDeadlineMs } : {}),
  });
  const endpoint: Endpoint = {
    discord,
    dispatcher,
    keys,
    logs,
    ready: true,
    server: undefined as unknown as InteractionServer,
    post(payload, headers) {
      const body = JSON.stringify(payload);
      return endpoint.raw("POST", "/interactions", body, headers ?? signedHeaders(keys, body));
    },
    raw(method, path, body, headers) {
      return new Promise((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port: endpoint.server.port, method, path, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? JSON.parse(text) : undefined });
          });
        });
        req.on("error", reject);
        req.end(body);
      });
    },
    async close() {
      await endpoint.server.close();
      await dispatcher.stop();
      await discord.stop();
    },
  };
  endpoint.server = await startInteractionServer(
    {
      verify: createVerifier(keys.publicKeyHex),
      dispatcher: () => (endpoint.ready ? dispatcher.dispatch : null),
      health: () => ({ ready: endpoint.ready }),
      logger,
      ...extra,
    },
    0,
    "127.0.0.1",
  );
  return endpoint;
}
