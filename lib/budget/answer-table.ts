import "server-only";
import { and, eq, gt, like, lt } from "drizzle-orm";
import { withDatabase } from "@/lib/db/database";
import type { Database } from "@/lib/db/engine";
import { upstreamAnswers } from "@/lib/db/schema";
import type { AnswerCache, CachedAnswer } from "./answer-cache";

// Copies of upstream answers in the database, so a replica answers from what another just fetched.

export class TableAnswerCache implements AnswerCache {
  get(key: string, now: number): Promise<CachedAnswer | null> {
    return withDatabase("read a kept answer", (db) => readAnswer(db, key, now));
  }

  put(key: string, answer: CachedAnswer, until: number): Promise<void> {
    return withDatabase("keep an answer", (db) => keepAnswer(db, key, answer, until));
  }

  forget(prefix: string): Promise<void> {
    return withDatabase("forget kept answers", (db) => forgetAnswers(db, prefix));
  }
}

export async function readAnswer(db: Database, key: string, now: number): Promise<CachedAnswer | null> {
  const [row] = await db
    .select({ status: upstreamAnswers.status, headers: upstreamAnswers.headers, body: upstreamAnswers.body, storedAt: upstreamAnswers.storedAt })
    .from(upstreamAnswers)
    .where(and(eq(upstreamAnswers.key, key), gt(upstreamAnswers.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

export async function keepAnswer(db: Database, key: string, answer: CachedAnswer, until: number): Promise<void> {
  const row = { key, status: answer.status, headers: answer.headers, body: answer.body, storedAt: answer.storedAt, expiresAt: until };
  await db.insert(upstreamAnswers).values(row).onConflictDoUpdate({ target: upstreamAnswers.key, set: row });
}

export async function forgetAnswers(db: Database, prefix: string): Promise<void> {
  await db.delete(upstreamAnswers).where(like(upstreamAnswers.key, `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
}

export async function pruneAnswers(db: Database, now: number): Promise<void> {
  await db.delete(upstreamAnswers).where(lt(upstreamAnswers.expiresAt, now));
}
