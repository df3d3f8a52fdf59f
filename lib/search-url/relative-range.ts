// Quick ranges stay relative in the URL (`range=24h`), so a bookmarked search always means "the last
// 24 hours". They become absolute once per search run, and every page of that run uses the same window.

const HOUR = 3_600_000;

export const RELATIVE_RANGES = {
  "1h": { label: "Last hour", ms: HOUR },
  "24h": { label: "Last 24 hours", ms: 24 * HOUR },
  "7d": { label: "Last 7 days", ms: 7 * 24 * HOUR },
  "30d": { label: "Last 30 days", ms: 30 * 24 * HOUR },
} as const;

export type RelativeRange = keyof typeof RELATIVE_RANGES;
export const RELATIVE_RANGE_KEYS = Object.keys(RELATIVE_RANGES) as [RelativeRange, ...RelativeRange[]];

/** The absolute window one search run covers. */
export type SearchWindow = { start: string; end: string };

/**
 * A relative range ends at the last ten-second mark: runs of one search within those seconds ask the
 * same question, so the server can answer the later ones from its copy of Cloudflare's answer.
 */
export const RANGE_END_STEP_MS = 10_000;

export function resolveRange(range: RelativeRange, now: number = Date.now()): SearchWindow {
  const end = Math.floor(now / RANGE_END_STEP_MS) * RANGE_END_STEP_MS;
  return { start: new Date(end - RELATIVE_RANGES[range].ms).toISOString(), end: new Date(end).toISOString() };
}

export function isRelativeRange(value: string): value is RelativeRange {
  return Object.hasOwn(RELATIVE_RANGES, value);
}
