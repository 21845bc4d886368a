// Days as a reader writes them ("2 Apr 2016"), not as ISO strings: answers are read, not parsed.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function shortDay(iso: string | null | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return null;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : null;
}

/** A span of days: "27 Sep – 10 Nov 2020", "12 Dec 2022", or one end when the other is open. */
export function shortSpan(start: string | null, end: string | null): string | null {
  const a = shortDay(start);
  const b = shortDay(end);
  if (!a) return b;
  if (!b || a === b) return a;
  if (start?.slice(0, 7) === end?.slice(0, 7)) return `${a.split(" ")[0]}–${b}`;
  if (start?.slice(0, 4) === end?.slice(0, 4)) return `${a.replace(/ \d{4}$/, "")} – ${b}`;
  return `${a} – ${b}`;
}
