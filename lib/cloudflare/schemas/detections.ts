import { z } from "zod";
import { DISPOSITIONS } from "./enums";
import { tolerantEnum } from "./tolerant-enum";
import { findingSchema, validationSchema } from "./message";

// GET …/investigate/{investigate_id}/detections (docs/cloudflare-api.md#endpoints). Since 2026-11-01 the only
// source of findings.

export const attachmentSchema = z.looseObject({
  size: z.number().nullish(),
  content_type: z.string().nullish(),
  detection: tolerantEnum(DISPOSITIONS).nullish(),
  encrypted: z.boolean().nullish(),
  filename: z.string().nullish(),
  name: z.string().nullish(),
  md5: z.string().nullish(),
  sha1: z.string().nullish(),
  sha256: z.string().nullish(),
});

export const threatCategorySchema = z.looseObject({
  id: z.union([z.number(), z.string()]).nullish(),
  name: z.string().nullish(),
  description: z.string().nullish(),
});

export const senderInfoSchema = z.looseObject({
  as_name: z.string().nullish(),
  as_number: z.union([z.number(), z.string()]).nullish(),
  geo: z.string().nullish(),
  ip: z.string().nullish(),
  pld: z.string().nullish(),
});

export const detectionsSchema = z.looseObject({
  action: z.string().nullish(),
  attachments: z.array(attachmentSchema).nullish(),
  findings: z.array(findingSchema).nullish(),
  // Required upstream, but one odd entry should not cost the analyst the whole detections answer.
  headers: z.array(z.looseObject({ name: z.string().nullish(), value: z.string().nullish() })).nullish(),
  links: z.array(z.looseObject({ href: z.string().nullish(), text: z.string().nullish() })).nullish(),
  sender_info: senderInfoSchema.nullish(),
  threat_categories: z.array(threatCategorySchema).nullish(),
  validation: validationSchema.nullish(),
  final_disposition: tolerantEnum(DISPOSITIONS).nullish(),
});
export type UpstreamDetections = z.infer<typeof detectionsSchema>;
export type UpstreamDetectionsInput = z.input<typeof detectionsSchema>;
