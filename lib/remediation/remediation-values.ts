import { MOVE_DESTINATIONS, type MoveDestination } from "@/lib/cloudflare/schemas/enums";

// The words of remediation, shared by the server, the browser and the tests.

export { MOVE_DESTINATIONS, type MoveDestination };

export const DESTINATION_LABELS: Record<MoveDestination, string> = {
  Inbox: "Inbox",
  JunkEmail: "Junk Email",
  DeletedItems: "Deleted Items",
  RecoverableItemsDeletions: "Recoverable Items (deletions)",
  RecoverableItemsPurges: "Recoverable Items (purges)",
};

/** Each folder and the words shown for it, in the order offered. */
export const DESTINATION_OPTIONS = MOVE_DESTINATIONS.map((value) => [value, DESTINATION_LABELS[value]] as const);

/** Where a move is undone to: back to the inbox, unless it was purged (a purge is not undone here). */
export function undoDestination(destination: MoveDestination): MoveDestination | null {
  if (destination === "RecoverableItemsPurges" || destination === "Inbox") return null;
  return "Inbox";
}

/** What a request for many messages may do. */
export const REMEDIATION_ACTIONS = ["move", "release"] as const;
export type RemediationAction = (typeof REMEDIATION_ACTIONS)[number];
/** Every request kept: those for many, and a report of one message to Cloudflare. */
export type RequestAction = RemediationAction | "submit";

/** A report to Cloudflare: a false positive (it should not have been flagged) or a missed detection. */
export const REPORT_KINDS = ["false_positive", "missed_detection"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_LABELS: Record<ReportKind, string> = { false_positive: "False positive", missed_detection: "Missed detection" };
/** What a missed detection may say the message is; a false positive asks for NONE. */
export const MISSED_DISPOSITIONS = ["MALICIOUS", "SPAM", "SPOOF", "SUSPICIOUS", "BULK"] as const;
export type MissedDisposition = (typeof MISSED_DISPOSITIONS)[number];

/** A request's id, made by the page when the person confirms: what makes a retry the same request. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;
export const MAX_JUSTIFICATION = 1_000;

/** How long a request waits for a second analyst's approval before it expires (nothing sent). */
export const APPROVAL_EXPIRY_MS = 24 * 60 * 60_000;
/** At most this many messages in one request from the dashboard; sent to Cloudflare 1,000 at a time. */
export const MAX_REQUEST_MESSAGES = 5_000;
