// The query parameters of GET …/email-security/investigate that the client sends, in Cloudflare's
// names. The app's own search (lib/investigate/search-params.ts) is assignable to this; only these
// names are ever written, so an app-only field, or the deprecated `page`, never goes upstream.

const TEXT = ["query", "start", "end", "final_disposition", "message_action", "delivery_status", "sender", "recipient", "domain", "subject", "exact_subject", "alert_id", "message_id", "smtp_helo_ip", "metric", "cursor"] as const;
const FLAGS = ["detections_only", "submissions", "action_log"] as const;

export type InvestigateQuery = Partial<Record<(typeof TEXT)[number], string> & Record<(typeof FLAGS)[number], boolean> & { per_page: number }>;

const NAMES: readonly (keyof InvestigateQuery)[] = [...TEXT, ...FLAGS, "per_page"];

export function investigateQueryString(query: InvestigateQuery): string {
  const out = new URLSearchParams();
  for (const name of NAMES) {
    const value = query[name];
    if (value !== undefined) out.set(name, String(value));
  }
  return out.toString();
}
