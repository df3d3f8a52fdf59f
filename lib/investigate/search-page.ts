import { z } from "zod";
import { messageSchema } from "./message";

// What GET /api/messages answers with 200: one page of messages and the cursor of the next one.
// Cloudflare gives no totals, so neither do we.

export const searchPageSchema = z.object({
  messages: z.array(messageSchema),
  next: z.string().nullable(),
});
export type SearchPage = z.infer<typeof searchPageSchema>;

/** What GET /api/messages answers with 202 while Cloudflare is still searching. */
export const pendingSearchSchema = z.object({
  status: z.literal("pending"),
  startedAt: z.iso.datetime(),
  /** Our own poll URL, also in the Location header. */
  location: z.string(),
  retryAfterSeconds: z.number(),
});
export type PendingSearch = z.infer<typeof pendingSearchSchema>;
