// One error type for everything the core rejects, prefixed with the project's name
// (as MiniSearch does) so that a message shown to a user says where it came from.
export class CounterclaimError extends Error {
  constructor(
    message: string,
    /** What was wrong, for logs and reports: the file, the field, the option. */
    readonly where?: { file?: string; field?: string; option?: string },
  ) {
    super(`counterclaim: ${message}`);
    this.name = "CounterclaimError";
  }
}
