"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { decide } from "@/lib/queries/remediation";
import type { RequestAnswer } from "@/lib/remediation/remediation-answer";

/** A second analyst's approve or reject of a waiting request, with a reason (required to reject). */
export function RequestDecision({ id, label }: { id: string; label: string }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);

  async function send(decision: "approve" | "reject") {
    if (decision === "reject" && !reason.trim()) return setSaid({ ok: false, text: "Say why it is rejected." });
    setBusy(true);
    try {
      const answer = await decide(id, decision, reason.trim());
      setSaid({ ok: true, text: decision === "reject" ? "Rejected: nothing was sent." : approvedWords(answer) });
      router.refresh();
    } catch (error) {
      setSaid({ ok: false, text: error instanceof Error ? error.message : "The decision failed." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <input aria-label={`Reason for ${label}`} className={`${inputClass} w-56`} value={reason} maxLength={1000} placeholder="Reason" onChange={(event) => setReason(event.target.value)} />
        <Button variant="primary" disabled={busy} onClick={() => void send("approve")}>
          Approve
        </Button>
        <Button disabled={busy} onClick={() => void send("reject")}>
          Reject
        </Button>
      </div>
      <p role="status" aria-live="polite" className={said?.ok === false ? "text-xs text-red-700 dark:text-red-400" : "text-xs"}>
        {said?.text}
      </p>
    </div>
  );
}

function approvedWords(answer: RequestAnswer): string {
  if (answer.job) return "Approved: Cloudflare's bulk job has started.";
  if (answer.status === "done") return `Approved and sent: ${answer.succeeded ?? 0} succeeded, ${answer.failed ?? 0} failed.`;
  if (answer.status === "failed") return `Approved, but sending failed: ${answer.failure ?? "no reason given"}.`;
  return `Approved: ${answer.status}.`;
}
