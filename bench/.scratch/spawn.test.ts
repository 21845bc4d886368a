import { it, expect } from "vitest";
import { spawn } from "./spawn.ts";
it("spawns", async () => {
  const t = performance.now();
  expect(await spawn(new URL("./w.ts", import.meta.url))).toBe("hadrut1");
  console.log("vitest spawn ms", performance.now() - t, import.meta.url);
});
