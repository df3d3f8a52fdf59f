import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// Whether an upstream call reads or acts (a move, a release, a report, a bulk job, its cancel). Reads
// may spend all of the budget but its room for actions; actions may spend all of it and are not held to
// a user's share, so an analyst who scrolled through their share can still pull a phish out of every
// inbox. lib/server/remediation.ts runs every action inside runAsAction.

export type CallKind = "read" | "action";

const storage = new AsyncLocalStorage<CallKind>();

export function runAsAction<T>(fn: () => T): T {
  return storage.run("action", fn);
}

export function callKind(): CallKind {
  return storage.getStore() ?? "read";
}
