// Times are shown in the browser's zone or in UTC, by the user's choice; the formatting lives here so the
// table, its hover text and the exports all print the same thing.

export type TimeZoneMode = "local" | "utc";

export const TIME_ZONE_MODES = ["local", "utc"] as const satisfies readonly TimeZoneMode[];

export function isTimeZoneMode(value: unknown): value is TimeZoneMode {
  return value === "local" || value === "utc";
}

let localZone: string | undefined;

/** The IANA name of the zone a mode displays in, for labels and export headers. */
export function zoneName(mode: TimeZoneMode): string {
  if (mode === "utc") return "UTC";
  // Read once: building an Intl.DateTimeFormat costs more than formatting a whole row of the table.
  localZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || "local time";
  return localZone;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** `2026-06-25 14:30:05` (with `separator` between date and time) as a clock in the chosen zone shows it. */
export function wallClock(date: Date, mode: TimeZoneMode, separator = " "): string {
  // Date's own fields rather than Intl's formatToParts: the local zone is the same one, and the table
  // formats two times per row as rows scroll in, where formatToParts was its costliest call.
  if (mode === "utc") {
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}${separator}${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  }
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}${separator}${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** `2026-06-25 14:30:05` in the chosen zone; an unreadable value comes back as it was. */
export function formatTime(iso: string | null, mode: TimeZoneMode): string {
  if (!iso) return "";
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return wallClock(new Date(time), mode);
}

/**
 * A time as the app shows it: in the chosen zone, and as the other zone reads it (for a hover), or null
 * when both read the same (a browser in UTC, London in winter) so the same time is never printed twice.
 */
export function showTime(iso: string, mode: TimeZoneMode): { shown: string; other: string | null } {
  const shown = formatTime(iso, mode);
  const otherMode = mode === "utc" ? "local" : "utc";
  const other = formatTime(iso, otherMode);
  return { shown, other: other === shown ? null : `${other} ${zoneName(otherMode)}` };
}
