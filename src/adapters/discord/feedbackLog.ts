// "Wrong side?" reports, appended as JSON lines to a local file that maintainers review.
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";

export interface WrongSideReport {
  claimId: string | null;
  /** The label and text the user saw, for reports on lines without a claim id (e.g. outlet reporting). */
  shownLabel: string;
  shownText: string;
  userId: string;
  kind: string;
  query: string;
  time: string;
  report: string;
}

export class FeedbackLog {
  constructor(readonly file: string) {}

  async record(report: WrongSideReport): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    // One write per line: appends of a few hundred bytes do not interleave.
    await appendFile(this.file, `${JSON.stringify(report)}\n`, "utf8");
  }
}
