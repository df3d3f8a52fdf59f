import { z } from "zod";
import { detectionsSchemaOut } from "./detections";
import { actionEntrySchemaOut, findingSchema, messageSchema } from "./message";
import { traceSchemaOut } from "./trace";

// Everything the detail view shows about one message, gathered from several endpoints. A part that
// failed is null and named in `missing`, so the page shows what it has and says what it lacks.

export const DETAIL_PARTS = ["detections", "action log", "trace", "preview"] as const;
export type DetailPart = (typeof DETAIL_PARTS)[number];

export const missingPartSchema = z.object({ part: z.enum(DETAIL_PARTS), reason: z.string() });
export type MissingPart = z.infer<typeof missingPartSchema>;

export const messageDetailSchema = z.object({
  message: messageSchema,
  /** From …/detections when it answered, else the embedded (deprecated) field. */
  findings: z.array(findingSchema),
  findingsSource: z.enum(["detections", "embedded"]),
  actionLog: z.array(actionEntrySchemaOut),
  actionLogSource: z.enum(["action_log", "embedded"]),
  detections: detectionsSchemaOut.nullable(),
  trace: traceSchemaOut.nullable(),
  hasPreview: z.boolean(),
  missing: z.array(missingPartSchema),
});
export type MessageDetail = z.infer<typeof messageDetailSchema>;
