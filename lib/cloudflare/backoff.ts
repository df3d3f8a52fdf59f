// Waits between attempts. Retries follow Cloudflare's own SDKs (cloudflare-typescript client.ts):
// 0.5 s doubling per retry, capped at 8 s, minus up to 25 % jitter so many clients do not retry in step.
//
// Polls of a 202 are timed by the search's age, not by the request that happens to carry them, so the
// pace holds across the browser's polls: every second while a slow search is likely to finish at any
// moment (twice in the first), then further apart, at most every 30 s. A search that never finishes
// costs its first call and 24 polls in its five minutes. The search is running, not failing: no jitter.

const RETRY_BASE_MS = 500;
const RETRY_CAP_MS = 8_000;
const POLL_AGES_MS = [500, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 10_000, 13_000, 17_000, 23_000, 31_000, 41_000, 56_000, 76_000, 106_000];
const POLL_CAP_MS = 30_000;

/** The wait before retry number `retry` (0 for the first retry); `random` returns [0, 1). */
export function retryDelayMs(retry: number, random: () => number): number {
  const delay = Math.min(RETRY_BASE_MS * 2 ** retry, RETRY_CAP_MS);
  return Math.round(delay * (1 - random() * 0.25));
}

/** The search's age at which poll number `poll` is due (0 for the first poll after its first 202). */
export function pollDueMs(poll: number): number {
  const listed = POLL_AGES_MS[poll];
  if (listed !== undefined) return listed;
  const last = POLL_AGES_MS[POLL_AGES_MS.length - 1] ?? 0;
  return last + (poll - POLL_AGES_MS.length + 1) * POLL_CAP_MS;
}
