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

/** Where a move is undone to: back to the inbox, unless it was purged (a purge is not undone here). */
export function undoDestination(destination: MoveDestination): MoveDestination | null {
  if (destination === "RecoverableItemsPurges" || destination === "Inbox") return null;
  return "Inbox";
}

export const REMEDIATION_ACTIONS = ["move", "release"] as const;
export type RemediationAction = (typeof REMEDIATION_ACTIONS)[number];

/** A request's id, made by the page when the person confirms: what makes a retry the same request. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;
export const MAX_JUSTIFICATION = 1_000;

/** How long a request waits for a second analyst's approval before it expires (nothing sent). */
export const APPROVAL_EXPIRY_MS = 24 * 60 * 60_000;
/** At most this many messages in one request from the dashboard; sent to Cloudflare 1,000 at a time. */
export const MAX_REQUEST_MESSAGES = 5_000;
