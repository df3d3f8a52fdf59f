// The words of triage, shared by the server, the browser and the tests: where a message stands, what
// was decided about it, and the bounds on what people write.

export const TRIAGE_STATUSES = ["new", "in_review", "resolved"] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];

export const STATUS_LABELS: Record<TriageStatus, string> = { new: "New", in_review: "In review", resolved: "Resolved" };

export const VERDICTS = ["malicious", "phishing_simulation", "spam", "false_positive", "benign"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  malicious: "Confirmed malicious",
  phishing_simulation: "Phishing simulation",
  spam: "Spam",
  false_positive: "False positive",
  benign: "Benign",
};

export const MAX_REASON = 500;
/** At most this many messages in one bulk change. */
export const MAX_BULK = 500;
export const MAX_NOTE = 4_000;
/** How long a note stays editable by its author: long enough to fix a slip, short enough that what a
 *  colleague read and acted on stays what was written (the words an edit replaced stay in the history). */
export const NOTE_EDIT_WINDOW_MS = 10 * 60_000;

/** What a change names as changed: the history's `field`; `action` is what was done to the message at Cloudflare (a move, a release, a report), in words. */
export const TRIAGE_FIELDS = ["status", "assignee", "verdict", "note", "action"] as const;
export type TriageField = (typeof TRIAGE_FIELDS)[number];

export { MESSAGE_ID_PATTERN } from "@/lib/validation/message-id-pattern";
