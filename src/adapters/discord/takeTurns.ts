// Answering and cutting pages is CPU work on the one thread that also talks to Discord. In a burst,
// jobs take turns, one per event-loop turn, and acknowledgements go first: while an interaction's
// acknowledgement is on its way (Discord allows 3 s for it), no job starts, so that a burst of
// answers to compute never delays the "thinking…" of the interactions that arrived meanwhile.
export class TakeTurns {
  private tail: Promise<unknown> = Promise.resolve();
  /** Acknowledgements on their way, with when each started. */
  private readonly acknowledging = new Map<symbol, number>();
  private wake: (() => void)[] = [];

  /** @param maxWaitMs how long an acknowledgement holds jobs back at most (one that hangs must not stop the answers). */
  constructor(private readonly maxWaitMs = 1_000) {}

  /** Marks an acknowledgement as on its way until it settles; jobs wait for it. */
  acknowledge<T>(sending: Promise<T>): Promise<T> {
    const key = Symbol("acknowledgement");
    this.acknowledging.set(key, Date.now());
    return sending.finally(() => {
      this.acknowledging.delete(key);
      for (const wake of this.wake.splice(0)) wake();
    });
  }

  /**
   * Runs the job's synchronous part in its turn. A job that returns a promise frees the turn at its
   * first await (a re-index waits on its worker without holding up anyone's answer).
   */
  run<T>(job: () => T | Promise<T>): Promise<T> {
    const turn = this.tail
      .then(() => this.acknowledgementsSent())
      .then(
        () =>
          new Promise<{ value: T | Promise<T> }>((resolve, reject) =>
            setImmediate(() => {
              try {
                resolve({ value: job() });
              } catch (error) {
                reject(error);
              }
            }),
          ),
      );
    this.tail = turn.catch(() => undefined);
    return turn.then(async (box) => box.value);
  }

  /** Resolves once no acknowledgement younger than maxWaitMs is on its way. */
  private async acknowledgementsSent(): Promise<void> {
    for (;;) {
      const youngest = Math.max(-Infinity, ...this.acknowledging.values());
      const waitMs = youngest + this.maxWaitMs - Date.now();
      if (waitMs <= 0) return;
      await new Promise<void>((resolve) => {
        this.wake.push(resolve);
        setTimeout(resolve, waitMs).unref();
      });
    }
  }
}
