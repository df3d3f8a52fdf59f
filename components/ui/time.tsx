"use client";

import { showTime, zoneName, type TimeZoneMode } from "@/lib/preferences/time-zone";
import { useTimeZoneMode } from "@/lib/preferences/time-zone-store";

type Props = { iso: string | null; withZone?: boolean };

/** A time in the zone the Local/UTC switch chose, the other zone on hover: every time the app shows. */
export function Time(props: Props) {
  return <TimeIn {...props} mode={useTimeZoneMode()} />;
}

/** The same, in a zone the caller read once for many times (the results table's rows). */
export function TimeIn({ iso, mode, withZone = true }: Props & { mode: TimeZoneMode }) {
  if (!iso) return <span>—</span>;
  const { shown, other } = showTime(iso, mode);
  return (
    <time dateTime={iso} title={other ?? undefined} className="tabular-nums">
      {withZone ? `${shown} ${zoneName(mode)}` : shown}
    </time>
  );
}
