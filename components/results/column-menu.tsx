"use client";

import { Button, buttonClass } from "@/components/ui/button";
import { LazyDetails } from "@/components/ui/lazy-details";
import { moveColumn, resetColumnPrefs } from "@/lib/preferences/columns";
import type { ResultsTableInstance } from "./use-results-table";

/** Show, hide and reorder the result columns; the table saves the choice in this browser. */
export function ColumnMenu({ table }: { table: ResultsTableInstance }) {
  return (
    <LazyDetails className="relative" summary={<summary className={buttonClass("secondary", "cursor-pointer list-none")}>Columns</summary>}>
      <ColumnList table={table} />
    </LazyDetails>
  );
}

function ColumnList({ table }: { table: ResultsTableInstance }) {
  const columns = table.getAllLeafColumns();
  const order = columns.map((column) => column.id);
  const visibleCount = columns.filter((column) => column.getIsVisible()).length;
  return (
    <div className="absolute right-0 z-20 mt-1 w-72 rounded border border-zinc-300 bg-white p-2 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
      <ul aria-label="Columns" className="space-y-1">
        {columns.map((column, index) => {
          const label = column.columnDef.meta?.label ?? column.id;
          const visible = column.getIsVisible();
          return (
            <li key={column.id} className="flex items-center gap-2 text-sm">
              <label className="flex flex-1 items-center gap-2">
                <input
                  type="checkbox"
                  checked={visible}
                  disabled={visible && visibleCount === 1}
                  onChange={(event) => column.toggleVisibility(event.target.checked)}
                />
                {label}
              </label>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5"
                aria-label={`Move ${label} left`}
                disabled={index === 0}
                onClick={() => table.setColumnOrder(moveColumn(order, column.id, -1))}
              >
                ↑
              </Button>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5"
                aria-label={`Move ${label} right`}
                disabled={index === columns.length - 1}
                onClick={() => table.setColumnOrder(moveColumn(order, column.id, 1))}
              >
                ↓
              </Button>
            </li>
          );
        })}
      </ul>
      <Button variant="ghost" className="mt-2 w-full justify-center" onClick={resetColumnPrefs}>
        Reset columns
      </Button>
    </div>
  );
}
