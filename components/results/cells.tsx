"use client";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatTime, zoneName } from "@/lib/preferences/time-zone";
import { useTimeZoneMode } from "@/lib/preferences/time-zone-store";
import type { ResultRow } from "@/lib/queries/result-row";

// Cell contents. Everything from an email (names, addresses, subjects) is rendered as React text, which
// escapes it: a subject of `<script>` shows those characters and runs nothing.

export function TextCell({ value, fallback = "—" }: { value: string | null; fallback?: string }) {
  return (
    <span className="block truncate" title={value ?? undefined}>
      {value || fallback}
    </span>
  );
}

export function TimeCell({ iso }: { iso: string | null }) {
  const mode = useTimeZoneMode();
  if (!iso) return <span>—</span>;
  const other = mode === "utc" ? "local" : "utc";
  return (
    <time dateTime={iso} title={`${formatTime(iso, other)} ${zoneName(other)}`} className="block truncate tabular-nums">
      {formatTime(iso, mode)}
    </time>
  );
}

export function SenderCell({ row }: { row: ResultRow }) {
  const full = [row.from_name, row.from && `<${row.from}>`].filter(Boolean).join(" ");
  return (
    <span className="block min-w-0" title={full || undefined}>
      <span className="block truncate font-medium">{row.from_name || row.from || "—"}</span>
      {row.from_name && row.from && <span className="block truncate text-xs text-zinc-600 dark:text-zinc-400">{row.from}</span>}
    </span>
  );
}

export function ListCell({ values }: { values: readonly string[] }) {
  const joined = values.join(", ");
  return (
    <span className="block truncate" title={joined || undefined}>
      {joined || "—"}
    </span>
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

const VALIDATION_TONES: Record<string, BadgeTone> = { pass: "green", fail: "red", error: "red", neutral: "zinc", none: "zinc" };

export function AuthBadges({ validation }: { validation: ResultRow["validation"] }) {
  const checks = [
    ["SPF", validation.spf],
    ["DKIM", validation.dkim],
    ["DMARC", validation.dmarc],
  ] as const;
  return (
    <span className="flex gap-1">
      {checks.map(([name, result]) => (
        <Badge key={name} tone={(result && VALIDATION_TONES[result]) || "zinc"} title={`${name}: ${result ?? "not reported"}`}>
          {name} {result ?? "–"}
        </Badge>
      ))}
    </span>
  );
}
