import { z } from "zod";
import type { UpstreamMoveResult, UpstreamReleaseResult } from "@/lib/cloudflare/schemas/remediation";
import { REQUEST_ID_PATTERN, MOVE_DESTINATIONS } from "./remediation-values";

// What the remediation routes take and answer: the route reads bodies and sends answers through these
// schemas, the page reads the answers back. `repeated`: the same request came before, and this is what
// Cloudflare answered then (nothing was sent again).

const requestId = z.string().regex(REQUEST_ID_PATTERN, "must be the request's id, as the page made it");

export const moveBodySchema = z.object({
  requestId,
  destination: z.enum(MOVE_DESTINATIONS, { error: `must be one of ${MOVE_DESTINATIONS.join(", ")}` }),
});
export const releaseBodySchema = z.object({ requestId });

export const moveAnswerSchema = z.object({
  repeated: z.boolean(),
  results: z.array(z.object({ recipient: z.string().nullable(), success: z.boolean(), destination: z.string().nullable(), completedAt: z.string().nullable(), status: z.string().nullable() })),
});
export type MoveAnswer = z.infer<typeof moveAnswerSchema>;

export const releaseAnswerSchema = z.object({
  repeated: z.boolean(),
  delivered: z.array(z.string()),
  failed: z.array(z.string()),
  undelivered: z.array(z.string()),
});
export type ReleaseAnswer = z.infer<typeof releaseAnswerSchema>;

export function toMoveAnswer(results: UpstreamMoveResult[], repeated: boolean): MoveAnswer {
  return {
    repeated,
    results: results.map((one) => ({
      recipient: one.recipient ?? null,
      success: one.success,
      destination: one.destination ?? null,
      completedAt: one.completed_at ?? one.completed_timestamp ?? null,
      status: one.status ?? null,
    })),
  };
}

export function toReleaseAnswer(results: UpstreamReleaseResult[], repeated: boolean): ReleaseAnswer {
  const all = (pick: (one: UpstreamReleaseResult) => string[] | null | undefined) => results.flatMap((one) => pick(one) ?? []);
  return { repeated, delivered: all((one) => one.delivered), failed: all((one) => one.failed), undelivered: all((one) => one.undelivered) };
}
