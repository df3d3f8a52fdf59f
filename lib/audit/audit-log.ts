import "server-only";
import { appendFileSync } from "node:fs";
import { getConfig } from "@/lib/config/env";
import { withDatabase } from "@/lib/db/database";
import { processWide } from "@/lib/process-wide";
import { auditLine, type AuditEvent } from "./audit-line";
import { insertAuditRows, toAuditRow, type NewAuditRow } from "./audit-table";

export type { AuditEvent };

// One JSON line per event on stdout, and in AUDIT_LOG_FILE when set: appended synchronously, so lines
// stay whole and in order. The same event goes to the audit table, in batches written a moment later
// off the request's path; while the database is down the batch waits (bounded), and what has to be
// dropped is counted on stderr: stdout holds every event either way.

const FLUSH_AFTER_MS = 100;
const BATCH = 500;
const MAX_WAITING = 20_000;

type Writer = { waiting: NewAuditRow[]; timer: ReturnType<typeof setTimeout> | null; flushing: Promise<void> | null; dropped: number };

const writer = () => processWide<Writer>("audit-writer", () => ({ waiting: [], timer: null, flushing: null, dropped: 0 }));

export function audit(event: AuditEvent, now = new Date()): void {
  const line = auditLine(event, now);
  process.stdout.write(`${line}\n`);
  enqueue(toAuditRow(line));
  const file = getConfig().audit.file;
  if (!file) return;
  try {
    appendFileSync(file, `${line}\n`, { mode: 0o600 });
  } catch (error) {
    console.error(`audit: cannot append to AUDIT_LOG_FILE (${error instanceof Error && "code" in error ? String(error.code) : "error"})`);
  }
}

/** Writes what is waiting now; resolves when the table has it (or the database refused it). */
export async function flushAudit(): Promise<void> {
  const state = writer();
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  while (state.flushing) await state.flushing;
  if (state.waiting.length === 0) return;
  const batch = state.waiting.splice(0, BATCH);
  state.flushing = withDatabase("write the audit trail", (db) => insertAuditRows(db, batch))
    .catch(() => {
      state.waiting.unshift(...batch);
      schedule(state, 5_000);
    })
    .finally(() => {
      state.flushing = null;
    });
  await state.flushing;
  if (state.waiting.length > 0 && !state.timer) schedule(state, 0);
}

function enqueue(row: NewAuditRow): void {
  const state = writer();
  state.waiting.push(row);
  if (state.waiting.length > MAX_WAITING) {
    const over = state.waiting.length - MAX_WAITING;
    state.waiting.splice(0, over);
    if (Math.floor(state.dropped / 1_000) < Math.floor((state.dropped + over) / 1_000) || state.dropped === 0) {
      console.error(`audit: the database has been unavailable for a while; ${state.dropped + over} events are on stdout only`);
    }
    state.dropped += over;
  }
  if (!state.timer && !state.flushing) schedule(state, FLUSH_AFTER_MS);
}

function schedule(state: Writer, ms: number): void {
  state.timer = setTimeout(() => void flushAudit(), ms);
  state.timer.unref?.();
}
