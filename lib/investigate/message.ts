import { z } from "zod";
import type { UpstreamActionEntry, UpstreamFinding, UpstreamMessage } from "@/lib/cloudflare/schemas/message";
import { actionEntrySchema } from "@/lib/cloudflare/schemas/message";
import { keepUnknown } from "./unknown-fields";

// The message as the app sees it: Cloudflare's fields with the deprecated ones folded into their
// replacements, nulls instead of absences, and fields we do not know yet kept under `extra`. Everything
// a route handler sends goes through this schema, so no upstream field leaves by accident.

const str = z.string().nullable();
const list = z.array(z.string());

export const findingSchema = z.object({
  attachment: str,
  detail: str,
  detection: str,
  field: str,
  name: str,
  portion: str,
  reason: str,
  score: z.number().nullable(),
  value: str,
});
export type Finding = z.infer<typeof findingSchema>;

export const actionEntrySchemaOut = z.object({
  operation: str,
  started_at: str,
  completed_at: str,
  status: str,
  success: z.boolean().nullable(),
  properties: z.record(z.string(), z.unknown()),
});
export type ActionEntry = z.infer<typeof actionEntrySchemaOut>;

export const validationSchema = z.object({
  comment: str,
  dkim: str,
  dmarc: str,
  spf: str,
});
export type Validation = z.infer<typeof validationSchema>;

export const messageSchema = z.object({
  id: z.string(),
  postfix_id: z.string(),
  alert_id: str,
  message_id: str,
  subject: str,
  from: str,
  from_name: str,
  replyto: str,
  envelope_from: str,
  envelope_to: list,
  to: list,
  to_name: list,
  client_recipients: list,
  final_disposition: str,
  detection_reasons: list,
  threat_categories: list,
  is_quarantined: z.boolean(),
  is_phish_submission: z.boolean(),
  delivery_mode: str,
  delivery_status: list,
  post_delivery_operations: list,
  postfix_id_outbound: str,
  scanned_at: str,
  sent_at: str,
  validation: validationSchema,
  properties: z.object({
    allowlisted_pattern: str,
    allowlisted_pattern_type: str,
    blocklisted_message: z.boolean().nullable(),
    blocklisted_pattern: str,
    whitelisted_pattern_type: str,
  }),
  edf_hash: str,
  htmltext_structure_hash: str,
  smtp_helo_server_ip: str,
  smtp_previous_hop_ip: str,
  x_originating_ip: str,
  /** The embedded findings (deprecated upstream); the detail view prefers …/detections. */
  findings: z.array(findingSchema),
  /** The embedded action log (deprecated upstream); the detail view prefers …/action_log. */
  action_log: z.array(actionEntrySchemaOut),
  /** Fields Cloudflare sent that this version does not know, kept as they came within bounds (unknown-fields.ts). */
  extra: z.record(z.string(), z.unknown()),
});
export type Message = z.infer<typeof messageSchema>;

const KNOWN_FIELDS = new Set([
  ...Object.keys(messageSchema.shape),
  "ts",
  "sent_date",
]);

/** Legacy timestamps (`ts`, `sent_date`) carry no zone; Cloudflare's clocks are UTC. */
export function toUtcIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const zoneless = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value);
  const candidate = zoneless ? `${value.replace(" ", "T")}Z` : value;
  const time = Date.parse(candidate);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

export function reshapeFinding(finding: UpstreamFinding): Finding {
  return {
    attachment: finding.attachment ?? null,
    detail: finding.detail ?? null,
    detection: finding.detection ?? null,
    field: finding.field ?? null,
    name: finding.name ?? null,
    portion: finding.portion ?? null,
    reason: finding.reason ?? null,
    score: finding.score ?? null,
    value: finding.value ?? null,
  };
}

export function reshapeActionEntry(entry: UpstreamActionEntry): ActionEntry {
  return {
    operation: entry.operation ?? null,
    started_at: toUtcIso(entry.started_at),
    completed_at: toUtcIso(entry.completed_at ?? entry.completed_timestamp),
    status: entry.status ?? null,
    success: entry.success ?? null,
    properties: keepUnknown(Object.entries(entry.properties ?? {})),
  };
}

/** The embedded action_log was typed "object"/"unknown"; keep the entries that read as ActionEntry. */
function embeddedActionLog(value: unknown): ActionEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = actionEntrySchema.safeParse(entry);
    return parsed.success ? [reshapeActionEntry(parsed.data)] : [];
  });
}

export function reshapeMessage(upstream: UpstreamMessage): Message {
  const extra = keepUnknown(Object.entries(upstream).filter(([key]) => !KNOWN_FIELDS.has(key)));
  const validation = upstream.validation;
  const properties = upstream.properties;
  return {
    id: upstream.id,
    postfix_id: upstream.postfix_id,
    alert_id: upstream.alert_id ?? null,
    message_id: upstream.message_id ?? null,
    subject: upstream.subject ?? null,
    from: upstream.from ?? null,
    from_name: upstream.from_name ?? null,
    replyto: upstream.replyto ?? null,
    envelope_from: upstream.envelope_from ?? null,
    envelope_to: upstream.envelope_to ?? [],
    to: upstream.to ?? [],
    to_name: upstream.to_name ?? [],
    client_recipients: upstream.client_recipients ?? [],
    final_disposition: upstream.final_disposition ?? null,
    detection_reasons: upstream.detection_reasons ?? [],
    threat_categories: upstream.threat_categories ?? [],
    is_quarantined: upstream.is_quarantined ?? false,
    is_phish_submission: upstream.is_phish_submission ?? false,
    delivery_mode: upstream.delivery_mode ?? null,
    delivery_status: upstream.delivery_status ?? [],
    post_delivery_operations: upstream.post_delivery_operations ?? [],
    postfix_id_outbound: upstream.postfix_id_outbound ?? null,
    scanned_at: toUtcIso(upstream.scanned_at) ?? toUtcIso(upstream.ts),
    sent_at: toUtcIso(upstream.sent_at) ?? toUtcIso(upstream.sent_date),
    validation: {
      comment: validation?.comment ?? null,
      dkim: validation?.dkim ?? null,
      dmarc: validation?.dmarc ?? null,
      spf: validation?.spf ?? null,
    },
    properties: {
      allowlisted_pattern: properties?.allowlisted_pattern ?? null,
      allowlisted_pattern_type: properties?.allowlisted_pattern_type ?? null,
      blocklisted_message: properties?.blocklisted_message ?? null,
      blocklisted_pattern: properties?.blocklisted_pattern ?? null,
      whitelisted_pattern_type: properties?.whitelisted_pattern_type ?? null,
    },
    edf_hash: upstream.edf_hash ?? null,
    htmltext_structure_hash: upstream.htmltext_structure_hash ?? null,
    smtp_helo_server_ip: upstream.smtp_helo_server_ip ?? null,
    smtp_previous_hop_ip: upstream.smtp_previous_hop_ip ?? null,
    x_originating_ip: upstream.x_originating_ip ?? null,
    findings: (upstream.findings ?? []).map(reshapeFinding),
    action_log: embeddedActionLog(upstream.action_log),
    extra,
  };
}
