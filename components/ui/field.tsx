import { useId, type ReactNode } from "react";

// A labelled control with its error beside it. The control receives the ids it must carry, so the label,
// the hint and the error are announced with it.

export type ControlProps = { id: string; "aria-invalid": boolean | undefined; "aria-describedby": string | undefined };

export function Field({
  label,
  error,
  hint,
  hintHidden = false,
  className = "",
  children,
}: {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  /** The hint is read with the control but not shown (the control shows it another way). */
  hintHidden?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <p id={hintId} className={hintHidden ? "sr-only" : "text-xs text-zinc-600 dark:text-zinc-400"}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass =
  "rounded border border-zinc-400 bg-white px-2 py-1.5 text-sm text-zinc-900 placeholder:text-zinc-500 aria-invalid:border-red-600 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400";
