import "server-only";
import { z } from "zod";
import { readSearchUrl } from "@/lib/search-url/read-search-url";
import { searchToQuery } from "@/lib/search-url/search-url";
import { MAX_VIEW_NAME, MAX_VIEW_QUERY, type SavedView, type ViewInput } from "@/lib/views/saved-views";

// The saved views API's bodies: what it takes (a name and a search the search page understands, whole)
// and the list it gives. A view's search is kept in its canonical form.

export const viewInputSchema = z
  .object({
    name: z.string().trim().min(1, "must not be empty").max(MAX_VIEW_NAME, `must be at most ${MAX_VIEW_NAME} characters`),
    searchQuery: z.string().max(MAX_VIEW_QUERY, `must be at most ${MAX_VIEW_QUERY} characters`),
    shared: z.boolean().default(false),
    pinned: z.boolean().default(false),
  })
  .transform((input, context): ViewInput => {
    const reading = readSearchUrl(new URLSearchParams(input.searchQuery));
    for (const problem of reading.problems) context.addIssue({ code: "custom", path: ["searchQuery"], message: `${problem.field}: ${problem.reason}` });
    return { ...input, searchQuery: searchToQuery(reading.search).toString() };
  });

export const viewListSchema = z.object({
  views: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      searchQuery: z.string(),
      shared: z.boolean(),
      pinned: z.boolean(),
      mine: z.boolean(),
      owner: z.string(),
      savedAt: z.string(),
      /** Its time is a quick range (last 24 hours…): it moves with the clock. */
      relative: z.boolean(),
    }),
  ),
});
export type ViewList = z.infer<typeof viewListSchema>;
export type ViewEntry = ViewList["views"][number];

export function toViewEntry(view: SavedView, viewerId: string): ViewEntry {
  return {
    id: view.id,
    name: view.name,
    searchQuery: view.searchQuery,
    shared: view.shared,
    pinned: view.pinned,
    mine: view.ownerId === viewerId,
    owner: view.ownerName,
    savedAt: view.savedAt.toISOString(),
    relative: new URLSearchParams(view.searchQuery).has("range"),
  };
}

/** A view's id from the path: a positive whole number, or null. */
export function parseViewId(raw: string): number | null {
  return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null;
}
