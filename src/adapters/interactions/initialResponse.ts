// The first answer to an interaction received over HTTP goes back in the HTTP response, not to
// Discord's callback endpoint. discord.js's interaction objects post it to that endpoint; this
// catches those posts (through @discordjs/rest's makeRequest) and hands their body to the waiting
// HTTP response. Every other request (edits, follow-ups, webhooks) goes to Discord as usual.
import { DefaultRestOptions, InteractionResponseType, type RESTOptions } from "discord.js";

type MakeRequest = RESTOptions["makeRequest"];
type RequestInit = Parameters<MakeRequest>[1];
type ResponseLike = Awaited<ReturnType<MakeRequest>>;

/** What @discordjs/rest gets for a callback caught here: Discord's own "204 No Content". */
function noContent(): ResponseLike {
  const response = new Response(null, { status: 204 });
  return {
    body: null,
    bodyUsed: false,
    headers: response.headers as ResponseLike["headers"],
    ok: true,
    status: 204,
    statusText: "No Content",
    arrayBuffer: () => response.arrayBuffer(),
    json: () => response.json(),
    text: () => response.text(),
  };
}

/** The HTTP response body Discord gets for an interaction: JSON, or multipart when it carries files. */
export interface InitialResponse {
  contentType: string;
  body: Buffer;
}

const CALLBACK = /\/interactions\/(\d+)\/([^/]+)\/callback$/;

interface Waiting {
  applicationId: string;
  token: string;
  /** Set once the HTTP response has gone: later callbacks must reach Discord another way. */
  answer: ((response: InitialResponse) => void) | null;
}

export class InitialResponses {
  private readonly waiting = new Map<string, Waiting>();

  constructor(
    private readonly apiBase: string,
    private readonly send: MakeRequest = DefaultRestOptions.makeRequest,
  ) {}

  /** Resolves with the first callback the handler posts for this interaction. */
  expect(id: string, applicationId: string, token: string): Promise<InitialResponse> {
    return new Promise((resolve) => this.waiting.set(id, { applicationId, token, answer: resolve }));
  }

  /**
   * Answers for the handler (it was too slow, or never answered): the HTTP response goes now and
   * what the handler posts later is turned into edits of the original message.
   */
  answerFor(id: string, response: InitialResponse): boolean {
    const waiting = this.waiting.get(id);
    if (!waiting?.answer) return false;
    waiting.answer(response);
    waiting.answer = null;
    return true;
  }

  /** Whether the HTTP response for this interaction has gone (from the handler or on its behalf). */
  responded(id: string): boolean {
    return this.waiting.get(id)?.answer === null;
  }

  /**
   * A last word for an interaction whose handler will not finish (the replica is stopping): the HTTP
   * response when it has not gone yet, else an edit of the deferred reply.
   */
  async abandon(id: string, content: string): Promise<void> {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    const message = { content, flags: 64, allowed_mentions: { parse: [] } };
    if (this.answerFor(id, jsonResponse({ type: InteractionResponseType.ChannelMessageWithSource, data: message }))) return;
    const edit = `${this.apiBase}/v10/webhooks/${waiting.applicationId}/${waiting.token}/messages/%40original`;
    await this.send(edit, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ content, embeds: [], components: [], allowed_mentions: { parse: [] } }),
    });
  }

  /** The interaction is over (its handler finished and its response went): forget it. */
  forget(id: string): void {
    this.waiting.delete(id);
  }

  /** For the client's REST options. */
  readonly makeRequest: MakeRequest = async (url, init) => {
    const callback = CALLBACK.exec(new URL(url).pathname);
    const waiting = callback ? this.waiting.get(callback[1]!) : undefined;
    if (!waiting) return this.send(url, init);
    const response = await asInitialResponse(init);
    if (waiting.answer) {
      waiting.answer(response);
      waiting.answer = null;
      return noContent();
    }
    return this.late(waiting, response, init);
  };

  /**
   * The HTTP response already went (a deferral on the handler's behalf): a message becomes the edit
   * of the deferred reply; a deferral is already done. Choices and forms cannot be shown any more.
   */
  private async late(waiting: Waiting, response: InitialResponse, init: RequestInit) {
    if (!response.contentType.startsWith("application/json")) return noContent();
    const callback = JSON.parse(response.body.toString("utf8")) as { type?: number; data?: unknown };
    const editable = callback.type === InteractionResponseType.ChannelMessageWithSource || callback.type === InteractionResponseType.UpdateMessage;
    if (!editable) return noContent();
    const edit = `${this.apiBase}/v10/webhooks/${waiting.applicationId}/${waiting.token}/messages/%40original`;
    return this.send(edit, { ...init, method: "PATCH", body: JSON.stringify(callback.data ?? {}) });
  }
}

async function asInitialResponse(init: RequestInit): Promise<InitialResponse> {
  // A Request reads whatever discord.js built (a JSON string, or FormData with files) into bytes,
  // with the multipart boundary in its content type.
  const request = new Request("http://initial.invalid/", {
    method: "POST",
    headers: init.headers as HeadersInit,
    body: init.body as BodyInit,
  });
  const body = Buffer.from(await request.arrayBuffer());
  return { contentType: request.headers.get("content-type") ?? "application/json", body };
}

export function jsonResponse(body: unknown): InitialResponse {
  return { contentType: "application/json", body: Buffer.from(JSON.stringify(body)) };
}
