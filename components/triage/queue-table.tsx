"use client";

import Link from "next/link";
import { focusRing } from "@/components/ui/button";
import { Time } from "@/components/ui/time";
import { UntrustedText } from "@/components/ui/untrusted-text";
import type { QueueAnswerRow } from "@/lib/triage/queue-answer";
import { STATUS_LABELS, VERDICT_LABELS } from "@/lib/triage/triage-values";
import { routes } from "@/lib/routes";
import type { RowSelection } from "@/components/selection/row-selection";
import { SelectAll } from "@/components/selection/select-all";

/** The queue's messages: what was kept of each at its first change, and where its triage stands; each
 *  with a checkbox to pick it for a bulk change (shift picks the range from the last one picked). */
export function QueueTable({ rows, selection }: { rows: QueueAnswerRow[]; selection: RowSelection }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Messages in the queue</caption>
      <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
        <tr>
          <th scope="col" className="w-8 py-2 pr-3">
            <SelectAll selection={selection} />
          </th>
          {["Received", "Subject", "From", "To", "Disposition", "Status", "Assignee", "Verdict", "Changed"].map((name) => (
            <th key={name} scope="col" className="py-2 pr-3 font-medium">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.messageId} className="border-b border-zinc-100 align-top dark:border-zinc-900" data-message-id={row.messageId}>
            <td className="py-2 pr-3">
              <input
                type="checkbox"
                aria-label={`Select row ${index + 1}`}
                checked={selection.has(row.messageId)}
                onChange={() => {}}
                onClick={(event) => selection.toggle(index, event.shiftKey)}
                className={`size-4 ${focusRing}`}
              />
            </td>
            <td className="py-2 pr-3 whitespace-nowrap">
              <Time iso={row.receivedAt} />
            </td>
            <td className="max-w-md py-2 pr-3">
              <Link href={routes.message(row.messageId)} className={`text-blue-700 underline-offset-2 hover:underline dark:text-blue-400 ${focusRing}`}>
                {row.subject ? <UntrustedText text={row.subject} /> : "(no subject)"}
              </Link>
            </td>
            <td className="max-w-xs py-2 pr-3 break-all">{row.sender ? <UntrustedText text={row.sender} kind="address" /> : "—"}</td>
            <td className="max-w-xs py-2 pr-3 break-all">
              {row.recipients.length > 0 ? <UntrustedText text={row.recipients.slice(0, 3).join(", ") + (row.recipients.length > 3 ? ` +${row.recipients.length - 3}` : "")} kind="address" /> : "—"}
            </td>
            <td className="py-2 pr-3">{row.disposition ?? "—"}</td>
            <td className="py-2 pr-3">{STATUS_LABELS[row.status]}</td>
            <td className="py-2 pr-3">{row.assignee?.name ?? "Nobody"}</td>
            <td className="py-2 pr-3">{row.verdict ? VERDICT_LABELS[row.verdict] : "—"}</td>
            <td className="py-2 pr-3 whitespace-nowrap">
              <Time iso={row.changedAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
