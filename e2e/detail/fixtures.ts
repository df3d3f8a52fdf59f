import type { APIRequestContext } from "@playwright/test";
import { expect, guardedTest } from "../support/guard";
import { HOSTILE_MESSAGE_IDS } from "@/lib/emulator/hostile-messages";
import type { ResultPage } from "@/lib/investigate/result-page";
import { fixedWindow, walkApi } from "../support/walk-api";

// Shared by the detail specs: the guarded test, and the emulator's messages to pick test subjects from.

export const test = guardedTest;
export { expect };

export type ListedMessage = ResultPage["messages"][number];

let cache: Promise<ListedMessage[]> | null = null;

/** A window (whole seconds) ending now; the emulator answers searches of benign mail over a week slowly. */
function lastDays(days: number): string {
  const { start, end } = fixedWindow(days);
  return `start=${start}&end=${end}`;
}

const walk = (request: APIRequestContext, query: string) => walkApi(request, `${query}&per_page=1000`, 20);

/** The detections of the last 30 days, then all mail of the last 6 days. */
export function allMessages(request: APIRequestContext): Promise<ListedMessage[]> {
  cache ??= (async () => [...(await walk(request, lastDays(30))), ...(await walk(request, `detections_only=false&${lastDays(6)}`))])();
  return cache;
}

// The hostile messages have specs of their own; a fault injected for another test must never reach them.
const HOSTILE = new Set<string>(Object.values(HOSTILE_MESSAGE_IDS));

/** The first (or last) ordinary message the predicate accepts, or the test fails naming what it looked for. */
export async function findMessage(request: APIRequestContext, what: string, accept: (message: ListedMessage) => boolean, { last = false } = {}): Promise<ListedMessage> {
  const matching = (await allMessages(request)).filter((message) => !HOSTILE.has(message.postfix_id) && accept(message));
  const found = last ? matching.at(-1) : matching[0];
  if (!found) throw new Error(`The emulator has no message that is ${what}`);
  return found;
}

/** A subject with nothing HTML would escape, so the raw HTML can be searched for it as it is. */
export const plainSubject = (message: ListedMessage) => Boolean(message.subject && /^[A-Za-z0-9 ,.:;!?/#()-]{8,}$/.test(message.subject));

export const detailPath = (id: string, search = "") => `/messages/${encodeURIComponent(id)}${search ? `?${search}` : ""}`;
