// ask | incident | claims | casualties | mediators | sources | reindex: answers from the library,
// which loads the saved index so repeated calls do not re-read the corpus.
// In --json mode stdout carries nothing but the JSON; progress and problems go to stderr.
import type { CliArgs, CliOptions } from "./args.ts";
import type { CliCommand } from "./command.ts";
import { answerJson } from "./answerJson.ts";
import { saveChart } from "../chart/saveChart.ts";
import { answerToText } from "../render/toText.ts";
import { createLibrary, type Library } from "../library/library.ts";
import { parseSide, requireSide } from "../../core/sides/sides.ts";
import type { Answer, Side } from "../../core/types.ts";

/** Where the saved index lives (tests point it at a temporary folder). */
const LIBRARY_OPTIONS = { "index-dir": { type: "string" }, "allow-empty": { type: "boolean" } } as const satisfies CliOptions;

async function openLibrary(args: CliArgs, rebuild = false): Promise<Library> {
  const library = await createLibrary({
    corpusDir: args.corpus,
    rebuild,
    allowEmpty: args.flags["allow-empty"] === "true",
    ...(args.flags["index-dir"] ? { indexDir: args.flags["index-dir"] } : {}),
    onProgress: (p) => {
      if (rebuild) console.error(`reindex: ${p.files} files, ${p.passages} passages, ${p.claims} claims, ${p.elapsedMs} ms`);
    },
  });
  // Problems go to stderr, so --json output stays clean; `reindex` prints its own report.
  const { rejected } = library.startup;
  if (rejected !== null) console.error(`counterclaim: saved index refused (${rejected}); rebuilt it from the corpus`);
  const report = library.lastReport;
  if (!rebuild && report && !report.ok) for (const e of report.errors) console.error(`counterclaim: kept the saved index: ${e.file}: ${e.reason}`);
  return library;
}

function print(args: CliArgs, answers: Answer[], asArray: boolean): void {
  if (args.json) {
    const json = answers.map(answerJson);
    process.stdout.write(`${JSON.stringify(asArray ? json : (json[0] ?? null), null, 2)}\n`);
    return;
  }
  // The console's rendering (render/toText.ts), so both print an answer the same way.
  process.stdout.write(`${answers.map(answerToText).join("\n\n———\n\n")}\n`);
}

/**
 * A command answering one query made of its words (or a flag), e.g. `incident near Hadrut`; with
 * `charted`, `--chart FILE` also writes the answer's picture as a PNG (the line saying so goes to
 * stderr, so --json output stays clean).
 */
function queryCommand(usage: string, answer: (library: Library, query: string | undefined) => Answer, charted = false): CliCommand {
  return {
    usage,
    options: { ...LIBRARY_OPTIONS, query: { type: "string" }, ...(charted ? { chart: { type: "string" } } : {}) },
    async run(args) {
      const library = await openLibrary(args);
      const query = args.flags.query ?? (args.words.join(" ").trim() || undefined);
      const result = answer(library, query);
      print(args, [result], false);
      if (!args.flags.chart) return 0;
      const saved = await saveChart(result, args.flags.chart);
      console.error(`counterclaim: ${saved.message}`);
      return saved.ok ? 0 : 1;
    },
  };
}

const ask: CliCommand = {
  usage: 'ask [--json] "question" ["question" …]   one answer per question, in order',
  options: LIBRARY_OPTIONS,
  async run(args) {
    if (args.words.length === 0) {
      console.error('counterclaim: ask needs a question, e.g. ask "What happened near Hadrut?"');
      return 2;
    }
    const library = await openLibrary(args);
    print(
      args,
      args.words.map((q) => library.ask(q)),
      true,
    );
    return 0;
  },
};

const claims: CliCommand = {
  usage: "claims [side] [topic…] | --side SIDE --topic TOPIC [--json]",
  options: { ...LIBRARY_OPTIONS, side: { type: "string" }, topic: { type: "string" } },
  async run(args) {
    const { side, topic } = claimsArgs(args);
    const library = await openLibrary(args);
    print(args, [library.claims(side, topic)], false);
    return 0;
  },
};

/** `claims azerbaijan drones`: a first word naming a side is the side, the rest the topic. */
export function claimsArgs(args: CliArgs): { side?: Side; topic?: string } {
  const words = [...args.words];
  let side = args.flags.side ? requireSide(args.flags.side) : undefined;
  if (!side && words[0] && parseSide(words[0])) side = parseSide(words.shift() ?? "") ?? undefined;
  const topic = args.flags.topic ?? (words.join(" ").trim() || undefined);
  return { ...(side ? { side } : {}), ...(topic ? { topic } : {}) };
}

const reindex: CliCommand = {
  usage: "reindex [--corpus DIR] [--allow-empty]   rebuild and save the index (--allow-empty: even when the corpus is now empty); prints the report",
  options: LIBRARY_OPTIONS,
  async run(args) {
    const library = await openLibrary(args, true);
    const report = library.lastReport ?? (await library.reindex());
    for (const e of report.errors) console.error(`reindex: ${e.file}: ${e.reason}`);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return report.ok && report.errors.length === 0 ? 0 : 1;
  },
};

export const answerCommands: Record<string, CliCommand> = {
  ask,
  incident: queryCommand(
    "incident PLACE|DATE|KEYWORDS [--json] [--chart FILE.png]   one incident, each side's version (--chart: its timeline as a PNG)",
    (l, q) => l.incident(q ?? ""),
    true,
  ),
  claims,
  casualties: queryCommand(
    "casualties [QUERY] [--json] [--chart FILE.png]   casualty figures per claimant, disputed ones flagged (--chart: as a PNG chart)",
    (l, q) => l.casualties(q),
    true,
  ),
  mediators: queryCommand("mediators [QUERY] [--json]   statements by the mediators", (l, q) => l.mediators(q)),
  sources: queryCommand("sources [--json]   the indexed articles", (l) => l.sources()),
  reindex,
};
