"use client";

import { Button } from "@/components/ui/button";
import { downloadText } from "@/lib/export/download";
import { exportFileName, rowsToCsv, rowsToJson } from "@/lib/export/rows-export";
import type { ResultRow } from "@/lib/queries/result-row";
import { useTimeZoneMode } from "@/lib/preferences/time-zone-store";

/** The loaded rows as CSV or JSON, times in the zone the page shows. */
export function ExportButtons({ rows, searchQuery }: { rows: readonly ResultRow[]; searchQuery: string }) {
  const mode = useTimeZoneMode();
  const disabled = rows.length === 0;
  return (
    <div className="flex gap-2" role="group" aria-label="Export the loaded rows">
      <Button disabled={disabled} onClick={() => downloadText(rowsToCsv(rows, mode), exportFileName("csv"), "text/csv;charset=utf-8")}>
        Export CSV
      </Button>
      <Button
        disabled={disabled}
        onClick={() => downloadText(rowsToJson(rows, mode, { search: searchQuery, exportedAt: new Date() }), exportFileName("json"), "application/json")}
      >
        Export JSON
      </Button>
    </div>
  );
}
