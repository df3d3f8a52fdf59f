import "server-only";
import { and, desc, eq, or } from "drizzle-orm";
import type { Database } from "@/lib/db/engine";
import { savedViews } from "@/lib/db/schema";

// Saved views' queries: a person's own and those shared with the team, newest first.

export type SavedView = typeof savedViews.$inferSelect;
export type NewView = Omit<SavedView, "id">;

/** At most this many views a person sees: their own and the team's. */
const MAX_LISTED = 500;
/** At most this many views one person keeps. */
export const MAX_OWN_VIEWS = 200;

export function viewsFor(db: Database, viewerId: string): Promise<SavedView[]> {
  return db
    .select()
    .from(savedViews)
    .where(or(eq(savedViews.ownerId, viewerId), eq(savedViews.shared, true)))
    .orderBy(desc(savedViews.savedAt), desc(savedViews.id))
    .limit(MAX_LISTED);
}

export async function viewFor(db: Database, viewerId: string, id: number): Promise<SavedView | null> {
  const [view] = await db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.id, id), or(eq(savedViews.ownerId, viewerId), eq(savedViews.shared, true))));
  return view ?? null;
}

/** Keeps the view; null when its owner already keeps MAX_OWN_VIEWS. */
export async function keepView(db: Database, view: NewView): Promise<SavedView | null> {
  return db.transaction(async (tx) => {
    const own = await tx.select({ id: savedViews.id }).from(savedViews).where(eq(savedViews.ownerId, view.ownerId)).limit(MAX_OWN_VIEWS);
    if (own.length >= MAX_OWN_VIEWS) return null;
    const [kept] = await tx.insert(savedViews).values(view).returning();
    return kept ?? null;
  });
}

/** Deletes one of the owner's views; false when they have none by that id. */
export async function deleteOwnView(db: Database, ownerId: string, id: number): Promise<boolean> {
  const gone = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.ownerId, ownerId)))
    .returning({ id: savedViews.id });
  return gone.length > 0;
}
