"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cancelJob, readJob } from "@/lib/queries/remediation";
import { jobEnded } from "@/lib/remediation/bulk-job-state";
import type { RequestAnswer } from "@/lib/remediation/remediation-answer";
import { JobMessages } from "./job-messages";

// A whole-search request's bulk job, live: Cloudflare's status and counters read again every few seconds
// until the job ends, a cancel for analysts while it runs, and its messages on demand.

const READ_EVERY_MS = 2_000;

const JOB_WORDS: Record<string, string> = {
  PENDING: "Waiting to start",
  DISCOVERING: "Cloudflare is finding the messages",
  PROCESSING: "Running",
  COMPLETED: "Completed",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
};

const COUNTERS = [
  ["discovered", "Found"],
  ["successful", "Succeeded"],
  ["failed", "Failed"],
  ["skipped", "Skipped"],
  ["cancelled", "Cancelled (untouched)"],
  ["pending", "Waiting"],
] as const;

export function JobProgress({ request, canCancel }: { request: RequestAnswer; canCancel: boolean }) {
  const queryClient = useQueryClient();
  const key = ["remediation-job", request.id];
  const { data, error } = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => readJob(request.id, signal),
    initialData: request,
    refetchInterval: (query) => (query.state.data?.job && jobEnded(query.state.data.job) ? false : READ_EVERY_MS),
  });
  const [cancelling, setCancelling] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const job = data.job;
  if (!job) return null;
  const ended = jobEnded(job);
  const done = job.successful + job.failed + job.skipped;

  async function cancel() {
    setCancelling(true);
    setSaid(null);
    try {
      queryClient.setQueryData(key, await cancelJob(request.id));
      setSaid("Cancelled: what the job had not reached is left untouched.");
    } catch (failure) {
      setSaid(failure instanceof Error ? failure.message : "The cancel failed.");
    } finally {
      setCancelling(false);
    }
  }

  return (
    <div className="flex min-w-64 flex-col gap-1" data-testid="job-progress">
      <p>
        <span data-testid="job-status">{JOB_WORDS[job.status] ?? job.status}</span>
        {job.statusMessage ? <span className="text-zinc-600 dark:text-zinc-400"> · {job.statusMessage}</span> : null}
      </p>
      {job.discovered > 0 ? (
        <progress className="h-2 w-full" max={job.discovered} value={done + job.cancelled} aria-label={`Bulk job progress: ${done} of ${job.discovered} messages`} />
      ) : null}
      <dl className="grid grid-cols-[auto_auto] gap-x-3 text-xs" aria-label="Bulk job counters">
        {COUNTERS.map(([name, label]) => (
          <div key={name} className="contents">
            <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
            <dd data-testid={`job-${name}`} className="tabular-nums">
              {job[name].toLocaleString("en-US")}
            </dd>
          </div>
        ))}
      </dl>
      {canCancel && !ended ? (
        <Button disabled={cancelling} onClick={() => void cancel()} className="self-start">
          {cancelling ? "Cancelling…" : "Cancel the job"}
        </Button>
      ) : null}
      <p role="status" aria-live="polite" className="text-xs">
        {said ?? (error ? `Progress could not be read just now: ${error.message}` : "")}
      </p>
      <JobMessages requestId={request.id} running={!ended} />
    </div>
  );
}
