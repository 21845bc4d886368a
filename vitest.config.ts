import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Worker threads sharing one module graph: the core (gazetteer, rules, search) is loaded once
    // per thread instead of once per file, which was a quarter of the suite's time. The tests keep
    // no state in modules between files (each builds its own articles, folders and servers).
    pool: "threads",
    isolate: false,
    // Vitest leaves one core free by default, which on a 2-core machine runs the files one at a
    // time; much of the suite waits on child processes (CLI, bot, replicas), so two run well.
    maxWorkers: 2,
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ["default", ["json", { outputFile: ".counterclaim/test-results.json" }]],
  },
});
