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
        x: { field: "value", type: "quantitative", title: null, axis: { tickCount: 5, tickMinStep: 1, format: ",.0f" } },
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
            x: { field: "day", type: "temporal", title: null, axis: { format: "%-d %b %Y", tickCount: 5, labelAngle: 0 } },
            y: { field: "value", type: "quantitative", title: null, axis: { tickMinStep: 1, format: ",.0f" } },
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

/** Days between ticks: about six ticks whatever the span. */
function dayStep(first: string, last: string): number {
  const days = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  return Math.max(1, Math.ceil(days / 6));
}

const SHAPES: Record<(typeof TIMELINE_KINDS)[number], string> = { claim: "circle", denial: "cross", figure: "square", mediator: "diamond" };
const KIND_NAMES: Record<(typeof TIMELINE_KINDS)[number], string> = {
  claim: "claim",
  denial: "denial or disputed",
  figure: "casualty figure",
  mediator: "mediator's reaction",
};

/** A side's row on the timeline, in pixels. */
const TIMELINE_ROW = 56;
/** Marks of one day and side sit a little apart by kind, in the middle half of their side's row. */
const KIND_OFFSET = {
  field: "kindName",
  type: "nominal" as const,
  scale: { type: "point" as const, domain: TIMELINE_KINDS.map((k) => KIND_NAMES[k]), range: [TIMELINE_ROW * 0.25, TIMELINE_ROW * 0.75] },
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
    height: rows.length * TIMELINE_ROW,
    encoding: {
      // Padding keeps the first and last day's marks clear of the axes; ticks fall on whole days.
      x: {
        field: "day",
        type: "temporal",
        title: null,
        scale: { padding: 24 },
        axis: { format: "%-d %b %Y", tickCount: { interval: "day", step: dayStep(chart.first, chart.last) }, labelAngle: 0, grid: true },
      },
      // Lines between the sides' rows, so a mark drawn off its row's middle still reads as that row's.
      // A band per side (not a point), so the kinds' offsets spread across the side's own row.
      y: {
        field: "row",
        type: "nominal",
        title: null,
        sort: rows,
        bandPosition: 0,
        scale: { type: "band", paddingInner: 0, paddingOuter: 0 },
        axis: { grid: true, tickBand: "extent", gridColor: "#999999" },
      },
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
          yOffset: KIND_OFFSET,
        },
      },
      {
        transform: [{ filter: "datum.count > 1" }],
        mark: { type: "text", dx: 12, align: "left", fontSize: 11 },
        encoding: { text: { field: "count" }, yOffset: KIND_OFFSET },
      },
    ],
  } as TopLevelSpec;
}
