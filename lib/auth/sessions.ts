import "server-only";
import type { JWT } from "next-auth/jwt";
import { getConfig } from "@/lib/config/env";
import { sql } from "drizzle-orm";
import { ChannelListener } from "@/lib/db/channel-listener";
import { openDatabase, withDatabase } from "@/lib/db/database";
import { processWide } from "@/lib/process-wide";
import { ExpiringCache } from "./expiring-cache";
import { endOtherSessions, endSessionRecord, isSessionLive, liveSessionsOf, recordSession, touchSession, type SessionView } from "./session-records";
import { MemorySessionStore } from "./session-store";

// Every session has a record in the database from sign-in (`sid` in its cookie, kept across renewals),
// so signing out on one replica ends it on all. While the database is unreachable, a session whose
// cookie still opens stays usable — searches and messages keep working through an outage — except one
// signed out on this replica meanwhile, which this process remembers (MemorySessionStore).

export type { SessionView };

const MAX_SIGNED_OUT_HERE = 100_000;
/** Last-seen times are written at most this often per session, not on every request. */
const TOUCH_EVERY_MS = 60_000;

const signedOutHere = () => processWide("signed-out-here", () => new MemorySessionStore(MAX_SIGNED_OUT_HERE));
const touched = () => processWide("sessions-touched", () => new ExpiringCache<true>(10_000));

// A session found live is remembered for a minute, so most requests cost no query — but only while this
// process hears every ending (the database tells each on the "session_ended" channel, whichever replica
// ends it), and only if no ending or loss of hearing came while it was being read.
const LIVE_FOR_MS = 60_000;
const knownLive = () => processWide("sessions-known-live", () => new ExpiringCache<true>(10_000));
const endings = () =>
  processWide(
    "session-endings",
    () =>
      new ChannelListener({
        open: openDatabase,
        channel: "session_ended",
        onNotice: (sid) => knownLive().delete(sid),
        onDeaf: () => knownLive().clear(),
      }),
  );

export type SessionClaims = { sid: string; principalId: string; name: string; role: string; provider: string; signedInAt: number };

/** Records a new session; a database that cannot record it fails the sign-in (DatabaseUnavailableError). */
export async function startSession(claims: SessionClaims): Promise<void> {
  const expiresAt = new Date(claims.signedInAt + getConfig().auth.absoluteSeconds * 1000);
  await withDatabase("record the session", (db) =>
    recordSession(db, { ...claims, id: claims.sid, signedInAt: new Date(claims.signedInAt), expiresAt }),
  );
}

/** Whether the session may still be used; `userAgent` is kept as where it was last seen. */
export async function isLive(sid: string, userAgent: string | null = null, now = Date.now()): Promise<boolean> {
  const heard = endings();
  if (heard.hearing && knownLive().get(sid, now)) return true;
  const since = heard.changes;
  try {
    const live = await withDatabase("check the session", (db) => isSessionLive(db, sid, new Date(now)));
    if (live && heard.unchangedSince(since)) knownLive().set(sid, true, now + LIVE_FOR_MS);
    if (live && touched().get(sid, now) === undefined) {
      touched().set(sid, true, now + TOUCH_EVERY_MS);
      void withDatabase("note when the session was seen", (db) => touchSession(db, sid, new Date(now), userAgent)).catch(() => undefined);
    }
    return live;
  } catch {
    return !(await signedOutHere().isEnded(sid));
  }
}

/** Ends the session a decoded token belongs to; false when the token names none (nothing to end). */
export async function endSession(token: JWT | null | undefined, endedBy = "sign-out"): Promise<boolean> {
  const sid = token?.sid;
  const signedInAt = token?.signedInAt;
  if (typeof sid !== "string" || !sid || typeof signedInAt !== "number") return false;
  knownLive().delete(sid);
  await signedOutHere().end(sid, signedInAt + getConfig().auth.absoluteSeconds * 1000);
  await withDatabase("end the session", (db) => endSessionRecord(db, sid, new Date(), endedBy)).catch(() => false);
  return true;
}

export function sessionsOf(principalId: string): Promise<SessionView[]> {
  return withDatabase("list your sessions", (db) => liveSessionsOf(db, principalId, new Date()));
}

/** Ends one of the user's own sessions; false when they have no such live session. */
export function endOwnSession(principalId: string, sid: string): Promise<boolean> {
  knownLive().delete(sid);
  return withDatabase("end the session", (db) => endSessionRecord(db, sid, new Date(), "ended from another session", principalId));
}

export function endOwnOtherSessions(principalId: string, keep: string): Promise<number> {
  knownLive().clear();
  return withDatabase("end your other sessions", (db) => endOtherSessions(db, principalId, keep, new Date()));
}

/** Whether a session could be recorded now: asked before a sign-in, so a user is told rather than failed. */
export async function canRecordSessions(): Promise<boolean> {
  return withDatabase("reach the database", (db) => db.execute(sql`select 1`)).then(
    () => true,
    () => false,
  );
}
