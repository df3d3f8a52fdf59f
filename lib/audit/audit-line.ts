// The shape and encoding of one audit line. Who, when, what, outcome; never a password, cookie,
// token or message body: callers pass only the fields below, and every string is escaped so an
// attacker-chosen value (a search term, a user name) cannot forge a line or hide in a terminal.

export type AuditWho = { id: string; role: string } | null;

export const AUDIT_EVENTS = [
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "session_ended",
  "search",
  "message_view",
  "raw_download",
  "preview_view",
  "audit_read",
  "triage_change",
  "triage_note",
  "remediation",
  "denied",
] as const;
export const AUDIT_OUTCOMES = ["ok", "failed", "unauthenticated", "forbidden", "error"] as const;

export type AuditEvent = {
  event: (typeof AUDIT_EVENTS)[number];
  outcome: (typeof AUDIT_OUTCOMES)[number];
  who: AuditWho;
  /** The object: a route, a message id, a user name tried. */
  what?: string;
  /** Search parameters, provider, reason, status: short, non-secret strings. */
  [detail: string]: unknown;
};

const MAX_STRING = 500;

// Everything JSON.stringify leaves raw that a terminal or log viewer might act on: C1 controls,
// DEL, line and paragraph separators, bidirectional overrides.
const UNSAFE = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function auditLine(event: AuditEvent, now: Date): string {
  const { event: name, outcome, who, ...rest } = event;
  const record = {
    time: now.toISOString(),
    event: name,
    outcome,
    who: who ? { id: who.id, role: who.role } : null,
    ...clean(rest),
  };
  return JSON.stringify(record).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function clean(value: unknown, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof value !== "object" || value === null) return out;
  for (const [key, v] of Object.entries(value)) out[key] = scalar(v, depth);
  return out;
}

function scalar(value: unknown, depth: number): unknown {
  if (typeof value === "string") return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scalar(v, depth + 1));
  if (typeof value === "object" && depth < 2) return clean(value, depth + 1);
  return undefined;
}
