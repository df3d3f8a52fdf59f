import { wallClock, type TimeZoneMode } from "@/lib/preferences/time-zone";

// The start and end fields speak wall-clock time without a zone, written as the table writes times
// ("2026-06-25 14:30:05", ISO's order, 24 hours, whatever the browser's locale); the form reads and
// writes them in the zone the user has chosen to see times in, and the URL always holds UTC. A "T"
// between date and time is read too.

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

export function toInputValue(iso: string | null, mode: TimeZoneMode): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return wallClock(date, mode);
}

/** The ISO instant of a datetime-local value, or null when it is not one. */
export function fromInputValue(value: string, mode: TimeZoneMode): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const time =
    mode === "utc"
      ? Date.UTC(year, month - 1, day, hour, minute, second)
      : new Date(year, month - 1, day, hour, minute, second).getTime();
  const date = new Date(time);
  // Reject dates the Date constructor rolled over (2026-02-30 becomes March 2nd).
  const check = mode === "utc" ? date.getUTCDate() : date.getDate();
  if (Number.isNaN(time) || check !== day) return null;
  return date.toISOString().replace(".000Z", "Z");
}
