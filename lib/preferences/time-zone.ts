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

/** `2026-06-25 14:30:05` in the chosen zone; an unreadable value comes back as it was. */
export function formatTime(iso: string | null, mode: TimeZoneMode): string {
  if (!iso) return "";
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  // Date's own fields rather than Intl's formatToParts: the local zone is the same one, and the table
  // formats two times per row as rows scroll in, where formatToParts was its costliest call.
  const d = new Date(time);
  if (mode === "utc") {
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  }
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
