// The Interactions Endpoint: POST /interactions from Discord (signed with Ed25519), GET /health for
// the load balancer. Whatever arrives (forged, oversized, malformed, a flood), the answer is a
// status code a proxy understands and the process keeps running:
//   401 bad, stale or missing signature · 413 body over the limit · 400 signed but unreadable
//   503 + Retry-After while the index is loading or too many requests are in flight (the balancer
//   tries another replica) · 404/405 anything else · 500 only for a fault of ours, logged.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { InteractionResponseType, InteractionType } from "discord.js";
import type { Logger } from "../log/createLogger.ts";
import { interactionSchema, type InteractionPayload } from "./dispatcher.ts";
import type { InitialResponse } from "./initialResponse.ts";
import { BodyTooLarge, readBody } from "./readBody.ts";
import type { SignedRequest, Verdict } from "./signature.ts";

/** Discord's interaction payloads are a few kilobytes; modals and resolved options stay far below this. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_MAX_IN_FLIGHT = 256;

export type Dispatch = (payload: InteractionPayload) => Promise<InitialResponse>;

export interface Health {
  /** Whether an index is loaded and interactions can be answered. */
  ready: boolean;
  [key: string]: unknown;
}

export interface InteractionServerOptions {
  verify(request: SignedRequest): Verdict;
  /** What answers a verified interaction; null while there is nothing to answer with (the index is loading). */
  dispatcher(): Dispatch | null;
  health(): Health;
  logger: Logger;
  maxBodyBytes?: number;
  maxInFlight?: number;
}

export interface InteractionServer {
  server: Server;
  port: number;
  /** Counters since start, for the health endpoint and the load test. */
  readonly counts: Record<"accepted" | "rejected" | "tooLarge" | "busy" | "failed", number>;
  /**
   * Stops taking interactions: new ones get 503 with Connection: close (the balancer retries them on
   * another replica, and drops its kept-alive connections to this one); resolves when those in
   * flight have had their response, or after limitMs.
   */
  drain(limitMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function startInteractionServer(options: InteractionServerOptions, port: number, host = "0.0.0.0"): Promise<InteractionServer> {
  const { logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  const counts = { accepted: 0, rejected: 0, tooLarge: 0, busy: 0, failed: 0 };
  let inFlight = 0;
  let draining = false;

  async function interactions(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (draining) return refuse(response, 503, "shutting down", { "Retry-After": "1", Connection: "close" });
    if (inFlight >= maxInFlight) {
      counts.busy++;
      return refuse(response, 503, "busy", { "Retry-After": "1", Connection: "close" });
    }
    inFlight++;
    try {
      let body: Buffer;
      try {
        body = await readBody(request, maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        counts.tooLarge++;
        return refuse(response, 413, "request body too large", { Connection: "close" });
      }
      const verdict = options.verify({
        signature: header(request, "x-signature-ed25519"),
        timestamp: header(request, "x-signature-timestamp"),
        body,
      });
      if (!verdict.ok) {
        counts.rejected++;
        logger.debug({ reason: verdict.reason }, "interaction refused");
        return refuse(response, 401, "invalid request signature");
      }
      const parsed = interactionSchema.safeParse(parseJson(body));
      if (!parsed.success) return refuse(response, 400, "not an interaction");
      if (parsed.data.type === InteractionType.Ping) return send(response, 200, "application/json", JSON.stringify({ type: InteractionResponseType.Pong }));
      const dispatch = options.dispatcher();
      if (!dispatch) {
        counts.busy++;
        return refuse(response, 503, "the index is loading", { "Retry-After": "2" });
      }
      let answer: InitialResponse;
      try {
        answer = await dispatch(parsed.data);
      } catch (error) {
        logger.warn({ err: error, interactionId: parsed.data.id }, "interaction could not be read");
        return refuse(response, 400, "not an interaction discord.js can read");
      }
      counts.accepted++;
      send(response, 200, answer.contentType, answer.body);
    } finally {
      inFlight--;
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? "/").split("?")[0];
    if (path === "/interactions") {
      if (request.method !== "POST") return refuse(response, 405, "POST only", { Allow: "POST" });
      return interactions(request, response);
    }
    if (path === "/health") {
      if (request.method !== "GET" && request.method !== "HEAD") return refuse(response, 405, "GET only", { Allow: "GET, HEAD" });
      const health = options.health();
      return send(response, health.ready && !draining ? 200 : 503, "application/json", JSON.stringify({ ...health, inFlight, counts }));
    }
    refuse(response, 404, "not found");
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      counts.failed++;
      logger.error({ err: error, path: request.url }, "interaction endpoint failed");
      if (!response.headersSent) refuse(response, 500, "internal error");
      else response.destroy();
    });
  });
  // Slow or half-sent requests (a slowloris) are cut off instead of holding sockets for ever.
  server.headersTimeout = 5_000;
  server.requestTimeout = 10_000;
  // Longer than the balancer's own idle timeout (nginx 60 s), so it never reuses a closed socket.
  server.keepAliveTimeout = 65_000;
  server.maxHeadersCount = 100;
  server.on("clientError", (error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy(error);
  });
  server.listen(port, host);
  await once(server, "listening");
  return {
    server,
    port: (server.address() as AddressInfo).port,
    counts,
    async drain(limitMs) {
      draining = true;
      const deadline = Date.now() + limitMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? undefined : value;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(body) }).end(body);
}

function refuse(response: ServerResponse, status: number, error: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ error });
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), ...headers }).end(body);
}
