"use client";

import { useTable, type ColumnOrderState, type ColumnVisibilityState, type Updater } from "@tanstack/react-table";
import { useMemo } from "react";
import { columnPrefsStore, parseColumnPrefs, reconcileOrder, saveColumnPrefs } from "@/lib/preferences/columns";
import { useStoredValue } from "@/lib/preferences/stored-value";
import type { ResultRow } from "@/lib/queries/result-row";
import { getResultRowId, RESULT_COLUMN_IDS, resultColumns, resultFeatures } from "./columns";

const resolve = <T,>(updater: Updater<T>, current: T): T => (typeof updater === "function" ? (updater as (old: T) => T)(current) : updater);

/** The results table, its column order and visibility owned by the browser's saved preferences. */
export function useResultsTable(rows: ResultRow[]) {
  const raw = useStoredValue(columnPrefsStore);
  const { columnOrder, columnVisibility } = useMemo(() => {
    const prefs = parseColumnPrefs(raw);
    const hidden = (prefs?.hidden ?? []).filter((id) => RESULT_COLUMN_IDS.includes(id));
    return {
      columnOrder: reconcileOrder(prefs?.order ?? [], RESULT_COLUMN_IDS),
      columnVisibility: Object.fromEntries(hidden.map((id) => [id, false])) as ColumnVisibilityState,
    };
  }, [raw]);

  return useTable({
    features: resultFeatures,
    columns: resultColumns,
    data: rows,
    getRowId: getResultRowId,
    state: { columnOrder, columnVisibility },
    onColumnOrderChange: (updater: Updater<ColumnOrderState>) =>
      saveColumnPrefs({ order: resolve(updater, columnOrder), hidden: hiddenIds(columnVisibility) }),
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) =>
      saveColumnPrefs({ order: columnOrder, hidden: hiddenIds(resolve(updater, columnVisibility)) }),
  });
}

function hiddenIds(visibility: ColumnVisibilityState): string[] {
  return Object.entries(visibility)
    .filter(([, visible]) => visible === false)
    .map(([id]) => id);
}

export type ResultsTableInstance = ReturnType<typeof useResultsTable>;
