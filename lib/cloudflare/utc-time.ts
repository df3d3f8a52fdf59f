// Cloudflare's timestamps as instants: the investigate API (lib/investigate) and the overview's counting
// (lib/overview) both read them.

/** Legacy timestamps (`ts`, `sent_date`) carry no zone; Cloudflare's clocks are UTC. */
export function toUtcIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const zoneless = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value);
  const candidate = zoneless ? `${value.replace(" ", "T")}Z` : value;
  const time = Date.parse(candidate);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
