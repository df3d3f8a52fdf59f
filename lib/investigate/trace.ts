import { z } from "zod";
import type { UpstreamTrace } from "@/lib/cloudflare/schemas/message-extras";
import { toUtcIso } from "@/lib/cloudflare/utc-time";

// The delivery trace (docs/cloudflare-api.md#endpoints), with the deprecated `ts` folded into `logged_at`.

const traceSideSchemaOut = z.object({
  lines: z.array(z.object({ lineno: z.number().nullable(), logged_at: z.string().nullable(), message: z.string() })),
  pending: z.boolean(),
});

export const traceSchemaOut = z.object({ inbound: traceSideSchemaOut, outbound: traceSideSchemaOut });
export type Trace = z.infer<typeof traceSchemaOut>;
export type TraceSide = z.infer<typeof traceSideSchemaOut>;

function reshapeSide(side: UpstreamTrace["inbound"]): TraceSide {
  return {
    lines: (side?.lines ?? []).map((line) => ({
      lineno: line.lineno ?? null,
      logged_at: toUtcIso(line.logged_at ?? line.ts),
      message: line.message ?? "",
    })),
    pending: side?.pending ?? false,
  };
}

export function reshapeTrace(upstream: UpstreamTrace): Trace {
  return { inbound: reshapeSide(upstream.inbound), outbound: reshapeSide(upstream.outbound) };
}
