// The saved index's checksum, computed on another thread while this one decodes the index: at a
// million passages hashing its 270 MB takes about half a second, which a start would otherwise
// add to the wait before its first answer. The file is read into shared memory, so the hashing
// thread reads the very bytes decoded here, without a copy.
import { open } from "node:fs/promises";
import { Worker } from "node:worker_threads";

/** CommonJS, evaluated: it needs no TypeScript loader and starts in tens of milliseconds. */
const HASHER = `
const { parentPort, workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { buffer, start, end } = workerData;
parentPort.postMessage(createHash("sha256").update(new Uint8Array(buffer, start, end - start)).digest("hex"));
`;

/** A whole file, in memory shared with other threads. */
export async function readShared(path: string): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const file = Buffer.from(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(file, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === size ? file : file.subarray(0, at);
  } finally {
    await handle.close();
  }
}

/** The SHA-256 (hex) of `file` from byte `start` on, computed on a thread of its own; `file` must be shared memory (readShared). */
export function hashElsewhere(file: Buffer, start: number): Promise<string> {
  if (!(file.buffer instanceof SharedArrayBuffer)) return Promise.reject(new Error("the bytes to hash are not shared"));
  const worker = new Worker(HASHER, {
    eval: true,
    workerData: { buffer: file.buffer, start: file.byteOffset + start, end: file.byteOffset + file.byteLength },
  });
  return new Promise<string>((resolve, reject) => {
    worker.once("message", (hex: unknown) => (typeof hex === "string" ? resolve(hex) : reject(new Error("the hashing thread answered nonsense"))));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the hashing thread stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
}
