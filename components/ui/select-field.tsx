"use client";

import { Field, inputClass } from "./field";
import { SelectOptions } from "./select-options";

/** A labelled choice of values, each with the words shown for it; with `empty`, a first choice of none (""). */
export function SelectField<T extends string>({
  label,
  value,
  onChange,
  options,
  empty,
  error,
}: {
  label: string;
  value: T | "";
  onChange: (value: T | "") => void;
  options: readonly (readonly [T, string])[];
  empty?: string;
  error?: string;
}) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select {...control} className={inputClass} value={value} onChange={(event) => onChange(event.target.value as T | "")}>
          <SelectOptions options={options} empty={empty} />
        </select>
      )}
    </Field>
  );
}
