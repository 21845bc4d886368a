// Answering and cutting pages is CPU work on the one thread that also talks to Discord. In a burst,
// jobs take turns, one per event-loop turn: between two jobs the loop acknowledges the interactions
// that arrived meanwhile (Discord allows 3 s) and sends the answers already made, instead of
// holding every answer until the whole burst is computed.
export class TakeTurns {
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Runs the job's synchronous part in its turn. A job that returns a promise frees the turn at its
   * first await (a re-index waits on its worker without holding up anyone's answer).
   */
  run<T>(job: () => T | Promise<T>): Promise<T> {
    const turn = this.tail.then(
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
}
