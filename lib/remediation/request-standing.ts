import type { RequestRow } from "./remediation-records";

/** Where a request stands for the page: a waiting one past its time has expired. */
export function standingOf(row: Pick<RequestRow, "status" | "expiresAt">, now = new Date()): string {
  return row.status === "pending_approval" && row.expiresAt !== null && row.expiresAt <= now ? "expired" : row.status;
}

