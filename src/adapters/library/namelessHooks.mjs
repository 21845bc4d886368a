// Loader hooks for the re-index and extraction workers (registered by reindexWorkerBoot.mjs after
// tsx, so they see tsx's output). tsx compiles with esbuild's `keepNames`, which wraps every named
// closure in `__name(fn, "fn")`: an `Object.defineProperty` each time the closure is made. The
// pipeline makes such closures per sentence and per article, and those calls cost 2–3 % of an
// extraction thread's CPU (bench/results.md, 2026-12-06). Without bundling or minifying, esbuild
// renames nothing, so the names it keeps are the names the functions have anyway: the helper is
// made to return its function unchanged. Nothing reads a function's name in the pipeline, and a
// module whose helper reads otherwise (another tsx) is left as it came.
const KEEP_NAME = 'var __name=(target,value)=>__defProp(target,"name",{value,configurable:true});';
const SAME_FUNCTION = "var __name=(target,value)=>target;";

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (!url.startsWith("file:") || !url.endsWith(".ts") || loaded.source == null) return loaded;
  const source = typeof loaded.source === "string" ? loaded.source : new TextDecoder().decode(loaded.source);
  const at = source.indexOf(KEEP_NAME);
  if (at < 0) return loaded;
  return { ...loaded, source: source.slice(0, at) + SAME_FUNCTION + source.slice(at + KEEP_NAME.length) };
}
