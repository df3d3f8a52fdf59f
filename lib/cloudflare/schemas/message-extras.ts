import { z } from "zod";
import { actionEntrySchema } from "./message";

// The smaller per-message endpoints: action log, raw, preview, trace (docs/cloudflare-api.md#endpoints).

/** GET …/investigate/{investigate_id}/action_log */
export const actionLogSchema = z.array(actionEntrySchema);

const traceLineSchema = z.looseObject({
  lineno: z.number().nullish(),
  logged_at: z.string().nullish(),
  message: z.string().nullish(),
  /** Deprecated, use logged_at (EOL 2026-11-01). */
  ts: z.string().nullish(),
});

const traceSideSchema = z.looseObject({
  lines: z.array(traceLineSchema).nullish(),
  pending: z.boolean().nullish(),
});

/** GET …/investigate/{investigate_id}/trace */
export const traceSchema = z.looseObject({
  inbound: traceSideSchema.nullish(),
  outbound: traceSideSchema.nullish(),
});
export type UpstreamTrace = z.infer<typeof traceSchema>;

/** GET …/investigate/{investigate_id}/raw: a UTF-8 EML as a JSON string. */
export const rawSchema = z.looseObject({ raw: z.string() });

/** GET …/investigate/{investigate_id}/preview: a base64 PNG. */
export const previewSchema = z.looseObject({ screenshot: z.string() });
