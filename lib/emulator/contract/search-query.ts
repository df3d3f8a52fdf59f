import { z } from "zod";

// GET …/email-security/investigate's query, as Cloudflare documents it (docs/cloudflare-api.md), written
// here apart from the app's own search schema so that the two can disagree: a parameter the app
// misspells, a value out of range or the retired `page` is refused with Cloudflare's 400 envelope.
// Where Cloudflare would ignore a name it does not know, the emulator refuses it, so the mistake fails a
// test instead of quietly searching everything.

export const MAX_PER_PAGE = 1000;

const FILTER_DISPOSITIONS = ["MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM", "BULK", "NONE"] as const;
// SUBMITTED was in the original documentation; Cloudflare dropped it later. Both are accepted.
const MESSAGE_ACTIONS = ["PREVIEW", "QUARANTINE_RELEASED", "MOVED", "SUBMITTED"] as const;
const DELIVERY_STATUSES = ["delivered", "moved", "quarantined", "rejected", "deferred", "bounced", "queued", "move_failed"] as const;

const text = z.string().min(1).max(4096);
const flag = z.enum(["true", "false"]).transform((value) => value === "true");
const dateTime = z.iso.datetime({ offset: true });

const searchQuerySchema = z.strictObject({
  query: text.optional(),
  start: dateTime.optional(),
  end: dateTime.optional(),
  detections_only: flag.optional(),
  final_disposition: z.enum(FILTER_DISPOSITIONS).optional(),
  message_action: z.enum(MESSAGE_ACTIONS).optional(),
  delivery_status: z.enum(DELIVERY_STATUSES).optional(),
  sender: text.optional(),
  recipient: text.optional(),
  domain: text.optional(),
  subject: text.optional(),
  message_id: text.optional(),
  alert_id: text.optional(),
  metric: text.optional(),
  smtp_helo_ip: text.optional(),
  cursor: text.optional(),
  // Digits only: Number() would read "1e2" or " 10" too, which an API client should never send.
  per_page: z.string().regex(/^\d{1,4}$/, "must be a whole number").transform(Number).pipe(z.number().min(1).max(MAX_PER_PAGE)).optional(),
  // Gone from the list's parameters in 2026; whether Cloudflare still reads them is not public, so the
  // emulator does, as first documented.
  exact_subject: text.optional(),
  submissions: flag.optional(),
  action_log: flag.optional(),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** Start after end, or in the future (a minute of clock skew allowed), as Cloudflare refuses them. */
function windowProblems(search: SearchQuery, now: number): { path: string; message: string }[] {
  const start = search.start === undefined ? undefined : Date.parse(search.start);
  const end = search.end === undefined ? undefined : Date.parse(search.end);
  if (start !== undefined && start > now + 60_000) return [{ path: "start", message: "must not be in the future" }];
  if (start !== undefined && end !== undefined && start > end) return [{ path: "start", message: "must be before end" }];
  return [];
}

export type ParsedInvestigateQuery = { ok: true; search: SearchQuery } | { ok: false; issues: { path: string; message: string }[] };

export function parseInvestigateQuery(query: URLSearchParams, now: number): ParsedInvestigateQuery {
  const raw: Record<string, string> = {};
  for (const [name, value] of query) {
    // `page` reached its end of life on 2026-11-01: cursors only.
    if (name === "page") return { ok: false, issues: [{ path: "page", message: "is no longer supported; pass result_info.next as cursor" }] };
    raw[name] = value;
  }
  const parsed = searchQuerySchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(",") : ""), message: issue.message })) };
  }
  const problems = windowProblems(parsed.data, now);
  return problems.length > 0 ? { ok: false, issues: problems } : { ok: true, search: parsed.data };
}
