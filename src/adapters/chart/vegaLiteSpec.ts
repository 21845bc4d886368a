// A chart's data (core/charts) as a Vega-Lite spec: which marks, scales and words draw it. Every bar,
// line and point is named in words (axis labels, the text at a bar's end, a line's end label, the
// shape legend), so the colours, the sides' own, are never the only way to read the picture.
import type { TopLevelSpec } from "vega-lite";
import type { CasualtyChartSpec, ChartSpec, TimelineSpec } from "../../core/charts/index.ts";
import { TIMELINE_KINDS } from "../../core/charts/chartSpec.ts";
import { sideColour } from "../render/sideLabels.ts";

export const CHART_FONT = "DejaVu Sans";
const WIDTH = 560;

const CONFIG = {
  font: CHART_FONT,
  background: "white",
  padding: 16,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelLimit: 320 },
  legend: { labelFontSize: 12, titleFontSize: 12, orient: "bottom" },
  header: { labelFontSize: 13, labelFontWeight: "bold", labelAngle: 0, labelAlign: "left", labelAnchor: "start", labelOrient: "top", labelLimit: 700 },
  title: { fontSize: 16, subtitleFontSize: 12, anchor: "start", subtitleColor: "#444444" },
} as const;

export function vegaLiteSpec(chart: ChartSpec): TopLevelSpec {
  return chart.type === "casualty-bars" ? casualtyBars(chart) : timeline(chart);
}

/** The claimants (or sides) drawn, each with its colour, in order of first appearance. */
function colourScale(ids: readonly string[]) {
  const domain = [...new Set(ids)];
  return { domain, range: domain.map((id) => sideColour(id)) };
}

function casualtyBars(chart: CasualtyChartSpec): TopLevelSpec {
  const claimantNames = Object.fromEntries(chart.bars.map((b) => [b.claimant, b.row.split(" on ")[0] ?? b.claimant]));
  const colour = colourScale([...chart.bars.map((b) => b.claimant), ...chart.tolls.map((t) => t.claimant)]);
  const subtitle = [
    "Each bar: a claimant's latest figure for one side's losses. Dashed outline: disputed by another side.",
    ...(chart.omittedGroups > 0 ? [`${chart.omittedGroups} more incidents or periods are listed in the table, not drawn.`] : []),
  ];
  // Each incident on its own scale (a 5,000 beside a 4 would hide the 4), with room at the right for
  // the longest label written after its bar: an invisible mark at `room` stretches the scale.
  const groupMax = new Map<string, number>();
  for (const b of chart.bars) groupMax.set(b.group, Math.max(groupMax.get(b.group) ?? 1, b.value));
  const values = chart.bars.map((b) => ({ ...b, room: Math.ceil((groupMax.get(b.group) ?? 1) * 1.75) }));
  const bars = {
    data: { values },
    facet: { row: { field: "group", type: "nominal", title: null, sort: [...new Set(chart.bars.map((b) => b.group))] } },
    resolve: { scale: { y: "independent", x: "independent" }, axis: { x: "independent" } },
    spacing: 18,
    spec: {
      width: WIDTH,
      // The step is one bar's (killed or wounded): two make a row.
      height: { step: 16 },
      encoding: {
        y: { field: "row", type: "nominal", title: null, sort: null },
        yOffset: { field: "measure", type: "nominal", sort: ["killed", "wounded"] },
        x: { field: "value", type: "quantitative", title: null, axis: { tickCount: 5, tickMinStep: 1, format: "," } },
      },
      layer: [
        {
          mark: { type: "bar", height: { band: 0.85 } },
          encoding: {
            color: {
              field: "claimant",
              type: "nominal",
              title: "Claimed by",
              scale: colour,
              legend: { labelExpr: `(${JSON.stringify(claimantNames)})[datum.value] || datum.value` },
            },
            opacity: { field: "measure", type: "nominal", title: "Losses", scale: { domain: ["killed", "wounded"], range: [1, 0.45] } },
            stroke: { condition: { test: "datum.disputed", value: "#000000" }, value: null },
            strokeDash: { condition: { test: "datum.disputed", value: [4, 2] }, value: [1, 0] },
            strokeWidth: { condition: { test: "datum.disputed", value: 1.5 }, value: 0 },
          },
        },
        { mark: { type: "text", align: "left", baseline: "middle", dx: 4, fontSize: 11 }, encoding: { text: { field: "label" } } },
        { mark: { type: "point", opacity: 0 }, encoding: { x: { field: "room", type: "quantitative" } } },
      ],
    },
  };
  const tolls = chart.tolls.length
    ? [
        {
          title: { text: "How tolls changed", fontSize: 13 },
          data: { values: chart.tolls },
          width: WIDTH,
          height: 120,
          encoding: {
            x: { field: "day", type: "temporal", title: null, axis: { format: "%d %b %Y", tickCount: 5, labelAngle: 0 } },
            y: { field: "value", type: "quantitative", title: "people (as claimed)" },
            color: { field: "claimant", type: "nominal", scale: colour, legend: null },
            detail: { field: "series" },
          },
          layer: [
            { mark: { type: "line", point: { filled: true, size: 50 } }, encoding: { strokeDash: { field: "series", legend: null } } },
            { mark: { type: "text", align: "left", dx: 6, dy: -8, fontSize: 11 }, encoding: { text: { field: "value" } } },
            {
              transform: [
                { window: [{ op: "rank", as: "fromLast" }], sort: [{ field: "day", order: "descending" }], groupby: ["series"] },
                { filter: "datum.fromLast === 1" },
              ],
              mark: { type: "text", align: "right", dy: 16, fontSize: 11 },
              encoding: { text: { field: "series" } },
            },
          ],
        },
      ]
    : [];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: chart.title, subtitle },
    config: CONFIG,
    vconcat: [bars, ...tolls],
  } as TopLevelSpec;
}

const SHAPES: Record<(typeof TIMELINE_KINDS)[number], string> = { claim: "circle", denial: "cross", figure: "square", mediator: "diamond" };
const KIND_NAMES: Record<(typeof TIMELINE_KINDS)[number], string> = {
  claim: "claim",
  denial: "denial or disputed",
  figure: "casualty figure",
  mediator: "mediator's reaction",
};

function timeline(chart: TimelineSpec): TopLevelSpec {
  const rows = [...new Set(chart.points.map((p) => p.row))];
  const colour = colourScale(chart.points.map((p) => p.side));
  const points = chart.points.map((p) => ({ ...p, kindName: KIND_NAMES[p.kind] }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: chart.title, subtitle: ["Who said what when: one row per side; a mark's size is how many statements that day."] },
    config: CONFIG,
    data: { values: points },
    width: WIDTH,
    // The step is one kind of statement's: four make a side's row.
    height: { step: 14 },
    encoding: {
      // Padding keeps the first and last day's marks clear of the axes.
      x: { field: "day", type: "temporal", title: null, scale: { padding: 24 }, axis: { format: "%d %b %Y", tickCount: 6, labelAngle: 0, grid: true } },
      y: { field: "row", type: "nominal", title: null, sort: rows },
    },
    layer: [
      {
        mark: { type: "point", filled: true, opacity: 0.9 },
        encoding: {
          shape: {
            field: "kindName",
            type: "nominal",
            title: "Statement",
            scale: { domain: TIMELINE_KINDS.map((k) => KIND_NAMES[k]), range: TIMELINE_KINDS.map((k) => SHAPES[k]) },
          },
          color: { field: "side", type: "nominal", scale: colour, legend: null },
          size: { field: "count", type: "quantitative", title: "Statements", scale: { range: [90, 400] }, legend: null },
          // Points of one day and side sit side by side rather than on top of each other.
          yOffset: { field: "kindName", type: "nominal", scale: { domain: TIMELINE_KINDS.map((k) => KIND_NAMES[k]) } },
        },
      },
      {
        transform: [{ filter: "datum.count > 1" }],
        mark: { type: "text", dx: 12, align: "left", fontSize: 11 },
        encoding: { text: { field: "count" }, yOffset: { field: "kindName", type: "nominal", scale: { domain: TIMELINE_KINDS.map((k) => KIND_NAMES[k]) } } },
      },
    ],
  } as TopLevelSpec;
}
