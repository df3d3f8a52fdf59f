"use client";

import { use, type ReactNode } from "react";
import { TEXT_TONES, type BadgeTone } from "@/components/ui/badge";
import { dispositionTone } from "@/components/ui/disposition-badge";
import { defangAs, plainAs, Revealed, type UntrustedKind } from "@/components/ui/untrusted-text";
import { hasHiddenCharacters } from "@/lib/investigate/hidden-characters";
import { TimeIn } from "@/components/ui/time";
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

/** Mail text in a cell, defanged. A cell is a block, so its own bidi paragraph: a right-to-left value
 *  cannot reorder its neighbours. Hidden characters cost one regex test; only a value that has them gets
 *  elements: a warning sign first (never cut off by the ellipsis) and each character as its code point. */
export function mailText(value: string | null, kind: UntrustedKind = "text", fallback = "—"): ReactNode {
  if (!value) return fallback;
  const shown = defangAs(kind, value);
  if (!hasHiddenCharacters(shown)) return shown;
  return (
    <>
      <span data-hidden-warning="" role="img" aria-label="Warning: hidden or direction-changing characters" title="Hidden or direction-changing characters" className="mr-1 text-red-700 dark:text-red-300">
        ⚠
      </span>
      {Revealed({ text: shown })}
    </>
  );
}

/** The hover title of mail text: the whole value as the cell shows it, in plain text. */
export function mailTitle(value: string | null, kind: UntrustedKind = "text"): string | undefined {
  return value ? plainAs(kind, value) : undefined;
}

const addresses = (values: readonly string[]) => joined(values.map((value) => defangAs("address", value)));
export const recipientsText = (values: readonly string[]) => mailText(joined(values) && addresses(values), "name");
export const recipientsTitle = (values: readonly string[]) => mailTitle(joined(values) && addresses(values), "name");

export function TimeCell({ iso }: { iso: string | null }) {
  return <TimeIn iso={iso} mode={use(TableTimeZone)} withZone={false} />;
}

export function senderTitle(row: ResultRow): string | undefined {
  return [mailTitle(row.from_name), row.from && `<${mailTitle(row.from, "address")}>`].filter(Boolean).join(" ") || undefined;
}

/** The sender's name over its address (a table cell), or both on one line (`inline`, a card). */
export function SenderCell({ row, inline = false }: { row: ResultRow; inline?: boolean }) {
  const name = row.from_name ? mailText(row.from_name) : mailText(row.from, "address");
  const address = row.from_name && row.from ? mailText(row.from, "address") : null;
  if (inline) {
    return (
      <span className={`block ${CUT} text-sm`}>
        {name}
        {address ? <span className="text-zinc-600 dark:text-zinc-400"> · {address}</span> : null}
      </span>
    );
  }
  return (
    <>
      <span className={`block ${CUT} font-medium`}>{name}</span>
      {address && <span className={`block ${CUT} text-xs text-zinc-600 dark:text-zinc-400`}>{address}</span>}
    </>
  );
}

/** The subject, after the size of its group when identical messages are grouped. */
export function SubjectCell({ subject, copies }: { subject: string | null; copies?: number }) {
  const text = mailText(subject, "text", "(no subject)");
  if (!copies) return text;
  return (
    <>
      <span data-copies={copies} className="mr-1.5 rounded bg-zinc-200 px-1 text-xs font-semibold text-zinc-800 tabular-nums dark:bg-zinc-700 dark:text-zinc-100">
        {copies}
        <span className="sr-only"> identical messages:</span>
        <span aria-hidden="true">×</span>
      </span>
      {text}
    </>
  );
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
/** The outcomes alone, in the header's order ("SPF · DKIM · DMARC"): short enough that a fail shows in a narrow column. */
export function authText(validation: ResultRow["validation"]): string {
  return CHECKS.map(([, key]) => validation[key] ?? "–").join(" · ");
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
