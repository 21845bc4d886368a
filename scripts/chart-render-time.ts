// `npm run bench:chart`: how long drawing a chart takes (Vega-Lite → Vega SVG → resvg PNG), per
// chart, over the bundled corpus's /casualties and /incident Hadrut answers and the test answers:
// the first draw (cold) and the median and slowest of the next ones, with the PNG's size.
import { answerChart } from "../src/adapters/chart/answerChart.ts";
import { createLibrary } from "../src/adapters/library/index.ts";
import type { Answer } from "../src/core/types.ts";
import { casualtyAnswer, incidentAnswer } from "../tests/charts/chartAnswers.ts";

const RUNS = Number(process.env.RUNS ?? 9);

async function time(answer: Answer): Promise<{ ms: number; bytes: number; width: number; height: number }> {
  const started = performance.now();
  const chart = await answerChart(answer);
  const ms = performance.now() - started;
  if (!chart) throw new Error(`no chart for ${answer.title}`);
  return { ms, bytes: chart.png.length, width: chart.png.readUInt32BE(16), height: chart.png.readUInt32BE(20) };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const library = await createLibrary({ corpusDir: "corpus", reindexWorker: false });
const answers: [string, Answer][] = [
  ["/casualties (bundled corpus)", library.casualties()],
  ["/incident Hadrut (bundled corpus)", library.incident("Hadrut")],
  ["casualties with a toll line (test answer)", casualtyAnswer()],
  ["incident timeline (test answer)", incidentAnswer(["2020-10-11", "2020-10-11", "2020-10-12", "2020-10-13"])],
];
console.log(`| chart | first draw (ms) | median of ${RUNS} (ms) | slowest (ms) | PNG | pixels |`);
console.log("| --- | --- | --- | --- | --- | --- |");
for (const [name, answer] of answers) {
  const first = await time(answer);
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push((await time(answer)).ms);
  const kb = `${Math.round(first.bytes / 1024)} KB`;
  console.log(`| ${name} | ${first.ms.toFixed(0)} | ${median(runs).toFixed(0)} | ${Math.max(...runs).toFixed(0)} | ${kb} | ${first.width}×${first.height} |`);
}
library.close();
