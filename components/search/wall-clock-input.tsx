"use client";

import { useState, type InputHTMLAttributes } from "react";
import { inputClass } from "@/components/ui/field";
import type { TimeZoneMode } from "@/lib/preferences/time-zone";
import { fromInputValue, toInputValue } from "@/lib/search-url/datetime-input";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange"> & {
  /** The draft's value: a UTC ISO instant, "", or text that is neither (refused on submit, beside the field). */
  value: string;
  mode: TimeZoneMode;
  onChange: (value: string) => void;
};

const shown = (value: string, mode: TimeZoneMode) => toInputValue(value || null, mode) || value;

/**
 * A time typed as the table shows times ("2026-06-25 14:30:05", in the zone chosen), not the
 * browser's datetime-local, which writes 12-hour US dates in an American browser. What is typed stays
 * as typed while it is being written; the draft gets the instant once it reads as one, else the text,
 * which the search's validation refuses in words.
 */
export function WallClockInput({ value, mode, onChange, ...control }: Props) {
  const [text, setText] = useState(() => shown(value, mode));
  const [known, setKnown] = useState({ value, mode });
  // The value or the zone changed from outside (the URL, a quick range, the zone switch): show it.
  if (known.value !== value || known.mode !== mode) {
    setKnown({ value, mode });
    setText(shown(value, mode));
  }
  return (
    <input
      {...control}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      placeholder="YYYY-MM-DD HH:MM:SS"
      className={`${inputClass} font-mono`}
      value={text}
      onChange={(event) => {
        const typed = event.target.value;
        const next = typed.trim() === "" ? "" : (fromInputValue(typed, mode) ?? typed);
        setText(typed);
        setKnown({ value: next, mode });
        onChange(next);
      }}
    />
  );
}
