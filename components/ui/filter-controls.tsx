import type { ReactNode } from "react";
import { buttonClass, focusRing } from "./button";
import { SelectOptions } from "./select-options";

// The controls of a filter sent as a plain GET form (the audit trail's, the queue's): a labelled control
// with its problem under it, and a choice of values with "any" first. `form` prefixes the ids.

export const filterControlClass = `rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900 ${focusRing}`;

export function Labelled({ form, name, label, problem, children }: { form: string; name: string; label: string; problem: string | undefined; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${form}-${name}`} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {problem && <span className="text-xs text-red-700 dark:text-red-400">{problem}</span>}
    </div>
  );
}

export function Choice({
  form,
  name,
  label,
  any,
  options,
  value,
  problem,
}: {
  form: string;
  name: string;
  label: string;
  any: string;
  /** Each value and the words shown for it. */
  options: readonly (readonly [string, string])[];
  value: string | undefined;
  problem: string | undefined;
}) {
  return (
    <Labelled form={form} name={name} label={label} problem={problem}>
      <select id={`${form}-${name}`} name={name} defaultValue={value ?? ""} className={filterControlClass}>
        <SelectOptions options={options} empty={any} />
      </select>
    </Labelled>
  );
}

/** The form's Filter button, and every problem the form has no field to show beside (a parameter it does not know). */
export function FilterEnd({ problems, fields }: { problems: Record<string, string[]>; fields: readonly string[] }) {
  const others = Object.entries(problems).filter(([name]) => !fields.includes(name));
  return (
    <>
      <button type="submit" className={buttonClass("primary")}>
        Filter
      </button>
      {others.length > 0 && (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {others.map(([name, messages]) => `${name} ${messages.join("; ")}`).join(". ")}
        </p>
      )}
    </>
  );
}
