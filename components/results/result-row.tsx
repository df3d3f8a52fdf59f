"use client";

import { memo, type ReactNode } from "react";
import type { Cell, Row } from "@tanstack/react-table";
import { focusRing } from "@/components/ui/button";
import type { ResultRow as ResultRowData } from "@/lib/queries/result-row";
import { CUT } from "./cells";
import type { resultFeatures } from "./columns";

export const ROW_HEIGHT = 48;

type Props = {
  row: Row<typeof resultFeatures, ResultRowData>;
  index: number;
  href: string;
  selected: boolean;
  /** The column holding the row's link: the subject, or the first column shown when it is hidden. */
  linkColumn: string;
  /** Changes whenever the visible columns or their order change, so the memo lets the row re-render. */
  columnsKey: string;
  /** Moves when a row's triage changed (components/triage/triage-states.ts): the triage cells read it anew. */
  triageVersion: number;
  /** Whether the row is picked for a bulk change (its checkbox; the table body handles the clicks). */
  checked: boolean;
};

/** One result. Its clicks and focus are handled by the table body (use-row-events.ts), so a row is only
 *  elements: it is created a dozen times a frame while the list scrolls. */
function ResultRowView({ row, index, href, selected, linkColumn, checked }: Props) {
  const { unreadable } = row.original;
  if (unreadable) return <UnreadableRow index={index} rowId={row.id} columns={row.getVisibleCells().length} note={unreadable} selected={selected} />;
  return (
    <tr
      aria-rowindex={index + 2}
      data-row-id={row.id}
      data-selected={selected || undefined}
      style={{ height: ROW_HEIGHT }}
      className="cursor-pointer hover:bg-zinc-50 data-selected:bg-blue-50 data-selected:outline-2 data-selected:-outline-offset-2 data-selected:outline-blue-600 dark:hover:bg-zinc-900 dark:data-selected:bg-blue-950"
    >
      <td className={`border-b border-zinc-200 text-center align-middle dark:border-zinc-800`}>
        <input type="checkbox" data-pick="" checked={checked} onChange={IGNORE} aria-label={`Select row ${index + 1}`} className={`size-4 ${focusRing}`} />
      </td>
      {row.getVisibleCells().map((cell) => (
        <td
          key={cell.id}
          title={cell.column.columnDef.meta?.title?.(row.original)}
          className={`${CUT} border-b border-zinc-200 px-2 align-middle dark:border-zinc-800 ${cell.column.columnDef.meta?.cellClass?.(row.original) ?? "text-sm"}`}
        >
          {cell.column.id === linkColumn ? (
            <a href={href} className={`block ${CUT} rounded-sm font-medium text-blue-800 hover:underline dark:text-blue-300 ${focusRing}`}>
              {renderCell(cell)}
            </a>
          ) : (
            renderCell(cell)
          )}
        </td>
      ))}
    </tr>
  );
}

/** A result Cloudflare sent that cannot be shown, said in one cell across the row. It holds no link, so
 *  the table body's click and focus handling (use-row-events.ts) passes it by. */
function UnreadableRow({ index, rowId, columns, note, selected }: { index: number; rowId: string; columns: number; note: { reason: string; id: string | null }; selected: boolean }) {
  return (
    <tr aria-rowindex={index + 2} data-row-id={rowId} data-unreadable="" data-selected={selected || undefined} style={{ height: ROW_HEIGHT }} className="bg-amber-50 dark:bg-amber-950">
      <td className="border-b border-zinc-200 dark:border-zinc-800" />
      <td colSpan={columns} className={`${CUT} border-b border-zinc-200 px-2 align-middle text-sm text-amber-900 dark:border-zinc-800 dark:text-amber-100`} title={note.reason}>
        <span className="font-semibold">This result cannot be shown.</span> {note.reason}
        {note.id !== null && (
          <>
            {" "}
            Id: <bdi className="font-mono">{note.id}</bdi>
          </>
        )}
      </td>
    </tr>
  );
}

/** The checkbox is controlled by the selection, changed by the table body's click handler. */
const IGNORE = () => {};

/** The column's cell renderer called as a function, where <FlexRender> would mount it as a component:
 *  two components fewer per cell, twenty per row. The renderers (columns.tsx) use no hooks themselves. */
function renderCell(cell: Cell<typeof resultFeatures, ResultRowData>): ReactNode {
  const render = cell.column.columnDef.cell;
  return typeof render === "function" ? render(cell.getContext()) : render;
}

export const ResultRowMemo = memo(
  ResultRowView,
  (before, after) =>
    before.row.original === after.row.original &&
    before.index === after.index &&
    before.href === after.href &&
    before.selected === after.selected &&
    before.linkColumn === after.linkColumn &&
    before.columnsKey === after.columnsKey &&
    before.triageVersion === after.triageVersion &&
    before.checked === after.checked,
);
