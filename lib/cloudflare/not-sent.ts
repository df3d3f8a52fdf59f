// A fetch wrapper (the server's upstream budget) may refuse a call before anything is sent. Its error
// is marked, and the client passes a marked error through untouched: it is not a network failure, so
// nothing retries it or sleeps before it. The mark is a global symbol rather than a class, because Next
// bundles route handlers and pages apart and a class from one bundle fails `instanceof` in another.

const NOT_SENT = Symbol.for("email-triage-dashboard.not-sent");

/** Marks `error` as a refusal made before any request left this process. */
export function markNotSent<E extends Error>(error: E): E {
  Object.defineProperty(error, NOT_SENT, { value: true });
  return error;
}

export function wasNotSent(error: unknown): error is Error {
  return error instanceof Error && (error as unknown as Record<symbol, unknown>)[NOT_SENT] === true;
}
