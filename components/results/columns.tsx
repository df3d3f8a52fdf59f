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
import { AuthBadges, DispositionBadge, joined, SenderCell, senderTitle, textOr, TimeCell } from "./cells";

// The result columns. Features and columns live at module scope so the table's models stay stable
// (TanStack Table v9: unstable inputs rebuild every row model on each render). `meta.title` is the whole
// value, shown on hover over the cell, which cuts it with an ellipsis.

export const resultFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnMeta: metaHelper<{ label: string; title?: (row: ResultRow) => string | undefined }>(),
});

const helper = createColumnHelper<typeof resultFeatures, ResultRow>();

export const resultColumns = helper.columns([
  helper.accessor("scanned_at", {
    id: "time",
    header: "Time",
    size: 172,
    meta: { label: "Time" },
    cell: (ctx) => <TimeCell iso={ctx.getValue()} />,
  }),
  helper.display({
    id: "sender",
    header: "Sender",
    size: 240,
    meta: { label: "Sender", title: senderTitle },
    cell: (ctx) => <SenderCell row={ctx.row.original} />,
  }),
  helper.accessor("to", {
    id: "recipients",
    header: "Recipients",
    size: 200,
    meta: { label: "Recipients", title: (row) => joined(row.to) || undefined },
    cell: (ctx) => joined(ctx.getValue()) || "—",
  }),
  helper.accessor("subject", {
    id: "subject",
    header: "Subject",
    size: 340,
    meta: { label: "Subject", title: (row) => row.subject || undefined },
    cell: (ctx) => textOr(ctx.getValue(), "(no subject)"),
  }),
  helper.accessor("final_disposition", {
    id: "disposition",
    header: "Disposition",
    size: 130,
    meta: { label: "Disposition" },
    cell: (ctx) => <DispositionBadge disposition={ctx.getValue()} />,
  }),
  helper.accessor("validation", {
    id: "authentication",
    header: "SPF · DKIM · DMARC",
    size: 250,
    meta: { label: "SPF · DKIM · DMARC" },
    cell: (ctx) => <AuthBadges validation={ctx.getValue()} />,
  }),
  helper.accessor("threat_categories", {
    id: "threats",
    header: "Threat categories",
    size: 180,
    meta: { label: "Threat categories", title: (row) => joined(row.threat_categories) || undefined },
    cell: (ctx) => joined(ctx.getValue()) || "—",
  }),
  helper.accessor("is_quarantined", {
    id: "quarantined",
    header: "Quarantined",
    size: 110,
    meta: { label: "Quarantined" },
    cell: (ctx) => (ctx.getValue() ? "Yes" : "No"),
  }),
  helper.accessor("delivery_mode", {
    id: "delivery",
    header: "Delivery mode",
    size: 130,
    meta: { label: "Delivery mode", title: (row) => row.delivery_mode || undefined },
    cell: (ctx) => textOr(ctx.getValue()),
  }),
  helper.accessor("alert_id", {
    id: "alert",
    header: "Alert id",
    size: 170,
    meta: { label: "Alert id", title: (row) => row.alert_id || undefined },
    cell: (ctx) => textOr(ctx.getValue()),
  }),
]);

export const RESULT_COLUMN_IDS = resultColumns.map((column) => column.id ?? "");

export function getResultRowId(row: ResultRow): string {
  return row.id;
}
