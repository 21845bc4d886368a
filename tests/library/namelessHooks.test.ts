import { describe, expect, it } from "vitest";
// @ts-expect-error: plain JavaScript loader hooks (the workers register them before any TypeScript loads), no types.
import { load } from "../../src/adapters/library/namelessHooks.mjs";

type Loaded = { format: string; source: string | Uint8Array | null };
type Load = (url: string, context: object, next: (url: string, context: object) => Promise<Loaded>) => Promise<Loaded>;
const loadAfterTsx = load as Load;

/** A module as tsx hands it over: esbuild's keepNames helper, then a named closure wrapped in it. */
const COMPILED =
  'var __defProp=Object.defineProperty;var __name=(target,value)=>__defProp(target,"name",{value,configurable:true});const shout=__name(text=>text.toUpperCase(),"shout");export{shout};';

const handedOver = (source: string | Uint8Array | null) => async () => ({ format: "module", source });

describe("the workers' loader hooks after tsx", () => {
  it("make keepNames' helper hand back its function instead of defining its name each time", async () => {
    const loaded = await loadAfterTsx("file:///repo/src/core/ingest/text.ts", {}, handedOver(COMPILED));
    expect(loaded.source).toBe(
      'var __defProp=Object.defineProperty;var __name=(target,value)=>target;const shout=__name(text=>text.toUpperCase(),"shout");export{shout};',
    );
  });
  it("read a module handed over as bytes too", async () => {
    const loaded = await loadAfterTsx("file:///repo/src/core/ingest/text.ts", {}, handedOver(new TextEncoder().encode(COMPILED)));
    expect(loaded.source).toContain("var __name=(target,value)=>target;");
  });
  it("leave a module without the helper, a JavaScript file and a built-in module as they came", async () => {
    const plain = "export const x = 1;";
    for (const [url, source] of [
      ["file:///repo/src/core/types.ts", plain],
      ["file:///repo/node_modules/zod/index.js", COMPILED],
      ["node:fs", null],
    ] as const) {
      const loaded = await loadAfterTsx(url, {}, handedOver(source));
      expect(loaded.source).toBe(source);
    }
  });
});
