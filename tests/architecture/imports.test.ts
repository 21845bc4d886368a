// The shape of the code, checked on every run: no module imports itself back through others
// (type-only imports included: a cycle is a knot for a reader whatever it carries), and the core
// stays pure, with no node:*, process, discord.js or pino in it (README, "How it is built").
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SOURCE_FOLDERS = ["src", "commands"];

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, comments stripped first. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

/** The globals a pure module must not touch. */
const IMPURE_GLOBALS: ReadonlySet<string> = new Set(["process", "Buffer", "require", "__dirname"]);

/** Which of those globals the file's code names as a value: identifiers only, not property names or text. */
function globalsUsed(text: string, file: string): string[] {
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    const parent = node.parent;
    const named =
      parent && (ts.isPropertyAccessExpression(parent) || ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
    if (ts.isIdentifier(node) && IMPURE_GLOBALS.has(node.text) && !named) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return [...used];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

export function specifiersOf(text: string): string[] {
  return [...withoutComments(text).matchAll(SPECIFIER)].map((m) => m[1] as string);
}

/** Each file's imports of other files of the project, by path relative to the root. */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const local = specifiersOf(readFileSync(file, "utf8"))
      .filter((s) => s.startsWith("."))
      .map((s) => relative(ROOT, resolve(dirname(file), s)));
    graph.set(relative(ROOT, file), [...new Set(local)]);
  }
  return graph;
}

/** Every cycle, once, as the path that closes it (a → b → a); Tarjan would do, this is small. */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

const files = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)));

describe("the import graph", () => {
  it("finds a cycle where there is one, so the check below can fail", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cyclesOf(graph)).toEqual([["a", "b", "c", "a"]]);
    expect(specifiersOf('import type { X } from "./x.ts";\n// import "./commented.ts"\nexport { y } from "../y.ts";\nawait import("./z.ts");')).toEqual([
      "./x.ts",
      "../y.ts",
      "./z.ts",
    ]);
  });

  it("has no import cycle in src/ or commands/", () => {
    expect(cyclesOf(importGraph(files)).map((cycle) => cycle.join(" → "))).toEqual([]);
  });

  it("keeps src/core free of node:*, process, discord.js and pino", () => {
    const impure: string[] = [];
    for (const file of files.filter((f) => relative(ROOT, f).startsWith(join("src", "core")))) {
      const text = withoutComments(readFileSync(file, "utf8"));
      const name = relative(ROOT, file);
      for (const specifier of specifiersOf(text)) {
        if (/^(node:|discord\.js|@discordjs\/|pino)/.test(specifier)) impure.push(`${name} imports ${specifier}`);
      }
      // Read by TypeScript's own scanner: a word inside a string or a regular expression ("may require more
      // sources") is no use of the global, a property named so ("x.process") neither.
      for (const global of globalsUsed(readFileSync(file, "utf8"), file)) impure.push(`${name} uses ${global}`);
    }
    expect(impure).toEqual([]);
  });
});
