import "server-only";
import { audit } from "@/lib/audit/audit-log";
import type { DetailOutcome } from "./load-message-detail";
import type { Principal } from "@/lib/auth/session-token";

// A message page's view in the audit log, with what came of it: the status is the one the API answers
// for the same id (400 for an id that cannot be one, 404, Cloudflare's failure), so one query over the
// log finds a view whichever way it came.

const STATUS: Record<Exclude<DetailOutcome["kind"], "failed">, number> = { found: 200, invalid: 400, not_found: 404 };

export function auditMessagePageView(who: Principal, rawId: string, outcome: DetailOutcome): void {
  const status = outcome.kind === "failed" ? outcome.status : STATUS[outcome.kind];
  audit({ event: "message_view", outcome: outcome.kind === "found" ? "ok" : "error", who, what: safeDecode(rawId), via: "page", status });
}

function safeDecode(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
