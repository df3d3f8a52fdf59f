import type { Message } from "@/lib/investigate/message";
import type { UnreadableResult } from "@/lib/investigate/result-page";
import { emptyResultFields, pickResultFields, type ResultFields } from "@/lib/results/result-columns";

// What one row of the results keeps of a message: the fields of the result columns
// (lib/results/result-columns.ts). Up to 50,000 rows stay in memory, so the rest of each message
// (findings, hashes, most IPs) is dropped here; the message view asks for the whole message by id.

export type ResultRow = ResultFields & {
  /** Set on a row standing in for a result that cannot be shown: why, and its id if readable. */
  unreadable?: { reason: string; id: string | null };
  /** With identical messages grouped (lib/results/group-identical.ts): how many loaded rows this one stands for. */
  copies?: number;
};

export function toResultRow(message: Message): ResultRow {
  return pickResultFields(message);
}

/**
 * The row in place of a result that cannot be shown. Its key is its place on its page, never the id it
 * claims, and every message field is empty, so nothing can link, filter, count or export it as mail.
 */
export function unreadableRow(result: UnreadableResult, pageKey: string): ResultRow {
  return { ...emptyResultFields(`unreadable:${pageKey}:${result.index}`), unreadable: { reason: result.reason, id: result.id } };
}

/** The page's rows in Cloudflare's order: each unreadable result in its place among the messages. */
export function pageRows(messages: readonly Message[], unreadable: readonly UnreadableResult[], pageKey: string): ResultRow[] {
  const rows: ResultRow[] = [];
  const notes = [...unreadable].sort((a, b) => a.index - b.index);
  for (const message of messages) {
    for (let note = notes[0]; note && note.index <= rows.length; note = notes[0]) rows.push(unreadableRow(notes.shift() ?? note, pageKey));
    rows.push(toResultRow(message));
  }
  for (const note of notes) rows.push(unreadableRow(note, pageKey));
  return rows;
}

/** The rows that stand for messages: what exports and counts cover. */
export function messageRows(rows: readonly ResultRow[]): ResultRow[] {
  return rows.filter((row) => !row.unreadable);
}
