// What a chart of an answer shows, as plain data: which bars, points and lines, with the words that
// label them. Built from the Answer alone (no index, no drawing), so the console, the CLI and Discord
// draw the same picture, and a test can read what a picture says without looking at pixels.
import type { AffectedSide, Claimant, ClaimSide } from "../types.ts";

export type Measure = "killed" | "wounded";

/** One bar: a claimant's latest figure for one side's losses in one incident or period. */
export interface CasualtyBar {
  /** The incident ("Missile strike on Ganja, 11 Oct 2020") or the period ("Oct 2020") it is about. */
  group: string;
  /** Who claims it and whose losses, in words: the bar is read by this, not by its colour. */
  row: string;
  claimant: Claimant;
  affected: AffectedSide;
  measure: Measure;
  value: number;
  /** What is written at the bar's end: "at least 12 killed · disputed". */
  label: string;
  disputed: boolean;
}

/** One point of a toll that changed: the claimant's figure on a day. */
export interface TollPoint {
  /** Who claims it, about whose losses, in which incident: one line per series. */
  series: string;
  claimant: Claimant;
  day: string;
  measure: Measure;
  value: number;
}

export interface CasualtyChartSpec {
  type: "casualty-bars";
  title: string;
  bars: CasualtyBar[];
  tolls: TollPoint[];
  /** Incidents or periods of the answer left out of the picture (the table lists them). */
  omittedGroups: number;
}

export const TIMELINE_KINDS = ["claim", "denial", "figure", "mediator"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** What one side said on one day, of one kind: a point on the timeline, sized by how many. */
export interface TimelinePoint {
  day: string;
  side: ClaimSide | "outlet";
  /** The side as a reader sees it named: the timeline's rows are labelled with it. */
  row: string;
  kind: TimelineKind;
  count: number;
}

export interface TimelineSpec {
  type: "timeline";
  title: string;
  points: TimelinePoint[];
  /** The first and last day drawn. */
  first: string;
  last: string;
}

export type ChartSpec = CasualtyChartSpec | TimelineSpec;
