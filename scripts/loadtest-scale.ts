// `npm run loadtest:scale`: three HTTP replicas of the bot behind nginx on 127.0.0.1, over one
// generated corpus, with the fake Discord taking the answers (the interactions' webhooks).
//   1. throughput: the same signed load through the balancer to one replica, then to three
//      (as fast as they answer); answers per second, CPU time per interaction (process.cpuUsage,
//      from each replica's /health), acknowledgement p50/p99;
//   2. failover: at the rate one replica sustains, one replica of three is stopped mid-run
//      (SIGTERM as a platform does; --kill-signal SIGKILL for a crash) and a /reindex is asked
//      meanwhile: every interaction acknowledged within 3 s, none lost (each acknowledged one answered);
//   3. fuzz: 10,000 forged requests (bad signature, stale timestamp, altered body, missing headers): none accepted.
// Each measure is the median of --runs runs (3). Bounded: every load has a count and a time limit.
//   npm run loadtest:scale -- [--articles 300] [--amount 240] [--runs 3] [--fuzz 10000] [--kill-signal SIGTERM]
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PermissionFlagsBits } from "discord.js";
import { FakeDiscord } from "../tests/e2e/fakeDiscord.ts";
import { slashCommand } from "../tests/e2e/interactionPayloads.ts";
import { signedHeaders, testKeys } from "../tests/interactions/signing.ts";
import { writeLoadtestCorpus } from "./loadtestCorpus.ts";
import { forgedRequests } from "./scale/forged.ts";
import { startNginx } from "./scale/nginx.ts";
import { health, type Replica, startReplica, stopReplica, waitReady } from "./scale/replicas.ts";
import { signedLoad } from "./scale/signedLoad.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "300" },
    amount: { type: "string", default: "240" },
    runs: { type: "string", default: "3" },
    fuzz: { type: "string", default: "10000" },
    "kill-signal": { type: "string", default: "SIGTERM" },
  },
  strict: true,
});
const ARTICLES = Number(values.articles);
const AMOUNT = Number(values.amount);
const RUNS = Number(values.runs);
const FUZZ = Number(values.fuzz);
const KILL_SIGNAL = values["kill-signal"] as NodeJS.Signals;
const ACK_LIMIT_MS = 3000;
const ANSWER_WAIT_MS = 60_000;
const REPLICA_PORTS = [39211, 39212, 39213];
const ALL_PORT = 39200;
const ONE_PORT = 39201;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** When the fake Discord received each interaction's answer (the edit of its deferred reply). */
function answerTimes(discord: FakeDiscord) {
  const seen = new Map<string, number>();
  let scanned = 0;
  return () => {
    for (; scanned < discord.requests.length; scanned++) {
      const r = discord.requests[scanned]!;
      const m = /\/webhooks\/\d+\/([^/]+)\/messages\/%40original$/.exec(r.path);
      if (m && r.method === "PATCH" && r.status === 200 && !seen.has(m[1]!)) seen.set(m[1]!, performance.now());
    }
    return seen;
  };
}

async function waitAnswers(read: () => Map<string, number>, tokens: Iterable<string>): Promise<{ answered: number; lastAt: number; missing: number }> {
  const wanted = [...tokens];
  const deadline = performance.now() + ANSWER_WAIT_MS;
  for (;;) {
    const seen = read();
    const missing = wanted.filter((t) => !seen.has(t)).length;
    if (missing === 0 || performance.now() > deadline) {
      const times = wanted.flatMap((t) => (seen.has(t) ? [seen.get(t)!] : []));
      return { answered: wanted.length - missing, lastAt: Math.max(...times), missing };
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Requests that got no deferral: another status, a connection error or no answer within 10 s. */
function notAcknowledged(run: Awaited<ReturnType<typeof signedLoad>>): number {
  return run.refused.size + run.result.errors + run.result.timeouts;
}

async function cpuOf(replicas: Replica[]): Promise<number> {
  let total = 0;
  for (const r of replicas) {
    const h = await health(r);
    if (h) total += h.cpuUs.user + h.cpuUs.system;
  }
  return total;
}

interface Throughput {
  perSecond: number;
  cpuMsPerInteraction: number;
  /** This process's CPU per interaction: autocannon, signing and the fake Discord (it shares the cores). */
  harnessCpuMs: number;
  ackP50: number;
  ackP99: number;
  lost: number;
}

async function throughput(port: number, measured: Replica[], read: () => Map<string, number>, keys: ReturnType<typeof testKeys>): Promise<Throughput> {
  const cpuBefore = await cpuOf(measured);
  const harnessBefore = process.cpuUsage();
  const run = await signedLoad({ port, keys, amount: AMOUNT, connections: 24, limitMs: 120_000 });
  const answers = await waitAnswers(read, run.acknowledged.keys());
  const cpuAfter = await cpuOf(measured);
  const harness = process.cpuUsage(harnessBefore);
  const seconds = (answers.lastAt - run.startedAt) / 1000;
  return {
    perSecond: answers.answered / seconds,
    cpuMsPerInteraction: (cpuAfter - cpuBefore) / 1000 / Math.max(1, answers.answered),
    harnessCpuMs: (harness.user + harness.system) / 1000 / Math.max(1, answers.answered),
    ackP50: run.result.latency.p50,
    ackP99: run.result.latency.p99,
    lost: notAcknowledged(run) + answers.missing,
  };
}

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "cc-scale-"));
  const discord = new FakeDiscord();
  const keys = testKeys();
  const replicas: Replica[] = [];
  let balancer: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    const corpusDir = await writeLoadtestCorpus(join(dir, "corpus"), ARTICLES);
    await discord.start();
    const settings = { corpusDir, publicKey: keys.publicKeyHex, apiBase: discord.apiBase, feedbackFile: join(dir, "feedback.jsonl") };
    const started = performance.now();
    for (const [i, port] of REPLICA_PORTS.entries()) replicas.push(startReplica(`replica-${i + 1}`, port, settings));
    await waitReady(replicas);
    const readyS = (performance.now() - started) / 1000;
    const rssMb = ((await health(replicas[0]!))?.rssBytes ?? 0) / 2 ** 20;
    balancer = await startNginx(join(dir, "nginx"), REPLICA_PORTS, ALL_PORT, ONE_PORT);
    const read = answerTimes(discord);
    // Stamp each answer when it arrives, not when the run is over.
    const ticker = setInterval(read, 20);
    ticker.unref();
    await signedLoad({ port: ALL_PORT, keys, amount: 30, connections: 6, limitMs: 30_000 }); // warm up every replica

    const ones: Throughput[] = [];
    const threes: Throughput[] = [];
    for (let i = 0; i < RUNS; i++) {
      ones.push(await throughput(ONE_PORT, replicas.slice(0, 1), read, keys));
      threes.push(await throughput(ALL_PORT, replicas, read, keys));
      console.error(`run ${i + 1}: 1 replica ${ones.at(-1)!.perSecond.toFixed(1)}/s, 3 replicas ${threes.at(-1)!.perSecond.toFixed(1)}/s`);
    }
    const oneRate = median(ones.map((t) => t.perSecond));
    const threeRate = median(threes.map((t) => t.perSecond));

    // Failover at the rate one replica sustains: stop a replica of three mid-run, and re-index meanwhile.
    const failovers: { ackP50: number; ackP99: number; ackMax: number; late: number; lost: number; sent: number; reindexed: string }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const rate = Math.max(1, Math.floor(oneRate));
      const amount = Math.min(2000, rate * 20);
      const expectedMs = (amount / rate) * 1000;
      const victim = replicas[2]!;
      const kill = setTimeout(() => void stopReplica(victim, KILL_SIGNAL), expectedMs * 0.4);
      const reindex = new Promise<string>((resolve) =>
        setTimeout(async () => {
          await writeFile(
            join(corpusDir, `zz_added_${i}.txt`),
            `Shelling near Agdam\nBy Reuters | March ${i + 1}, 2021\n\nBAKU (Reuters) - Azerbaijan's Defence Ministry said Armenian forces shelled positions near Agdam.\n`,
          );
          const inv = slashCommand("reindex", [], { permissions: PermissionFlagsBits.ManageGuild, userId: "530000000000000001" });
          const body = JSON.stringify(inv.payload);
          // Straight to replica-2 (one that stays up): the answer says who re-indexed, and replica-1
          // and replica-3 swap to its index meanwhile, answering from the old one until then.
          await fetch(`http://127.0.0.1:${REPLICA_PORTS[1]}/interactions`, { method: "POST", body, headers: signedHeaders(keys, body) });
          const edit = await discord.waitFor((r) => r.method === "PATCH" && r.path.includes(inv.token), 120_000).catch(() => null);
          resolve(
            String(edit?.body?.embeds?.[0]?.description ?? "no answer")
              .split("\n")
              .at(-1) ?? "",
          );
        }, expectedMs * 0.2),
      );
      const run = await signedLoad({ port: ALL_PORT, keys, amount, connections: 32, rate, limitMs: expectedMs * 3 });
      clearTimeout(kill);
      const answers = await waitAnswers(read, run.acknowledged.keys());
      failovers.push({
        ackP50: run.result.latency.p50,
        ackP99: run.result.latency.p99,
        ackMax: run.result.latency.max,
        late: run.result.latency.max >= ACK_LIMIT_MS ? 1 : 0,
        lost: notAcknowledged(run) + answers.missing,
        sent: run.result["2xx"] + run.result.non2xx + run.result.errors + run.result.timeouts,
        reindexed: await reindex,
      });
      console.error(`failover ${i + 1}: ${JSON.stringify(failovers.at(-1))}`);
      // Bring the stopped replica back for the next run.
      replicas[2] = startReplica("replica-3", REPLICA_PORTS[2]!, settings);
      await waitReady([replicas[2]]);
    }

    // Forged requests: none may be accepted.
    let accepted = 0;
    const statuses = new Map<number, number>();
    const forged = forgedRequests(keys, FUZZ);
    for (let at = 0; at < forged.length; at += 50) {
      const batch = forged.slice(at, at + 50);
      const codes = await Promise.all(
        batch.map(async (f) => (await fetch(`http://127.0.0.1:${ALL_PORT}/interactions`, { method: "POST", body: f.body, headers: f.headers })).status),
      );
      for (const code of codes) {
        statuses.set(code, (statuses.get(code) ?? 0) + 1);
        if (code < 300) accepted++;
      }
    }

    const cores = availableParallelism();
    const ratio = threeRate / oneRate;
    const f = (n: number, d = 1) => n.toFixed(d);
    const m = (xs: number[]) => median(xs);
    const lines = [
      `Scale load test: ${ARTICLES} generated articles, 3 replicas behind nginx on ${cores} cores (replicas ready in ${f(readyS)} s); medians of ${RUNS} runs.`,
      "",
      "| measure | 1 replica | 3 replicas |",
      "| --- | --- | --- |",
      `| answers per second (${AMOUNT} interactions, 24 connections) | ${f(oneRate)} | ${f(threeRate)} |`,
      `| CPU time per interaction (all replicas, process.cpuUsage) | ${f(m(ones.map((t) => t.cpuMsPerInteraction)))} ms | ${f(m(threes.map((t) => t.cpuMsPerInteraction)))} ms |`,
      `| CPU time per interaction of the load generator and fake Discord (one process) | ${f(m(ones.map((t) => t.harnessCpuMs)))} ms | ${f(m(threes.map((t) => t.harnessCpuMs)))} ms |`,
      `| acknowledgement p50 / p99 | ${f(m(ones.map((t) => t.ackP50)), 0)} / ${f(m(ones.map((t) => t.ackP99)), 0)} ms | ${f(m(threes.map((t) => t.ackP50)), 0)} / ${f(m(threes.map((t) => t.ackP99)), 0)} ms |`,
      `| lost (not acknowledged, or never answered) | ${Math.max(...ones.map((t) => t.lost))} | ${Math.max(...threes.map((t) => t.lost))} |`,
      "",
      `Replica RSS after loading the index: ${f(rssMb, 0)} MB.`,
      "",
      `Throughput ratio, 3 replicas to 1: ${f(ratio, 2)} (efficiency ${f((ratio / Math.min(3, cores)) * 100, 0)}% of the ${Math.min(3, cores)} usable cores; the balancer, the fake Discord and autocannon share them).`,
      `CPU efficiency per interaction, 3 replicas against 1: ${f((m(ones.map((t) => t.cpuMsPerInteraction)) / m(threes.map((t) => t.cpuMsPerInteraction))) * 100, 0)}%; one core of replica CPU answers about ${f(1000 / m(ones.map((t) => t.cpuMsPerInteraction)), 0)} interactions a second.`,
      "",
      `Failover at ${Math.floor(oneRate)} interactions/s (one replica's rate), ${KILL_SIGNAL} to replica-3 at 40% of the run, /reindex to replica-2 at 20% (a new article added):`,
      "",
      "| run | sent | ack p50 | ack p99 | ack max | lost | /reindex said |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...failovers.map((r, i) => `| ${i + 1} | ${r.sent} | ${f(r.ackP50, 0)} ms | ${f(r.ackP99, 0)} ms | ${f(r.ackMax, 0)} ms | ${r.lost} | ${r.reindexed} |`),
      "",
      `Fuzz: ${FUZZ} forged requests through the balancer, ${accepted} accepted (statuses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(", ")}).`,
    ];
    console.log(lines.join("\n"));
    const ok =
      accepted === 0 &&
      failovers.every((r) => r.lost === 0 && r.ackMax < ACK_LIMIT_MS && r.reindexed.startsWith("Re-indexed by")) &&
      [...ones, ...threes].every((t) => t.lost === 0);
    return ok ? 0 : 1;
  } finally {
    await balancer?.stop();
    await Promise.all(replicas.map((r) => stopReplica(r)));
    await discord.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
