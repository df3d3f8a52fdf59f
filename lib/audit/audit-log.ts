import "server-only";
import { appendFileSync } from "node:fs";
import { getConfig } from "@/lib/config/env";
import { auditLine, type AuditEvent } from "./audit-line";

export type { AuditEvent };

// One JSON line per event on stdout, and in AUDIT_LOG_FILE when set. Appending synchronously keeps
// lines whole and in order; an audit line that cannot be written is reported, never silently lost.

export function audit(event: AuditEvent, now = new Date()): void {
  const line = auditLine(event, now);
  process.stdout.write(`${line}\n`);
  const file = getConfig().audit.file;
  if (!file) return;
  try {
    appendFileSync(file, `${line}\n`, { mode: 0o600 });
  } catch (error) {
    console.error(`audit: cannot append to AUDIT_LOG_FILE (${error instanceof Error && "code" in error ? String(error.code) : "error"})`);
  }
}
