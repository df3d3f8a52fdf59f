// Small statistics for the bench: percentiles of a sample, and the median of several runs.

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Runs `measure` `runs` times and gives each field's median across the runs. */
export async function medianOf<T extends Record<string, number>>(runs: number, measure: (run: number) => Promise<T>): Promise<T> {
  const results: T[] = [];
  for (let run = 0; run < runs; run++) results.push(await measure(run));
  const first = results[0];
  if (!first) throw new Error("no runs");
  return Object.fromEntries(Object.keys(first).map((key) => [key, median(results.map((result) => result[key] ?? Number.NaN))])) as T;
}
