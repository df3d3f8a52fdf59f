import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Choice, FilterEnd, filterControlClass as control, Labelled } from "@/components/ui/filter-controls";
import { QUEUE_VIEWS, VIEW_LABELS, type QueueView } from "@/lib/triage/queue-query";
import { STATUS_LABELS, TRIAGE_STATUSES, VERDICT_LABELS, VERDICTS } from "@/lib/triage/triage-values";
import { routes } from "@/lib/routes";

/** The parameters the form shows a problem beside; any other is said under it. */
const FIELDS = ["status", "verdict", "disposition", "assignee"];

/** The queue's views as links and its filters as a plain GET form: the URL is the queue, so it can be shared. */
export function QueueFilter({ view, values, problems }: { view: QueueView; values: Record<string, string>; problems: Record<string, string[]> }) {
  const problem = (name: string) => problems[name]?.join("; ");
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
        <Choice form="queue" name="status" label="Status" any="Any" value={values.status} problem={problem("status")} options={TRIAGE_STATUSES.map((v) => [v, STATUS_LABELS[v]] as const)} />
        <Choice form="queue" name="verdict" label="Verdict" any="Any" value={values.verdict} problem={problem("verdict")} options={VERDICTS.map((v) => [v, VERDICT_LABELS[v]] as const)} />
        <Labelled form="queue" name="disposition" label="Disposition" problem={problem("disposition")}>
          <input id="queue-disposition" name="disposition" defaultValue={values.disposition} maxLength={40} placeholder="e.g. MALICIOUS" className={control} />
        </Labelled>
        <Labelled form="queue" name="assignee" label="Assignee" problem={problem("assignee")}>
          <input id="queue-assignee" name="assignee" defaultValue={values.assignee} maxLength={300} placeholder="e.g. credentials:ana" className={control} />
        </Labelled>
        <FilterEnd problems={problems} fields={FIELDS} />
      </form>
    </div>
  );
}
