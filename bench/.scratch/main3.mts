import { spawn } from "./spawn.ts";
const t = performance.now();
console.log(await spawn(new URL("./w.ts", import.meta.url)), performance.now() - t, import.meta.url);
