"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { readStandings, sendBulkChange, type Standing } from "@/lib/queries/bulk-triage";
import { analystsOptions } from "@/lib/queries/analysts";
import type { BulkAnswer } from "@/lib/triage/bulk-answer";
import type { BulkChange } from "@/lib/triage/triage-change";
import { MAX_BULK, MAX_REASON, VERDICT_LABELS, VERDICTS, type Verdict } from "@/lib/triage/triage-values";
import type { RowSelection } from "@/components/selection/row-selection";

// One triage change to the rows picked in a list: choose it, read where each message stands, confirm the
// count (with how many will be refused or are so already), and see what became of each.

type Viewer = { id: string; role: "analyst" | "manager" };
type Action = "claim" | "release" | "in_review" | "resolve" | "verdict" | "assign";

const ANALYST_ACTIONS: readonly (readonly [Action, string])[] = [
  ["claim", "Claim"],
  ["release", "Release"],
  ["in_review", "Put in review"],
  ["resolve", "Resolve"],
  ["verdict", "Set the verdict"],
];

type Step = { kind: "choose" } | { kind: "reading" } | { kind: "confirm"; standings: Map<string, Standing> } | { kind: "sending" } | { kind: "done"; answer: BulkAnswer; what: string };

export function BulkTriage({ selection, viewer, onApplied }: { selection: RowSelection; viewer: Viewer; onApplied: () => void }) {
  const [action, setAction] = useState<Action>(viewer.role === "manager" ? "assign" : "claim");
  const [verdict, setVerdict] = useState<Verdict>("malicious");
  const [reason, setReason] = useState("");
  const [to, setTo] = useState("");
  const [step, setStep] = useState<Step>({ kind: "choose" });
  const [failure, setFailure] = useState<string | null>(null);
  const analysts = useQuery({ ...analystsOptions(), enabled: viewer.role === "manager" });
  const confirmRef = useRef<HTMLButtonElement>(null);
  const count = selection.ids.length;
  useEffect(() => {
    if (step.kind === "confirm") confirmRef.current?.focus();
  }, [step.kind]);

  if (count === 0 && step.kind !== "done") return null;
  const toName = analysts.data?.find((analyst) => analyst.id === to)?.name ?? "nobody";
  const change = changeFor(action, { verdict, reason: reason.trim() || undefined, to: to || null });
  const what = describe(action, { verdict, toName });

  async function review() {
    setFailure(null);
    setStep({ kind: "reading" });
    try {
      setStep({ kind: "confirm", standings: await readStandings(selection.ids) });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "Where the messages stand could not be read.");
      setStep({ kind: "choose" });
    }
  }

  async function apply(standings: Map<string, Standing>) {
    setStep({ kind: "sending" });
    try {
      const answer = await sendBulkChange({ change, items: [...standings].map(([id, standing]) => ({ id, version: standing.version })) });
      setStep({ kind: "done", answer, what });
      onApplied();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : "The change failed.");
      setStep({ kind: "choose" });
    }
  }

  const plural = (n: number) => `${n.toLocaleString("en-US")} message${n === 1 ? "" : "s"}`;
  return (
    <section aria-label="Change the selected messages" className="flex flex-col gap-2 rounded border border-blue-300 bg-blue-50 p-3 text-sm dark:border-blue-800 dark:bg-blue-950">
      <div className="flex flex-wrap items-center gap-3">
        <p className="font-medium" data-testid="selected-count">
          {plural(count)} selected{selection.capped ? ` (the first ${MAX_BULK.toLocaleString("en-US")} loaded: one change takes at most that many)` : ""}
        </p>
        {count > 0 ? (
          <Button onClick={() => selection.setAll(false)} disabled={step.kind === "sending"}>
            Clear selection
          </Button>
        ) : null}
      </div>
      {count > 0 && (step.kind === "choose" || step.kind === "reading" || step.kind === "done") ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            void review();
          }}
        >
          <Field label="Change">
            {(control) => (
              <select {...control} className={inputClass} value={action} onChange={(event) => setAction(event.target.value as Action)}>
                {(viewer.role === "manager" ? ([["assign", "Assign"]] as const) : ANALYST_ACTIONS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {action === "resolve" || action === "verdict" ? (
            <>
              <SelectField label="With the verdict" value={verdict} onChange={(value) => value && setVerdict(value)} options={VERDICTS.map((value) => [value, VERDICT_LABELS[value]] as const)} />
              <Field label="Reason (optional)">
                {(control) => <input {...control} className={inputClass} value={reason} maxLength={MAX_REASON} onChange={(event) => setReason(event.target.value)} />}
              </Field>
            </>
          ) : null}
          {action === "assign" ? (
            <SelectField
              label="To"
              value={to}
              onChange={setTo}
              empty="Nobody"
              options={(analysts.data ?? []).map((analyst) => [analyst.id, analyst.name] as const)}
              error={analysts.isError ? "The analysts could not be listed." : undefined}
            />
          ) : null}
          <Button type="submit" variant="primary" disabled={step.kind === "reading"}>
            {step.kind === "reading" ? "Reading…" : `${what} ${plural(count)}…`}
          </Button>
        </form>
      ) : null}
      {step.kind === "confirm" ? (
        <div role="group" aria-label="Confirm the change" className="flex flex-wrap items-center gap-3">
          <p>
            {what} {plural(step.standings.size)}?{" "}
            {caveats(action, step.standings, viewer, { verdict, to: to || null }).map((caveat) => (
              <span key={caveat}>{caveat} </span>
            ))}
          </p>
          <Button ref={confirmRef} variant="primary" onClick={() => void apply(step.standings)}>
            Confirm ({plural(step.standings.size)})
          </Button>
          <Button onClick={() => setStep({ kind: "choose" })}>Cancel</Button>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className={failure ? "text-red-700 dark:text-red-400" : ""}>
        {failure ?? (step.kind === "sending" ? `${what}: ${plural(count)}…` : step.kind === "done" ? outcome(step.answer, step.what) : "")}
      </p>
      {step.kind === "done" && step.answer.refused.length > 0 ? <Refusals refused={step.answer.refused} /> : null}
    </section>
  );
}

function changeFor(action: Action, values: { verdict: Verdict; reason: string | undefined; to: string | null }): BulkChange["change"] {
  switch (action) {
    case "claim":
    case "release":
      return { action };
    case "in_review":
      return { action: "status", to: "in_review" };
    case "resolve":
      return { action: "status", to: "resolved", verdict: values.verdict, reason: values.reason };
    case "verdict":
      return { action: "verdict", verdict: values.verdict, reason: values.reason };
    case "assign":
      return { action: "assign", to: values.to };
  }
}

function describe(action: Action, values: { verdict: Verdict; toName: string }): string {
  const verdict = VERDICT_LABELS[values.verdict];
  return { claim: "Claim", release: "Release", in_review: "Put in review", resolve: `Resolve as ${verdict}`, verdict: `Set the verdict ${verdict} on`, assign: `Assign to ${values.toName}` }[action];
}

/** What the person should know before confirming: messages the change will leave, or that will refuse it. */
function caveats(action: Action, standings: Map<string, Standing>, viewer: Viewer, values: { verdict: Verdict; to: string | null }): string[] {
  const all = [...standings.values()];
  const count = (test: (standing: Standing) => boolean) => all.filter(test).length;
  const theirs = count((s) => s.assignee !== null && s.assignee.id !== viewer.id);
  const already = count((s) =>
    action === "claim"
      ? s.assignee?.id === viewer.id
      : action === "release"
        ? s.assignee === null
        : action === "in_review"
          ? s.status === "in_review"
          : action === "resolve"
            ? s.status === "resolved" && s.verdict === values.verdict
            : action === "verdict"
              ? s.verdict === values.verdict
              : (s.assignee?.id ?? null) === values.to,
  );
  const lines: string[] = [];
  if ((action === "claim" || action === "release") && theirs > 0) lines.push(`${theirs} ${theirs === 1 ? "is" : "are"} claimed by a colleague and will be refused.`);
  if (already > 0) lines.push(`${already} ${already === 1 ? "is" : "are"} so already and will be left as ${already === 1 ? "it is" : "they are"}.`);
  return lines;
}

function outcome(answer: BulkAnswer, what: string): string {
  return `${what}: ${answer.changed.length} changed, ${answer.unchanged.length} so already, ${answer.refused.length} refused.`;
}

/** Why each refused message was refused, the same reason said once with its count. */
function Refusals({ refused }: { refused: BulkAnswer["refused"] }) {
  const reasons = new Map<string, number>();
  for (const one of refused) reasons.set(one.message, (reasons.get(one.message) ?? 0) + 1);
  return (
    <ul aria-label="Refused" className="list-disc pl-5 text-red-800 dark:text-red-300">
      {[...reasons].slice(0, 5).map(([message, count]) => (
        <li key={message}>
          {count} × {message}
        </li>
      ))}
    </ul>
  );
}
