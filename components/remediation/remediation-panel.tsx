"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Tooltip } from "@/components/ui/tooltip";
import { SelectField } from "@/components/ui/select-field";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { moveMessage, releaseMessage } from "@/lib/queries/remediation";
import { triageKey } from "@/lib/queries/triage";
import type { MoveAnswer, ReleaseAnswer } from "@/lib/remediation/remediation-answer";
import { DESTINATION_LABELS, DESTINATION_OPTIONS, undoDestination, type MoveDestination } from "@/lib/remediation/remediation-values";
import { ReportToCloudflare } from "./report-to-cloudflare";

// Acting on the message at Cloudflare: move it to a folder of every recipient's mailbox, or release it
// from quarantine. Nothing is sent before a confirmation that says what will happen to whom; after, each
// recipient's result, and the page reads the message again (its delivery status and action log). A move
// can be undone by the move back to the inbox.

type Props = {
  messageId: string;
  /** For finding the message's reports among Cloudflare's submissions. */
  postfixId: string | null;
  disposition: string | null;
  recipients: string[];
  quarantined: boolean;
  /** "on": the viewer may act; "read-only": the token cannot (said once Cloudflare refused). */
  actions: "on" | "read-only";
};

type Pending = { kind: "move"; destination: MoveDestination; requestId: string; undo: boolean } | { kind: "release"; requestId: string };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Done = { kind: "move"; answer: MoveAnswer; destination: MoveDestination } | { kind: "release"; answer: ReleaseAnswer };

export function RemediationPanel({ messageId, postfixId, disposition, recipients, quarantined, actions }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [destination, setDestination] = useState<MoveDestination>("DeletedItems");
  const [pending, setPending] = useState<Pending | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  if (actions === "read-only") {
    return (
      <Section>
        <p role="note" className="text-sm text-amber-900 dark:text-amber-200">
          The Cloudflare API token is read-only (it lacks Cloud Email Security: Write): the dashboard cannot move or release mail until it restarts with a token that can write.
        </p>
      </Section>
    );
  }

  // A request's id is made when the person asks, and kept through retries of that one confirmation.
  const ask = (next: DistributiveOmit<Pending, "requestId">) => {
    setFailure(null);
    setDone(null);
    setPending({ ...next, requestId: crypto.randomUUID() });
  };

  async function confirm(request: Pending) {
    setSending(true);
    setFailure(null);
    try {
      if (request.kind === "move") setDone({ kind: "move", destination: request.destination, answer: await moveMessage(messageId, request.destination, request.requestId) });
      else setDone({ kind: "release", answer: await releaseMessage(messageId, request.requestId) });
      setPending(null);
      router.refresh();
      // Its triage history gains a line saying what was done.
      void queryClient.invalidateQueries({ queryKey: triageKey(messageId) });
    } catch (error) {
      // The same request stays pending: confirming again sends it with the same id, answered once.
      setFailure(error instanceof Error ? error.message : "The action failed.");
    } finally {
      setSending(false);
    }
  }

  const whom = `${recipients.length} recipient${recipients.length === 1 ? "" : "s"}`;
  const undo = done?.kind === "move" ? undoDestination(done.destination) : null;
  return (
    <Section>
      {!pending ? (
        <div className="flex flex-wrap items-end gap-3">
          <SelectField label="Move to" value={destination} onChange={(value) => value && setDestination(value)} options={DESTINATION_OPTIONS} />
          <Tooltip content={quarantined ? "A quarantined message is in no mailbox: release it first." : null}>
            <Button onClick={() => !quarantined && ask({ kind: "move", destination, undo: false })} aria-disabled={quarantined || undefined}>
              Move…
            </Button>
          </Tooltip>
          {quarantined ? <Button onClick={() => ask({ kind: "release" })}>Release from quarantine…</Button> : null}
        </div>
      ) : (
        <div role="group" aria-label="Confirm the action" className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
          <p>
            {pending.kind === "move"
              ? `${pending.undo ? "Undo: move" : "Move"} this message to ${DESTINATION_LABELS[pending.destination]} in the mailboxes of its ${whom}:`
              : `Release this message from quarantine and deliver it to its ${whom}:`}
          </p>
          <ul className="list-disc pl-5">
            {recipients.map((recipient) => (
              <li key={recipient}>
                <UntrustedText text={recipient} kind="address" />
              </li>
            ))}
          </ul>
          <div className="flex gap-2">
            <Button ref={confirmRef} variant="primary" disabled={sending} onClick={() => void confirm(pending)}>
              {sending ? "Sending…" : pending.kind === "move" ? `Confirm the move (${whom})` : `Confirm the release (${whom})`}
            </Button>
            <Button disabled={sending} onClick={() => setPending(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite" className={failure ? "text-sm text-red-700 dark:text-red-400" : "text-sm"}>
        {failure ?? (done ? summary(done) : "")}
      </p>
      {done ? <Results done={done} /> : null}
      {undo && !pending ? (
        <div>
          <Button onClick={() => ask({ kind: "move", destination: undo, undo: true })}>Undo: move back to {DESTINATION_LABELS[undo]}…</Button>
        </div>
      ) : null}
      <ReportToCloudflare messageId={messageId} postfixId={postfixId} disposition={disposition} />
    </Section>
  );
}

function Section({ children }: { children: React.ReactNode }) {
  return (
    <section aria-labelledby="act-heading" className="flex flex-col gap-3 rounded border border-zinc-200 p-4 dark:border-zinc-800">
      <h2 id="act-heading" className="text-base font-semibold">
        Act on this message
      </h2>
      {children}
    </section>
  );
}

function summary(done: Done): string {
  const again = done.answer.repeated ? " (this request was sent before: Cloudflare's answer then)" : "";
  if (done.kind === "release") return `Released: delivered to ${done.answer.delivered.length}, failed for ${done.answer.failed.length}, not delivered to ${done.answer.undelivered.length}${again}.`;
  const moved = done.answer.results.filter((one) => one.success).length;
  const all = done.answer.results.length;
  return `Moved to ${DESTINATION_LABELS[done.destination]} for ${moved} of ${all} recipient${all === 1 ? "" : "s"}${again}.`;
}

/** Each recipient's result, as Cloudflare gave it. */
function Results({ done }: { done: Done }) {
  const lines =
    done.kind === "move"
      ? done.answer.results.map((one) => ({ who: one.recipient ?? "(a recipient Cloudflare did not name)", ok: one.success, what: one.success ? `moved to ${DESTINATION_LABELS[done.destination]}` : `not moved (${one.status ?? "failed"})` }))
      : [
          ...done.answer.delivered.map((who) => ({ who, ok: true, what: "delivered" })),
          ...done.answer.failed.map((who) => ({ who, ok: false, what: "not delivered: it failed" })),
          ...done.answer.undelivered.map((who) => ({ who, ok: false, what: "not delivered (nothing in quarantine)" })),
        ];
  return (
    <ul aria-label="Result per recipient" className="flex flex-col gap-1 text-sm">
      {lines.map((line, index) => (
        <li key={index} className={line.ok ? "" : "text-red-800 dark:text-red-300"}>
          <span aria-hidden="true">{line.ok ? "✓ " : "✗ "}</span>
          <UntrustedText text={line.who} kind="address" />: {line.what}
        </li>
      ))}
    </ul>
  );
}
