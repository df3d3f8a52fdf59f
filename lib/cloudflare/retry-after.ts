// How long Cloudflare asks us to wait, from `retry-after-ms` (what Cloudflare's SDKs read first) or
// `Retry-After` (delay-seconds or an HTTP-date, RFC 9110 §10.2.3). Anything unreadable counts as absent.

const NUMBER = /^\d+(\.\d+)?$/;
// IMF-fixdate and RFC 850 dates begin with a day name and a comma; asctime with a day name and a space.
// Date.parse alone is too lenient: it reads "12" as a date in 2001.
const HTTP_DATE = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*(, | [a-z]{3} )/i;

/** The wait in milliseconds, at most LONGEST_HONOURED_WAIT_MS, or null when the answer names none. A date in the past means 0. */
export function parseRetryAfter(headers: Headers, nowMs: number): number | null {
  const asked = readRetryAfter(headers, nowMs);
  return asked === null ? null : Math.min(asked, LONGEST_HONOURED_WAIT_MS);
}

function readRetryAfter(headers: Headers, nowMs: number): number | null {
  const ms = headers.get("retry-after-ms")?.trim();
  if (ms && NUMBER.test(ms)) return Math.ceil(Number(ms));

  const value = headers.get("retry-after")?.trim();
  if (!value) return null;
  if (NUMBER.test(value)) return Math.ceil(Number(value) * 1000);
  if (!HTTP_DATE.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/**
 * The longest wait we take from Cloudflare's word: its documented rate-limit block is five minutes. A
 * longer Retry-After (one answer said 86,400) would otherwise stop the whole team for a day.
 */
export const LONGEST_HONOURED_WAIT_MS = 5 * 60_000;

/** Whole seconds for a Retry-After we hand on, never 0 so callers do not spin. */
export function toRetryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
