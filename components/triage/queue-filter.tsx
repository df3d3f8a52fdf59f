import Link from "next/link";
import { buttonClass, focusRing } from "@/components/ui/button";
import { QUEUE_VIEWS, VIEW_LABELS, type QueueView } from "@/lib/triage/queue-query";
import { STATUS_LABELS, TRIAGE_STATUSES, VERDICT_LABELS, VERDICTS } from "@/lib/triage/triage-values";
import { routes } from "@/lib/routes";

const control = `rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-600 dark:bg-zinc-900 ${focusRing}`;

/** The queue's views as links and its filters as a plain GET form: the URL is the queue, so it can be shared. */
export function QueueFilter({ view, values, problems }: { view: QueueView; values: Record<string, string>; problems: Record<string, string[]> }) {
  const problem = (name: string) => problems[name]?.join("; ");
  const unknown = Object.entries(problems).filter(([name]) => !["status", "verdict", "disposition", "assignee"].includes(name));
  return (
    <div className="flex flex-col gap-3">
      <nav aria-label="Queue views" className="flex flex-wrap gap-2">
        {QUEUE_VIEWS.map((name) => (
          <Link key={name} href={routes.queue(`view=${name}`)} aria-current={name === view ? "page" : undefined} className={buttonClass(name === view ? "primary" : "secondary")}>
            {VIEW_LABELS[name]}
          </Link>
        ))}
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the queue">
        <input type="hidden" name="view" value={view} />
        <Choice name="status" label="Status" value={values.status} problem={problem("status")} options={TRIAGE_STATUSES.map((v) => [v, STATUS_LABELS[v]])} />
        <Choice name="verdict" label="Verdict" value={values.verdict} problem={problem("verdict")} options={VERDICTS.map((v) => [v, VERDICT_LABELS[v]])} />
        <Labelled name="disposition" label="Disposition" problem={problem("disposition")}>
          <input id="queue-disposition" name="disposition" defaultValue={values.disposition} maxLength={40} placeholder="e.g. MALICIOUS" className={control} />
        </Labelled>
        <Labelled name="assignee" label="Assignee" problem={problem("assignee")}>
          <input id="queue-assignee" name="assignee" defaultValue={values.assignee} maxLength={300} placeholder="e.g. credentials:ana" className={control} />
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
    </div>
  );
}

function Choice({ name, label, value, problem, options }: { name: string; label: string; value: string | undefined; problem: string | undefined; options: [string, string][] }) {
  return (
    <Labelled name={name} label={label} problem={problem}>
      <select id={`queue-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">Any</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

function Labelled({ name, label, problem, children }: { name: string; label: string; problem: string | undefined; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`queue-${name}`} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {problem && <span className="text-xs text-red-700 dark:text-red-400">{problem}</span>}
    </div>
  );
}
