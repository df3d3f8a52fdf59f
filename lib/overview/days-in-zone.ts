import { dayStart, type DayTally } from "./overview-values";

// The overview's days are counted in UTC; shown in another zone, each UTC hour's detections go to the
// day it falls on there. A day of that zone only partly inside the counted period says so.

const HOUR_MS = 3_600_000;

export type ShownDay = {
  day: string;
  counts: Record<string, number>;
  /** Null while a UTC day it draws on is not counted yet. */
  total: number | null;
  /** The first and last instant of the day inside the counted period (ms). */
  start: number;
  end: number;
  /** Fewer than 23 of its hours are inside the period (the first or last day in that zone). */
  partial: boolean;
};

/** The counted UTC days as days of a zone (`dayIn` names an instant's day there); null when a counted day has no hours kept. */
export function daysInZone(days: readonly { day: string; tally: Pick<DayTally, "hourly"> | null }[], dayIn: (time: number) => string): ShownDay[] | null {
  if (days.some((day) => day.tally !== null && day.tally.hourly === undefined)) return null;
  const shown = new Map<string, ShownDay & { hours: number }>();
  for (const { day, tally } of days) {
    for (let hour = 0; hour < 24; hour++) {
      const instant = dayStart(day) + hour * HOUR_MS;
      const name = dayIn(instant);
      let entry = shown.get(name);
      if (!entry) shown.set(name, (entry = { day: name, counts: {}, total: 0, start: instant, end: instant + HOUR_MS - 1_000, partial: false, hours: 0 }));
      entry.end = instant + HOUR_MS - 1_000;
      entry.hours++;
      if (tally === null) {
        entry.total = null;
        continue;
      }
      for (const [disposition, hours] of Object.entries(tally.hourly ?? {})) {
        const n = hours[hour] ?? 0;
        if (n === 0) continue;
        entry.counts[disposition] = (entry.counts[disposition] ?? 0) + n;
        if (entry.total !== null) entry.total += n;
      }
    }
  }
  return [...shown.values()].map(({ hours, ...day }) => ({ ...day, partial: hours < 23 }));
}
