import "server-only";
import { getConfig } from "@/lib/config/env";
import { isDatabaseUnavailable, withDatabase } from "@/lib/db/database";
import { applyChange, checkNoteEdit, TriageRefusal, UNTRIAGED, type Actor, type Person } from "./apply-change";
import type { QueueQuery } from "./queue-query";
import { findQueueRows, type QueueRow } from "./queue-records";
import type { BulkChange, TriageChange } from "./triage-change";
import { triageFigures, type TriageFigures, type TriageFiguresFilters } from "./triage-figures";
import {
  addNote,
  changeTriage,
  editNote,
  findAnalyst,
  findTriageKey,
  knownAnalysts,
  latestActionLine,
  readTriage,
  recordActions,
  StaleChange,
  trackMessage,
  type HistoryLine,
  type MessageSnapshot,
  type TriageRecord,
} from "./triage-records";
import { STATUS_LABELS, VERDICT_LABELS, type TriageStatus, type Verdict } from "./triage-values";

// The team's triage of messages: read from the database alone; a change is checked by the rules, then
// (the first time) the message is looked up at Cloudflare — so an id Cloudflare does not have stores
// nothing — and written against the version it was based on. A record is keyed by the investigate id
// Cloudflare names; a postfix id finds it too.

export type { MessageSnapshot, Person, QueueRow, TriageRecord };
export { StaleChange, TriageRefusal };

/** What Cloudflare says of a message, by investigate or postfix id; throws Cloudflare's not-found. */
export type LoadMessage = (id: string) => Promise<MessageSnapshot>;

/** The triage of the message `id` (investigate or postfix id) names; untriaged when none is kept. */
export function triageOf(id: string): Promise<TriageRecord> {
  return withDatabase("read the message's triage", async (db) => readTriage(db, (await findTriageKey(db, id)) ?? id));
}

export async function changeTriageOf(id: string, change: TriageChange, actor: Actor, load: LoadMessage, now = new Date()): Promise<TriageRecord> {
  const assignee = change.action === "assign" && change.to !== null ? await analystNamed(change.to) : null;
  // The rules first, on what is known now: a change they refuse costs no call to Cloudflare.
  const known = await triageOf(id);
  if (known.version === change.version) applyChange(known, change, actor, assignee);
  // Read just above: a record with no change time has never been written.
  const messageId = known.changedAt === null ? await track(id, load, now) : known.messageId;
  const who: Person = { id: actor.id, name: actor.name };
  await withDatabase(
    "change the message's triage",
    (db) => changeTriage(db, { messageId, baseVersion: change.version, who, now, decide: (state) => applyChange(state, change, actor, assignee) }),
    (error) => error instanceof StaleChange || error instanceof TriageRefusal,
  );
  return triageOf(messageId);
}

export async function addNoteTo(id: string, text: string, actor: Actor, load: LoadMessage, now = new Date()): Promise<TriageRecord> {
  if (actor.role !== "analyst") throw new TriageRefusal("forbidden", "Notes are the analysts': managers read them.");
  const messageId = (await withDatabase("read the message's triage", (db) => findTriageKey(db, id))) ?? (await track(id, load, now));
  await withDatabase("add the note", (db) => addNote(db, { messageId, author: { id: actor.id, name: actor.name }, body: text, now }));
  return triageOf(messageId);
}

/** The team's triage of the messages received between `from` and `to`, for the overview. */
export function triageFiguresOf(from: Date, to: Date, filters: TriageFiguresFilters = {}): Promise<TriageFigures> {
  return withDatabase("read the triage figures", (db) => triageFigures(db, from, to, filters));
}

/**
 * Notes in each message's history what was done to it at Cloudflare (`words`, such as "moved it to
 * Deleted Items"). A message named by its postfix id is found under its record's key.
 */
export async function noteActionTaken(ids: readonly string[], words: string, who: Person, now = new Date()): Promise<void> {
  await withDatabase("note the action in the history", async (db) => {
    const messageIds = ids.length === 1 && ids[0] !== undefined ? [(await findTriageKey(db, ids[0])) ?? ids[0]] : ids;
    await recordActions(db, { messageIds, who, now, words });
  });
}

/** Who last acted on the message at Cloudflare through the dashboard, and when (its investigate and postfix ids). */
export function lastActionOf(ids: readonly string[]): Promise<{ whoName: string; at: Date; words: string } | null> {
  return withDatabase("read the message's last action", (db) => latestActionLine(db, ids));
}

/** Puts `text` in place of the note, if it is the actor's own and young enough; null when the message has no such note. */
export async function editNoteOf(id: string, noteId: number, text: string, actor: Actor, now = new Date()): Promise<TriageRecord | null> {
  const edited = await withDatabase(
    "edit the note",
    async (db) => {
      const messageId = await findTriageKey(db, id);
      if (messageId === null) return null;
      const note = await editNote(db, { messageId, noteId, body: text, now, decide: (note) => checkNoteEdit(note, actor, now) });
      return note && messageId;
    },
    (error) => error instanceof TriageRefusal,
  );
  return edited === null ? null : triageOf(edited);
}

/** Whom a manager can assign a message to: the analyst accounts of AUTH_USERS, and every analyst who has
 *  signed in (single sign-on included; session records are kept a day past their end). */
export async function analystsToAssign(): Promise<Person[]> {
  const signedIn = await withDatabase("list the analysts", (db) => knownAnalysts(db));
  const byId = new Map([...configuredAnalysts(), ...signedIn].map((person) => [person.id, person]));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function configuredAnalysts(): Person[] {
  return getConfig()
    .auth.users.filter((user) => user.role === "analyst")
    .map((user) => ({ id: `credentials:${user.name}`, name: user.name }));
}

/** The words a person refused a stale change reads: what colleagues changed since they loaded it. */
export function describeStale(stale: StaleChange): string {
  const lines = stale.since.map(describeLine);
  const what = lines.length > 0 ? lines.join("; ") : "it changed";
  return `Someone changed this message since you loaded it (${what}). Nothing of yours was saved: look again, then decide.`;
}

function describeLine(line: HistoryLine): string {
  const word = (value: string | null) => {
    if (value === null) return "nobody";
    if (line.field === "status") return STATUS_LABELS[value as TriageStatus] ?? value;
    if (line.field === "verdict") return VERDICT_LABELS[value.split(":")[0] as Verdict] ?? value;
    return value;
  };
  return `${line.who.name} set the ${line.field} to ${word(line.after)}`;
}

async function analystNamed(principalId: string): Promise<Person> {
  const person = configuredAnalysts().find((analyst) => analyst.id === principalId) ?? (await withDatabase("find the colleague", (db) => findAnalyst(db, principalId)));
  if (!person) throw new TriageRefusal("bad_request", "There is no analyst by that id: a message is assigned to an analyst who has signed in.", { to: ["is no analyst the dashboard knows"] });
  return person;
}

/** Starts the message's record from what Cloudflare says of it (a message it does not have stores
 *  nothing); returns its key, the investigate id. */
async function track(id: string, load: LoadMessage, now: Date): Promise<string> {
  const snapshot = await load(id);
  await withDatabase("start the message's triage", (db) => trackMessage(db, snapshot, now));
  return snapshot.messageId;
}

export type QueuePage = { rows: QueueRow[]; /** The `before` of the next page, when there is one. */ next: string | null };

/** A page of the queue for `viewerId` ("mine" is theirs), most recently changed first. */
export async function readQueue(query: QueueQuery, viewerId: string, limit: number, now = new Date()): Promise<QueuePage> {
  const [at, ...id] = query.before?.split("~") ?? [];
  const before = at && id.length > 0 ? { at: new Date(Number(at)), id: id.join("~") } : undefined;
  const rows = await withDatabase("read the queue", (db) => findQueueRows(db, { ...query, viewerId, before, now }, limit + 1));
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { rows: page, next: rows.length > limit && last ? `${last.changedAt.getTime()}~${last.messageId}` : null };
}

/** What became of each message of a bulk change: changed, already so, or refused with the error. */
export type BulkOutcome = { changed: string[]; unchanged: string[]; refused: { id: string; error: unknown }[] };

/**
 * One change to many messages, each against the version it was based on, one after another: a message
 * a colleague changed meanwhile is refused alone, and the rest go ahead. The role is checked once.
 */
export async function changeTriageInBulk(bulk: BulkChange, actor: Actor, load: LoadMessage, now = new Date()): Promise<BulkOutcome> {
  const allowed = bulk.change.action === "assign" ? actor.role === "manager" : actor.role === "analyst";
  // Refused as a whole, in the rules' own words.
  if (!allowed) applyChange(UNTRIAGED, { ...bulk.change, version: 0 } as TriageChange, actor);
  const outcome: BulkOutcome = { changed: [], unchanged: [], refused: [] };
  for (const item of bulk.items) {
    try {
      const record = await changeTriageOf(item.id, { ...bulk.change, version: item.version } as TriageChange, actor, load, now);
      (record.version > item.version ? outcome.changed : outcome.unchanged).push(item.id);
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      outcome.refused.push({ id: item.id, error });
    }
  }
  return outcome;
}
