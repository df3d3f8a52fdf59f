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

export function DispositionBreakdown({ rows }: { rows: readonly ResultRow[] }) {
  const counts = useMemo(() => countByDisposition(rows), [rows]);
  if (rows.length === 0) return null;
  const max = Math.max(...counts.map(([, count]) => count));
  return (
    <section aria-labelledby="breakdown-heading" className="min-w-64">
      <h2 id="breakdown-heading" className="text-sm font-semibold">
        By disposition <span className="font-normal text-zinc-600 dark:text-zinc-400">(the {rows.length.toLocaleString("en-US")} loaded rows)</span>
      </h2>
      <ul className="mt-1 space-y-0.5" aria-label="Loaded rows by disposition">
        {counts.map(([disposition, count]) => (
          <li key={disposition} data-disposition={disposition} className="grid grid-cols-[8rem_4rem_1fr] items-center gap-2 text-xs">
            <span className="truncate">{disposition}</span>
            <span className="text-right tabular-nums" data-count>
              {count.toLocaleString("en-US")}
            </span>
            <span className="h-2 rounded bg-zinc-200 dark:bg-zinc-800" aria-hidden="true">
              <span className={`block h-2 rounded ${BAR_COLOURS[disposition] ?? "bg-zinc-500"}`} style={{ width: `${(count / max) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
