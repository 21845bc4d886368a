// Small helpers for the benchmark: timing, percentiles, formatting.
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

export async function timedAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

export function latencies(inputs: string[], run: (input: string) => unknown): number[] {
  return inputs.map((input) => timed(() => run(input)).ms);
}

export const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
