// The data a chart draws, built from an answer alone (src/core/charts): what each bar, line and
// point says, so the picture's content is checked without looking at pixels.
import { describe, expect, it } from "vitest";
import { casualtyChart, groupOf, MAX_GROUPS, rowLabel } from "../../src/core/charts/casualtyChart.ts";
import { chartOf } from "../../src/core/charts/index.ts";
import { incidentTimeline } from "../../src/core/charts/incidentTimeline.ts";
import { casualtyAnswer, GANJA, HADRUT, incidentAnswer, row } from "./chartAnswers.ts";

describe("the casualty chart's data", () => {
  const chart = casualtyChart(casualtyAnswer())!;
  const bar = (group: string, rowName: string, measure: string) => chart.bars.find((b) => b.group === group && b.row === rowName && b.measure === measure);

  it("draws one bar per incident or period, claimant, victims and measure, killed and wounded apart", () => {
    expect(chart.bars.map((b) => [b.group, b.row, b.measure, b.value])).toEqual([
      [GANJA, "Azerbaijan on its own losses", "killed", 10],
      [GANJA, "Azerbaijan on its own losses", "wounded", 40],
      [GANJA, "Armenia on Azerbaijan's losses", "killed", 0],
      [HADRUT, "Armenia on its own losses", "wounded", 6],
      ["Apr 2016", "Outlets on losses of a side not named", "killed", 120],
    ]);
  });

  it("shows a claimant's latest figure, says 'at least' where the text did, and marks a disputed figure in words", () => {
    expect(bar(GANJA, "Azerbaijan on its own losses", "killed")?.label).toBe("10 killed");
    expect(bar("Apr 2016", "Outlets on losses of a side not named", "killed")?.label).toBe("at least 120 killed");
    expect(bar(HADRUT, "Armenia on its own losses", "wounded")).toMatchObject({ label: "6 wounded · disputed", disputed: true });
  });

  it("draws a toll that changed as a line of the claimant's figures in date order, and no line for a single figure", () => {
    expect(chart.tolls).toEqual([
      { series: `Azerbaijan on its own losses, killed (${GANJA})`, claimant: "azerbaijan", day: "2020-10-11", measure: "killed", value: 9 },
      { series: `Azerbaijan on its own losses, killed (${GANJA})`, claimant: "azerbaijan", day: "2020-10-17", measure: "killed", value: 10 },
    ]);
  });

  it("names the period of a figure with no incident by its month, or says its date is unknown", () => {
    expect(groupOf(row({ claimedBy: "armenia", affected: "armenia", date: { text: "", start: "2023-09-19", end: "2023-09-20", precision: "range" } }))).toBe(
      "Sep 2023",
    );
    expect(groupOf(row({ claimedBy: "armenia", affected: "armenia" }))).toBe("Date unknown");
    expect(rowLabel({ claimedBy: "nagorno-karabakh", affected: "azerbaijan" })).toBe("Nagorno-Karabakh on Azerbaijan's losses");
  });

  it(`draws at most ${MAX_GROUPS} incidents or periods and counts the rest`, () => {
    const rows = Array.from({ length: MAX_GROUPS + 2 }, (_, i) => row({ claimedBy: "armenia", affected: "armenia", killed: i + 1, incident: `Incident ${i}` }));
    const many = casualtyChart(casualtyAnswer(rows))!;
    expect(new Set(many.bars.map((b) => b.group)).size).toBe(MAX_GROUPS);
    expect(many.omittedGroups).toBe(2);
  });

  it("is not drawn for an answer with no figure", () => {
    expect(casualtyChart(casualtyAnswer([]))).toBeNull();
    expect(casualtyChart(casualtyAnswer([row({ claimedBy: "armenia", affected: "armenia" })]))).toBeNull();
  });
});

describe("the incident timeline's data", () => {
  it("puts each side's statements on their days, one point per kind, counted", () => {
    const timeline = incidentTimeline(incidentAnswer(["2020-10-11", "2020-10-11", "2020-10-12", "2020-10-13"]))!;
    expect(timeline).toMatchObject({ type: "timeline", title: "Incident: Ganja", first: "2020-10-11", last: "2020-10-13" });
    expect(timeline.points.map((p) => [p.day, p.row, p.kind, p.count])).toEqual([
      ["2020-10-11", "Azerbaijan", "claim", 1],
      ["2020-10-11", "Armenia", "denial", 2],
      ["2020-10-12", "Azerbaijan", "figure", 1],
      ["2020-10-13", "Russia", "mediator", 1],
      ["2020-10-13", "Outlets (own reporting)", "claim", 1],
    ]);
  });

  it("is not drawn when every statement is of one day", () => {
    expect(incidentTimeline(incidentAnswer(["2020-10-11", "2020-10-11", "2020-10-11", "2020-10-11"]))).toBeNull();
  });

  it("goes with incident answers only, as the bars go with casualty answers", () => {
    expect(chartOf(casualtyAnswer())?.type).toBe("casualty-bars");
    expect(chartOf(incidentAnswer(["2020-10-11", "2020-10-11", "2020-10-12", "2020-10-13"]))?.type).toBe("timeline");
    expect(chartOf({ ...casualtyAnswer(), kind: "ask" })).toBeNull();
  });
});
