import { toCsv } from "@/lib/csv";
import type { OverviewAnswer } from "./overview-answer";
import type { DayTally } from "./overview-values";

// The overview as CSV, for a monthly report: a row per UTC day, then the period's total and the period
// before's, each with its detections by disposition, authentication failures and where the mail is.

export function overviewCsv(answer: OverviewAnswer, dispositions: readonly string[]): string {
  const header = ["day (UTC)", ...dispositions, "total", "SPF fail", "DKIM fail", "DMARC fail", "quarantined", "moved", "released"];
  const row = (label: string, tally: Omit<DayTally, "listed"> | null) =>
    tally
      ? [
          label,
          ...dispositions.map((name) => String(tally.byDisposition[name] ?? 0)),
          String(tally.total),
          String(tally.authFailures.spf),
          String(tally.authFailures.dkim),
          String(tally.authFailures.dmarc),
          String(tally.quarantined),
          String(tally.moved),
          String(tally.released),
        ]
      : [label, ...dispositions.map(() => ""), "not counted yet"];
  return toCsv(header, [...answer.days.map((day) => row(day.day, day.tally)), row("period total", answer.totals), row("period before", answer.previous)]);
}
