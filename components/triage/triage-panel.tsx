"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useRef, useState } from "react";
import { useShortcuts } from "@/components/keyboard/use-shortcuts";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { ApiRequestError } from "@/lib/queries/api-request-error";
import { addTriageNote, changeTriage, editTriageNote, triageKey, triageOptions } from "@/lib/queries/triage";
import type { TriageAnswer } from "@/lib/triage/triage-answer";
import type { TriageAction, TriageChange } from "@/lib/triage/triage-change";
import { MAX_NOTE, MAX_REASON, STATUS_LABELS, TRIAGE_STATUSES, VERDICT_LABELS, VERDICTS, type TriageStatus, type Verdict } from "@/lib/triage/triage-values";

type Props = {
  messageId: string;
  /** Who is looking: analysts triage; managers read and assign. */
  viewer: { id: string; role: "analyst" | "manager" };
};

// Managers' form loads for managers only, and the history (with its notes and their editor) just after
// the panel: the message page's first load stays within its budget (README, Performance).
const Assign = lazy(() => import("./triage-assign").then((module) => ({ default: module.Assign })));
const TriageHistory = lazy(() => import("./triage-history").then((module) => ({ default: module.TriageHistory })));

/** The team's triage of the message: who has it, where it stands, the verdict, notes and history. */
export function TriagePanel({ messageId, viewer }: Props) {
  const client = useQueryClient();
  const triage = useQuery(triageOptions(messageId));
  const [said, setSaid] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const settle = (answer: TriageAnswer, text: string) => {
    client.setQueryData(triageKey(messageId), answer);
    setSaid({ kind: "ok", text });
  };
  const fail = (error: unknown) => {
    setSaid({ kind: "error", text: error instanceof Error ? error.message : "The change failed." });
    // A stale change: show what the colleague did at once, not at the next poll.
    if (error instanceof ApiRequestError && error.code === "conflict") void client.invalidateQueries({ queryKey: triageKey(messageId) });
  };
  const change = useMutation({
    mutationFn: ({ change, version }: { change: TriageAction; version: number; done: string }) => changeTriage(messageId, { ...change, version } as TriageChange),
    onSuccess: (answer, { done }) => settle(answer, done),
    onError: fail,
  });
  const note = useMutation({
    mutationFn: (text: string) => addTriageNote(messageId, text),
    onSuccess: (answer) => settle(answer, "Your note was added."),
    onError: fail,
  });
  const edit = useMutation({
    mutationFn: ({ noteId, text }: { noteId: number; text: string }) => editTriageNote(messageId, noteId, text),
    onSuccess: (answer) => settle(answer, "Your note was changed."),
    onError: fail,
  });

  const data = triage.data;
  const busy = change.isPending || note.isPending || edit.isPending;
  const send = (next: TriageAction, done: string) => data && change.mutate({ change: next, version: data.version, done });
  const panelRef = useRef<HTMLElement>(null);
  const focus = (label: string) => panelRef.current?.querySelector<HTMLElement>(`[data-shortcut="${label}"]`)?.focus();
  // The message's keys (message-keys.tsx) and these share the message's scope: the same over the results and on the page.
  useShortcuts(
    "message",
    {
      c: (event) => {
        event.preventDefault();
        if (data && !data.assignee && !busy) send({ action: "claim" }, "You claimed this message.");
      },
      s: (event) => {
        event.preventDefault();
        focus("status");
      },
      n: (event) => {
        event.preventDefault();
        focus("note");
      },
    },
    viewer.role === "analyst",
  );
  return (
    <section ref={panelRef} aria-labelledby="triage-heading" className="rounded border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="triage-heading" className="text-base font-semibold">
          Triage
        </h2>
        {viewer.role === "analyst" ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            Keys: <kbd>c</kbd> claim · <kbd>s</kbd> status · <kbd>n</kbd> note · <kbd>j</kbd>/<kbd>k</kbd> next and previous
          </p>
        ) : null}
      </div>
      {triage.isError && !data ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The triage could not be loaded: {triage.error.message}
        </p>
      ) : !data ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Loading the triage…</p>
      ) : (
        <div className="flex flex-col gap-4">
          <Standing data={data} viewer={viewer} busy={busy} onChange={send} />
          {viewer.role === "manager" ? (
            <Suspense fallback={null}>
              <Assign key={data.version} data={data} busy={busy} onChange={send} />
            </Suspense>
          ) : null}
          {viewer.role === "analyst" ? <Decision key={data.version} data={data} busy={busy} onChange={send} /> : null}
          {viewer.role === "analyst" ? <NoteForm busy={busy} onAdd={(text) => note.mutateAsync(text).then(() => true, () => false)} /> : null}
          <p role="status" aria-live="polite" className={said?.kind === "error" ? "text-sm text-red-700 dark:text-red-400" : "text-sm text-zinc-700 dark:text-zinc-300"}>
            {said?.text}
          </p>
          <Suspense fallback={<p className="text-sm text-zinc-700 dark:text-zinc-300">Loading the history…</p>}>
            <TriageHistory
              history={data.history}
              notes={data.notes}
              viewerId={viewer.id}
              onEditNote={viewer.role === "analyst" ? (noteId, text) => edit.mutateAsync({ noteId, text }).then(() => true, () => false) : undefined}
            />
          </Suspense>
        </div>
      )}
    </section>
  );
}

function Standing({ data, viewer, busy, onChange }: { data: TriageAnswer; viewer: Props["viewer"]; busy: boolean; onChange: (change: TriageAction, done: string) => void }) {
  const mine = data.assignee?.id === viewer.id;
  return (
    <dl className="grid grid-cols-[8rem_1fr] items-center gap-x-3 gap-y-2 text-sm">
      <dt className="text-zinc-700 dark:text-zinc-300">Status</dt>
      <dd data-testid="triage-status">{STATUS_LABELS[data.status]}</dd>
      <dt className="text-zinc-700 dark:text-zinc-300">Assigned to</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <span data-testid="triage-assignee">{data.assignee ? (mine ? `${data.assignee.name} (you)` : data.assignee.name) : "Nobody"}</span>
        {viewer.role === "analyst" && !data.assignee ? (
          <Button variant="primary" disabled={busy} onClick={() => onChange({ action: "claim" }, "You claimed this message.")}>
            Claim
          </Button>
        ) : null}
        {viewer.role === "analyst" && mine ? (
          <Button disabled={busy} onClick={() => onChange({ action: "release" }, "You released this message.")}>
            Release
          </Button>
        ) : null}
      </dd>
      <dt className="text-zinc-700 dark:text-zinc-300">Verdict</dt>
      <dd data-testid="triage-verdict">
        {data.verdict ? VERDICT_LABELS[data.verdict] : "None yet"}
        {data.verdictReason ? <span className="text-zinc-700 dark:text-zinc-300"> — {data.verdictReason}</span> : null}
      </dd>
    </dl>
  );
}

/** Status and verdict, set together: resolving needs a verdict. Keyed by version, so it starts from what is. */
function Decision({ data, busy, onChange }: { data: TriageAnswer; busy: boolean; onChange: (change: TriageAction, done: string) => void }) {
  const [status, setStatus] = useState<TriageStatus>(data.status);
  const [verdict, setVerdict] = useState<Verdict | "">(data.verdict ?? "");
  const [reason, setReason] = useState(data.verdictReason ?? "");
  const verdictChanged = verdict !== (data.verdict ?? "") || reason.trim() !== (data.verdictReason ?? "");
  const unchanged = status === data.status && !verdictChanged;
  function save() {
    const judged = verdict && verdictChanged ? { verdict, reason: reason.trim() || undefined } : {};
    if (status !== data.status) onChange({ action: "status", to: status, ...judged }, `The status is now ${STATUS_LABELS[status]}.`);
    else if (verdict) onChange({ action: "verdict", verdict, reason: reason.trim() || undefined }, `The verdict is now ${VERDICT_LABELS[verdict]}.`);
  }
  return (
    <form
      className="grid gap-3 sm:grid-cols-[10rem_14rem_1fr_auto] sm:items-end"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Field label="Set status">
        {(control) => (
          <select {...control} data-shortcut="status" className={inputClass} value={status} onChange={(event) => setStatus(event.target.value as TriageStatus)}>
            {TRIAGE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SelectField
        label="Verdict"
        value={verdict}
        onChange={setVerdict}
        empty="None yet"
        options={VERDICTS.map((value) => [value, VERDICT_LABELS[value]] as const)}
        error={status === "resolved" && !verdict ? "Resolving needs a verdict." : undefined}
      />
      <Field label="Reason (optional)">
        {(control) => <input {...control} className={inputClass} value={reason} maxLength={MAX_REASON} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <Button type="submit" variant="primary" disabled={busy || unchanged || (status === "resolved" && !verdict)}>
        Save
      </Button>
    </form>
  );
}

function NoteForm({ busy, onAdd }: { busy: boolean; onAdd: (text: string) => Promise<boolean> }) {
  const [text, setText] = useState("");
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) void onAdd(text).then((added) => added && setText(""));
      }}
    >
      <Field label="Add a note" hint={`Plain text, up to ${MAX_NOTE.toLocaleString("en")} characters. Kept if sending fails.`}>
        {(control) => <textarea {...control} data-shortcut="note" rows={3} className={inputClass} value={text} maxLength={MAX_NOTE} onChange={(event) => setText(event.target.value)} />}
      </Field>
      <div>
        <Button type="submit" disabled={busy || !text.trim()}>
          Add note
        </Button>
      </div>
    </form>
  );
}
