import { describe, expect, it } from "vitest";
import { investigateQueryString } from "@/lib/cloudflare/investigate-query";
import { DELIVERY_STATUSES, FILTER_DISPOSITIONS, MESSAGE_ACTIONS } from "@/lib/cloudflare/schemas/enums";
import { parseInvestigateQuery } from "@/lib/emulator/contract/search-query";
import { searchParamsSchema } from "@/lib/investigate/search-params";
import { safeParse } from "@/lib/validation/core-builders";

// The app's search and the emulator's copy of Cloudflare's contract are written apart; here every search
// the app accepts, as its client sends it upstream, must be one the emulator accepts too.

const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();

const samples: Record<string, string>[] = [
  {},
  { query: "invoice acme", start: iso(now - 86_400_000), end: iso(now), detections_only: "false" },
  { sender: "a@b.example", recipient: "b.example", domain: "c.example", subject: "review", exact_subject: "Q3 review" },
  { alert_id: "4Q3x1-alert", message_id: "<m@b.example>", smtp_helo_ip: "192.0.2.1", metric: "sender", submissions: "true", action_log: "false" },
  { cursor: "opaque-cursor", per_page: "1000" },
  ...FILTER_DISPOSITIONS.map((final_disposition) => ({ final_disposition })),
  ...MESSAGE_ACTIONS.map((message_action) => ({ message_action })),
  ...DELIVERY_STATUSES.map((delivery_status) => ({ delivery_status })),
];

describe("the app's searches, as the client sends them", () => {
  it.each(samples)("%j is a query the emulator accepts", (raw) => {
    const app = safeParse(searchParamsSchema, raw);
    expect(app.success, JSON.stringify(app.error?.issues)).toBe(true);
    if (!app.success) return;
    const sent = new URLSearchParams(investigateQueryString(app.data));
    const upstream = parseInvestigateQuery(sent, now);
    expect(upstream.ok ? [] : upstream.issues).toEqual([]);
  });
});
