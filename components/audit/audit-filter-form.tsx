import { Choice, FilterEnd, filterControlClass as control, Labelled } from "@/components/ui/filter-controls";
import { AUDIT_EVENTS, AUDIT_OUTCOMES } from "@/lib/audit/audit-line";

/** The parameters the form shows a problem beside; any other is said under it. */
const FIELDS = ["who", "event", "outcome", "from", "to", "before"];

const words = (values: readonly string[]) => values.map((value) => [value, value.replaceAll("_", " ")] as const);

/** The trail's filter as a plain GET form: the URL is the filter, so a filtered view can be shared. */
export function AuditFilterForm({ values, problems }: { values: Record<string, string>; problems: Record<string, string[]> }) {
  const problem = (name: string) => problems[name]?.join("; ");
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the audit trail">
      <Labelled form="audit" name="who" label="Who" problem={problem("who")}>
        <input id="audit-who" name="who" defaultValue={values.who} maxLength={200} placeholder="user name or id" className={control} aria-invalid={problem("who") ? true : undefined} />
      </Labelled>
      <Choice form="audit" name="event" label="What" any="Any event" options={words(AUDIT_EVENTS)} value={values.event} problem={problem("event")} />
      <Choice form="audit" name="outcome" label="Outcome" any="Any outcome" options={words(AUDIT_OUTCOMES)} value={values.outcome} problem={problem("outcome")} />
      <Labelled form="audit" name="from" label="From (UTC)" problem={problem("from")}>
        <input id="audit-from" name="from" type="datetime-local" defaultValue={values.from} className={control} aria-invalid={problem("from") ? true : undefined} />
      </Labelled>
      <Labelled form="audit" name="to" label="To (UTC)" problem={problem("to")}>
        <input id="audit-to" name="to" type="datetime-local" defaultValue={values.to} className={control} aria-invalid={problem("to") ? true : undefined} />
      </Labelled>
      <FilterEnd problems={problems} fields={FIELDS} />
    </form>
  );
}
