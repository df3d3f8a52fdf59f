import { z } from "zod";
import { AUTH_CHECKS, type KeptFigure } from "./kept-figures";
import type { OverviewFilters } from "./overview-scope";
import { addTallies, daysBetween, emptyTally, MAX_PERIOD_DAYS, periodDays, type DayTally } from "./overview-values";

// What GET /api/overview answers, and how the page reads it.

const tallySchema = z.object({
  total: z.number(),
  byDisposition: z.record(z.string(), z.number()),
  unreadable: z.number(),
  authFailures: z.object({ spf: z.number(), dkim: z.number(), dmarc: z.number() }),
  quarantined: z.number(),
  moved: z.number(),
  released: z.number(),
  /** Per disposition, the detections of each UTC hour of the day (a day's tally only), for days in another zone. */
  hourly: z.record(z.string(), z.array(z.number())).optional(),
});

const ranking = z.array(z.object({ name: z.string(), count: z.number() }));

export const overviewAnswerSchema = z.object({
  period: z.number(),
  /** What is counted besides the period: a recipient's or a sender's detections (an address or a domain). */
  filters: z.object({ recipient: z.string().optional(), sender: z.string().optional() }),
  /** Each day of the period, oldest first; its tally once counted. */
  days: z.array(z.object({ day: z.string(), tally: tallySchema.nullable() })),
  /** The counted days of the period added up. */
  totals: tallySchema,
  /** The period before, of the same length, once every day of it is counted. */
  previous: tallySchema.nullable(),
  /** Days still to count (of both periods), messages read so far, and the last failure, if any. */
  counting: z.object({ pendingDays: z.number(), messagesRead: z.number(), failure: z.string().nullable() }),
  /** When the oldest of the period's counts was made. */
  countedSince: z.string().nullable(),
  /** The most targeted recipients, sender domains and threat categories of the counted days; `capped` when a day had more names than it kept. */
  top: z.object({ recipients: ranking, senderDomains: ranking, categories: ranking, capped: z.boolean() }),
  /** The team's triage of the period's messages (from the database). */
  triage: z.object({ byStatus: z.record(z.string(), z.number()), verdicts: z.record(z.string(), z.number()), medianResolutionMs: z.number().nullable() }),
});
export type OverviewAnswer = z.infer<typeof overviewAnswerSchema>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a day, YYYY-MM-DD").refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "must be a day that exists");

/** A filter; left empty (as a form sends it), absent. */
const filter = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(200, "must be at most 200 characters").optional());

/** The last 7 or 30 days (`period`), or the UTC days `first` to `last` (both, at most MAX_PERIOD_DAYS, none after today). */
export const overviewQuerySchema = z
  .object({
    period: z.enum(["7", "30"], { error: "must be 7 or 30 (days)" }).optional(),
    first: day.optional(),
    last: day.optional(),
    recipient: filter,
    sender: filter,
  })
  .refine((query) => (query.first === undefined) === (query.last === undefined), { path: ["last"], message: "a custom period needs its first and its last day" })
  .refine((query) => !query.first || !query.last || query.first <= query.last, { path: ["first"], message: "must come before the last day" })
  .refine((query) => !query.last || query.last <= new Date().toISOString().slice(0, 10), { path: ["last"], message: "may not be after today" })
  .refine((query) => !query.first || !query.last || Date.parse(`${query.last}T00:00:00Z`) - Date.parse(`${query.first}T00:00:00Z`) < MAX_PERIOD_DAYS * 86_400_000, {
    path: ["last"],
    message: `must be at most ${MAX_PERIOD_DAYS} days after the first`,
  });
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

/** The days a query asks for, oldest first. */
export function filtersOf(query: OverviewQuery): OverviewFilters {
  return { ...(query.recipient ? { recipient: query.recipient } : {}), ...(query.sender ? { sender: query.sender } : {}) };
}

export function daysOf(query: OverviewQuery, now = Date.now()): string[] {
  if (query.first && query.last) return daysBetween(query.first, query.last);
  return periodDays(query.period === "7" ? 7 : 30, now);
}

export function sumOf(tallies: readonly (DayTally | null)[]): DayTally {
  return tallies.reduce<DayTally>((sum, tally) => (tally ? addTallies(sum, tally) : sum), emptyTally());
}

/** The messages of a figure the search cannot reproduce (lib/overview/kept-figures.ts), over days the overview counted. */
export const listedQuerySchema = z
  .object({
    /** The figure: exactly one of a disposition, a threat category, a failed check. */
    disposition: z.string().min(1, "must be a disposition").max(40, "must be a disposition").optional(),
    category: z.string().min(1, "must be a threat category").max(200, "must be at most 200 characters").optional(),
    auth: z.enum(AUTH_CHECKS, { error: "must be spf, dkim or dmarc" }).optional(),
    first: day,
    last: day,
    recipient: filter,
    sender: filter,
    /** Within those days, only messages scanned from `from` to `to` (a day of another time zone). */
    from: z.iso.datetime({ error: "must be an ISO 8601 time in UTC" }).optional(),
    to: z.iso.datetime({ error: "must be an ISO 8601 time in UTC" }).optional(),
  })
  .refine((query) => query.first <= query.last, { path: ["first"], message: "must come before the last day" })
  .refine((query) => Date.parse(`${query.last}T00:00:00Z`) - Date.parse(`${query.first}T00:00:00Z`) <= MAX_PERIOD_DAYS * 86_400_000, { path: ["last"], message: `must be at most ${MAX_PERIOD_DAYS} days after the first` })
  .transform(({ disposition, category, auth, ...rest }, context) => {
    const named: KeptFigure[] = [...(disposition !== undefined ? [{ disposition }] : []), ...(category !== undefined ? [{ category }] : []), ...(auth !== undefined ? [{ auth }] : [])];
    const [figure] = named;
    if (named.length !== 1 || !figure) {
      context.addIssue({ code: "custom", path: ["disposition"], message: "or category or auth: exactly one of them names the figure" });
      return z.NEVER;
    }
    return { figure, ...rest };
  });
export type ListedQuery = z.infer<typeof listedQuerySchema>;
