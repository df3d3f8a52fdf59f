"use client";

import { useTable, type ColumnVisibilityState } from "@tanstack/react-table";
import { useMemo } from "react";
import type { ResultRow } from "@/lib/queries/result-row";
import { getResultRowId, resultColumns, resultFeatures } from "./columns";
import { useResultColumnPrefs } from "./use-column-prefs";

/** The results table, its column order and visibility read from the browser's saved preferences, which
 *  the column menu writes (the table itself never changes them). */
export function useResultsTable(rows: ResultRow[]) {
  const { order, hidden } = useResultColumnPrefs();
  const columnVisibility = useMemo(() => Object.fromEntries(hidden.map((id) => [id, false])) as ColumnVisibilityState, [hidden]);

  return useTable({
    features: resultFeatures,
    columns: resultColumns,
    data: rows,
    getRowId: getResultRowId,
    state: { columnOrder: order, columnVisibility },
  });
}
