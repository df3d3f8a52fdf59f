// Times are shown in the browser's zone or in UTC, by the user's choice; the formatting lives here so the
// table, its hover text and the exports all print the same thing.

export type TimeZoneMode = "local" | "utc";

export const TIME_ZONE_MODES = ["local", "utc"] as const satisfies readonly TimeZoneMode[];

export function isTimeZoneMode(value: unknown): value is TimeZoneMode {
  return value === "local" || value === "utc";
}

/** The IANA name of the zone a mode displays in, for labels and export headers. */
export function zoneName(mode: TimeZoneMode): string {
  if (mode === "utc") return "UTC";
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "local time";
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(mode: TimeZoneMode): Intl.DateTimeFormat {
  const key = mode === "utc" ? "UTC" : zoneName(mode);
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat("en-CA", {
      timeZone: key === "local time" ? undefined : key,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(key, cached);
  }
  return cached;
}

/** `2026-06-25 14:30:05` in the chosen zone; an unreadable value comes back as it was. */
export function formatTime(iso: string | null, mode: TimeZoneMode): string {
  if (!iso) return "";
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const parts: Record<string, string> = {};
  for (const part of formatter(mode).formatToParts(time)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
