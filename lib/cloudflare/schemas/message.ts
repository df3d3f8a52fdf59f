import { z } from "zod";
import {
  DELIVERY_MODES,
  DELIVERY_STATUSES,
  DISPOSITIONS,
  PATTERN_TYPES,
  POST_DELIVERY_OPERATIONS,
  VALIDATION_RESULTS,
} from "./enums";
import { tolerantEnum } from "./tolerant-enum";

// MessageDetails as Cloudflare sends it (docs/cloudflare-api.md#message-fields): the search item and
// the detail object share it. Objects are loose so fields Cloudflare adds are kept, never rejected.

const nullableString = z.string().nullish();
const stringList = z.array(z.string()).nullish();

export const findingSchema = z.looseObject({
  attachment: nullableString,
  detail: nullableString,
  detection: tolerantEnum(DISPOSITIONS).nullish(),
  field: nullableString,
  name: nullableString,
  portion: nullableString,
  reason: nullableString,
  score: z.number().nullish(),
  value: nullableString,
});
export type UpstreamFinding = z.infer<typeof findingSchema>;

export const validationSchema = z.looseObject({
  comment: nullableString,
  dkim: tolerantEnum(VALIDATION_RESULTS).nullish(),
  dmarc: tolerantEnum(VALIDATION_RESULTS).nullish(),
  spf: tolerantEnum(VALIDATION_RESULTS).nullish(),
});

export const propertiesSchema = z.looseObject({
  allowlisted_pattern: nullableString,
  allowlisted_pattern_type: tolerantEnum(PATTERN_TYPES).nullish(),
  blocklisted_message: z.boolean().nullish(),
  blocklisted_pattern: nullableString,
  whitelisted_pattern_type: tolerantEnum(PATTERN_TYPES).nullish(),
});

/** One entry of the action log: the ActionEntry of `/action_log`, and the deprecated embedded field. */
export const actionEntrySchema = z.looseObject({
  operation: z.string().nullish(),
  started_at: nullableString,
  completed_at: nullableString,
  /** Deprecated, use completed_at (EOL 2026-11-01). */
  completed_timestamp: nullableString,
  status: nullableString,
  success: z.boolean().nullish(),
  properties: z.record(z.string(), z.unknown()).nullish(),
});
export type UpstreamActionEntry = z.infer<typeof actionEntrySchema>;

export const upstreamMessageSchema = z.looseObject({
  id: z.string(),
  postfix_id: z.string(),
  // Documented as required; in practice "object"/"unknown" and deprecated, so anything is accepted and the
  // entries that look like ActionEntry are kept by the reshape step.
  action_log: z.unknown().optional(),
  client_recipients: z.array(z.string()).nullish(),
  detection_reasons: z.array(z.string()).nullish(),
  is_phish_submission: z.boolean().nullish(),
  is_quarantined: z.boolean().nullish(),
  properties: propertiesSchema.nullish(),
  /** Deprecated, use scanned_at (EOL 2026-11-01). No zone: UTC. */
  ts: nullableString,
  alert_id: nullableString,
  delivery_mode: tolerantEnum(DELIVERY_MODES).nullish(),
  delivery_status: z.array(tolerantEnum(DELIVERY_STATUSES)).nullish(),
  edf_hash: nullableString,
  envelope_from: nullableString,
  envelope_to: stringList,
  final_disposition: tolerantEnum(DISPOSITIONS).nullish(),
  /** Deprecated, use GET …/investigate/{id}/detections (EOL 2026-11-01). */
  findings: z.array(findingSchema).nullish(),
  from: nullableString,
  from_name: nullableString,
  htmltext_structure_hash: nullableString,
  message_id: nullableString,
  post_delivery_operations: z.array(tolerantEnum(POST_DELIVERY_OPERATIONS)).nullish(),
  postfix_id_outbound: nullableString,
  replyto: nullableString,
  scanned_at: nullableString,
  sent_at: nullableString,
  /** Deprecated in 2026-03/04, use sent_at. */
  sent_date: nullableString,
  smtp_helo_server_ip: nullableString,
  smtp_previous_hop_ip: nullableString,
  subject: nullableString,
  threat_categories: stringList,
  to: stringList,
  to_name: stringList,
  validation: validationSchema.nullish(),
  x_originating_ip: nullableString,
});
export type UpstreamMessage = z.infer<typeof upstreamMessageSchema>;
export type UpstreamMessageInput = z.input<typeof upstreamMessageSchema>;
