import { z } from "zod";

// What a bulk change (POST /api/triage) answers: each message it named, changed, already so, or refused
// with why. The route sends it through this schema and the page reads it back.

export const bulkAnswerSchema = z.object({
  changed: z.array(z.string()),
  unchanged: z.array(z.string()),
  refused: z.array(z.object({ id: z.string(), code: z.string(), message: z.string() })),
});
export type BulkAnswer = z.infer<typeof bulkAnswerSchema>;
