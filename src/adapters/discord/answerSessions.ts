// Answers that have buttons (pages, "Wrong side?") are remembered here for a while, keyed by a short
// id carried in each button's custom id. When a session expires its buttons are removed from the
// message, so nobody clicks a button that no longer works.
import { randomBytes } from "node:crypto";
import type { AnswerKind } from "../../core/types.ts";
import type { DiscordPage } from "../render/toDiscordPages.ts";

export interface AnswerSession {
  id: string;
  /** Only the person who asked can turn the pages. */
  ownerId: string;
  kind: AnswerKind | "reindex";
  query: string;
  pages: DiscordPage[];
  /** Removes the buttons from the message; called once when the session expires. */
  expire(): Promise<void>;
}

export interface AnswerSessionsOptions {
  /** How long buttons work: 10 minutes, well inside the 15 minutes an interaction token lives. */
  ttlMs?: number;
  /** Sessions kept at most; past this the oldest expires early, so memory stays bounded. */
  maxSessions?: number;
  onExpireError?(error: unknown, session: AnswerSession): void;
}

export class AnswerSessions {
  private readonly sessions = new Map<string, { session: AnswerSession; timer: NodeJS.Timeout }>();
  private readonly ttlMs: number;

  constructor(private readonly options: AnswerSessionsOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
  }

  open(session: Omit<AnswerSession, "id">): AnswerSession {
    const oldest = this.sessions.keys().next().value;
    if (oldest !== undefined && this.sessions.size >= (this.options.maxSessions ?? 2000)) void this.expire(oldest);
    const full = { ...session, id: randomBytes(6).toString("hex") };
    const timer = setTimeout(() => void this.expire(full.id), this.ttlMs);
    timer.unref(); // a pending expiry must not keep a stopping process alive
    this.sessions.set(full.id, { session: full, timer });
    return full;
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
