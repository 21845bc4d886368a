// A live blog's entries, as most sites print them, run newest first: "17:10 We are closing this page",
// then "16:35 …", down to "10:02 Session opens". Read top to bottom, each entry would come before what
// it follows on from (the court is named at 10:02, its prosecutor speaks at 10:30), so attribution
// reads the entries of such a page in the order they were written.

/** "17:10", "13 Nov, 10:02", "10.30 GMT": the day of the month when printed, and the time of day. */
const DAY =
  /\b([0-3]?\d)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+([0-3]?\d)\b/i;
const TIME = /\b([01]?\d|2[0-3])[:.]([0-5]\d)\b/;

/** Minutes since the start of the month, or null when the stamp gives no time of day. */
export function stampMinutes(stamp: string): number | null {
  const time = TIME.exec(stamp);
  if (!time) return null;
  const day = DAY.exec(stamp);
  const dayOfMonth = day ? Number(day[1] ?? day[2]) : 0;
  return dayOfMonth * 24 * 60 + Number(time[1]) * 60 + Number(time[2]);
}

/**
 * Whether a page's time stamps run newest first: every stamp no later than the one above it, and the
 * last earlier than the first. Stamps that give no time of day, or fewer than two, settle nothing.
 */
export function runsNewestFirst(stamps: readonly string[]): boolean {
  const minutes = stamps.map(stampMinutes);
  if (minutes.length < 2 || minutes.some((m) => m === null)) return false;
  const times = minutes as number[];
  return times.every((t, i) => i === 0 || t <= (times[i - 1] as number)) && (times.at(-1) as number) < (times[0] as number);
}

/**
 * The passages in the order they were written: the page's head (title, byline, key points) first,
 * then its entries oldest first, each entry's paragraphs as printed.
 */
export function inWrittenOrder<P extends { id: string }>(passages: readonly P[], entries: readonly string[]): P[] {
  const starts = new Set(entries);
  const head: P[] = [];
  const blocks: P[][] = [];
  for (const p of passages) {
    if (starts.has(p.id)) blocks.push([p]);
    else if (blocks.length > 0) blocks.at(-1)?.push(p);
    else head.push(p);
  }
  return [...head, ...blocks.reverse().flat()];
}
