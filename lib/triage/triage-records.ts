import "server-only";
import { and, asc, desc, eq, gt, inArray, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { sessions, triageChanges, triageItems, triageNotes } from "@/lib/db/schema";
import { UNTRIAGED, type FieldChange, type Person, type TriageState } from "./apply-change";
import type { TriageStatus, Verdict } from "./triage-values";

// The triage tables' queries (lib/db/schema.ts). A change is read, decided and written in one
// transaction with the item's row locked, so two people changing one message queue, and the second
// finds the version moved.

/** What is copied from Cloudflare at the first change, so the queue can list the message alone. */
export type MessageSnapshot = {
  /** The investigate id, which keys the record whichever id the message was asked for by. */
  messageId: string;
  postfixId: string | null;
  subject: string | null;
  sender: string | null;
  recipients: string[];
  disposition: string | null;
  receivedAt: Date | null;
};

export type HistoryLine = FieldChange & { at: Date; who: Person; version: number };
export type Note = { id: number; author: Person; body: string; createdAt: Date; editedAt: Date | null };
export type TriageRecord = TriageState & { messageId: string; changedAt: Date | null; history: HistoryLine[]; notes: Note[] };

const MAX_HISTORY = 500;
const MAX_NOTES = 500;
/** How much of a note its history line repeats (the note itself is whole in the notes). */
const NOTE_IN_HISTORY = 200;

type ItemRow = typeof triageItems.$inferSelect;

const toState = (row: ItemRow | undefined): TriageState =>
  row
    ? {
        status: row.status as TriageStatus,
        assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? row.assigneeId } : null,
        verdict: row.verdict as Verdict | null,
        verdictReason: row.verdictReason,
        version: row.version,
      }
    : UNTRIAGED;

/**
 * The key of the record a message id finds: the id itself when it keys one, else the record whose
 * postfix id it is (a postfix-id link finds what its investigate id keys); null when none does.
 */
export async function findTriageKey(db: Database, id: string): Promise<string | null> {
  const [row] = await db
    .select({ key: triageItems.messageId })
    .from(triageItems)
    .where(or(eq(triageItems.messageId, id), eq(triageItems.postfixId, id)))
    .orderBy(sql`${triageItems.messageId} = ${id} desc`, desc(triageItems.changedAt))
    .limit(1);
  return row?.key ?? null;
}

const toNote = (row: typeof triageNotes.$inferSelect): Note => ({
  id: row.id,
  author: { id: row.authorId, name: row.authorName },
  body: row.body,
  createdAt: row.createdAt,
  editedAt: row.editedAt,
});

export async function readTriage(db: Database, messageId: string): Promise<TriageRecord> {
  const [[item], history, notes] = await Promise.all([
    db.select().from(triageItems).where(eq(triageItems.messageId, messageId)),
    historyOf(db, messageId),
    db.select().from(triageNotes).where(eq(triageNotes.messageId, messageId)).orderBy(asc(triageNotes.id)).limit(MAX_NOTES),
  ]);
  return {
    ...toState(item),
    messageId,
    changedAt: item?.changedAt ?? null,
    history,
    notes: notes.map(toNote),
  };
}

/** Starts a message's record from Cloudflare's copy; a record that exists already is left alone. */
export async function trackMessage(db: Database, snapshot: MessageSnapshot, now: Date): Promise<void> {
  await db
    .insert(triageItems)
    .values({ ...snapshot, status: UNTRIAGED.status, version: 0, changedAt: now })
    .onConflictDoNothing();
}

/**
 * Writes what was done to each message at Cloudflare into its history (`action`, in words), at the
 * version its triage is at: it changes no triage state, and no one's change is refused for it.
 */
export async function recordActions(db: Database, input: { messageIds: readonly string[]; who: Person; now: Date; words: string }): Promise<void> {
  for (let start = 0; start < input.messageIds.length; start += ACTION_LINES_PER_INSERT) {
    const ids = input.messageIds.slice(start, start + ACTION_LINES_PER_INSERT);
    await db.insert(triageChanges).values(
      ids.map((messageId) => ({
        messageId,
        at: input.now,
        whoId: input.who.id,
        whoName: input.who.name,
        field: "action",
        before: null,
        after: input.words,
        version: sql`coalesce((select ${triageItems.version} from ${triageItems} where ${triageItems.messageId} = ${messageId}), 0)`,
      })),
    );
  }
}

const ACTION_LINES_PER_INSERT = 1_000;

/** The latest history line saying what was done to a message at Cloudflare through the dashboard (kept under either of its ids). */
export async function latestActionLine(db: Database, ids: readonly string[]): Promise<{ whoName: string; at: Date; words: string } | null> {
  if (ids.length === 0) return null;
  const [line] = await db
    .select({ whoName: triageChanges.whoName, at: triageChanges.at, words: triageChanges.after })
    .from(triageChanges)
    .where(and(inArray(triageChanges.messageId, [...ids]), eq(triageChanges.field, "action")))
    .orderBy(desc(triageChanges.id))
    .limit(1);
  return line ? { whoName: line.whoName, at: line.at, words: line.words ?? "" } : null;
}

/** Thrown when a change was based on an older version: what changed since, for the person to see. */
export class StaleChange extends Error {
  override name = "StaleChange";
  constructor(
    readonly current: TriageState,
    readonly since: HistoryLine[],
  ) {
    super("stale change");
  }
}

/**
 * Applies `decide` to the message's current state if it is still at `baseVersion`, and records what it
 * changed. The record must exist (trackMessage). Returns the state after.
 */
export async function changeTriage(
  db: Database,
  input: { messageId: string; baseVersion: number; who: Person; now: Date; decide: (state: TriageState) => { next: TriageState; changes: FieldChange[] } },
): Promise<TriageState> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(triageItems).where(eq(triageItems.messageId, input.messageId)).for("update");
    if (!row) throw new Error(`no triage record for ${input.messageId}`);
    const current = toState(row);
    if (current.version !== input.baseVersion) throw new StaleChange(current, await historyOf(tx, input.messageId, input.baseVersion));
    const { next, changes } = input.decide(current);
    if (changes.length === 0) return current;
    await tx
      .update(triageItems)
      .set({
        status: next.status,
        assigneeId: next.assignee?.id ?? null,
        assigneeName: next.assignee?.name ?? null,
        verdict: next.verdict,
        verdictReason: next.verdictReason,
        version: next.version,
        changedAt: input.now,
      })
      .where(eq(triageItems.messageId, input.messageId));
    await tx.insert(triageChanges).values(
      changes.map((change) => ({ messageId: input.messageId, at: input.now, whoId: input.who.id, whoName: input.who.name, version: next.version, ...change })),
    );
    return next;
  });
}

export async function addNote(db: Database, input: { messageId: string; author: Person; body: string; now: Date }): Promise<Note> {
  return db.transaction(async (tx) => {
    const [note] = await tx
      .insert(triageNotes)
      .values({ messageId: input.messageId, authorId: input.author.id, authorName: input.author.name, body: input.body, createdAt: input.now })
      .returning();
    if (!note) throw new Error("the note was not written");
    // A note is history too; it does not move the version, so it never makes a colleague's change stale.
    const [item] = await tx.select({ version: triageItems.version }).from(triageItems).where(eq(triageItems.messageId, input.messageId));
    await tx.insert(triageChanges).values({
      messageId: input.messageId,
      at: input.now,
      whoId: input.author.id,
      whoName: input.author.name,
      field: "note",
      before: null,
      after: input.body.slice(0, NOTE_IN_HISTORY),
      version: item?.version ?? 0,
    });
    return { id: note.id, author: input.author, body: note.body, createdAt: note.createdAt, editedAt: null };
  });
}

/**
 * Puts `body` in place of note `noteId` of the message if `decide` allows it (it throws to refuse),
 * and keeps the words it replaced in the history: an edit loses nothing. Null when there is no such note.
 */
export async function editNote(
  db: Database,
  input: { messageId: string; noteId: number; body: string; now: Date; decide: (note: Note) => void },
): Promise<Note | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(triageNotes)
      .where(and(eq(triageNotes.id, input.noteId), eq(triageNotes.messageId, input.messageId)))
      .for("update");
    if (!row) return null;
    const note = toNote(row);
    input.decide(note);
    if (row.body === input.body) return note;
    await tx.update(triageNotes).set({ body: input.body, editedAt: input.now }).where(eq(triageNotes.id, row.id));
    const [item] = await tx.select({ version: triageItems.version }).from(triageItems).where(eq(triageItems.messageId, input.messageId));
    await tx.insert(triageChanges).values({
      messageId: input.messageId,
      at: input.now,
      whoId: note.author.id,
      whoName: note.author.name,
      field: "note",
      before: row.body,
      after: input.body.slice(0, NOTE_IN_HISTORY),
      version: item?.version ?? 0,
    });
    return { ...note, body: input.body, editedAt: input.now };
  });
}

/** The analysts a message can be assigned to: everyone with the role who has a session record, by name. */
export async function knownAnalysts(db: Database, limit = 500): Promise<Person[]> {
  const rows = await db
    .selectDistinctOn([sessions.principalId], { id: sessions.principalId, name: sessions.name })
    .from(sessions)
    .where(eq(sessions.role, "analyst"))
    .orderBy(sessions.principalId, desc(sessions.signedInAt))
    .limit(limit);
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** An analyst the dashboard knows, by principal id: someone who has signed in (their latest name). */
export async function findAnalyst(db: Database, principalId: string): Promise<Person | null> {
  const [row] = await db
    .select({ id: sessions.principalId, name: sessions.name })
    .from(sessions)
    .where(and(eq(sessions.principalId, principalId), eq(sessions.role, "analyst")))
    .orderBy(desc(sessions.signedInAt))
    .limit(1);
  return row ?? null;
}

/** The message's history, oldest first; with `changesAfter`, only the changes (not notes) since that version. */
async function historyOf(db: Database, messageId: string, changesAfter?: number): Promise<HistoryLine[]> {
  const since = changesAfter === undefined ? undefined : and(gt(triageChanges.version, changesAfter), ne(triageChanges.field, "note"));
  const rows = await db
    .select()
    .from(triageChanges)
    .where(and(eq(triageChanges.messageId, messageId), since))
    .orderBy(asc(triageChanges.id))
    .limit(MAX_HISTORY);
  return rows.map((row) => ({
    field: row.field as FieldChange["field"],
    before: row.before,
    after: row.after,
    at: row.at,
    who: { id: row.whoId, name: row.whoName },
    version: row.version,
  }));
}
