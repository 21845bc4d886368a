// A per-user sliding window: at most `limit` commands in any minute.
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use; returns 0 when allowed, otherwise the milliseconds until the next use is allowed. */
  take(userId: string): number {
    const now = this.now();
    const recent = (this.hits.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(userId, recent);
      return this.windowMs - (now - recent[0]!);
    }
    recent.push(now);
    this.hits.set(userId, recent);
    if (this.hits.size > 10_000) this.forgetIdle(now);
    return 0;
  }

  /** Keeps memory bounded when many users pass through. */
  private forgetIdle(now: number): void {
    for (const [user, times] of this.hits) if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(user);
  }
}
