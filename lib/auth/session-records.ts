import "server-only";
import { and, desc, eq, gt, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { sessions } from "@/lib/db/schema";

// Every session's server-side record (lib/db/schema.ts): made at sign-in, read on every request, ended
// at sign-out or from the user's sessions page. Queries only: lib/auth/sessions.ts decides what an
// unreachable database means.

export type NewSession = { id: string; principalId: string; name: string; role: string; provider: string; signedInAt: Date; expiresAt: Date };

export type SessionView = { id: string; provider: string; signedInAt: Date; lastSeenAt: Date; expiresAt: Date; userAgent: string | null };

const MAX_USER_AGENT = 300;

export async function recordSession(db: Database, session: NewSession): Promise<void> {
  await db.insert(sessions).values({ ...session, lastSeenAt: session.signedInAt });
}

// Asked on every request: prepared once per database, it costs half of building the query each time.
const liveQuery = (db: Database) =>
  db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, sql.placeholder("id")), isNull(sessions.endedAt), gt(sessions.expiresAt, sql.placeholder("now"))))
    .limit(1)
    .prepare("session_live");
const prepared = new WeakMap<Database, ReturnType<typeof liveQuery>>();

/** Live: recorded, not ended, not past its absolute timeout. A session with no record is not live. */
export async function isSessionLive(db: Database, id: string, now: Date): Promise<boolean> {
  let query = prepared.get(db);
  if (!query) prepared.set(db, (query = liveQuery(db)));
  const [row] = await query.execute({ id, now });
  return row !== undefined;
}

export async function touchSession(db: Database, id: string, now: Date, userAgent: string | null): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now, ...(userAgent ? { userAgent: userAgent.slice(0, MAX_USER_AGENT) } : {}) })
    .where(eq(sessions.id, id));
}

/** Ends one session; with `principalId`, only if it is that user's. True when a live session ended. */
export async function endSessionRecord(db: Database, id: string, now: Date, endedBy: string, principalId?: string): Promise<boolean> {
  const mine = principalId === undefined ? undefined : eq(sessions.principalId, principalId);
  const ended = await db
    .update(sessions)
    .set({ endedAt: now, endedBy })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt), mine))
    .returning({ id: sessions.id });
  return ended.length > 0;
}

/** Ends every live session of the user but `keep`; how many ended. */
export async function endOtherSessions(db: Database, principalId: string, keep: string, now: Date): Promise<number> {
  const ended = await db
    .update(sessions)
    .set({ endedAt: now, endedBy: "ended from another session" })
    .where(and(eq(sessions.principalId, principalId), ne(sessions.id, keep), isNull(sessions.endedAt), gt(sessions.expiresAt, now)))
    .returning({ id: sessions.id });
  return ended.length;
}

/** The user's live sessions, newest first (a user has a handful; the bound guards a runaway script). */
export async function liveSessionsOf(db: Database, principalId: string, now: Date, limit = 200): Promise<SessionView[]> {
  return db
    .select({
      id: sessions.id,
      provider: sessions.provider,
      signedInAt: sessions.signedInAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.principalId, principalId), isNull(sessions.endedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.signedInAt))
    .limit(limit);
}

/** Forgets sessions that ended or expired before `before`: their cookies are refused by age alone by then. */
export async function pruneSessions(db: Database, before: Date): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, before), lt(sessions.endedAt, before)))
    .returning({ id: sessions.id });
  return gone.length;
}
