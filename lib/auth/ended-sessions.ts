import "server-only";
import type { JWT } from "next-auth/jwt";
import { getConfig } from "@/lib/config/env";
import { processWide } from "@/lib/process-wide";
import { MemorySessionStore, type SessionStore } from "./session-store";

// Every session carries an id (`sid`) from sign-in, kept across renewals. Signing out ends that id
// here, and decodeSession and next-auth's jwt callback refuse it from then on. One store per process:
// next-auth's route, which ends sessions, and the pages, routes and proxy, which check them, are
// bundled apart. In memory for now, so it holds for one replica; several need a shared SessionStore.

// Each entry is a short id and a deadline (~150 bytes), so the bound caps the store near 15 MB.
const MAX_ENDED_SESSIONS = 100_000;

export function endedSessions(): SessionStore {
  return processWide("ended-sessions", () => new MemorySessionStore(MAX_ENDED_SESSIONS));
}

/** Ends the session a decoded token belongs to; false when the token names none (nothing to end). */
export async function endSession(token: JWT | null | undefined): Promise<boolean> {
  const sid = token?.sid;
  const signedInAt = token?.signedInAt;
  if (typeof sid !== "string" || !sid || typeof signedInAt !== "number") return false;
  await endedSessions().end(sid, signedInAt + getConfig().auth.absoluteSeconds * 1000);
  return true;
}
