import { z } from "zod";

// What the post-delivery actions answer (docs/cloudflare-api.md#endpoints, rows 9, 10 and 12), read
// tolerantly: fields Cloudflare deprecated (completed_timestamp, item_count, postfix_id) may still come.

export { MOVE_DESTINATIONS, type MoveDestination } from "./enums";

/** One recipient's result of a move (MoveResponseItem): one per recipient, inferred from its `recipient`. */
export const moveResultSchema = z.looseObject({
  success: z.boolean(),
  completed_at: z.string().nullish(),
  /** Deprecated, use completed_at. */
  completed_timestamp: z.string().nullish(),
  destination: z.string().nullish(),
  message_id: z.string().nullish(),
  operation: z.string().nullish(),
  recipient: z.string().nullish(),
  status: z.string().nullish(),
});
export const moveAnswerSchema = z.array(moveResultSchema);
export type UpstreamMoveResult = z.infer<typeof moveResultSchema>;

/** One message's result of a release. */
export const releaseResultSchema = z.looseObject({
  id: z.string().nullish(),
  /** Deprecated, use id. */
  postfix_id: z.string().nullish(),
  delivered: z.array(z.string()).nullish(),
  failed: z.array(z.string()).nullish(),
  undelivered: z.array(z.string()).nullish(),
});
export const releaseAnswerSchema = z.array(releaseResultSchema);
export type UpstreamReleaseResult = z.infer<typeof releaseResultSchema>;
