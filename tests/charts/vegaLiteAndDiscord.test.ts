import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import "../../src/adapters/chart/vegaLite.ts";

describe("drawing a chart before discord.js is loaded", () => {
  it("still lets a fresh process load discord.js after the chart renderer", () => {
    // A fresh process, because the test workers may have loaded discord.js already.
    const script = [
      'await import("./src/adapters/chart/renderChart.ts");',
      'const { Client } = await import("discord.js");',
      "console.log(typeof Client);",
    ].join("\n");
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.stderr).not.toMatch(/not iterable/);
    expect(run.stdout.trim()).toBe("function");
  });

  it("keeps vega-lite's way of writing a set as JSON", () => {
    expect(JSON.stringify({ fields: new Set(["a", "b"]) })).toBe('{"fields":"Set(\\"a\\",\\"b\\")"}');
    expect(Object.getOwnPropertyDescriptor(Set.prototype, "toJSON")?.value.length).toBe(1);
  });
});
