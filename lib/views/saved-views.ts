import "server-only";
import { withDatabase } from "@/lib/db/database";
import { deleteOwnView, keepView, MAX_OWN_VIEWS, viewFor, viewsFor, type SavedView } from "./view-records";

// Searches kept under a name, personal or shared with the team, pinned to their owner's navigation. The
// search is kept as its canonical query string; the API checks it is one (lib/api/view-answers.ts).

export type { SavedView };
export { MAX_OWN_VIEWS };

export const MAX_VIEW_NAME = 100;
export const MAX_VIEW_QUERY = 2_000;

export type ViewInput = { name: string; searchQuery: string; shared: boolean; pinned: boolean };

export function listViews(viewerId: string): Promise<SavedView[]> {
  return withDatabase("list the saved views", (db) => viewsFor(db, viewerId));
}

export function findView(viewerId: string, id: number): Promise<SavedView | null> {
  return withDatabase("open the saved view", (db) => viewFor(db, viewerId, id));
}

export function saveView(owner: { id: string; name: string }, input: ViewInput, now = new Date()): Promise<SavedView | null> {
  return withDatabase("save the view", (db) => keepView(db, { ...input, ownerId: owner.id, ownerName: owner.name, savedAt: now }));
}

export function deleteView(ownerId: string, id: number): Promise<boolean> {
  return withDatabase("delete the view", (db) => deleteOwnView(db, ownerId, id));
}
