"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import type { QueueAnswerRow } from "@/lib/triage/queue-answer";
import { BulkRemediation } from "@/components/remediation/bulk-remediation";
import { BulkTriage } from "./bulk-triage";
import { QueueTable } from "./queue-table";
import { useRowSelection } from "@/components/selection/row-selection";

/** A page of the queue with its bulk change: the rows picked survive the page's own refreshes. */
export function QueueList({ rows, listKey, viewer }: { rows: QueueAnswerRow[]; listKey: string; viewer: { id: string; role: "analyst" | "manager" } }) {
  const router = useRouter();
  const ids = useMemo(() => rows.map((row) => row.messageId), [rows]);
  const selection = useRowSelection(ids, listKey);
  if (rows.length === 0) return <p className="text-sm text-zinc-700 dark:text-zinc-300">No message is in this view.</p>;
  return (
    <div className="flex flex-col gap-3">
      <BulkTriage key={listKey} selection={selection} viewer={viewer} onApplied={() => router.refresh()} />
      {selection.ids.length > 0 && viewer.role === "analyst" ? (
        <BulkRemediation key={`act-${listKey}`} target={{ kind: "rows", ids: selection.ids }} subjectOf={(id) => rows.find((row) => row.messageId === id)?.subject ?? null} />
      ) : null}
      <QueueTable rows={rows} selection={selection} />
    </div>
  );
}
