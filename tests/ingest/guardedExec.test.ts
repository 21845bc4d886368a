import { describe, expect, it } from "vitest";
import { guardedExec } from "../../src/core/ingest/requiredText.ts";
import { readMetadataLine } from "../../src/core/ingest/metadata.ts";

const DISPATCH =
  /^(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,5})\s*[-–—|:·]\s*(?:dispatch|despatch|item|file|story|message)\s*(?:no\.?\s*|#\s*)?\d[\w/.-]{1,14}$/iu;

describe("a pattern run only where its required text is", () => {
  const exec = guardedExec(DISPATCH);
  it("finds what the pattern finds on a line holding its word, in any case and with a long s", () => {
    for (const line of ["Steppe Wire Service - Dispatch 92/0418", "HIGHLAND PRESS | STORY #1123", "Valley Herald: diſpatch no. 77"]) {
      expect(exec(line)?.[1], line).toBe(DISPATCH.exec(line)?.[1]);
      expect(exec(line), line).not.toBeNull();
    }
  });
  it("answers null without the pattern on a line with none of its words, as the pattern would", () => {
    for (const line of ["Steppe Wire Service - Bulletin 92/0418", "The village was shelled overnight, officials said."]) {
      expect(exec(line)).toBeNull();
      expect(DISPATCH.exec(line)).toBeNull();
    }
  });
  it("still reads a news service's dispatch line as its outlet", () => {
    expect(readMetadataLine("Steppe Wire Service - Dispatch 92/0418")?.outlet).toBe("Steppe Wire Service");
  });
  it("runs a pattern that keeps its place between runs as it is, unguarded", () => {
    const global = /dispatch (\d+)/g;
    const execGlobal = guardedExec(global);
    expect(execGlobal("dispatch 1 and dispatch 2")?.[1]).toBe("1");
    expect(execGlobal("dispatch 1 and dispatch 2")?.[1]).toBe("2");
  });
});
