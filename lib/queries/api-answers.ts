import type { ApiErrorBody } from "@/lib/http/error-shape";
import type { PendingSearch, ResultPage } from "@/lib/investigate/result-page";

// Our API's answers as the browser reads them. The server parses every answer with its zod schema on
// the way out (lib/api), so here only the envelope the page relies on is checked: enough to tell our
// API's answer from a proxy's error page, without loading zod and the message schemas in the browser.

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

export function asPendingSearch(body: unknown): PendingSearch | null {
  if (!isObject(body) || body.status !== "pending") return null;
  const { startedAt, location, retryAfterSeconds } = body;
  if (typeof startedAt !== "string" || typeof location !== "string" || typeof retryAfterSeconds !== "number") return null;
  return { status: "pending", startedAt, location, retryAfterSeconds };
}

/** A page of messages, each at least an object with a string id (the row's key and link), and the notes
 *  on results that cannot be shown, each with its place and reason. */
export function asResultPage(body: unknown): ResultPage | null {
  if (!isObject(body) || !Array.isArray(body.messages) || !(typeof body.next === "string" || body.next === null)) return null;
  const messages: unknown[] = body.messages;
  if (!messages.every((message) => isObject(message) && typeof message.id === "string")) return null;
  const unreadable: unknown[] = Array.isArray(body.unreadable) ? body.unreadable : [];
  const readable = (note: unknown) =>
    isObject(note) && Number.isInteger(note.index) && typeof note.reason === "string" && (typeof note.id === "string" || note.id === null);
  if (!unreadable.every(readable)) return null;
  return { ...(body as ResultPage), unreadable: unreadable as ResultPage["unreadable"] };
}

export function asApiErrorBody(body: unknown): ApiErrorBody | null {
  if (!isObject(body) || !isObject(body.error)) return null;
  const { code, message } = body.error;
  return typeof code === "string" && typeof message === "string" ? (body as ApiErrorBody) : null;
}
