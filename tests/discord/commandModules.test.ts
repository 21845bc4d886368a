import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApplicationCommandOptionType, PermissionFlagsBits } from "discord.js";
import { afterAll, describe, expect, it } from "vitest";
import { SIDES } from "../../src/core/types.ts";
import { loadCommands } from "../../src/adapters/discord/loadCommands.ts";
import { fakeAnswerService } from "./fakeAnswerService.ts";

const commands = await loadCommands();
const services = { answers: fakeAnswerService() };
const run = (name: string, options: Record<string, unknown>) => commands.get(name)!.run!(options, services);

describe("the command modules in commands/", () => {
  it("are the eight slash commands, each with data and execute", () => {
    expect([...commands.keys()].sort()).toEqual(["add", "ask", "casualties", "claims", "incident", "mediators", "reindex", "sources"]);
    for (const command of commands.values()) expect(typeof command.execute).toBe("function");
  });

  it("give every answer command a private option, and /reindex and /add none (their replies are always private)", () => {
    for (const [name, command] of commands) {
      const hasPrivate = (command.data.options ?? []).some((o) => o.name === "private");
      expect(hasPrivate, name).toBe(name !== "reindex" && name !== "add");
    }
  });

  it("offer every side as a choice in /claims and autocomplete /incident", () => {
    const side = commands.get("claims")!.data.options!.find((o) => o.name === "side") as { choices: { value: string }[] };
    expect(side.choices.map((c) => c.value)).toEqual([...SIDES]);
    const query = commands.get("incident")!.data.options!.find((o) => o.name === "query") as { autocomplete?: boolean };
    expect(query.autocomplete).toBe(true);
  });

  it("restrict /reindex and /add to Manage Server by default and to servers", () => {
    for (const name of ["reindex", "add"]) {
      const data = commands.get(name)!.data;
      expect(data.default_member_permissions, name).toBe(String(PermissionFlagsBits.ManageGuild));
      expect(data.contexts, name).toEqual([0]);
    }
  });
});

describe("each option, declared once", () => {
  it("checks exactly the lengths Discord is told: the declared min and max are accepted, one past them refused", async () => {
    for (const [name, command] of commands) {
      for (const option of command.data.options ?? []) {
        if (option.type !== ApplicationCommandOptionType.String || !("max_length" in option) || option.max_length === undefined) continue;
        const base = Object.fromEntries(
          (command.data.options ?? [])
            .filter((o) => o.required && o.name !== option.name)
            .map((o) => [o.name, "choices" in o && o.choices ? o.choices[0]!.value : "Hadrut"]),
        );
        const min = option.min_length ?? 1;
        await expect(run(name, { ...base, [option.name]: "x".repeat(option.max_length) }), `${name} ${option.name}`).resolves.toBeDefined();
        await expect(run(name, { ...base, [option.name]: "x".repeat(option.max_length + 1) }), `${name} ${option.name}`).rejects.toThrow(
          `at most ${option.max_length}`,
        );
        if (min > 1) await expect(run(name, { ...base, [option.name]: "x".repeat(min - 1) }), `${name} ${option.name}`).rejects.toThrow("too short");
        await expect(run(name, { ...base, [option.name]: "x".repeat(min) }), `${name} ${option.name}`).resolves.toBeDefined();
      }
    }
  });

  it("refuses an option the declaration does not have a choice for", async () => {
    const side = commands.get("claims")!.data.options!.find((o) => o.name === "side") as { choices: { value: string }[] };
    for (const { value } of side.choices) await expect(run("claims", { side: value })).resolves.toBeDefined();
    await expect(run("claims", { side: "nobody" })).rejects.toThrow("`side` must be one of");
  });
});

describe("option values", () => {
  it("are passed to the answer service once checked", async () => {
    const result = await run("claims", { side: "azerbaijan", topic: "  ceasefire  " });
    expect(result.type === "answer" && result.answer.title).toBe("Claims by azerbaijan on ceasefire");
  });

  it("that are hostile get a clear message instead of a crash", async () => {
    await expect(run("ask", { question: "x".repeat(10_000) })).rejects.toThrow("`question` is too long: at most 300 characters");
    await expect(run("ask", {})).rejects.toThrow("`question` is missing: type a question");
    await expect(run("ask", { question: " \u0000\u0007 " })).rejects.toThrow("`question` is too short");
    await expect(run("claims", { side: "mordor" })).rejects.toThrow("`side` must be one of: azerbaijan, armenia");
    await expect(run("incident", { query: 42 })).rejects.toThrow("`query` must be text");
    await expect(run("sources", { private: "yes" })).rejects.toThrow("`private` must be true or false");
  });

  it("that are empty count as not given for optional queries", async () => {
    const result = await run("casualties", { query: "   " });
    expect(services.answers.calls.at(-1)).toBe("casualties:");
    expect(result.type).toBe("answer");
  });
});

describe("the command loader", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("refuses a module that is not { data, execute }, naming the file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cc-commands-"));
    dirs.push(dir);
    await writeFile(join(dir, "broken.mjs"), "export default { data: { name: 'Bad Name', description: '' } };\n");
    await expect(loadCommands(dir)).rejects.toThrow(/broken\.mjs: data\.name command names are 1-32 lowercase characters.*execute Required/);
  });
});
