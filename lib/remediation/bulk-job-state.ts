import type { UpstreamBulkJob } from "@/lib/cloudflare/schemas/remediation";
import type { StoredJob } from "@/lib/db/schema";

// A whole-search request's bulk job as the dashboard keeps and shows it: Cloudflare's status and
// counters (total = pending + successful + failed + skipped + cancelled), read again while it runs.

export type JobState = StoredJob;

/** What a job's messages may be, as Cloudflare lists them. */
export const BULK_JOB_MESSAGE_STATUSES = ["PENDING", "PROCESSING", "COMPLETED", "FAILED", "SKIPPED", "CANCELLED"] as const;

/** Statuses after which a job changes no more: it is not read from Cloudflare again. */
const ENDED = new Set(["COMPLETED", "FAILED", "CANCELLED"]);

export function jobEnded(job: Pick<JobState, "status">): boolean {
  return ENDED.has(job.status);
}

export function toJobState(job: UpstreamBulkJob): JobState {
  return {
    id: job.job_id,
    status: job.status,
    discovered: job.total_messages_discovered ?? 0,
    pending: job.messages_pending ?? 0,
    successful: job.messages_successful ?? 0,
    failed: job.messages_failed ?? 0,
    skipped: job.messages_skipped ?? 0,
    cancelled: job.messages_cancelled ?? 0,
    statusMessage: job.status_message ?? null,
    completedAt: job.completed_at ?? null,
  };
}

/** Where a request with a job stands: running until the job ends, then as the job ended. */
export function jobStanding(job: Pick<JobState, "status">): string {
  if (job.status === "COMPLETED") return "done";
  if (job.status === "CANCELLED") return "cancelled";
  if (job.status === "FAILED") return "failed";
  return "running";
}
