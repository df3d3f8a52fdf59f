"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { analystsOptions } from "@/lib/queries/analysts";
import type { TriageAnswer } from "@/lib/triage/triage-answer";
import type { TriageAction } from "@/lib/triage/triage-change";

/** A manager's one change: who has the message. Keyed by version, so it starts from who has it now. */
export function Assign({ data, busy, onChange }: { data: TriageAnswer; busy: boolean; onChange: (change: TriageAction, done: string) => void }) {
  const analysts = useQuery(analystsOptions());
  const [to, setTo] = useState(data.assignee?.id ?? "");
  const name = (id: string) => analysts.data?.find((analyst) => analyst.id === id)?.name ?? id;
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ action: "assign", to: to || null }, to ? `Assigned to ${name(to)}.` : "Nobody has it now.");
      }}
    >
      <Field label="Assign to" error={analysts.isError ? "The analysts could not be listed." : undefined}>
        {(control) => (
          <select {...control} className={inputClass} value={to} onChange={(event) => setTo(event.target.value)}>
            <option value="">Nobody</option>
            {data.assignee && !analysts.data?.some((analyst) => analyst.id === data.assignee?.id) ? <option value={data.assignee.id}>{data.assignee.name}</option> : null}
            {(analysts.data ?? []).map((analyst) => (
              <option key={analyst.id} value={analyst.id}>
                {analyst.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Button type="submit" variant="primary" disabled={busy || to === (data.assignee?.id ?? "")}>
        Assign
      </Button>
    </form>
  );
}
