// Answers that have buttons (pages, "Wrong side?") are remembered here for a while, keyed by a short
// id carried in each button's custom id. When a session expires its buttons are removed from the
// message, so nobody clicks a button that no longer works. What they keep is bounded in bytes: a
// /sources answer over thousands of articles weighs a thousand times a short /ask.
import { randomBytes } from "node:crypto";
import type { AnswerKind } from "../../core/types.ts";
import type { PagedAnswer } from "../render/toDiscordPages.ts";

export interface AnswerSession {
  id: string;
  /** Only the person who asked can turn the pages. */
  ownerId: string;
  kind: AnswerKind | "reindex";
  query: string;
  paged: PagedAnswer;
  /** Removes the buttons from the message; called once when the session expires. */
  expire(): Promise<void>;
}

export interface AnswerSessionsOptions {
  /** How long buttons work: 10 minutes, well inside the 15 minutes an interaction token lives. */
  ttlMs?: number;
  /** Bytes of answers kept at most (by PagedAnswer.bytes); past this the oldest expire early. */
  maxBytes?: number;
  onExpireError?(error: unknown, session: AnswerSession): void;
}

/** 32 MB: a hundred of the largest /sources answers on a 2,000-article corpus, thousands of short ones. */
export const DEFAULT_SESSION_BYTES = 32 * 2 ** 20;

export class AnswerSessions {
  private readonly sessions = new Map<string, { session: AnswerSession; timer: NodeJS.Timeout }>();
  private readonly ttlMs: number;
  private readonly maxBytes: number;
  private keptBytes = 0;
  /** Sessions per set of pages: identical answers share their pages, which weigh once. */
  private readonly holders = new Map<AnswerSession["paged"], number>();

  constructor(private readonly options: AnswerSessionsOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.maxBytes = options.maxBytes ?? DEFAULT_SESSION_BYTES;
  }

  /** Keeps an answer; the oldest ones expire early to make room. An answer alone over the cap is still kept, alone. */
  open(session: Omit<AnswerSession, "id">): AnswerSession {
    const added = this.holders.has(session.paged) ? 0 : session.paged.bytes;
    for (const [id, entry] of this.sessions) {
      if (this.keptBytes + added <= this.maxBytes) break;
      if (entry.session.paged !== session.paged) void this.expire(id);
    }
    const full = { ...session, id: randomBytes(6).toString("hex") };
    const timer = setTimeout(() => void this.expire(full.id), this.ttlMs);
    timer.unref(); // a pending expiry must not keep a stopping process alive
    this.sessions.set(full.id, { session: full, timer });
    const holders = this.holders.get(full.paged) ?? 0;
    this.holders.set(full.paged, holders + 1);
    if (holders === 0) this.keptBytes += full.paged.bytes;
    return full;
  }

  /** The bytes the kept answers weigh, by their own estimate. */
  get bytes(): number {
    return this.keptBytes;
  }

  get(id: string): AnswerSession | undefined {
    return this.sessions.get(id)?.session;
  }

  get size(): number {
    return this.sessions.size;
  }

  async expire(id: string): Promise<void> {
    const entry = this.sessions.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.sessions.delete(id);
    const holders = (this.holders.get(entry.session.paged) ?? 1) - 1;
    if (holders > 0) this.holders.set(entry.session.paged, holders);
    else {
      this.holders.delete(entry.session.paged);
      this.keptBytes -= entry.session.paged.bytes;
    }
    try {
      await entry.session.expire();
    } catch (error) {
      this.options.onExpireError?.(error, entry.session);
    }
  }

  /** On shutdown: expire everything now, so no message is left with dead buttons. */
  async expireAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.expire(id)));
  }
}
