import "server-only";
import { pruneAuditRows } from "@/lib/audit/audit-table";
import { pruneSessions } from "@/lib/auth/session-records";
import { pruneFailures } from "@/lib/auth/throttle-records";
import { SIGN_IN_THROTTLE } from "@/lib/auth/authorize-local";
import { pruneAnswers } from "@/lib/budget/answer-table";
import { getConfig } from "@/lib/config/env";
import { withDatabase } from "@/lib/db/database";
import { processWide } from "@/lib/process-wide";

// Housekeeping of the dashboard's tables, hourly in every replica (each delete is idempotent, so two
// replicas doing it at once do no harm): audit events past AUDIT_RETENTION_DAYS, session records whose
// cookies are refused by age anyway, failed sign-ins that have left their window (also trimmed where
// they are written; these are the names that never came back), and expired copies of upstream answers.
// Budget calls expire inside budget_acquire, which keeps their counts.

const EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function startMaintenance(): void {
  processWide("maintenance", () => {
    const timer = setInterval(() => void runMaintenance().catch(() => undefined), EVERY_MS);
    timer.unref();
    void runMaintenance().catch(() => undefined);
    return timer;
  });
}

export async function runMaintenance(now = Date.now()): Promise<void> {
  const { store } = getConfig();
  await withDatabase("delete old audit events", (db) => pruneAuditRows(db, new Date(now - store.auditRetentionDays * DAY_MS)));
  await withDatabase("forget old sessions", (db) => pruneSessions(db, new Date(now - DAY_MS)));
  await withDatabase("forget old failed sign-ins", (db) => pruneFailures(db, now - SIGN_IN_THROTTLE.windowMs));
  await withDatabase("forget expired answers", (db) => pruneAnswers(db, now));
}
