"use client";

import { use } from "react";
import { Badge, TEXT_TONES, type BadgeTone } from "@/components/ui/badge";
import { formatTime, zoneName } from "@/lib/preferences/time-zone";
import type { ResultRow } from "@/lib/queries/result-row";
import { TableTimeZone } from "./table-time-zone";

// Cell contents. Everything from an email (names, addresses, subjects) is rendered as React text, which
// escapes it: a subject of `<script>` shows those characters and runs nothing. A cell adds as few elements
// as it can (the <td> cuts the text and holds the hover title, see columns.tsx): scrolling mounts a dozen
// rows a frame, and every element is paid for in creating, styling, laying out and painting it.

/** Cut text with an ellipsis. `overflow: clip` rather than Tailwind's `truncate` (overflow: hidden): a
 *  hidden overflow makes every cell a scroll container with its own paint layer, which is laid out,
 *  pre-painted and layerised anew for each of the dozen rows a frame that scrolling brings in. */
export const CUT = "overflow-clip text-ellipsis whitespace-nowrap";

export function textOr(value: string | null, fallback = "—"): string {
  return value || fallback;
}

export function joined(values: readonly string[]): string {
  return values.join(", ");
}

export function TimeCell({ iso }: { iso: string | null }) {
  const mode = use(TableTimeZone);
  if (!iso) return "—";
  const other = mode === "utc" ? "local" : "utc";
  return (
    <time dateTime={iso} title={`${formatTime(iso, other)} ${zoneName(other)}`} className="tabular-nums">
      {formatTime(iso, mode)}
    </time>
  );
}

export function senderTitle(row: ResultRow): string | undefined {
  return [row.from_name, row.from && `<${row.from}>`].filter(Boolean).join(" ") || undefined;
}

export function SenderCell({ row }: { row: ResultRow }) {
  return (
    <>
      <span className={`block ${CUT} font-medium`}>{row.from_name || row.from || "—"}</span>
      {row.from_name && row.from && <span className={`block ${CUT} text-xs text-zinc-600 dark:text-zinc-400`}>{row.from}</span>}
    </>
  );
}

const DISPOSITION_TONES: Record<string, BadgeTone> = {
  MALICIOUS: "red",
  "MALICIOUS-BEC": "red",
  SUSPICIOUS: "orange",
  SPOOF: "violet",
  SPAM: "amber",
  BULK: "blue",
};

export function dispositionTone(disposition: string | null): BadgeTone {
  return (disposition && DISPOSITION_TONES[disposition]) || "zinc";
}

export function DispositionBadge({ disposition }: { disposition: string | null }) {
  return <Badge tone={dispositionTone(disposition)}>{disposition ?? "NONE"}</Badge>;
}

/** The disposition in its tone, as the cell's own text (columns.tsx gives the <td> the tone). */
export function dispositionClass(row: ResultRow): string {
  return `text-xs font-medium ${TEXT_TONES[dispositionTone(row.final_disposition)]}`;
}

const CHECKS = [
  ["SPF", "spf"],
  ["DKIM", "dkim"],
  ["DMARC", "dmarc"],
] as const;

/** SPF, DKIM and DMARC as one text: each check names its outcome, so the cell's single tone (the worst
 *  outcome's) only adds to what the words say. */
export function authText(validation: ResultRow["validation"]): string {
  return CHECKS.map(([name, key]) => `${name} ${validation[key] ?? "–"}`).join(" · ");
}

export function authTitle(row: ResultRow): string {
  return CHECKS.map(([name, key]) => `${name}: ${row.validation[key] ?? "not reported"}`).join(", ");
}

function authTone(validation: ResultRow["validation"]): BadgeTone {
  const results = CHECKS.map(([, key]) => validation[key]);
  if (results.some((result) => result === "fail" || result === "error")) return "red";
  return results.every((result) => result === "pass") ? "green" : "zinc";
}

export function authClass(row: ResultRow): string {
  return `text-xs font-medium ${TEXT_TONES[authTone(row.validation)]}`;
}
