// `npm run loadtest`: the burst from issue 9 against the fake Discord on 127.0.0.1. The bot runs in
// its own process over a generated corpus; this process plays Discord, sends the interactions at
// once and times, for each, how long until the bot acknowledged it (Discord allows 3 s) and until
// it answered. It reports p50/p95/max and the bot's RSS growth, and exits 1 when a target is missed.
//   npm run loadtest -- [--articles 2000] [--interactions 300] [--users 30]
// LOADTEST_MEMORY=1 also prints the bot's heap before and after a full garbage collection.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { FakeDiscord, type RecordedRequest } from "../tests/e2e/fakeDiscord.ts";
import { TOKEN } from "../tests/e2e/harness.ts";
import { BOOLEAN, type Invocation, STRING, slashCommand } from "../tests/e2e/interactionPayloads.ts";
import { writeLoadtestCorpus } from "./loadtestCorpus.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const ACK_TARGET_MS = 3000;
const RSS_TARGET_MB = 100;
/** Past this an interaction counts as never answered. */
const WAIT_LIMIT_MS = 60_000;

const { values } = parseArgs({
  options: { articles: { type: "string", default: "2000" }, interactions: { type: "string", default: "300" }, users: { type: "string", default: "30" } },
  strict: true,
});
const ARTICLES = Number(values.articles);
const INTERACTIONS = Number(values.interactions);
const USERS = Number(values.users);

/** What each user asks, in turn: /sources, the heaviest answer, is 4 in 10. */
const ROUND: [string, { name: string; type: number; value: string | boolean }[]][] = [
  ["sources", []],
  ["ask", [{ name: "question", type: STRING, value: "who shelled Stepanakert?" }]],
  ["incident", [{ name: "query", type: STRING, value: "Hadrut" }]],
  ["sources", [{ name: "private", type: BOOLEAN, value: true }]],
  ["claims", [{ name: "side", type: STRING, value: "azerbaijan" }]],
  ["casualties", []],
  ["sources", []],
  ["mediators", [{ name: "query", type: STRING, value: "ceasefire" }]],
  ["ask", [{ name: "question", type: STRING, value: "how many soldiers were killed near Fuzuli?" }]],
  ["sources", []],
];

interface Timing {
  command: string;
  ackMs: number;
  answerMs: number;
}

const isAck = (inv: Invocation) => (r: RecordedRequest) => r.path === `/api/v10/interactions/${inv.id}/${inv.token}/callback`;
const isAnswer = (inv: Invocation) => (r: RecordedRequest) =>
  (isAck(inv)(r) && r.body?.type === 4) || (r.method === "PATCH" && r.path.endsWith(`/${inv.token}/messages/%40original`));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Asks the bot process for its resident set size. */
function rssOf(bot: ChildProcess): Promise<number> {
  if (!bot.connected) return Promise.resolve(0);
  const answer = once(bot, "message").then(([m]) => (m as { rss: number }).rss);
  bot.send({ type: "rss" });
  return answer;
}

async function startBot(dir: string, discord: FakeDiscord, corpusDir: string): Promise<{ bot: ChildProcess; readyMs: number }> {
  const started = performance.now();
  const bot = spawn(process.execPath, ["--expose-gc", "--import", "tsx", "scripts/loadtestBot.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: discord.apiBase,
      CORPUS_DIR: corpusDir,
      INDEX_DIR: join(dir, "index"),
      FEEDBACK_FILE: join(dir, "feedback.jsonl"),
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const [message] = (await Promise.race([once(bot, "message"), once(bot, "exit").then(() => [{ type: "exit" }])])) as [{ type: string }];
  if (message.type !== "ready") throw new Error("loadtest: the bot exited before connecting");
  return { bot, readyMs: performance.now() - started };
}

async function burst(discord: FakeDiscord): Promise<Timing[]> {
  const invocations = Array.from({ length: INTERACTIONS }, (_, i) => {
    const user = String(510000000000000000n + BigInt(i % USERS));
    const [command, options] = ROUND[Math.floor(i / USERS) % ROUND.length]!;
    return { command, inv: slashCommand(command, options, { userId: user }) };
  });
  return Promise.all(
    invocations.map(async ({ command, inv }) => {
      const ack = discord.waitFor(isAck(inv), WAIT_LIMIT_MS);
      const answer = discord.waitFor(isAnswer(inv), WAIT_LIMIT_MS);
      const sent = performance.now();
      discord.dispatch("INTERACTION_CREATE", inv.payload);
      // An interaction never acknowledged or answered counts as infinitely late, and the run goes on.
      const ackMs = await ack.then(
        () => performance.now() - sent,
        () => Number.POSITIVE_INFINITY,
      );
      const answerMs = await answer.then(
        () => performance.now() - sent,
        () => Number.POSITIVE_INFINITY,
      );
      return { command, ackMs, answerMs };
    }),
  );
}

function row(name: string, value: string, target: string, ok: boolean | null): string {
  return `| ${name.padEnd(34)} | ${value.padStart(10)} | ${target.padEnd(8)} | ${ok === null ? "" : ok ? "ok" : "MISSED"} |`;
}

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "cc-loadtest-"));
  const discord = new FakeDiscord();
  let bot: ChildProcess | undefined;
  let sampler: NodeJS.Timeout | undefined;
  try {
    const corpusDir = await writeLoadtestCorpus(join(dir, "corpus"), ARTICLES);
    await discord.start();
    const started = await startBot(dir, discord, corpusDir);
    bot = started.bot;
    await new Promise((r) => setTimeout(r, 500)); // let start-up garbage settle before the baseline
    const rssBefore = await rssOf(bot);
    let rssPeak = rssBefore;
    let sampling = false;
    // One question at a time: a bot busy answering replies late, and questions must not pile up.
    sampler = setInterval(() => {
      if (sampling) return;
      sampling = true;
      void rssOf(bot!).then((rss) => {
        rssPeak = Math.max(rssPeak, rss);
        sampling = false;
      });
    }, 250);
    const burstStarted = performance.now();
    const timings = await burst(discord);
    const burstMs = performance.now() - burstStarted;
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 300)); // let a pending RSS question be answered first
    const rssAfter = await rssOf(bot);
    if (process.env.LOADTEST_MEMORY) {
      bot.send({ type: "memory" });
      console.log(JSON.stringify((await once(bot, "message"))[0]));
    }
    rssPeak = Math.max(rssPeak, rssAfter);

    const acks = timings.map((t) => t.ackMs).sort((a, b) => a - b);
    const answers = timings.map((t) => t.answerMs).sort((a, b) => a - b);
    const late = acks.filter((ms) => ms >= ACK_TARGET_MS).length;
    const unanswered = answers.filter((ms) => ms === Number.POSITIVE_INFINITY).length;
    const growthMb = (rssAfter - rssBefore) / 2 ** 20;
    const peakGrowthMb = (rssPeak - rssBefore) / 2 ** 20;
    const rejected = discord.requests.filter((r) => r.status >= 400).length;
    const ms = (n: number) => `${Math.round(n)} ms`;
    const lines = [
      `Load test: ${INTERACTIONS} interactions from ${USERS} users over ${ARTICLES} generated articles (bot ready in ${(started.readyMs / 1000).toFixed(1)} s, burst answered in ${(burstMs / 1000).toFixed(1)} s)`,
      "",
      row("measure", "value", "target", null),
      `|${"-".repeat(36)}|${"-".repeat(12)}|${"-".repeat(10)}|--------|`,
      row("acknowledgement p50", ms(percentile(acks, 50)), "", null),
      row("acknowledgement p95", ms(percentile(acks, 95)), "", null),
      row("acknowledgement max", ms(acks.at(-1) ?? 0), "< 3 s", (acks.at(-1) ?? 0) < ACK_TARGET_MS),
      row("acknowledged after 3 s", String(late), "0", late === 0),
      row("final answer p50", ms(percentile(answers, 50)), "", null),
      row("final answer p95", ms(percentile(answers, 95)), "", null),
      row("final answer max", ms(answers.at(-1) ?? 0), "", null),
      row("never answered (60 s)", String(unanswered), "0", unanswered === 0),
      row("requests Discord would refuse", String(rejected), "0", rejected === 0),
      row("bot RSS before the burst", `${(rssBefore / 2 ** 20).toFixed(0)} MB`, "", null),
      row("bot RSS growth after the burst", `${growthMb.toFixed(1)} MB`, "< 100 MB", growthMb < RSS_TARGET_MB),
      row("bot RSS growth at its peak", `${peakGrowthMb.toFixed(1)} MB`, "", null),
    ];
    console.log(lines.join("\n"));
    return late === 0 && unanswered === 0 && growthMb < RSS_TARGET_MB && rejected === 0 ? 0 : 1;
  } finally {
    clearInterval(sampler);
    if (bot && bot.exitCode === null) {
      bot.send({ type: "stop" });
      await Promise.race([once(bot, "exit"), new Promise((r) => setTimeout(r, 5000))]);
      if (bot.exitCode === null) bot.kill("SIGKILL");
    }
    await discord.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
