import { z } from "zod";

// A page of a search counted instead of shown: what GET /api/counts answers, so "count all" can page
// through a whole search 1,000 at a time without sending the rows to the browser.

export const countPageSchema = z.object({
  /** Messages on this page, shown or not. */
  counted: z.number(),
  /** Of them, results that could not be read (counted, with no disposition). */
  unreadable: z.number(),
  byDisposition: z.record(z.string(), z.number()),
  next: z.string().nullable(),
});
export type CountPage = z.infer<typeof countPageSchema>;
