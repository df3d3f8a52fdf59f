"use client";

import { MenuButton } from "@/components/ui/menus";
import type { ExportFormat } from "@/lib/export/export-rows";
import { messageRows, type ResultRow } from "@/lib/queries/result-row";
import { useTimeZoneMode } from "@/lib/preferences/time-zone-store";

/** The loaded rows as CSV or JSON, times in the zone the page shows. */
export function ExportButtons({ rows, searchQuery }: { rows: readonly ResultRow[]; searchQuery: string }) {
  const mode = useTimeZoneMode();
  // Only messages: a row standing for a result that could not be shown has no mail data to export.
  const messages = messageRows(rows);
  const disabled = messages.length === 0;
  const download = async (format: ExportFormat) => (await import("@/lib/export/export-rows")).exportRows(format, messages, mode, searchQuery);
  return (
    <MenuButton
      label="Export"
      icon="download"
      items={[
        { label: "Export CSV", disabled, onSelect: () => void download("csv") },
        { label: "Export JSON", disabled, onSelect: () => void download("json") },
      ]}
    />
  );
}
