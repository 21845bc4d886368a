// The pictures as a person would check them: drawn in a test, their size, and what they show, read
// back from the drawing (each bar's width, colour and outline, every label written on the chart).
import { describe, expect, it } from "vitest";
import { answerChart } from "../../src/adapters/chart/answerChart.ts";
import { readFontMetrics } from "../../src/adapters/chart/fontMetrics.ts";
import { FONT_FILES, renderSvg, svgToPng } from "../../src/adapters/chart/renderChart.ts";
import { vegaLiteSpec } from "../../src/adapters/chart/vegaLiteSpec.ts";
import { DISCORD_LIMITS } from "../../src/adapters/render/discordLimits.ts";
import { sideColour } from "../../src/adapters/render/sideLabels.ts";
import { casualtyChart } from "../../src/core/charts/casualtyChart.ts";
import { casualtyAnswer, GANJA, HADRUT, incidentAnswer } from "./chartAnswers.ts";

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

interface DrawnBar {
  value: number;
  row: string;
  measure: string;
  width: number;
  fill: string;
  dashed: boolean;
}

/** The bars as Vega drew them: each one's data (its accessible label), width, colour and outline. */
function drawnBars(svg: string): DrawnBar[] {
  const bars = svg.matchAll(
    /<path aria-label="value: ([\d.]+); row: ([^;]+); measure: (\w+);[^"]*" role="graphics-symbol" aria-roledescription="bar" d="M[\d.-]+,[\d.-]+h([\d.]+)[^"]*" fill="(#\w+)"[^>]*stroke-dasharray="([\d,]+)"/g,
  );
  return [...bars].map((m) => ({ value: Number(m[1]), row: m[2]!, measure: m[3]!, width: Number(m[4]), fill: m[5]!, dashed: m[6] !== "1,0" }));
}

/** Every text written on the chart. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replaceAll("&apos;", "'").replaceAll("&amp;", "&"));

describe("the casualty chart as drawn", async () => {
  const svg = await renderSvg(vegaLiteSpec(casualtyChart(casualtyAnswer())!));
  const bars = drawnBars(svg);

  it("draws every bar of the data, each as long as its figure within its incident", () => {
    expect(bars.map((b) => [b.row, b.measure, b.value])).toEqual([
      ["Azerbaijan on its own losses", "killed", 10],
      ["Azerbaijan on its own losses", "wounded", 40],
      ["Armenia on Azerbaijan's losses", "killed", 0],
      ["Armenia on its own losses", "wounded", 6],
      ["Outlets on losses of a side not named", "killed", 120],
    ]);
    const [killed, wounded, none] = bars;
    expect(wounded!.width / killed!.width).toBeCloseTo(4, 5);
    expect(none!.width).toBe(0);
  });

  it("gives each claimant its side's colour and outlines only the disputed figure with a dash", () => {
    expect(bars.map((b) => b.fill)).toEqual([
      sideColour("azerbaijan"),
      sideColour("azerbaijan"),
      sideColour("armenia"),
      sideColour("armenia"),
      sideColour("outlet"),
    ]);
    expect(bars.filter((b) => b.dashed).map((b) => b.row)).toEqual(["Armenia on its own losses"]);
  });

  it("writes in words who claims what about whom, each figure, the disputed mark, the incidents and the toll's change", () => {
    const written = texts(svg);
    for (const label of [
      "Casualty figures",
      GANJA,
      HADRUT,
      "Apr 2016",
      "Azerbaijan on its own losses",
      "Armenia on Azerbaijan's losses",
      "10 killed",
      "40 wounded",
      "0 killed",
      "6 wounded · disputed",
      "at least 120 killed",
      "How tolls changed",
      `Azerbaijan on its own losses, killed (${GANJA})`,
      "Claimed by",
      "Azerbaijan",
      "Outlets",
    ]) {
      expect(written, label).toContain(label);
    }
    // Row labels are measured in the shipped font, so none is cut short with an ellipsis.
    expect(written.filter((t) => t.endsWith("…"))).toEqual([]);
  });

  it("draws text typed with characters XML does not allow (U+FFFE, controls) instead of refusing the chart", () => {
    const typed = svg.replace("Azerbaijan", "Azer\uFFFEbai\u0001jan");
    expect(pngSize(svgToPng(typed)).width).toBeGreaterThanOrEqual(1200);
  });

  it("comes out as a PNG of a readable size, far within Discord's upload limit", () => {
    const png = svgToPng(svg);
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(width).toBeLessThanOrEqual(2400);
    expect(height).toBeGreaterThanOrEqual(600);
    expect(png.length).toBeLessThan(DISCORD_LIMITS.attachmentBytes / 10);
  });
});

describe("the incident timeline as drawn", async () => {
  const chart = (await answerChart(incidentAnswer(["2020-10-11", "2020-10-11", "2020-10-12", "2020-10-13"])))!;
  const svg = await renderSvg(vegaLiteSpec(chart.spec));

  it("draws one mark per side, day and kind, shaped by the kind and coloured by the side", () => {
    const marks = [
      ...svg.matchAll(
        /<path aria-label="day: ([^;]+); row: ([^;]+); kindName: ([^;]+); [^"]*" role="graphics-symbol" aria-roledescription="point"[^>]*fill="(#\w+)"/g,
      ),
    ];
    expect(marks.map((m) => [m[1], m[2], m[3], m[4]])).toEqual([
      ["11 Oct 2020", "Azerbaijan", "claim", sideColour("azerbaijan")],
      ["11 Oct 2020", "Armenia", "denial or disputed", sideColour("armenia")],
      ["12 Oct 2020", "Azerbaijan", "casualty figure", sideColour("azerbaijan")],
      ["13 Oct 2020", "Russia", "mediator's reaction", sideColour("russia")],
      ["13 Oct 2020", "Outlets (own reporting)", "claim", sideColour("outlet")],
    ]);
  });

  it("names the sides, the days, the kinds of statement and the count of a busy day in words", () => {
    const written = texts(svg);
    for (const label of [
      "Incident: Ganja",
      "Azerbaijan",
      "Armenia",
      "Russia",
      "Outlets (own reporting)",
      "11 Oct 2020",
      "13 Oct 2020",
      "denial or disputed",
      "2",
    ]) {
      expect(written, label).toContain(label);
    }
  });

  it("is a PNG named timeline.png, with a description that says what it shows", () => {
    expect(chart.name).toBe("timeline.png");
    expect(chart.description).toBe("Timeline of statements from 2020-10-11 to 2020-10-13 by Azerbaijan, Armenia, Russia, Outlets (own reporting).");
    expect(pngSize(chart.png).width).toBeGreaterThanOrEqual(1000);
  });
});

describe("text widths for the layout", () => {
  it("are the shipped font's own advance widths", () => {
    const regular = readFontMetrics(FONT_FILES[0]!);
    // DejaVu Sans: a digit is 1303/2048 em, a space 651/2048, "i" 569/2048.
    expect(regular.width("0")).toBeCloseTo(1303 / 2048, 6);
    expect(regular.width(" i")).toBeCloseTo((651 + 569) / 2048, 6);
    expect(readFontMetrics(FONT_FILES[1]!).width("0")).toBeGreaterThan(regular.width("0"));
  });
});
