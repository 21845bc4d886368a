// Fetches one web address for the add command, within limits: http(s) only, a few redirects,
// one deadline for the whole exchange, a size cap checked as the bytes arrive (a server may send
// no Content-Length, or lie in it), and the content type checked before the body is read.
// Built on node:http(s) rather than fetch so that the address a host name resolves to can be
// checked at connect time: a bot fetching what a member names must not reach the machine's own
// or its private network's services unless the operator allows it.
import { type IncomingMessage, request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  /** Reach loopback, private and link-local addresses too (the CLI, tests); the bot does not by default. */
  allowPrivate: boolean;
}

export interface Fetched {
  bytes: Buffer;
  /** The media type, lower-cased, without parameters ("text/html"). */
  mediaType: string;
  charset: string | null;
  /** Where the bytes came from, after redirects. */
  url: string;
}

/** A fetch refused or failed, with a message naming what was wrong (the caller names the address). */
export class FetchError extends Error {
  override name = "FetchError";
}

const MAX_REDIRECTS = 5;

export async function fetchLimited(address: string, accepts: (mediaType: string) => boolean, limits: FetchLimits): Promise<Fetched> {
  const deadline = Date.now() + limits.timeoutMs;
  let url = parseAddress(address);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await get(url, limits, deadline);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      url = parseAddress(new URL(location, url).href);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchError(`answered ${status} ${response.statusMessage ?? ""}`.trim());
    }
    const [type = "", ...params] = (response.headers["content-type"] ?? "").split(";");
    const mediaType = type.trim().toLowerCase();
    if (!accepts(mediaType)) {
      response.resume();
      throw new FetchError(`is ${mediaType === "" ? "of no stated type" : mediaType}, not an HTML page or a text file`);
    }
    const declared = Number(response.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      response.destroy();
      throw tooLarge(declared, limits.maxBytes);
    }
    const bytes = await readBody(response, limits.maxBytes, deadline);
    const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1]).find((c) => c !== undefined) ?? null;
    return { bytes, mediaType, charset, url: url.href };
  }
  throw new FetchError(`redirects more than ${MAX_REDIRECTS} times`);
}

function parseAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchError("is not a web address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchError(`is a ${url.protocol.replace(/:$/, "")} address; only http and https are fetched`);
  return url;
}

function get(url: URL, limits: FetchLimits, deadline: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const options: RequestOptions = {
      method: "GET",
      headers: {
        "user-agent": "counterclaim-add/0.1 (+corpus import)",
        accept: "text/html, application/xhtml+xml, text/plain, text/markdown, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1",
      },
      lookup: checkedLookup(limits.allowPrivate),
    };
    const literal = isIP(url.hostname.replace(/^\[|\]$/g, ""));
    if (literal && !limits.allowPrivate && isPrivate(url.hostname.replace(/^\[|\]$/g, ""))) {
      reject(new FetchError(`is on a private or local network address (${url.hostname}); not fetched`));
      return;
    }
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, options, resolve);
    const timer = setTimeout(() => request.destroy(new FetchError(`did not answer within ${limits.timeoutMs / 1000} s`)), Math.max(0, deadline - Date.now()));
    request.on("response", (response) => response.on("close", () => clearTimeout(timer)));
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error instanceof FetchError ? error : new FetchError(`could not be reached: ${describe(error)}`));
    });
    request.end();
  });
}

function readBody(response: IncomingMessage, maxBytes: number, deadline: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const timer = setTimeout(() => response.destroy(new FetchError("took too long to send the page")), Math.max(0, deadline - Date.now()));
    response.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) response.destroy(tooLarge(total, maxBytes, "more than "));
      else chunks.push(chunk);
    });
    response.on("end", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks, total));
    });
    response.on("error", (error) => {
      clearTimeout(timer);
      reject(error instanceof FetchError ? error : new FetchError(`broke off while sending: ${describe(error)}`));
    });
    response.on("close", () => {
      clearTimeout(timer);
      if (!response.complete) reject(new FetchError("broke off before the whole page arrived"));
    });
  });
}

/** The host's addresses, refused when one is private and private addresses are not allowed. */
function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (
    hostname: string,
    options: LookupOptions,
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as LookupAddress[];
      const refused = allowPrivate ? undefined : list.find((a) => isPrivate(a.address));
      if (refused) return callback(new FetchError(`resolves to a private or local network address (${refused.address}); not fetched`), "", 0);
      if (options.all) return callback(null, list);
      const first = list[0];
      return first ? callback(null, first.address, first.family) : callback(new FetchError("has no address"), "", 0);
    });
  };
}

/** Loopback, private (RFC 1918, unique-local), link-local, carrier-grade NAT and unspecified addresses. */
export function isPrivate(address: string): boolean {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/i.exec(address);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const v6 = address.toLowerCase();
  return v6 === "::" || v6 === "::1" || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6);
}

function tooLarge(bytes: number, maxBytes: number, more = ""): FetchError {
  const mb = (n: number) => `${Number((n / 1024 / 1024).toFixed(2))} MB`;
  return new FetchError(`is ${more}${mb(bytes)}, over the limit of ${mb(maxBytes)} for one article (CORPUS_MAX_ARTICLE_MB)`);
}

function describe(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.message : String(error);
}
