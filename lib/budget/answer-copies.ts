import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// What one request does with kept copies of upstream answers: whether it asked for fresh ones (the
// browser's Refresh) and how old the oldest copy it was served is, which the route wrapper hands back
// (lib/http/answer-headers.ts). Outside a request, copies are used and nothing is noted.

export type AnswerCopies = { fresh: boolean; oldestCopyAt: number | null };

const storage = new AsyncLocalStorage<AnswerCopies>();

export function trackAnswerCopies<T>(copies: AnswerCopies, fn: () => T): T {
  return storage.run(copies, fn);
}

/** Whether this request asked for answers fresh from Cloudflare. */
export function wantsFreshAnswers(): boolean {
  return storage.getStore()?.fresh ?? false;
}

export function notedCopy(storedAt: number): void {
  const copies = storage.getStore();
  if (copies) copies.oldestCopyAt = Math.min(copies.oldestCopyAt ?? storedAt, storedAt);
}
