"use client";

import { useMemo } from "react";
import { DISPOSITIONS } from "@/lib/cloudflare/schemas/enums";
import type { ResultRow } from "@/lib/queries/result-row";

// Counts by disposition over the rows loaded so far. Cloudflare returns no totals, so this says plainly
// that it covers the loaded rows, not everything the search would match.

const BAR_COLOURS: Record<string, string> = {
  MALICIOUS: "bg-red-600",
  "MALICIOUS-BEC": "bg-red-800",
  SUSPICIOUS: "bg-orange-500",
  SPOOF: "bg-violet-600",
  SPAM: "bg-amber-500",
  BULK: "bg-blue-500",
};

export function countByDisposition(rows: readonly ResultRow[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.unreadable) continue;
    const key = row.final_disposition ?? "NONE";
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rank = (value: string) => {
    const index = (DISPOSITIONS as readonly string[]).indexOf(value);
    return index === -1 ? DISPOSITIONS.length : index;
  };
  return [...counts.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/** One line: a dot of the disposition's colour, its name and its count, for the rows loaded so far. */
export function DispositionBreakdown({ rows }: { rows: readonly ResultRow[] }) {
  const counts = useMemo(() => countByDisposition(rows), [rows]);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="breakdown-heading" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
      <h2 id="breakdown-heading" className="font-semibold">
        By disposition <span className="font-normal text-zinc-600 dark:text-zinc-400">(the {rows.length.toLocaleString("en-US")} loaded rows)</span>
      </h2>
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-1" aria-label="Loaded rows by disposition">
        {counts.map(([disposition, count]) => (
          <li key={disposition} data-disposition={disposition} className="flex items-center gap-1">
            <span aria-hidden="true" className={`inline-block size-2 rounded-full ${BAR_COLOURS[disposition] ?? "bg-zinc-500"}`} />
            <span>{disposition}</span>
            <span className="font-semibold tabular-nums" data-count>
              {count.toLocaleString("en-US")}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
