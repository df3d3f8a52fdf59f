import "server-only";
import { and, asc, eq, gt, lt, lte } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { signInFailures } from "@/lib/db/schema";

// The sign-in throttle's failures in the database, so every replica counts the same guesses.

/** Failures of a name still within the window, oldest first (at most `cap`: the limit is far below it). */
export async function recentFailures(db: Database, nameKey: string, since: number, cap = 100): Promise<number[]> {
  const rows = await db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(and(eq(signInFailures.nameKey, nameKey), gt(signInFailures.at, since)))
    .orderBy(asc(signInFailures.at))
    .limit(cap);
  return rows.map((row) => row.at);
}

/** Counts a failure, and forgets this name's failures that have left the window. */
export async function addFailure(db: Database, nameKey: string, at: number, since: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(signInFailures).where(and(eq(signInFailures.nameKey, nameKey), lte(signInFailures.at, since)));
    await tx.insert(signInFailures).values({ nameKey, at });
  });
}

export async function forgetFailures(db: Database, nameKey: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.nameKey, nameKey));
}

export async function pruneFailures(db: Database, before: number): Promise<void> {
  await db.delete(signInFailures).where(lt(signInFailures.at, before));
}
