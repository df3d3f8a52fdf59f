import type { UpstreamMessage } from "@/lib/cloudflare/schemas/message";
import { toUtcIso } from "@/lib/cloudflare/utc-time";
import { figuresOf } from "./kept-figures";
import { LISTED_PER_DAY, LISTED_PER_FIGURE, NAMES_PER_DAY, utcDay, type DayTally } from "./overview-values";

// Counting Cloudflare's search results into UTC days: each message by the day it was scanned.

/** When Cloudflare scanned a message (older answers name it `ts`, without a zone), as the message's reading takes it. */
export function timeOf(message: Pick<UpstreamMessage, "scanned_at" | "ts">): number | null {
  const iso = toUtcIso(message.scanned_at) ?? toUtcIso(message.ts);
  return iso === null ? null : Date.parse(iso);
}

/** The day a message counts in: the UTC day it was scanned. */
export function dayOf(message: Pick<UpstreamMessage, "scanned_at" | "ts">): string | null {
  const time = timeOf(message);
  return time === null ? null : utcDay(time);
}

export function countMessage(tally: DayTally, message: UpstreamMessage): void {
  tally.total++;
  const disposition = message.final_disposition ?? "none given";
  tally.byDisposition[disposition] = (tally.byDisposition[disposition] ?? 0) + 1;
  const time = timeOf(message);
  if (time !== null) {
    const hours = ((tally.hourly ??= {})[disposition] ??= Array.from({ length: 24 }, () => 0));
    const hour = new Date(time).getUTCHours();
    hours[hour] = (hours[hour] ?? 0) + 1;
  }
  if (message.validation?.spf === "fail") tally.authFailures.spf++;
  if (message.validation?.dkim === "fail") tally.authFailures.dkim++;
  if (message.validation?.dmarc === "fail") tally.authFailures.dmarc++;
  const status = message.delivery_status ?? [];
  const operations = message.post_delivery_operations ?? [];
  if (message.is_quarantined === true || status.includes("quarantined")) tally.quarantined++;
  if (status.includes("moved") || operations.includes("MOVE")) tally.moved++;
  if (operations.includes("QUARANTINE_RELEASE")) tally.released++;
  for (const recipient of new Set((message.to ?? []).map((address) => address.toLowerCase()))) countName(tally, "recipients", recipient);
  const domain = message.from?.split("@").at(-1)?.toLowerCase();
  if (domain && message.from?.includes("@")) countName(tally, "senderDomains", domain);
  for (const category of new Set(message.threat_categories ?? [])) countName(tally, "categories", category);
  const figures = figuresOf(message, disposition);
  if (figures.length > 0) keep(tally, message, disposition, figures);
}

/** Lists a message with the day while one of its figures has room (and the day has): the figures' lists then say what they left out. */
function keep(tally: DayTally, message: UpstreamMessage, disposition: string, figures: readonly string[]): void {
  const listed = (tally.listed ??= []);
  const listedBy = (tally.listedBy ??= {});
  const room = listed.length < LISTED_PER_DAY && figures.some((key) => (listedBy[key] ?? 0) < LISTED_PER_FIGURE);
  const counts = room ? listedBy : (tally.unlistedBy ??= {});
  // Keys are prefixed ("category:…"), so an attacker's category can never be "__proto__" itself.
  for (const key of figures) counts[key] = (counts[key] ?? 0) + 1;
  if (room) listed.push({ id: message.id, disposition, subject: message.subject ?? null, from: message.from ?? null, at: message.scanned_at ?? message.ts ?? null, figures: [...figures] });
}

/** Adds one to a name of a day's list; a name past the day's NAMES_PER_DAY is not kept, and the day says so. */
function countName(tally: DayTally, list: "recipients" | "senderDomains" | "categories", raw: string): void {
  const name = raw.slice(0, 200);
  const names = (tally[list] ??= {});
  if (Object.hasOwn(names, name)) names[name] = (names[name] ?? 0) + 1;
  // Defined, not assigned: a name is an attacker's string, and "__proto__" must stay a name.
  else if (Object.keys(names).length < NAMES_PER_DAY) Object.defineProperty(names, name, { value: 1, enumerable: true, writable: true, configurable: true });
  else tally.capped = true;
}

/**
 * Tallies a page of results into the days of `days` they fall on; a message of another day (at a
 * search's edge) is left to that day's own count. Unreadable results count on `fallbackDay`.
 */
export function countPage(days: Map<string, DayTally>, messages: readonly UpstreamMessage[], unreadable: number, fallbackDay: string): void {
  for (const message of messages) {
    const tally = days.get(dayOf(message) ?? fallbackDay);
    if (tally) countMessage(tally, message);
  }
  const fallback = days.get(fallbackDay);
  if (fallback) fallback.unreadable += unreadable;
}
