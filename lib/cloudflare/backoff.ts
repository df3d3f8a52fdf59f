// Waits between attempts. Retries follow Cloudflare's own SDKs (cloudflare-typescript client.ts):
// 0.5 s doubling per retry, capped at 8 s, minus up to 25 % jitter so many clients do not retry in step.
// Polls of a 202 start at 0.5 s and grow to 4 s: the search is running, not failing, so no jitter.

const RETRY_BASE_MS = 500;
const RETRY_CAP_MS = 8_000;
const POLL_BASE_MS = 500;
const POLL_CAP_MS = 4_000;

/** The wait before retry number `retry` (0 for the first retry); `random` returns [0, 1). */
export function retryDelayMs(retry: number, random: () => number): number {
  const delay = Math.min(RETRY_BASE_MS * 2 ** retry, RETRY_CAP_MS);
  return Math.round(delay * (1 - random() * 0.25));
}

/** The wait before poll number `poll` (0 for the first poll after a 202). */
export function pollDelayMs(poll: number): number {
  return Math.min(POLL_BASE_MS * 2 ** poll, POLL_CAP_MS);
}
