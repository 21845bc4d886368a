import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseConsoleLine } from "../../src/adapters/console/parseConsoleLine.ts";
import { CONSOLE_APOLOGY, runConsole } from "../../src/adapters/console/runConsole.ts";
import { loadCommands } from "../../src/adapters/discord/loadCommands.ts";
import { createLogger } from "../../src/adapters/log/createLogger.ts";
import { fakeAnswerService } from "../discord/fakeAnswerService.ts";

const commands = await loadCommands();

function parse(line: string) {
  const parsed = parseConsoleLine(line, commands);
  return parsed.type === "command" ? { name: parsed.command.data.name, options: parsed.options } : parsed;
}

async function session(input: string) {
  const answers = fakeAnswerService();
  let out = "";
  const logs: string[] = [];
  const output = new Writable({
    write: (c, _e, done) => {
      out += String(c);
      done();
    },
  });
  const logger = createLogger({
    destination: new Writable({
      write: (c, _e, done) => {
        logs.push(String(c));
        done();
      },
    }),
  });
  await runConsole({ commands, services: { answers }, logger, input: Readable.from([input]), output, corpusDir: "corpus", interactive: false });
  return { out, logs, answers };
}

describe("typing a slash command in the console", () => {
  it("fills the options the way Discord would", () => {
    expect(parse("/incident Hadrut")).toEqual({ name: "incident", options: { query: "Hadrut" } });
    expect(parse("/claims azerbaijan ceasefire talks")).toEqual({ name: "claims", options: { side: "azerbaijan", topic: "ceasefire talks" } });
    expect(parse("/claims Nagorno-Karabakh")).toEqual({ name: "claims", options: { side: "nagorno-karabakh" } });
    expect(parse("/claims united states peace")).toEqual({ name: "claims", options: { side: "united-states", topic: "peace" } });
    expect(parse("/ask who said what")).toEqual({ name: "ask", options: { question: "who said what" } });
    expect(parse("sources")).toEqual({ name: "sources", options: {} });
  });

  it("passes an unknown side on, so the command can say which sides exist", () => {
    expect(parse("/claims mordor ceasefire")).toEqual({ name: "claims", options: { side: "mordor", topic: "ceasefire" } });
  });

  it("recognises /help, /quit and unknown commands", () => {
    expect(parse("/help")).toEqual({ type: "builtin", name: "help" });
    expect(parse("/quit")).toEqual({ type: "builtin", name: "quit" });
    expect(parse("/launch missiles")).toEqual({ type: "unknown", name: "launch" });
    expect(parse("   ")).toEqual({ type: "empty" });
  });
});

describe("a piped console session", () => {
  it("says it is a local console and how to connect to Discord, then answers each line until the end of input", async () => {
    const { out, answers } = await session("/incident Hadrut\n/claims azerbaijan ceasefire\n/sources\n/reindex\n");
    expect(out).toContain("no DISCORD_TOKEN is configured");
    expect(out).toContain("set DISCORD_TOKEN and APPLICATION_ID");
    expect(out).toContain("> /incident Hadrut\nIncident: Hadrut");
    expect(out).toContain("- Azerbaijan (Defence Ministry): Azerbaijani forces took control of Hadrut");
    expect(out).toContain("Claims by azerbaijan on ceasefire");
    expect(out).toContain("Re-index complete");
    expect(answers.calls).toEqual(["incident:Hadrut", "claims:azerbaijan:ceasefire", "sources", "reindex"]);
  });

  it("stops at /quit", async () => {
    const { answers } = await session("/sources\n/quit\n/sources\n");
    expect(answers.calls).toEqual(["sources"]);
  });

  it("answers hostile input with a clear message and keeps going", async () => {
    const { out, answers } = await session(`/ask ${"x".repeat(10_000)}\n/claims mordor\n/incident '=^!|\n/nope\n/help\n/sources\n`);
    expect(out).toContain("`question` is too long: at most 300 characters");
    expect(out).toContain("`side` must be one of: azerbaijan");
    expect(out).toContain("that query has no searchable words");
    expect(out).toContain("Unknown command /nope. Type /help for the list.");
    expect(out).toContain("/claims <side> [topic]");
    expect(answers.calls.at(-1)).toBe("sources");
  });

  it("apologises for a command that throws, logs it with its context, and keeps going", async () => {
    const { out, logs, answers } = await session("/incident explode\n/sources\n");
    expect(out).toContain(CONSOLE_APOLOGY);
    const logged = JSON.parse(logs.find((l) => l.includes("command failed"))!);
    expect(logged).toMatchObject({ command: "incident", options: { query: "explode" }, err: { message: "index exploded (a bug in the answer service)" } });
    expect(answers.calls.at(-1)).toBe("sources");
  });

  it("ends when aborted, as on SIGINT, even with input still open", async () => {
    const input = new PassThrough();
    const controller = new AbortController();
    const done = runConsole({
      commands,
      services: { answers: fakeAnswerService() },
      logger: createLogger({ level: "silent" }),
      input,
      output: new PassThrough(),
      corpusDir: "corpus",
      interactive: false,
      signal: controller.signal,
    });
    controller.abort();
    await expect(done).resolves.toBeUndefined();
  });
});

describe("--chart in the console", () => {
  it("takes --chart FILE out of the query words", () => {
    const parsed = parseConsoleLine("/casualties Hadrut --chart out.png 2020", commands);
    expect(parsed).toMatchObject({ type: "command", options: { query: "Hadrut 2020" }, chart: "out.png" });
  });

  it("writes the answer's chart to the file and says what it shows, or why there is none", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-console-chart-"));
    try {
      const file = join(dir, "casualties.png");
      const { out } = await session(`/casualties --chart ${file}\n/sources --chart ${join(dir, "sources.png")}\n`);
      expect(out).toContain(`Chart written to ${file}`);
      expect((await readFile(file)).subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(out).toContain("No chart: /sources answers have no chart (casualties and incident do).");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
