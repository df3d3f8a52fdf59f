import { jobStanding } from "./bulk-job-state";
import type { RequestRow } from "./remediation-records";

/** Where a request stands for the page: a waiting one past its time has expired; one that started a job stands as the job does. */
export function standingOf(row: Pick<RequestRow, "status" | "expiresAt" | "job">, now = new Date()): string {
  if (row.status === "pending_approval" && row.expiresAt !== null && row.expiresAt <= now) return "expired";
  if (row.status === "done" && row.job) return jobStanding(row.job);
  return row.status;
}
