import { z } from "zod";
import { messageSchema } from "./message";
import { SIMILAR_HASHES } from "./similar-hashes";

// Messages like one message by a hash Cloudflare keeps but cannot search by: the HTML structure hash
// (the same template) or the EDF hash. GET /api/similar reads a page of 1,000 of a search and answers
// only the messages with the hash (./similar-of.ts); the message page pages through a few of them
// (lib/queries/similar-scan.ts).

/** What GET /api/similar takes besides the search: which hash, and its value (hex or base64 as
 *  Cloudflare writes it, bounded). */
export const similarQuerySchema = z.object({
  by: z.enum(SIMILAR_HASHES, { error: "Say which hash: structure or edf." }),
  hash: z.string().regex(/^[A-Za-z0-9+/=_:-]{1,200}$/, "A hash is 1 to 200 letters, digits and + / = _ : -."),
});

/** What is kept of a message found: enough for a line of the list and its link. */
export const similarMatchSchema = messageSchema.pick({ id: true, subject: true, from: true, scanned_at: true, final_disposition: true });
export type SimilarMatch = z.infer<typeof similarMatchSchema>;

export const similarPageSchema = z.object({
  /** Results on this page, shown or not: how much of the search has been looked through. */
  scanned: z.number(),
  matches: z.array(similarMatchSchema),
  next: z.string().nullable(),
});
export type SimilarPage = z.infer<typeof similarPageSchema>;
