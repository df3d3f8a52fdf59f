import type { AuditRow } from "@/lib/audit/audit-table";

type Row = Omit<AuditRow, "at"> & { at: string };

const OUTCOME_STYLE: Record<string, string> = {
  ok: "text-emerald-800 dark:text-emerald-300",
  failed: "text-red-700 dark:text-red-400",
  error: "text-red-700 dark:text-red-400",
  forbidden: "text-amber-800 dark:text-amber-300",
  unauthenticated: "text-amber-800 dark:text-amber-300",
};

/** The trail's events, newest first. Every value is text from the table, shown inert (React escapes it). */
export function AuditTable({ rows }: { rows: readonly Row[] }) {
  if (rows.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No event matches this filter.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead className="border-b border-zinc-200 text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            {["Time (UTC)", "Who", "Event", "Outcome", "What", "Status", "Details"].map((label) => (
              <th key={label} className="py-2 pr-3 font-medium whitespace-nowrap">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-zinc-100 align-top dark:border-zinc-900">
              <td className="py-1.5 pr-3 whitespace-nowrap tabular-nums">
                <time dateTime={row.at}>{row.at.slice(0, 19).replace("T", " ")}</time>
              </td>
              <td className="py-1.5 pr-3">
                {row.whoId ?? "—"}
                {row.whoRole && <span className="text-zinc-600 dark:text-zinc-400"> ({row.whoRole})</span>}
              </td>
              <td className="py-1.5 pr-3 font-mono text-xs">{row.event}</td>
              <td className={`py-1.5 pr-3 ${OUTCOME_STYLE[row.outcome] ?? ""}`}>{row.outcome}</td>
              <td className="max-w-xs py-1.5 pr-3 break-all">{row.what ?? ""}</td>
              <td className="py-1.5 pr-3 tabular-nums">{row.status ?? ""}</td>
              <td className="max-w-md py-1.5 font-mono text-xs break-all text-zinc-700 dark:text-zinc-300">
                {Object.keys(row.detail).length > 0 ? JSON.stringify(row.detail) : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
