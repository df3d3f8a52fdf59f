"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
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
      <SelectField
        label="Assign to"
        value={to}
        onChange={setTo}
        empty="Nobody"
        // The one who has it now, even if no longer listed among the analysts.
        options={[
          ...(data.assignee && !analysts.data?.some((analyst) => analyst.id === data.assignee?.id) ? [[data.assignee.id, data.assignee.name] as const] : []),
          ...(analysts.data ?? []).map((analyst) => [analyst.id, analyst.name] as const),
        ]}
        error={analysts.isError ? "The analysts could not be listed." : undefined}
      />
      <Button type="submit" variant="primary" disabled={busy || to === (data.assignee?.id ?? "")}>
        Assign
      </Button>
    </form>
  );
}
