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
import { authClass, authText, authTitle, dispositionClass, joined, mailText, mailTitle, recipientsText, recipientsTitle, SenderCell, senderTitle, textOr, TimeCell } from "./cells";
import { RESULT_COLUMN_LABELS as LABELS } from "./column-labels";

// The result columns. Features and columns live at module scope so the table's models stay stable
// (TanStack Table v9: unstable inputs rebuild every row model on each render). Their ids, default order
// and labels are column-labels.ts's. `meta.title` is the whole value, shown on hover over the cell, which
// cuts it with an ellipsis.

export const resultFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnMeta: metaHelper<{
    title?: (row: ResultRow) => string | undefined;
    /** The <td>'s text classes, when not the default text-sm: a cell styled through its <td> needs no
     *  element of its own (the disposition and authentication were badges, four elements a row). */
    cellClass?: (row: ResultRow) => string;
  }>(),
});

const helper = createColumnHelper<typeof resultFeatures, ResultRow>();

export const resultColumns = helper.columns([
  helper.accessor("scanned_at", {
    id: "time",
    header: LABELS.time,
    size: 172,
    cell: (ctx) => <TimeCell iso={ctx.getValue()} />,
  }),
  helper.display({
    id: "sender",
    header: LABELS.sender,
    size: 240,
    meta: { title: senderTitle },
    cell: (ctx) => <SenderCell row={ctx.row.original} />,
  }),
  helper.accessor("to", {
    id: "recipients",
    header: LABELS.recipients,
    size: 200,
    meta: { title: (row) => recipientsTitle(row.to) },
    cell: (ctx) => recipientsText(ctx.getValue()),
  }),
  helper.accessor("subject", {
    id: "subject",
    header: LABELS.subject,
    size: 340,
    meta: { title: (row) => mailTitle(row.subject) },
    cell: (ctx) => mailText(ctx.getValue(), "text", "(no subject)"),
  }),
  helper.accessor("final_disposition", {
    id: "disposition",
    header: LABELS.disposition,
    size: 130,
    meta: { cellClass: dispositionClass },
    cell: (ctx) => ctx.getValue() ?? "NONE",
  }),
  helper.accessor("validation", {
    id: "authentication",
    header: LABELS.authentication,
    size: 250,
    meta: { title: authTitle, cellClass: authClass },
    cell: (ctx) => authText(ctx.getValue()),
  }),
  helper.accessor("threat_categories", {
    id: "threats",
    header: LABELS.threats,
    size: 180,
    meta: { title: (row) => mailTitle(joined(row.threat_categories)) },
    cell: (ctx) => mailText(joined(ctx.getValue())),
  }),
  helper.accessor("is_quarantined", {
    id: "quarantined",
    header: LABELS.quarantined,
    size: 110,
    cell: (ctx) => (ctx.getValue() ? "Yes" : "No"),
  }),
  helper.accessor("delivery_mode", {
    id: "delivery",
    header: LABELS.delivery,
    size: 130,
    meta: { title: (row) => row.delivery_mode || undefined },
    cell: (ctx) => textOr(ctx.getValue()),
  }),
  helper.accessor("alert_id", {
    id: "alert",
    header: LABELS.alert,
    size: 170,
    meta: { title: (row) => row.alert_id || undefined },
    cell: (ctx) => textOr(ctx.getValue()),
  }),
]);

export function getResultRowId(row: ResultRow): string {
  return row.id;
}
