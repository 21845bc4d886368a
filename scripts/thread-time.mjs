#!/usr/bin/env node
// Where a process's threads spend their time, from the kernel's scheduler statistics:
//   node scripts/thread-time.mjs -- node --import tsx bench/scaleChild.ts build CORPUS INDEX
// Runs the command, reads /proc/PID/task/*/schedstat every 50 ms, and prints per thread (all are
// named "node": the main thread first, then V8's four platform threads (GC helpers, background
// compilation), tsx's loader-hooks thread, then each worker and its hooks thread as they start)
// its time on a CPU, its time runnable but waiting for one (the machine's other load), and the rest
// (blocked: waiting for messages or I/O). On a shared machine the first column is the work, the
// second what the load added, and the sum over threads what a quiet 2-core machine must run.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const command = process.argv.slice(process.argv.indexOf("--") + 1);
if (command.length === 0) throw new Error("usage: thread-time.mjs -- COMMAND [ARGS…]");
const child = spawn(command[0], command.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
let output = "";
child.stdout.on("data", (data) => {
  output += data;
});
const threads = new Map();
const started = performance.now();

function sample() {
  let ids;
  try {
    ids = readdirSync(`/proc/${child.pid}/task`);
  } catch {
    return;
  }
  const now = performance.now() - started;
  for (const id of ids) {
    try {
      const [onCpu, waiting] = readFileSync(`/proc/${child.pid}/task/${id}/schedstat`, "utf8").trim().split(" ").map(Number);
      const thread = threads.get(id) ?? { first: now };
      thread.onCpu = onCpu / 1e9;
      thread.waiting = waiting / 1e9;
      thread.last = now;
      threads.set(id, thread);
    } catch {
      // The thread ended between the listing and the read: its last sample stands.
    }
  }
}

const timer = setInterval(sample, 50);
child.on("exit", (code) => {
  clearInterval(timer);
  const s = (x) => `${x.toFixed(1)}s`.padStart(7);
  const shown = [...threads].filter(([, t]) => t.onCpu >= 0.3);
  console.log(output.trim().split("\n").at(-1));
  console.log("thread      from      to   on CPU  waiting  blocked");
  for (const [id, t] of shown) {
    const alive = (t.last - t.first) / 1000;
    console.log(`${id.padEnd(8)} ${s(t.first / 1000)} ${s(t.last / 1000)} ${s(t.onCpu)}  ${s(t.waiting)}  ${s(alive - t.onCpu - t.waiting)}`);
  }
  const total = [...threads.values()].reduce((sum, t) => sum + t.onCpu, 0);
  const waiting = [...threads.values()].reduce((sum, t) => sum + t.waiting, 0);
  console.log(
    `all threads: on CPU ${total.toFixed(1)} s, waiting for a CPU ${waiting.toFixed(1)} s (${threads.size - shown.length} threads under 0.3 s not listed)`,
  );
  process.exitCode = code ?? 1;
});
