"use client";

import { Field, inputClass } from "@/components/ui/field";
import { SelectOptions } from "@/components/ui/select-options";
import { DELIVERY_STATUSES, MESSAGE_ACTIONS } from "@/lib/cloudflare/schemas/enums";
import { MAX_PER_PAGE } from "@/lib/investigate/search-params";
import { RESULTS_PER_PAGE, type AdvancedField } from "@/lib/search-url/search-url";
import type { DraftErrors, SearchDraft } from "@/lib/search-url/search-draft";

type Props = {
  id: string;
  draft: SearchDraft;
  errors: DraftErrors;
  onChange: (patch: Partial<SearchDraft>) => void;
};

const TEXT_FIELDS: Array<[AdvancedField, string, string, string?]> = [
  ["sender", "Sender", "name@example.com"],
  ["recipient", "Recipient", "name@your-domain.com"],
  ["domain", "Domain", "example.com"],
  ["subject", "Subject contains", ""],
  ["exact_subject", "Exact subject", ""],
  ["alert_id", "Alert id", ""],
  ["message_id", "Message-ID", "<…@…>"],
  ["smtp_helo_ip", "SMTP HELO IP", "192.0.2.1"],
  ["metric", "Metric", "", "Passed to Cloudflare as it is. Cloudflare does not document it, and the dashboard shows nothing of it: leave it empty unless Cloudflare asked you to set it."],
];

const SELECT_FIELDS: Array<[AdvancedField, string, ReadonlyArray<[string, string]>]> = [
  ["message_action", "Message action", MESSAGE_ACTIONS.map((value): [string, string] => [value, value])],
  ["delivery_status", "Delivery status", DELIVERY_STATUSES.map((value): [string, string] => [value, value])],
  ["submissions", "Submissions", [["true", "Only submissions"], ["false", "No submissions"]]],
];

/** The rest of the search parameters, shown while the form's "Advanced filters" is open. */
export function AdvancedFields({ id, draft, errors, onChange }: Props) {
  return (
    <div id={id} role="group" aria-label="Advanced filters" className="rounded border border-zinc-300 p-3 dark:border-zinc-700">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {TEXT_FIELDS.map(([name, label, placeholder, hint]) => (
          <Field key={name} label={label} error={errors[name]} hint={hint}>
            {(control) => (
              <input
                {...control}
                name={name}
                className={inputClass}
                placeholder={placeholder || undefined}
                value={draft[name]}
                onChange={(event) => onChange({ [name]: event.target.value })}
              />
            )}
          </Field>
        ))}
        {SELECT_FIELDS.map(([name, label, options]) => (
          <Field key={name} label={label} error={errors[name]}>
            {(control) => (
              <select {...control} name={name} className={inputClass} value={draft[name]} onChange={(event) => onChange({ [name]: event.target.value })}>
                <SelectOptions options={options} empty="Any" />
              </select>
            )}
          </Field>
        ))}
        <Field label="Rows per request" error={errors.per_page} hint={`1 to ${MAX_PER_PAGE}; ${RESULTS_PER_PAGE} when empty.`}>
          {(control) => (
            <input
              {...control}
              name="per_page"
              inputMode="numeric"
              className={inputClass}
              placeholder={String(RESULTS_PER_PAGE)}
              value={draft.per_page}
              onChange={(event) => onChange({ per_page: event.target.value })}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
