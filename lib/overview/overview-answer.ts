import { z } from "zod";
import { addTallies, emptyTally, type DayTally } from "./overview-values";

// What GET /api/overview answers, and how the page reads it.

const tallySchema = z.object({
  total: z.number(),
  byDisposition: z.record(z.string(), z.number()),
  unreadable: z.number(),
  authFailures: z.object({ spf: z.number(), dkim: z.number(), dmarc: z.number() }),
  quarantined: z.number(),
  moved: z.number(),
  released: z.number(),
});

export const overviewAnswerSchema = z.object({
  period: z.number(),
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
});
export type OverviewAnswer = z.infer<typeof overviewAnswerSchema>;

export const overviewQuerySchema = z.object({
  period: z.enum(["7", "30"], { error: "must be 7 or 30 (days)" }).optional(),
});

export function sumOf(tallies: readonly (DayTally | null)[]): DayTally {
  return tallies.reduce<DayTally>((sum, tally) => (tally ? addTallies(sum, tally) : sum), emptyTally());
}
