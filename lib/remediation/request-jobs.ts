import "server-only";
import { withDatabase } from "@/lib/db/database";
import { jobEnded, type JobState } from "./bulk-job-state";
import { mayAct, RemediationRefusal, type Actor, type RequestRow } from "./remediation";
import { findRequest, saveJob } from "./remediation-records";

// The bulk job an approved whole-search request started at Cloudflare: read again while it runs (and
// kept, so the requests page shows the last known counters without asking Cloudflare), never again once
// it has ended; cancelled by any analyst while it runs.

export type JobRead = { row: RequestRow; job: JobState };

/** The request's job, as Cloudflare tells it now, or as kept once it has ended. */
export async function readJob(id: string, read: (jobId: string) => Promise<JobState>, now = new Date()): Promise<JobRead> {
  const { row, job } = await withJob(id);
  if (jobEnded(job)) return { row, job };
  const fresh = await read(job.id);
  await withDatabase("keep the job's progress", (db) => saveJob(db, id, fresh, now));
  return { row, job: fresh };
}

/** Stops the request's job where it is: what it has not reached stays untouched. */
export async function cancelJob(id: string, actor: Actor, cancel: (jobId: string) => Promise<JobState>, now = new Date()): Promise<JobRead> {
  mayAct(actor);
  const { row, job } = await withJob(id);
  if (jobEnded(job)) throw new RemediationRefusal("conflict", `The job has ended already (${job.status.toLowerCase()}): there is nothing to cancel.`);
  const cancelled = await cancel(job.id);
  await withDatabase("keep the job's progress", (db) => saveJob(db, id, cancelled, now));
  return { row, job: cancelled };
}

/** The request and its job; refused when there is no such request, or it started no job (yet). */
export async function withJob(id: string): Promise<{ row: RequestRow; job: JobState }> {
  const row = await withDatabase("read the request", (db) => findRequest(db, id));
  if (!row) throw new RemediationRefusal("not_found", "There is no request with this id.");
  if (!row.job) throw new RemediationRefusal("not_found", row.search ? "This request has started no job: it waits for approval, or was not sent." : "This request is for chosen messages, not a search: it has no job.");
  return { row, job: row.job };
}
