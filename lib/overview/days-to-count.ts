import type { CountedDay } from "./overview-records";
import { dayStart, nextDay } from "./overview-values";

// Which days of a period must be counted (again): a past day does not change once counted well after it
// ended; today and yesterday may, so they are counted again when asked after a while.

/** Today and yesterday are counted again when asked this long after they were last counted. */
export const RECOUNT_AFTER_MS = 5 * 60_000;
/** A day counted this long after it ended is final: late scans and actions have settled. */
export const SETTLED_AFTER_MS = 60 * 60_000;

export function daysToCount(days: readonly string[], known: ReadonlyMap<string, Pick<CountedDay, "countedAt">>, now: number): string[] {
  return days.filter((day) => {
    const counted = known.get(day)?.countedAt.getTime();
    if (counted === undefined) return true;
    if (counted >= dayStart(nextDay(day)) + SETTLED_AFTER_MS) return false;
    return now - counted >= RECOUNT_AFTER_MS;
  });
}

/** Days as runs of consecutive days, the newest run first: each run is one search, paged. */
export function runsOf(days: readonly string[]): { first: string; last: string; days: string[] }[] {
  const sorted = [...new Set(days)].sort();
  const runs: { first: string; last: string; days: string[] }[] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && nextDay(run.last) === day) {
      run.last = day;
      run.days.push(day);
    } else runs.push({ first: day, last: day, days: [day] });
  }
  return runs.reverse();
}
