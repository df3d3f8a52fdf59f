"use client";

import {
  columnOrderingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  tableFeatures,
} from "@tanstack/react-table";
import type { ResultRow } from "@/lib/queries/result-row";
import { authClass, authText, authTitle, dispositionClass, joined, mailText, mailTitle, recipientsText, recipientsTitle, SenderCell, SubjectCell, senderTitle, textOr, TimeCell } from "./cells";
import { assigneeText, triageStatusText, verdictText } from "@/components/triage/triage-cells";
import { columnLabel, TABLE_COLUMNS } from "@/lib/results/result-columns";

// The result columns. Features and columns live at module scope so the table's models stay stable
// (TanStack Table v9: unstable inputs rebuild every row model on each render). Their ids, default order
// and labels are lib/results/result-columns.ts's; a column there with no renderer here shows its one
// field as text. `meta.title` is the whole value, shown on hover over the cell, which cuts it with an
// ellipsis.

export const resultFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnMeta: metaHelper<{
    title?: (row: ResultRow) => string | undefined;
    /** The <td>'s text classes, when not the default text-sm: a cell styled through its <td> needs no
     *  element of its own (the disposition and authentication were badges, four elements a row). */
    cellClass?: (row: ResultRow) => string;
    /** A text column that shrinks and grows with the page, never below this (lib/results/fit-columns.ts). */
    flexMin?: number;
  }>(),
});

const helper = createColumnHelper<typeof resultFeatures, ResultRow>();

const RENDERED = helper.columns([
  helper.accessor("scanned_at", {
    id: "time",
    header: columnLabel("time"),
    size: 172,
    cell: (ctx) => <TimeCell iso={ctx.getValue()} />,
  }),
  helper.display({
    id: "sender",
    header: columnLabel("sender"),
    size: 240,
    meta: { title: senderTitle, flexMin: 110 },
    cell: (ctx) => <SenderCell row={ctx.row.original} />,
  }),
  helper.accessor("to", {
    id: "recipients",
    header: columnLabel("recipients"),
    size: 200,
    meta: { title: (row) => recipientsTitle(row.to), flexMin: 100 },
    cell: (ctx) => recipientsText(ctx.getValue()),
  }),
  helper.accessor("subject", {
    id: "subject",
    header: columnLabel("subject"),
    size: 340,
    meta: { title: (row) => mailTitle(row.subject), flexMin: 170 },
    cell: (ctx) => <SubjectCell subject={ctx.getValue()} copies={ctx.row.original.copies} />,
  }),
  helper.accessor("final_disposition", {
    id: "disposition",
    header: columnLabel("disposition"),
    size: 120,
    meta: { cellClass: dispositionClass },
    cell: (ctx) => ctx.getValue() ?? "NONE",
  }),
  helper.accessor("validation", {
    id: "authentication",
    header: columnLabel("authentication"),
    size: 150,
    meta: { title: authTitle, cellClass: authClass },
    cell: (ctx) => authText(ctx.getValue()),
  }),
  helper.accessor("threat_categories", {
    id: "threats",
    header: columnLabel("threats"),
    size: 180,
    meta: { title: (row) => mailTitle(joined(row.threat_categories)), flexMin: 110 },
    cell: (ctx) => mailText(joined(ctx.getValue())),
  }),
  helper.accessor("is_quarantined", {
    id: "quarantined",
    header: columnLabel("quarantined"),
    size: 110,
    cell: (ctx) => (ctx.getValue() ? "Yes" : "No"),
  }),
  helper.accessor("delivery_mode", {
    id: "delivery",
    header: columnLabel("delivery"),
    size: 130,
    meta: { title: (row) => deliveryText(row) || undefined },
    // The mode, and where the message is now (delivered, moved, quarantined…): what an action changed.
    cell: (ctx) => textOr(deliveryText(ctx.row.original)),
  }),
  helper.display({ id: "triage-status", header: columnLabel("triage-status"), size: 96, cell: (ctx) => triageStatusText(ctx.row.original.id) }),
  helper.display({ id: "assignee", header: columnLabel("assignee"), size: 110, cell: (ctx) => assigneeText(ctx.row.original.id) }),
  helper.display({ id: "verdict", header: columnLabel("verdict"), size: 140, cell: (ctx) => verdictText(ctx.row.original.id) }),
  helper.accessor("alert_id", {
    id: "alert",
    header: columnLabel("alert"),
    size: 170,
    meta: { title: (row) => row.alert_id || undefined },
    cell: (ctx) => textOr(ctx.getValue()),
  }),
]);

/** A column shown plainly: its field as text, whole on hover. */
function plainColumn(id: string, field: keyof ResultRow) {
  const read = (row: ResultRow) => {
    const value = row[field];
    return typeof value === "string" ? value : null;
  };
  return helper.columns([
    helper.accessor(read, { id, header: columnLabel(id), size: 160, meta: { title: (row) => read(row) || undefined }, cell: (ctx) => textOr(ctx.getValue()) }),
  ]);
}

const rendered = new Map(RENDERED.map((column) => [column.id, column]));

export const resultColumns = TABLE_COLUMNS.flatMap((spec) => {
  const column = rendered.get(spec.id);
  return column ? [column] : plainColumn(spec.id, spec.fields[0] ?? "id");
});

export function getResultRowId(row: ResultRow): string {
  return row.id;
}

function deliveryText(row: { delivery_mode: string | null; delivery_status: readonly string[] }): string {
  return [row.delivery_mode, row.delivery_status.join(", ")].filter(Boolean).join(" · ");
}
