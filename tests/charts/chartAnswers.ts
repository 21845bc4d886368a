// Small answers written for the chart tests: casualty rows of two incidents and a period, with a toll
// that rose, a disputed figure and a figure by the outlet; an incident whose statements span two days.
import type { Answer, AnswerLine, CasualtyRow } from "../../src/core/types.ts";

const day = (start: string) => ({ text: start, start, end: start, precision: "day" as const });

export const row = (r: Partial<CasualtyRow> & Pick<CasualtyRow, "claimedBy" | "affected">): CasualtyRow => ({
  killed: null,
  wounded: null,
  qualifier: null,
  date: null,
  sentence: "…",
  sources: [1],
  disputed: false,
  ...r,
});

export const GANJA = "Missile strike on Ganja, 11–17 Oct 2020";
export const HADRUT = "Shelling of Hadrut, 12 Dec 2020";

export const CASUALTY_ROWS: CasualtyRow[] = [
  row({ claimedBy: "azerbaijan", affected: "azerbaijan", killed: 9, wounded: 34, date: day("2020-10-11"), incident: GANJA, change: "first" }),
  row({ claimedBy: "azerbaijan", affected: "azerbaijan", killed: 10, wounded: 40, date: day("2020-10-17"), incident: GANJA, change: "updated (9 → 10)" }),
  row({ claimedBy: "armenia", affected: "azerbaijan", killed: 0, date: day("2020-10-11"), incident: GANJA, sentence: "No strike hit Ganja." }),
  row({ claimedBy: "armenia", affected: "armenia", wounded: 6, date: day("2020-12-12"), incident: HADRUT, disputed: true }),
  row({ claimedBy: "unattributed", affected: "unspecified", killed: 120, qualifier: "at least", date: day("2016-04-02") }),
];

export function casualtyAnswer(table: CasualtyRow[] = CASUALTY_ROWS): Answer {
  return { kind: "casualties", query: "", title: "Casualty figures", text: "", lines: [], table, sources: [] };
}

const line = (l: Partial<AnswerLine> & Pick<AnswerLine, "text" | "side">): AnswerLine => ({ speaker: null, sources: [1], ...l });

export function incidentAnswer(days: [string, string, string, string]): Answer {
  return {
    kind: "incident",
    query: "Ganja",
    title: "Incident: Ganja",
    text: "",
    lines: [
      line({ text: "Armenian forces fired missiles at Ganja.", side: "azerbaijan", day: days[0] }),
      line({ text: "Baku's claims about Ganja are a lie.", side: "armenia", disputed: true, day: days[1] }),
      line({ text: "Yerevan denied again any strike on the city.", side: "armenia", disputed: true, day: days[1] }),
      line({ text: "Nine civilians were killed in Ganja.", side: "azerbaijan", day: days[2] }),
      line({ text: "We call for restraint.", side: "russia", mediator: true, day: days[3] }),
      line({ text: "Residents swept glass from the streets.", side: "outlet", day: days[3] }),
      line({ text: "An undated remark.", side: "unclear" }),
    ],
    table: [row({ claimedBy: "azerbaijan", affected: "azerbaijan", killed: 9, sentence: "Nine civilians were killed in Ganja." })],
    sources: [],
  };
}
