// Cloudflare's value lists (docs/cloudflare-api.md#value-lists). Responses are read tolerantly: a value
// Cloudflare adds tomorrow shows as itself instead of failing the page. Filters are strict.

export const DISPOSITIONS = [
  "MALICIOUS",
  "MALICIOUS-BEC",
  "SUSPICIOUS",
  "SPOOF",
  "SPAM",
  "BULK",
  "ENCRYPTED",
  "EXTERNAL",
  "UNKNOWN",
  "NONE",
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** The smaller set the search filter accepts. */
export const FILTER_DISPOSITIONS = ["MALICIOUS", "SUSPICIOUS", "SPOOF", "SPAM", "BULK", "NONE"] as const;

/** SUBMITTED was in the original documentation; it came and went upstream in 2026-03/04. Both are accepted. */
export const MESSAGE_ACTIONS = ["PREVIEW", "QUARANTINE_RELEASED", "MOVED", "SUBMITTED"] as const;

export const DELIVERY_STATUSES = [
  "delivered",
  "moved",
  "quarantined",
  "rejected",
  "deferred",
  "bounced",
  "queued",
  "move_failed",
] as const;

export const DELIVERY_MODES = [
  "DIRECT",
  "BCC",
  "JOURNAL",
  "REVIEW_SUBMISSION",
  "DMARC_UNVERIFIED",
  "DMARC_FAILURE_REPORT",
  "DMARC_AGGREGATE_REPORT",
  "THREAT_INTEL_SUBMISSION",
  "SIMULATION_SUBMISSION",
  "API",
  "RETRO_SCAN",
] as const;

export const POST_DELIVERY_OPERATIONS = ["PREVIEW", "QUARANTINE_RELEASE", "SUBMISSION", "MOVE"] as const;

/** The embedded (deprecated) action log knows more operations than the action_log endpoint. */
export const ACTION_OPERATIONS = ["MOVE", "RELEASE", "RECLASSIFY", "SUBMISSION", "QUARANTINE_RELEASE", "PREVIEW"] as const;

export const VALIDATION_RESULTS = ["pass", "neutral", "fail", "error", "none"] as const;
export type ValidationResult = (typeof VALIDATION_RESULTS)[number];

export const PATTERN_TYPES = [
  "quarantine_release",
  "acceptable_sender",
  "allowed_sender",
  "allowed_recipient",
  "domain_similarity",
  "domain_recency",
  "managed_acceptable_sender",
  "outbound_ndr",
] as const;

export function isKnown<const T extends readonly string[]>(known: T, value: string): value is T[number] {
  return (known as readonly string[]).includes(value);
}

/** The mailbox folders a move may name. */
export const MOVE_DESTINATIONS = ["Inbox", "JunkEmail", "DeletedItems", "RecoverableItemsDeletions", "RecoverableItemsPurges"] as const;
export type MoveDestination = (typeof MOVE_DESTINATIONS)[number];
