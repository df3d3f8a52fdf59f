import { DISPOSITIONS, FILTER_DISPOSITIONS } from "@/lib/cloudflare/schemas/enums";
import type { StoredDayTally } from "@/lib/db/schema";

// The words and rules of the manager's overview, shared by the server, the page and the tests.

export { DISPOSITIONS };

/** The periods offered, in days, each ending today (UTC). */
export const OVERVIEW_PERIODS = [7, 30] as const;
export type OverviewPeriod = (typeof OVERVIEW_PERIODS)[number];

/** At most this share of the upstream budget goes to counting, so analysts are never starved. */
export const OVERVIEW_BUDGET_SHARE = 0.2;

/** What one UTC day's detections came to: the total, by disposition, authentication failures, where they are. */
export type DayTally = StoredDayTally;

/** Dispositions Cloudflare's search can filter: the others' messages are listed with the day's count. */
export const SEARCHABLE_DISPOSITIONS: ReadonlySet<string> = new Set(FILTER_DISPOSITIONS);
/** At most this many messages are listed a day for each figure the search cannot reproduce (lib/overview/kept-figures.ts)… */
export const LISTED_PER_FIGURE = 500;
/** …and at most this many in all. */
export const LISTED_PER_DAY = 5_000;

/** The way days are counted now: 2 keeps the messages of threat categories and failed authentication too. */
export const TALLY_VERSION = 2;

export function emptyTally(): DayTally {
  return {
    version: TALLY_VERSION,
    total: 0,
    byDisposition: {},
    unreadable: 0,
    authFailures: { spf: 0, dkim: 0, dmarc: 0 },
    quarantined: 0,
    moved: 0,
    released: 0,
    listed: [],
    listedBy: {},
    unlistedBy: {},
    recipients: {},
    senderDomains: {},
    categories: {},
    capped: false,
    hourly: {},
  };
}

/** At most this many names a day per list (recipients, sender domains, categories); past it, the day's lists are marked capped. */
export const NAMES_PER_DAY = 300;
/** How many of each list the overview shows. */
export const TOP_COUNT = 10;

/** The `count` names with the most detections across the tallies, most first (ties by name). */
export function topOf(tallies: readonly (DayTally | null)[], pick: (tally: DayTally) => Record<string, number> | undefined, count = TOP_COUNT): { name: string; count: number }[] {
  const sums = new Map<string, number>();
  for (const tally of tallies) for (const [name, n] of Object.entries((tally && pick(tally)) ?? {})) sums.set(name, (sums.get(name) ?? 0) + n);
  return [...sums]
    .map(([name, n]) => ({ name, count: n }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, count);
}

export function addTallies(a: DayTally, b: DayTally): DayTally {
  const byDisposition = { ...a.byDisposition };
  for (const [name, count] of Object.entries(b.byDisposition)) byDisposition[name] = (byDisposition[name] ?? 0) + count;
  return {
    total: a.total + b.total,
    byDisposition,
    unreadable: a.unreadable + b.unreadable,
    authFailures: { spf: a.authFailures.spf + b.authFailures.spf, dkim: a.authFailures.dkim + b.authFailures.dkim, dmarc: a.authFailures.dmarc + b.authFailures.dmarc },
    quarantined: a.quarantined + b.quarantined,
    moved: a.moved + b.moved,
    released: a.released + b.released,
  };
}

const DAY_MS = 86_400_000;

/** A time as the search takes it: ISO 8601 in UTC, to the second. */
export function isoSeconds(time: number): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The UTC day (YYYY-MM-DD) of a time. */
export function utcDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The `count` UTC days that end with today, oldest first; `back` periods earlier with back = 1. */
export function periodDays(count: number, now: number, back = 0): string[] {
  const today = dayStart(utcDay(now));
  return Array.from({ length: count }, (_, index) => utcDay(today - (count * (back + 1) - 1 - index) * DAY_MS));
}

/** The days first to last, oldest first. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = nextDay(day)) days.push(day);
  return days;
}

/** The same number of days just before `days`. */
export function daysBefore(days: readonly string[]): string[] {
  const first = days[0];
  if (!first) return [];
  return Array.from({ length: days.length }, (_, index) => utcDay(dayStart(first) - (days.length - index) * DAY_MS));
}

/** At most this many days in a custom period. */
export const MAX_PERIOD_DAYS = 92;

export function nextDay(day: string): string {
  return utcDay(dayStart(day) + DAY_MS);
}
