import type { Fault } from "../faults";
import type { Reply, ReplyKind } from "./envelope";
import { CODES } from "./envelope";

// Serialising a reply, and the broken bodies a `body` fault asks for: JSON cut in half, an HTML error
// page from a proxy, a well-formed envelope whose result breaks the route's schema, success:false on a
// 2xx, or a search page with odd results among good ones (unreadable-messages).

const VIOLATIONS: Record<ReplyKind, unknown> = {
  search: { id: 12345, postfix_id: null, detection_reasons: "not-a-list", is_quarantined: "no" },
  message: { id: 12345, postfix_id: ["not", "a", "string"], is_quarantined: "no" },
  detections: { attachments: [{ size: "large" }], links: "none" },
  action_log: { operation: "MOVE" },
  trace: { inbound: { lines: "not-a-list" } },
  raw: { raw: 42 },
  preview: { screenshot: null },
  move: [{ success: "yes", recipient: 42 }],
  release: [{ id: null, delivered: "all" }],
  submission: [{ submission_id: 42 }],
  bulk: { job_id: 42, status: ["PROCESSING"] },
  error: "unexpected",
};

const HTML_PAGE = `<!DOCTYPE html>
<html lang="en-US"><head><title>api.cloudflare.com | 502: Bad gateway</title></head>
<body><div id="cf-error-details"><h1>Bad gateway <span>Error code 502</span></h1>
<p>The web server reported a bad gateway error.</p><p>Ray ID: 8f2c1d0e9a7b6c5d</p></div></body></html>
`;

export type SerialisedBody = {
  readonly text: string;
  readonly contentType: string;
};

export function serialise(reply: Reply, fault: Fault["body"] | null): SerialisedBody {
  const json = "application/json";
  switch (fault ?? null) {
    case "truncated-json": {
      const text = JSON.stringify(reply.body);
      return { text: text.slice(0, Math.max(1, Math.floor(text.length / 2))), contentType: json };
    }
    case "html":
      return { text: HTML_PAGE, contentType: "text/html; charset=UTF-8" };
    case "schema-violation":
      return { text: JSON.stringify({ ...reply.body, success: true, errors: [], result: VIOLATIONS[reply.kind] }), contentType: json };
    case "success-false":
      return {
        text: JSON.stringify({ success: false, errors: [{ code: CODES.serverError, message: "Internal error while processing the request" }], messages: [], result: null }),
        contentType: json,
      };
    case "unreadable-messages":
      return { text: withUnreadableMessages(reply), contentType: json };
    case null:
      return { text: JSON.stringify(reply.body), contentType: json };
  }
}

/** How deep the unknown field of unreadable-messages nests: deeper than JSON.stringify can go. */
export const DEEP_FIELD_LEVELS = 5_000;

// The first result fails the message schema (its id still readable), the second carries an unknown
// field nested DEEP_FIELD_LEVELS deep, spliced in as text because JSON.stringify cannot write it.
function withUnreadableMessages(reply: Reply): string {
  const result = reply.body.result;
  if (reply.kind !== "search" || !Array.isArray(result) || result.length < 2) return JSON.stringify(reply.body);
  const [first, second, ...rest] = result as Record<string, unknown>[];
  const marker = "__deep_unknown_field__";
  const text = JSON.stringify({ ...reply.body, result: [{ ...first, is_quarantined: "no", detection_reasons: "not-a-list" }, { ...second, deep_unknown_field: marker }, ...rest] });
  return text.replace(`"${marker}"`, `${'{"a":'.repeat(DEEP_FIELD_LEVELS)}1${"}".repeat(DEEP_FIELD_LEVELS)}`);
}
