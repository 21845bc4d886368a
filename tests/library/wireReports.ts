// Short wire reports written for the incident grouping tests: a side says the other shelled a
// place on a day of autumn 2020, so that each place and day is an incident, and one place (Tartar)
// is named by more reports than a report is compared with when grouping (the first 50).
const SPEAKERS = [
  ["Azerbaijan's defence ministry", "Armenian"],
  ["Armenia's defence ministry", "Azerbaijani"],
  ["Karabakh's Defense Army", "Azerbaijani"],
] as const;
const PLACES = ["Tartar", "Martuni", "Tartar", "Fuzuli", "Tartar", null] as const;

/** "4 November 2020": `offset` days after 1 October 2020. */
function dayText(offset: number): string {
  const date = new Date(Date.UTC(2020, 9, 1 + offset));
  return `${date.getUTCDate()} ${date.toLocaleString("en-GB", { month: "long", timeZone: "UTC" })} 2020`;
}

/** A short wire report: a side says the other shelled a place (or, with no place, attacked) on a day of autumn 2020. */
export function report(n: number, place: string | null, offset: number, second?: { place: string; offset: number }): string {
  const [who, enemy] = SPEAKERS[n % SPEAKERS.length] ?? SPEAKERS[0];
  const lines = [
    `Report number ${n}`,
    `Published: ${dayText(offset + 1)}`,
    "",
    place
      ? `${who} said that ${enemy} forces shelled ${place} on ${dayText(offset)}, killing ${(n % 7) + 2} civilians.`
      : `${who} said on ${dayText(offset)} that ${enemy} troops attacked its positions and ${(n % 5) + 2} soldiers were wounded.`,
  ];
  if (second) lines.push("", `Separately, it said that ${enemy} drones struck ${second.place} on ${dayText(second.offset)}.`);
  return `${lines.join("\n")}\n`;
}

/**
 * Article n of the corpus: the places and days cycle (days four apart, so that each place and day
 * is an incident of its own); every seventh also reports a second strike elsewhere, a day off.
 */
export function wireReport(n: number, file = `a${String(n).padStart(3, "0")}.txt`) {
  const place = PLACES[n % PLACES.length] ?? null;
  const offset = 4 * (n % 13);
  const second = n % 7 === 3 ? { place: n % 2 === 0 ? "Martuni" : "Fuzuli", offset: 4 * ((n + 5) % 13) + 1 } : undefined;
  return { file, text: report(n, place, offset, second) };
}
