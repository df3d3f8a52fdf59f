import type { Role } from "@/lib/accounts/roles";
import type { TriageChange } from "./triage-change";
import { NOTE_EDIT_WINDOW_MS, type TriageField, type TriageStatus, type Verdict } from "./triage-values";

// The rules of triage, apart from where it is kept: who may do what, and what each change does. Analysts
// triage (claim, release their own claim, set status and verdict); managers assign, and do not resolve.

export type Person = { id: string; name: string };
export type Actor = Person & { role: Role };

export type TriageState = {
  status: TriageStatus;
  assignee: Person | null;
  verdict: Verdict | null;
  verdictReason: string | null;
  version: number;
};

export const UNTRIAGED: TriageState = { status: "new", assignee: null, verdict: null, verdictReason: null, version: 0 };

/** One line of the history: a field, what it was and what it became (names and values, as shown). */
export type FieldChange = { field: TriageField; before: string | null; after: string | null };

export class TriageRefusal extends Error {
  override name = "TriageRefusal";
  constructor(
    readonly kind: "forbidden" | "conflict" | "bad_request",
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/**
 * The state after `change`, and what it changed (nothing, for a change that is already so). `assignee`
 * is the person an "assign" names, found by the caller (null: unassign).
 */
export function applyChange(state: TriageState, change: TriageChange, actor: Actor, assignee: Person | null = null): { next: TriageState; changes: FieldChange[] } {
  if (change.action === "assign") {
    if (actor.role !== "manager") throw new TriageRefusal("forbidden", "Assigning a message to a colleague needs the manager role; analysts claim and release.");
    return settle(state, { ...state, assignee });
  }
  if (actor.role !== "analyst") throw new TriageRefusal("forbidden", "Managers assign messages; claiming, status and verdicts are the analysts'.");
  const me = { id: actor.id, name: actor.name };
  switch (change.action) {
    case "claim": {
      if (state.assignee && state.assignee.id !== me.id) {
        throw new TriageRefusal("conflict", `${state.assignee.name} has claimed this message. Ask them, or a manager, to hand it over.`);
      }
      return settle(state, { ...state, assignee: me, status: state.status === "new" ? "in_review" : state.status });
    }
    case "release": {
      if (state.assignee && state.assignee.id !== me.id) {
        throw new TriageRefusal("forbidden", `${state.assignee.name} has claimed this message: only they, or a manager, can release it.`);
      }
      return settle(state, { ...state, assignee: null });
    }
    case "status": {
      const verdict = change.verdict ?? state.verdict;
      if (change.to === "resolved" && !verdict) {
        throw new TriageRefusal("bad_request", "A message is resolved with a verdict: choose one.", { verdict: ["is needed to resolve a message"] });
      }
      const reason = change.verdict ? (change.reason ?? null) : state.verdictReason;
      return settle(state, { ...state, status: change.to, verdict, verdictReason: reason });
    }
    case "verdict":
      return settle(state, { ...state, verdict: change.verdict, verdictReason: change.reason ?? null });
  }
}

/** Refuses an edit of `note` by `actor` at `now` unless it is their own and still young enough. */
export function checkNoteEdit(note: { author: Person; createdAt: Date }, actor: Actor, now: Date): void {
  if (note.author.id !== actor.id) throw new TriageRefusal("forbidden", `This note is ${note.author.name}'s: only its author edits it. Add a note of your own instead.`);
  if (now.getTime() - note.createdAt.getTime() > NOTE_EDIT_WINDOW_MS) {
    throw new TriageRefusal("conflict", `A note can be edited for ${NOTE_EDIT_WINDOW_MS / 60_000} minutes after it is written, and this one is older. Add a note instead.`);
  }
}

function settle(before: TriageState, after: TriageState): { next: TriageState; changes: FieldChange[] } {
  const changes: FieldChange[] = [];
  if (before.status !== after.status) changes.push({ field: "status", before: before.status, after: after.status });
  if (before.assignee?.id !== after.assignee?.id) changes.push({ field: "assignee", before: before.assignee?.name ?? null, after: after.assignee?.name ?? null });
  if (before.verdict !== after.verdict || (after.verdict && before.verdictReason !== after.verdictReason)) {
    changes.push({ field: "verdict", before: before.verdict, after: after.verdict && after.verdictReason ? `${after.verdict}: ${after.verdictReason}` : after.verdict });
  }
  return { next: { ...after, version: changes.length > 0 ? before.version + 1 : before.version }, changes };
}
