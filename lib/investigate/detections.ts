import { z } from "zod";
import { attachmentSchema, type UpstreamDetections } from "@/lib/cloudflare/schemas/detections";
import { findingSchema, reshapeFinding, validationSchema } from "./message";
import { settledShape, settleFields } from "./settled";

// The detections answer as the app sees it (docs/cloudflare-api.md#endpoints): nulls instead of absences,
// ids as strings, entries without anything to show dropped.

const str = z.string().nullable();

export const attachmentSchemaOut = z.object(settledShape(attachmentSchema.shape));
export type Attachment = z.infer<typeof attachmentSchemaOut>;

export const detectionsSchemaOut = z.object({
  action: str,
  final_disposition: str,
  findings: z.array(findingSchema),
  attachments: z.array(attachmentSchemaOut),
  headers: z.array(z.object({ name: z.string(), value: z.string() })),
  links: z.array(z.object({ href: str, text: str })),
  sender_info: z
    .object({ as_name: str, as_number: str, geo: str, ip: str, pld: str })
    .nullable(),
  threat_categories: z.array(z.object({ id: str, name: str, description: str })),
  validation: validationSchema.nullable(),
});
export type Detections = z.infer<typeof detectionsSchemaOut>;

const asString = (value: string | number | null | undefined) => (value === null || value === undefined ? null : String(value));

export function reshapeDetections(upstream: UpstreamDetections): Detections {
  const sender = upstream.sender_info;
  const validation = upstream.validation;
  return {
    action: upstream.action ?? null,
    final_disposition: upstream.final_disposition ?? null,
    findings: (upstream.findings ?? []).map(reshapeFinding),
    attachments: (upstream.attachments ?? []).map((attachment) => settleFields(attachmentSchema.shape, attachment)),
    headers: (upstream.headers ?? []).flatMap((header) => (header.name ? [{ name: header.name, value: header.value ?? "" }] : [])),
    links: (upstream.links ?? [])
      .map((link) => ({ href: link.href ?? null, text: link.text ?? null }))
      .filter((link) => link.href !== null || link.text !== null),
    sender_info: sender
      ? { as_name: sender.as_name ?? null, as_number: asString(sender.as_number), geo: sender.geo ?? null, ip: sender.ip ?? null, pld: sender.pld ?? null }
      : null,
    threat_categories: (upstream.threat_categories ?? []).map((category) => ({
      id: asString(category.id),
      name: category.name ?? null,
      description: category.description ?? null,
    })),
    validation: validation
      ? { comment: validation.comment ?? null, dkim: validation.dkim ?? null, dmarc: validation.dmarc ?? null, spf: validation.spf ?? null }
      : null,
  };
}
