// A small fake Discord on 127.0.0.1 for the end-to-end test: the REST routes the bot uses and a
// JSON gateway (no compression). It records every request, answers payloads that break Discord's
// limits with a 400 as Discord does, and lets the test dispatch INTERACTION_CREATE.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { discordLimitViolations } from "../discord/discordLimitsCheck.ts";

/**
 * A JSON body as the fake Discord received it. The tests read whichever fields they check and the
 * OpenAPI validator checks the whole body; typing every Discord payload again here would only
 * repeat discord-api-types, so this one alias is loose on purpose.
 */
// biome-ignore lint/suspicious/noExplicitAny: the one loose type, explained above
export type Json = any;
import { HAVE_OPENAPI, openApiViolations } from "../discord/openapiCheck.ts";

/** A file uploaded with a message (a multipart part named `files[n]`), as received. */
export interface RecordedFile {
  /** The form field: `files[0]`, `files[1]`, … */
  field: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** Discord's upload limit per file for a server without boosts: a larger file is refused with 413. */
export const UPLOAD_LIMIT_BYTES = 10 * 2 ** 20;

export interface RecordedRequest {
  method: string;
  /** Path without the query, as sent (so `%40original` stays encoded). */
  path: string;
  query: string;
  /** The JSON body, or for a multipart upload its `payload_json` part. */
  body: Json;
  /** The files of a multipart upload, in the order of their parts; [] for a JSON body. */
  files: RecordedFile[];
  contentType: string | undefined;
  authorization: string | undefined;
  status: number;
}

export const APP_ID = "900000000000000001";
export const BOT_USER = { id: APP_ID, username: "Counterclaim", discriminator: "0", global_name: null, avatar: null, bot: true };

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayFrames: Json[] = [];
  private http!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private messageIds = 1000;
  private waiters: { test: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  /** Interaction tokens whose @original message exists, with that message. */
  readonly originals = new Map<string, Json>();
  port = 0;
  /** Interaction tokens whose requests fail with 404 Unknown interaction, as when Discord's 3 s passed. */
  readonly expiredTokens = new Set<string>();
  /** When set, the gateway answers IDENTIFY by closing with this code (4004 bad token, 4014 disallowed intents…). */
  identifyCloseCode: number | undefined;
  /** What GET /gateway/bot recommends, and how many shards may identify in the same 5 s. */
  recommendedShards = 1;
  maxConcurrency = 1;
  /** Each connected session's shard, [id, count], as its IDENTIFY gave it ([0, 1] when it gave none). */
  readonly shardOf = new Map<WebSocket, [number, number]>();

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.http = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.http.on("upgrade", (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGateway(ws, req.url ?? ""));
    });
    this.http.listen(0, "127.0.0.1");
    await once(this.http, "listening");
    this.port = (this.http.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** Sends a gateway dispatch to every connected client, or only to the sessions of one shard. */
  dispatch(t: string, d: unknown, shardId?: number): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const ws of this.sockets) if (shardId === undefined || this.shardOf.get(ws)?.[0] === shardId) ws.send(frame);
  }

  /** The shard Discord sends a guild's events to: (guild_id >> 22) % shard count. */
  static shardForGuild(guildId: string, shardCount: number): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
  }

  /** The shards that have identified and are connected, by id. */
  connectedShards(): [number, number][] {
    return [...this.sockets].flatMap((ws) => {
      const shard = this.shardOf.get(ws);
      return shard ? [shard] : [];
    });
  }

  /** Closes every gateway connection with a close code, as Discord does when it ends a session. */
  closeGateway(code: number, reason = "closed by the fake gateway"): void {
    for (const ws of this.sockets) ws.close(code, reason);
  }

  /** Resolves with the first request (already recorded or still to come) that matches. */
  waitFor(test: (r: RecordedRequest) => boolean, timeoutMs = 4000): Promise<RecordedRequest> {
    const seen = this.requests.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("fake Discord: the expected request never came")), timeoutMs);
      this.waiters.push({
        test,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /** The requests made for one interaction (its callback and its webhook calls). */
  forInteraction(id: string, token: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/interactions/${id}/${token}/`) || r.path.includes(`/webhooks/${APP_ID}/${token}`));
  }

  private onGateway(ws: WebSocket, url: string): void {
    this.sockets.add(ws);
    ws.on("close", () => {
      this.sockets.delete(ws);
      this.shardOf.delete(ws);
    });
    this.gatewayFrames.push({ connect: url });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 1000 } }));
    ws.on("message", (raw) => {
      const frame = JSON.parse(String(raw));
      this.gatewayFrames.push(frame);
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2 && this.identifyCloseCode !== undefined) {
        ws.close(this.identifyCloseCode, "refused by the fake gateway");
        return;
      }
      if (frame.op === 2) {
        const shard: [number, number] = Array.isArray(frame.d?.shard) ? frame.d.shard : [0, 1];
        // As Discord: a shard id outside its count, or a count other than one, is an invalid shard.
        if (!(Number.isInteger(shard[0]) && Number.isInteger(shard[1]) && shard[0] >= 0 && shard[0] < shard[1])) {
          ws.close(4010, "Invalid shard");
          return;
        }
        this.shardOf.set(ws, shard);
        const d = {
          v: 10,
          user: BOT_USER,
          guilds: [],
          session_id: "fake-session",
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          shard,
          application: { id: APP_ID, flags: 0 },
        };
        ws.send(JSON.stringify({ op: 0, t: "READY", s: ++this.seq, d }));
      }
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const [path = "", query = ""] = (req.url ?? "").split("?");
    const contentType = req.headers["content-type"];
    const record: RecordedRequest = {
      method: req.method ?? "",
      path,
      query,
      body: undefined,
      files: [],
      contentType,
      authorization: req.headers.authorization,
      status: 0,
    };
    let problem: [number, unknown] | null = null;
    if (contentType?.startsWith("multipart/form-data")) problem = await this.readMultipart(raw, contentType, record);
    else record.body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
    const [status, body] = problem ?? this.route(record);
    record.status = status;
    this.requests.push(record);
    if (body === undefined) res.writeHead(status).end();
    else res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(record)) return true;
      w.resolve(record);
      return false;
    });
  }

  /**
   * A multipart body as Discord reads one: the message's JSON in `payload_json`, files in parts named
   * `files[0]` … `files[9]`, each within the upload limit, each listed in the JSON's `attachments` by
   * its number, and every `attachment://name` in the embeds naming an uploaded file. Returns the
   * refusal, or null when the request can be routed like a JSON one.
   */
  private async readMultipart(raw: Buffer, contentType: string, record: RecordedRequest): Promise<[number, unknown] | null> {
    const form = await new Request("http://fake.invalid/", { method: "POST", headers: { "content-type": contentType }, body: new Uint8Array(raw) }).formData();
    const problems: string[] = [];
    for (const [field, value] of form.entries()) {
      if (field === "payload_json" && typeof value === "string") record.body = JSON.parse(value);
      else if (/^files\[\d\]$/.test(field) && typeof value !== "string")
        record.files.push({ field, name: value.name, contentType: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
      else problems.push(`unexpected form field ${field}`);
    }
    if (record.files.some((f) => f.bytes.length > UPLOAD_LIMIT_BYTES)) return [413, { message: "Request entity too large", code: 40005 }];
    const listed = new Map<string, Json>(((record.body?.attachments ?? []) as Json[]).map((a) => [String(a.id), a]));
    for (const file of record.files) {
      const attachment = listed.get(file.field.slice(6, -1));
      if (!attachment) problems.push(`${file.field} is not listed in attachments`);
      else if (attachment.filename !== undefined && attachment.filename !== file.name)
        problems.push(`${file.field} is named ${file.name}, listed as ${attachment.filename}`);
    }
    const embeds = (record.body?.embeds ?? []) as Json[];
    const references = embeds
      .flatMap((e) => [e.image?.url, e.thumbnail?.url])
      .filter((u): u is string => typeof u === "string" && u.startsWith("attachment://"));
    for (const url of references) if (!record.files.some((f) => f.name === url.slice("attachment://".length))) problems.push(`${url} names no uploaded file`);
    return problems.length
      ? [400, { code: 50035, message: "Invalid Form Body", errors: { _errors: problems.map((m) => ({ code: "FORM", message: m })) } }]
      : null;
  }

  private route(r: RecordedRequest): [number, unknown] {
    const m = (re: RegExp) => re.exec(r.path);
    if ([...this.expiredTokens].some((token) => r.path.includes(`/${token}/`) || r.path.endsWith(`/${token}`))) {
      return [404, { message: "Unknown interaction", code: 10062 }];
    }
    if (r.method === "GET" && r.path === "/api/v10/gateway/bot") {
      return [
        200,
        {
          url: `ws://127.0.0.1:${this.port}`,
          shards: this.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.maxConcurrency },
        },
      ];
    }
    if (r.method === "GET" && r.path === "/api/v10/users/@me") return [200, BOT_USER];
    const commands = m(/^\/api\/v10\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (commands && r.method === "PUT") {
      return [
        200,
        (r.body as Json[]).map((c, i) => ({
          ...c,
          id: String(800 + i),
          application_id: commands[1],
          version: "1",
          ...(commands[2] ? { guild_id: commands[2] } : {}),
        })),
      ];
    }
    const callback = m(/^\/api\/v10\/interactions\/(\d+)\/([\w-]+)\/callback$/);
    if (callback && r.method === "POST") {
      const data = r.body?.data ?? {};
      if (HAVE_OPENAPI && openApiViolations("interactionCallback", r.body).length) return [400, this.schemaErrors("interactionCallback", r.body)];
      if ([4, 7].includes(r.body?.type) && this.breaksLimits(data)) return [400, this.invalidForm(data)];
      if (r.body?.type === 4) this.originals.set(callback[2]!, this.message(data));
      return [204, undefined];
    }
    const original = m(/^\/api\/v10\/webhooks\/(\d+)\/([\w-]+)\/messages\/%40original$/);
    if (original && r.method === "PATCH") {
      if (this.breaksLimits(r.body)) return [400, this.invalidForm(r.body)];
      if (HAVE_OPENAPI && openApiViolations("editOriginal", r.body).length) return [400, this.schemaErrors("editOriginal", r.body)];
      const kept = this.originals.get(original[2]!);
      const message = {
        ...(kept ?? this.message({})),
        ...this.message(r.body),
        id: kept?.id ?? String(++this.messageIds),
        // An edit without `attachments` keeps the files the message has; with it, the listed ones.
        attachments: r.files.length || r.body?.attachments ? this.attachments(r) : (kept?.attachments ?? []),
      };
      this.originals.set(original[2]!, message);
      return [200, message];
    }
    if (original && r.method === "DELETE") return [204, undefined];
    const followUp = m(/^\/api\/v10\/webhooks\/(\d+)\/([\w-]+)$/);
    if (followUp && r.method === "POST") {
      if (this.breaksLimits(r.body)) return [400, this.invalidForm(r.body)];
      return [200, this.message(r.body)];
    }
    return [404, { message: "404: Not Found", code: 0 }];
  }

  private breaksLimits(body: Json): boolean {
    return discordLimitViolations(body ?? {}).length > 0;
  }

  /** A body Discord's OpenAPI description does not allow: refused as Discord refuses it. */
  private schemaErrors(operation: "interactionCallback" | "editOriginal", body: Json): unknown {
    const errors = openApiViolations(operation, body);
    return { code: 50035, message: "Invalid Form Body", errors: { _errors: errors.map((m) => ({ code: "SCHEMA", message: m })) } };
  }

  private invalidForm(body: Json): unknown {
    return {
      code: 50035,
      message: "Invalid Form Body",
      errors: { _errors: discordLimitViolations(body).map((m) => ({ code: "BASE_TYPE_MAX_LENGTH", message: m })) },
    };
  }

  /** The attachment objects of a message, as Discord returns them for the uploaded files. */
  private attachments(r: RecordedRequest): Json[] {
    return r.files.map((f, i) => ({
      id: String(600000000000000000 + this.messageIds * 10 + i),
      filename: f.name,
      size: f.bytes.length,
      content_type: f.contentType,
      url: `http://127.0.0.1:${this.port}/attachments/${f.name}`,
      proxy_url: `http://127.0.0.1:${this.port}/attachments/${f.name}`,
      ...(r.body?.attachments?.[i]?.description ? { description: r.body.attachments[i].description } : {}),
    }));
  }

  /** A message object as Discord returns it, enough for discord.js to build a Message. */
  message(body: Json): Json {
    return {
      id: String(++this.messageIds),
      type: 20,
      channel_id: "700000000000000001",
      author: BOT_USER,
      content: body.content ?? "",
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body.flags ?? 0,
      application_id: APP_ID,
      webhook_id: APP_ID,
    };
  }
}
