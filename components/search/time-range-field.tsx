"use client";

import { Field, inputClass } from "@/components/ui/field";
import { WallClockInput } from "./wall-clock-input";
import { zoneName, type TimeZoneMode } from "@/lib/preferences/time-zone";
import { isRelativeRange, RELATIVE_RANGES, RELATIVE_RANGE_KEYS, resolveRange } from "@/lib/search-url/relative-range";
import type { DraftErrors, RangeChoice, SearchDraft } from "@/lib/search-url/search-draft";

type Props = {
  draft: SearchDraft;
  errors: DraftErrors;
  mode: TimeZoneMode;
  onChange: (patch: Partial<SearchDraft>) => void;
};

/** Choosing "Custom…" after a quick range starts from that range's window, to adjust rather than type anew. */
function rangeChange(draft: SearchDraft, range: RangeChoice): Partial<SearchDraft> {
  if (range !== "custom" || !isRelativeRange(draft.range)) return { range };
  const window = resolveRange(draft.range);
  const seconds = (iso: string) => iso.replace(/\.\d{3}Z$/, "Z");
  return { range, start: seconds(window.start), end: seconds(window.end) };
}

/** Quick ranges stay relative in the URL; "Custom" takes a start and an end in the zone shown. */
export function TimeRangeField({ draft, errors, mode, onChange }: Props) {
  const zone = zoneName(mode);
  return (
    <div className="flex flex-wrap items-start gap-3 md:flex-nowrap">
      <Field label="Time range" error={errors.range}>
        {(control) => (
          <select
            {...control}
            className={inputClass}
            value={draft.range}
            onChange={(event) => onChange(rangeChange(draft, event.target.value as RangeChoice))}
          >
            <option value="any">Any time (Cloudflare&rsquo;s default)</option>
            {RELATIVE_RANGE_KEYS.map((key) => (
              <option key={key} value={key}>
                {RELATIVE_RANGES[key].label}
              </option>
            ))}
            <option value="custom">Custom…</option>
          </select>
        )}
      </Field>
      {draft.range === "custom" && (
        <>
          <Field label={`Start (${zone})`} error={errors.start}>
            {(control) => (
              <WallClockInput {...control} name="start" value={draft.start} mode={mode} onChange={(start) => onChange({ start })} />
            )}
          </Field>
          <Field label={`End (${zone})`} error={errors.end}>
            {(control) => (
              <WallClockInput {...control} name="end" value={draft.end} mode={mode} onChange={(end) => onChange({ end })} />
            )}
          </Field>
        </>
      )}
    </div>
  );
}
