"use client";

import { Button } from "@/components/ui/button";
import { moveColumn, resetColumnPrefs, saveColumnPrefs, setColumnVisible } from "@/lib/preferences/columns";
import { resetColumnWidths } from "@/lib/preferences/column-widths";
import { columnLabel } from "@/lib/results/result-columns";
import { useResultColumnPrefs } from "./use-column-prefs";

/** The open column menu: a checkbox and two moves per column, and a reset. */
export function ColumnList() {
  const prefs = useResultColumnPrefs();
  const { order, hidden } = prefs;
  const visibleCount = order.length - hidden.length;
  return (
    <div className="w-72 p-0.5">
      <ul aria-label="Columns" className="space-y-1">
        {order.map((id, index) => {
          const label = columnLabel(id);
          const visible = !hidden.includes(id);
          return (
            <li key={id} className="flex items-center gap-2 text-sm">
              <label className="flex flex-1 items-center gap-2">
                <input
                  type="checkbox"
                  checked={visible}
                  disabled={visible && visibleCount === 1}
                  onChange={(event) => saveColumnPrefs(setColumnVisible(prefs, id, event.target.checked))}
                />
                {label}
              </label>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5"
                aria-label={`Move ${label} left`}
                disabled={index === 0}
                onClick={() => saveColumnPrefs({ order: moveColumn(order, id, -1), hidden })}
              >
                ↑
              </Button>
              <Button
                variant="ghost"
                className="px-1.5 py-0.5"
                aria-label={`Move ${label} right`}
                disabled={index === order.length - 1}
                onClick={() => saveColumnPrefs({ order: moveColumn(order, id, 1), hidden })}
              >
                ↓
              </Button>
            </li>
          );
        })}
      </ul>
      <Button
        variant="ghost"
        className="mt-2 w-full justify-center"
        onClick={() => {
          resetColumnPrefs();
          resetColumnWidths({});
        }}
      >
        Reset columns
      </Button>
    </div>
  );
}
