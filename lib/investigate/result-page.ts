import { z } from "zod";
import { messageSchema } from "./message";

// What GET /api/messages answers with 200: one page of messages, the results among them that cannot be
// shown, and the cursor of the next page.
// Cloudflare gives no totals, so neither do we.

/** A result that cannot be shown, in the place it had on Cloudflare's page, with the reason. */
export const unreadableResultSchema = z.object({
  /** Its place among all the page's results, shown and not (0 is the first). */
  index: z.number().int().min(0),
  /** Its investigate id (or postfix id) when it had a readable one. */
  id: z.string().nullable(),
  reason: z.string(),
});
export type UnreadableResult = z.infer<typeof unreadableResultSchema>;

export const resultPageSchema = z.object({
  messages: z.array(messageSchema),
  /** Results that cannot be shown; the rest of the page is shown around them. */
  unreadable: z.array(unreadableResultSchema),
  next: z.string().nullable(),
});
export type ResultPage = z.infer<typeof resultPageSchema>;

/** What GET /api/messages answers with 202 while Cloudflare is still searching. */
export const pendingSearchSchema = z.object({
  status: z.literal("pending"),
  startedAt: z.iso.datetime(),
  /** Our own poll URL, also in the Location header. */
  location: z.string(),
  retryAfterSeconds: z.number(),
});
export type PendingSearch = z.infer<typeof pendingSearchSchema>;
