// What a start says about its index, beside "connected to Discord": which index is served and
// how many articles it has, why the saved one was refused or rebuilt, which files were skipped
// and why, and how a rebuild running in the background ended.
import type { FileError, ReindexReport } from "../../core/types.ts";
import type { Logger } from "../log/createLogger.ts";
import type { Library } from "./library.ts";

/** Files named in one log line; the count says how many more there are. */
const NAMED_FILES = 20;

export function logStartup(logger: Logger, library: Library): void {
  const { origin, articles, rebuildReason, rejected, skipped } = library.startup;
  const rebuilding = library.rebuilding;
  logger.info({ origin, articles, skipped: skipped.length, rebuildReason, rebuilding: rebuilding !== null }, "index ready");
  // A refused index is never served: it was rebuilt before the library was ready.
  if (rejected !== null) logger.warn({ reason: rejected }, "saved index refused; rebuilt it from the corpus");
  if (skipped.length > 0) logger.warn({ skipped: skipped.length, files: named(skipped) }, `skipped ${skipped.length} file(s) that could not be read`);
  const startReport = library.lastReport;
  if (startReport && !startReport.ok) logFailedRebuild(logger, startReport);
  if (rebuilding) {
    logger.info({ reason: rebuildReason }, "answering from the saved index while it is rebuilt");
    void rebuilding.then((report) => {
      if (!report.ok) return logFailedRebuild(logger, report);
      const { added, removed, modified } = report.changed;
      logger.info(
        {
          articles: report.articles,
          added: added.length,
          removed: removed.length,
          modified: modified.length,
          skipped: report.errors.length,
          elapsedMs: report.elapsedMs,
        },
        "index rebuilt and swapped in",
      );
      if (report.errors.length > 0)
        logger.warn({ skipped: report.errors.length, files: named(report.errors) }, `skipped ${report.errors.length} file(s) that could not be read`);
    });
  }
}

function logFailedRebuild(logger: Logger, report: ReindexReport): void {
  logger.warn({ articles: report.articles, errors: named(report.errors) }, "re-index at start failed; answering from the saved index");
}

function named(errors: readonly FileError[]): FileError[] | { files: FileError[]; more: number } {
  return errors.length <= NAMED_FILES ? [...errors] : { files: errors.slice(0, NAMED_FILES), more: errors.length - NAMED_FILES };
}
