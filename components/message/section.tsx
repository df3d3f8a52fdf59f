import type { ReactNode } from "react";

export function Section({ title, id, children, actions }: { title: string; id: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** A definition list row: label and value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    // On a phone the label sits above its value: beside it, a 12rem label left the value a sliver.
    <div className="grid grid-cols-1 gap-x-2 py-1 text-sm sm:grid-cols-[12rem_1fr]">
      <dt className="text-zinc-700 dark:text-zinc-300">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="text-sm text-zinc-700 dark:text-zinc-300">{children}</p>;
}
