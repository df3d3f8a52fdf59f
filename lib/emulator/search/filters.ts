import type { SearchQuery } from "../contract/search-query";
import type { MessageRecord } from "../generate/record";
import { SEPARATOR } from "../generate/record";

// The meaning of each search parameter (docs/cloudflare-api.md#search-parameters), as one predicate over the
// eagerly kept key and index of a message. Every filter given must hold (AND).

export const DEFAULT_WINDOW_MS = 30 * 86_400_000;

/** message_action names the action; messages record the operation (docs/cloudflare-api.md#value-lists). */
const ACTION_OPERATIONS: Record<string, string> = {
  PREVIEW: "PREVIEW",
  QUARANTINE_RELEASED: "QUARANTINE_RELEASE",
  MOVED: "MOVE",
  SUBMITTED: "SUBMISSION",
};

export type CompiledSearch = {
  readonly start: number;
  readonly end: number;
  readonly test: (record: MessageRecord) => boolean;
};

/** An address matches itself; a domain matches addresses at it or at any of its subdomains. */
export function matchesAddressOrDomain(list: string, wanted: string): boolean {
  if (list === "") return false;
  const value = wanted.toLowerCase().replace(/^@/, "");
  if (value.includes("@")) return list.includes(`${SEPARATOR}${value}${SEPARATOR}`);
  return list.includes(`@${value}${SEPARATOR}`) || list.includes(`.${value}${SEPARATOR}`);
}

function matchesDomainList(list: string, wanted: string): boolean {
  if (list === "") return false;
  const value = wanted.toLowerCase().replace(/^@/, "");
  return list.includes(`${SEPARATOR}${value}${SEPARATOR}`) || list.includes(`.${value}${SEPARATOR}`);
}

const stripBrackets = (value: string) => value.trim().replace(/^</, "").replace(/>$/, "");

export function compileSearch(search: SearchQuery, now: number): CompiledSearch {
  const tests: ((record: MessageRecord) => boolean)[] = [];
  const add = (test: (record: MessageRecord) => boolean) => tests.push(test);

  if (search.detections_only ?? true) add((record) => record.key.detection);
  const disposition = search.final_disposition;
  // The filter has no MALICIOUS-BEC: BEC is a kind of malicious, so MALICIOUS
  // finds both. NONE with the default detections_only=true finds nothing, as upstream.
  if (disposition === "MALICIOUS") add((record) => record.key.disposition === "MALICIOUS" || record.key.disposition === "MALICIOUS-BEC");
  else if (disposition) add((record) => record.key.disposition === disposition);
  if (search.message_action) {
    const needle = `${SEPARATOR}${ACTION_OPERATIONS[search.message_action] ?? search.message_action}${SEPARATOR}`;
    add((record) => record.index.operations.includes(needle));
  }
  if (search.delivery_status) {
    const needle = `${SEPARATOR}${search.delivery_status}${SEPARATOR}`;
    add((record) => record.index.deliveryStatus.includes(needle));
  }
  if (search.submissions === true) add((record) => record.key.submission);
  const { alert_id: alertId, smtp_helo_ip: heloIp, sender, recipient, domain, exact_subject: exactSubject } = search;
  if (alertId) add((record) => record.key.alertId === alertId);
  if (search.message_id) {
    const wanted = stripBrackets(search.message_id);
    add((record) => record.key.messageId !== null && stripBrackets(record.key.messageId) === wanted);
  }
  if (heloIp) add((record) => record.key.heloIp === heloIp);
  if (sender) add((record) => matchesAddressOrDomain(record.index.senders, sender));
  if (recipient) add((record) => matchesAddressOrDomain(record.index.recipients, recipient));
  if (domain) {
    add(
      (record) =>
        matchesAddressOrDomain(record.index.senders, domain) ||
        matchesAddressOrDomain(record.index.recipients, domain) ||
        matchesDomainList(record.index.linkDomains, domain),
    );
  }
  // Keywords in any order, each a case-insensitive substring of the subject.
  if (search.subject) {
    const words = search.subject.toLowerCase().split(/\s+/).filter(Boolean);
    add((record) => words.every((word) => record.key.subjectLower.includes(word)));
  }
  // Exact means the subject as sent, case and all: an analyst pastes it from a message to find the same
  // campaign, and `subject` already covers the case-insensitive search. Our schema trims the input, so
  // the stored subject is compared trimmed too.
  if (exactSubject) add((record) => record.key.subject !== null && record.key.subject.trim() === exactSubject);
  if (search.query) {
    const terms = search.query.toLowerCase().split(/\s+/).filter(Boolean);
    add((record) => terms.every((term) => record.index.haystack.includes(term)));
  }

  // Both defaults are relative to the emulator's `now` (the data's clock), as upstream's are to its own.
  const end = search.end ? Date.parse(search.end) : now;
  const start = search.start ? Date.parse(search.start) : now - DEFAULT_WINDOW_MS;
  return { start, end, test: (record) => tests.every((test) => test(record)) };
}
