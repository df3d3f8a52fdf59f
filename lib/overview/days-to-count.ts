import type { CountedDay } from "./overview-records";
import { dayStart, nextDay, TALLY_VERSION } from "./overview-values";

// Which days of a period must be counted (again): a past day does not change once counted well after it
// ended; today and yesterday may, so they are counted again when asked after a while. A day counted
// an older way (TALLY_VERSION) is counted again once.

/** Today and yesterday are counted again when asked this long after they were last counted. */
export const RECOUNT_AFTER_MS = 5 * 60_000;
/** A day counted this long after it ended is final: late scans and actions have settled. */
export const SETTLED_AFTER_MS = 60 * 60_000;

export function daysToCount(days: readonly string[], known: ReadonlyMap<string, { countedAt: Date; tally: Pick<CountedDay["tally"], "version"> }>, now: number): string[] {
  return days.filter((day) => {
    const kept = known.get(day);
    // A day counted the way it was before keeps less than the page now links to: counted once more.
    if (kept === undefined || (kept.tally.version ?? 1) < TALLY_VERSION) return true;
    const counted = kept.countedAt.getTime();
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
