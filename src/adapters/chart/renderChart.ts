// Draws a Vega-Lite spec to PNG: Vega lays it out as SVG (no canvas, no browser) and resvg rasterises
// it with the DejaVu Sans files of the dejavu-fonts-ttf package, never the machine's fonts, so a chart
// looks the same on every machine, a clean CI one included.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { readFontMetrics, type FontMetrics } from "./fontMetrics.ts";
import { compile, type TopLevelSpec } from "./vegaLite.ts";
import { CHART_FONT } from "./vegaLiteSpec.ts";

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const [REGULAR, BOLD] = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => join(FONT_DIR, f)) as [string, string];
export const FONT_FILES = [REGULAR, BOLD];

/** A text item of Vega's scenegraph, as far as its width goes. */
interface TextItem {
  text?: unknown;
  fontSize?: number | string | null;
  fontWeight?: number | string | null;
}
interface TextMetrics {
  width: (item: TextItem, text?: unknown) => number;
}

/**
 * Vega lays text out with widths measured in the fonts resvg draws with (it has no canvas to ask),
 * so labels are cut where they really run out of room. Set once: this module is Vega's only user.
 */
function measureWithShippedFonts(): void {
  const metrics = (vega as unknown as { textMetrics?: TextMetrics }).textMetrics;
  if (!metrics) throw new Error("vega no longer exports textMetrics: chart labels cannot be measured");
  const regular = readFontMetrics(REGULAR);
  const bold = readFontMetrics(BOLD);
  metrics.width = (item, text) => {
    const value = text ?? item.text;
    const line = Array.isArray(value) ? value.map(String).join(" ") : String(value ?? "");
    const size = item.fontSize == null ? 11 : Number(item.fontSize) || 0;
    const font: FontMetrics = isBold(item.fontWeight) ? bold : regular;
    return font.width(line) * size;
  };
}

const isBold = (weight: TextItem["fontWeight"]) => weight === "bold" || (typeof weight === "number" && weight >= 600) || Number(weight) >= 600;

measureWithShippedFonts();

/** Drawn at twice its size: sharp on phones and high-density screens, still a small file. */
const SCALE = 2;

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // Vega-Lite warns on stderr about specs it can still draw; warnings are not the reader's business.
  const compiled = compile(spec, { logger: quietLogger() }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * Characters XML 1.0 does not allow (U+FFFE, U+FFFF, C0 controls but tab and line breaks, lone
 * surrogates): a question typed with one would reach the chart's title, and resvg refuses the
 * whole SVG. Vega escapes markup, not these; they draw as nothing, so they are dropped.
 */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg.replace(NOT_XML, ""), {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
    fitTo: { mode: "zoom", value: SCALE },
    background: "white",
  });
  return resvg.render().asPng();
}

export async function renderPng(spec: TopLevelSpec): Promise<Buffer> {
  return svgToPng(await renderSvg(spec));
}

function quietLogger() {
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error: (...args: readonly unknown[]) => {
      throw new Error(args.map(String).join(" "));
    },
    warn: () => logger,
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}
