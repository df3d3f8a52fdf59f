"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Time } from "@/components/ui/time";
import { UntrustedText } from "@/components/ui/untrusted-text";
import { readSubmissions, reportMessage } from "@/lib/queries/remediation";
import { triageKey } from "@/lib/queries/triage";
import { MISSED_DISPOSITIONS, REPORT_KINDS, REPORT_LABELS, type MissedDisposition, type ReportKind } from "@/lib/remediation/remediation-values";

// Telling Cloudflare it got the message wrong, and what became of earlier reports of it: pending until
// Cloudflare's team reviews them, then their outcome. The reports are Cloudflare's to list (a call of the
// team's budget), so they are read once asked for or once a report was sent, not with every message
// opened; then again every few seconds while one of this message's is pending.

const POLL_MS = 5_000;

export function ReportToCloudflare({ messageId, postfixId, disposition }: { messageId: string; postfixId: string | null; disposition: string | null }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ReportKind>(disposition && disposition !== "NONE" ? "false_positive" : "missed_detection");
  const [missed, setMissed] = useState<MissedDisposition>("MALICIOUS");
  const [pending, setPending] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [showing, setShowing] = useState(false);
  const submissions = useQuery({
    queryKey: ["submissions"],
    queryFn: ({ signal }) => readSubmissions(signal),
    refetchInterval: (query) => ((query.state.data ?? []).some((one) => one.postfixId === postfixId && one.outcome === null) ? POLL_MS : false),
    enabled: showing,
    retry: false,
  });
  const mine = (submissions.data ?? []).filter((one) => postfixId !== null && one.postfixId === postfixId);

  async function send(requestId: string) {
    setBusy(true);
    try {
      const answer = await reportMessage(messageId, kind, kind === "missed_detection" ? missed : undefined, requestId);
      setSaid({ ok: true, text: `Reported to Cloudflare as a ${REPORT_LABELS[kind].toLowerCase()}${answer.via === "reclassify" ? " (by reclassify: this account has no submissions endpoint)" : ""}. Its review shows below.` });
      setPending(null);
      setShowing(true);
      // The message's action log gains the submission.
      router.refresh();
      // Its triage history gains a line saying what was done.
      void queryClient.invalidateQueries({ queryKey: triageKey(messageId) });
      if (showing) await submissions.refetch();
    } catch (error) {
      setSaid({ ok: false, text: error instanceof Error ? error.message : "The report failed." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="report-heading" className="flex flex-col gap-2 border-t border-zinc-200 pt-3 dark:border-zinc-800">
      <h3 id="report-heading" className="text-sm font-semibold">
        Report to Cloudflare
      </h3>
      {!pending ? (
        <div className="flex flex-wrap items-end gap-3">
          <Field label="Cloudflare got it wrong">
            {(control) => (
              <select {...control} className={inputClass} value={kind} onChange={(event) => setKind(event.target.value as ReportKind)}>
                {REPORT_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {REPORT_LABELS[value]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {kind === "missed_detection" ? (
            <Field label="It is">
              {(control) => (
                <select {...control} className={inputClass} value={missed} onChange={(event) => setMissed(event.target.value as MissedDisposition)}>
                  {MISSED_DISPOSITIONS.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <Button onClick={() => (setSaid(null), setPending(crypto.randomUUID()))}>Report…</Button>
        </div>
      ) : (
        <div role="group" aria-label="Confirm the report" className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            Tell Cloudflare this message is {kind === "false_positive" ? "not a threat (false positive: it should be NONE)" : `a missed detection (it is ${missed})`}?
          </span>
          <Button variant="primary" disabled={busy} onClick={() => void send(pending)}>
            {busy ? "Sending…" : "Confirm the report"}
          </Button>
          <Button disabled={busy} onClick={() => setPending(null)}>
            Cancel
          </Button>
        </div>
      )}
      <p role="status" aria-live="polite" className={said?.ok === false ? "text-sm text-red-700 dark:text-red-400" : "text-sm"}>
        {said?.text}
      </p>
      {!showing ? (
        <div>
          <Button onClick={() => setShowing(true)}>Show reports of this message</Button>
        </div>
      ) : submissions.isError ? (
        <p className="text-sm text-red-700 dark:text-red-400">The reports could not be read: {submissions.error.message}</p>
      ) : showing && submissions.isSuccess && mine.length === 0 ? (
        <p className="text-sm">No report of this message among the latest Cloudflare lists.</p>
      ) : null}
      {mine.length > 0 ? (
        <ul aria-label="Reports of this message" className="flex flex-col gap-1 text-sm">
          {mine.map((one) => (
            <li key={one.id} data-testid="submission">
              <Time iso={one.requestedAt} /> · asked {one.requestedDisposition ?? "?"} · {one.outcome === null ? "waiting for Cloudflare's review" : <UntrustedText text={`${one.outcome} (${one.outcomeDisposition ?? "?"})`} />}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
