// Vega-Lite's compiler, loaded so that the one global it changes cannot break discord.js.
//
// Loading vega-lite sets `Set.prototype.toJSON` to a function of no arguments (it hashes sets with
// it). discord.js's event emitter bundles a copy of Node's `util.inspect` (node-inspect-extracted)
// that, when it loads, calls every no-argument method of `Set.prototype` on an empty set and expects
// an iterator back; on vega-lite's it throws `string "Set()" is not iterable`. So any process that
// drew a chart before it first loaded discord.js could not load discord.js at all (the CLI and the
// console draw charts; the test workers share one module graph across files).
// Giving the method one parameter, the key that JSON.stringify passes anyway, keeps vega-lite's
// hashing exactly as it was and takes the method out of that copier's way.
import { compile } from "vega-lite";

type SetToJson = (this: Set<unknown>) => string;

function takeSetToJsonOutOfInspectsWay(): void {
  const descriptor = Object.getOwnPropertyDescriptor(Set.prototype, "toJSON");
  const vegaLiteToJson = descriptor?.value as SetToJson | undefined;
  if (typeof vegaLiteToJson !== "function" || vegaLiteToJson.length !== 0) return;
  Object.defineProperty(Set.prototype, "toJSON", {
    ...descriptor,
    value: function toJSON(this: Set<unknown>, _key?: string): string {
      return vegaLiteToJson.call(this);
    },
  });
}

takeSetToJsonOutOfInspectsWay();

export { compile };
export type { TopLevelSpec } from "vega-lite";
