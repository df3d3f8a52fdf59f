import { buttonClass, focusRing } from "@/components/ui/button";
import { AUDIT_EVENTS, AUDIT_OUTCOMES } from "@/lib/audit/audit-line";

const control = `rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900 ${focusRing}`;

/** The trail's filter as a plain GET form: the URL is the filter, so a filtered view can be shared. */
export function AuditFilterForm({ values, problems }: { values: Record<string, string>; problems: Record<string, string[]> }) {
  const problem = (name: string) => problems[name]?.join("; ");
  const unknown = Object.entries(problems).filter(([name]) => !["who", "event", "outcome", "from", "to", "before"].includes(name));
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the audit trail">
      <Labelled name="who" label="Who" problem={problem("who")}>
        <input id="audit-who" name="who" defaultValue={values.who} maxLength={200} placeholder="user name or id" className={control} aria-invalid={problem("who") ? true : undefined} />
      </Labelled>
      <Choice name="event" label="What" any="Any event" options={AUDIT_EVENTS} value={values.event} problem={problem("event")} />
      <Choice name="outcome" label="Outcome" any="Any outcome" options={AUDIT_OUTCOMES} value={values.outcome} problem={problem("outcome")} />
      <Labelled name="from" label="From (UTC)" problem={problem("from")}>
        <input id="audit-from" name="from" type="datetime-local" defaultValue={values.from} className={control} aria-invalid={problem("from") ? true : undefined} />
      </Labelled>
      <Labelled name="to" label="To (UTC)" problem={problem("to")}>
        <input id="audit-to" name="to" type="datetime-local" defaultValue={values.to} className={control} aria-invalid={problem("to") ? true : undefined} />
      </Labelled>
      <button type="submit" className={buttonClass("primary")}>
        Filter
      </button>
      {unknown.length > 0 && (
        <p role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {unknown.map(([name, messages]) => `${name} ${messages.join("; ")}`).join(". ")}
        </p>
      )}
    </form>
  );
}

function Choice({ name, label, any, options, value, problem }: { name: string; label: string; any: string; options: readonly string[]; value: string | undefined; problem: string | undefined }) {
  return (
    <Labelled name={name} label={label} problem={problem}>
      <select id={`audit-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option.replaceAll("_", " ")}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

function Labelled({ name, label, problem, children }: { name: string; label: string; problem: string | undefined; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`audit-${name}`} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {problem && <span className="text-xs text-red-700 dark:text-red-400">{problem}</span>}
    </div>
  );
}
