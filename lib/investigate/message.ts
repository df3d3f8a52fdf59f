import { z } from "zod";
import type { UpstreamActionEntry, UpstreamFinding, UpstreamMessage } from "@/lib/cloudflare/schemas/message";
import { toUtcIso } from "@/lib/cloudflare/utc-time";
import {
  actionEntrySchema,
  findingSchema as upstreamFindingSchema,
  propertiesSchema,
  upstreamMessageSchema,
  validationSchema as upstreamValidationSchema,
} from "@/lib/cloudflare/schemas/message";
import { settledShape, settleFields, type Settled } from "./settled";
import { keepUnknown } from "./unknown-fields";

// The message as the app sees it, derived from Cloudflare's schema: its fields as they come with null
// (or []) for an absence (settled.ts), the deprecated ones folded into their replacements, and fields we
// do not know yet kept under `extra`. A field added to the wire schema arrives here by itself.

const str = z.string().nullable();

/** Read as Cloudflare sends them; everything else of a message is folded, defaulted or nested below. */
const AS_SENT = upstreamMessageSchema.omit({
  ts: true,
  sent_date: true,
  scanned_at: true,
  sent_at: true,
  is_quarantined: true,
  is_phish_submission: true,
  validation: true,
  properties: true,
  findings: true,
  action_log: true,
});
const asSentShape = settledShape(AS_SENT.shape);

export const findingSchema = z.object(settledShape(upstreamFindingSchema.shape));
export type Finding = z.infer<typeof findingSchema>;

export const actionEntrySchemaOut = z.object({
  operation: str,
  started_at: str,
  completed_at: str,
  status: str,
  success: z.boolean().nullable(),
  properties: z.record(z.string(), z.unknown()),
});
export type ActionEntry = z.infer<typeof actionEntrySchemaOut>;
export const actionLogSchemaOut = z.array(actionEntrySchemaOut);

export const validationSchema = z.object(settledShape(upstreamValidationSchema.shape));
export type Validation = z.infer<typeof validationSchema>;

export const messageSchema = z.object({
  ...asSentShape,
  is_quarantined: z.boolean(),
  is_phish_submission: z.boolean(),
  /** scanned_at, or the deprecated ts, as UTC ISO. */
  scanned_at: str,
  /** sent_at, or sent_date, as UTC ISO. */
  sent_at: str,
  validation: validationSchema,
  properties: z.object(settledShape(propertiesSchema.shape)),
  /** The embedded findings (deprecated upstream); the detail view prefers …/detections. */
  findings: z.array(findingSchema),
  /** The embedded action log (deprecated upstream); the detail view prefers …/action_log. */
  action_log: z.array(actionEntrySchemaOut),
  /** Fields Cloudflare sent that this version does not know, kept as they came within bounds (unknown-fields.ts). */
  extra: z.record(z.string(), z.unknown()),
});
export type Message = z.infer<typeof messageSchema>;

const KNOWN_FIELDS = new Set(Object.keys(upstreamMessageSchema.shape));

export function reshapeFinding(finding: UpstreamFinding): Finding {
  return settleFields(upstreamFindingSchema.shape, finding);
}

export function reshapeActionEntry(entry: UpstreamActionEntry): ActionEntry {
  return {
    operation: entry.operation ?? null,
    started_at: toUtcIso(entry.started_at),
    completed_at: toUtcIso(entry.completed_at ?? entry.completed_timestamp),
    status: entry.status ?? null,
    success: entry.success ?? null,
    properties: keepUnknown(Object.entries(entry.properties ?? {})),
  };
}

/** The embedded action_log was typed "object"/"unknown"; keep the entries that read as ActionEntry. */
function embeddedActionLog(value: unknown): ActionEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = actionEntrySchema.safeParse(entry);
    return parsed.success ? [reshapeActionEntry(parsed.data)] : [];
  });
}

export function reshapeMessage(upstream: UpstreamMessage): Message {
  // Built on the settled fields' object rather than spread into a new one: for a page of messages,
  // the spread copy cost more than all the rest of the reshape.
  const message: Settled<typeof asSentShape> & Partial<Message> = settleFields(asSentShape, upstream);
  message.is_quarantined = upstream.is_quarantined ?? false;
  message.is_phish_submission = upstream.is_phish_submission ?? false;
  message.scanned_at = toUtcIso(upstream.scanned_at) ?? toUtcIso(upstream.ts);
  message.sent_at = toUtcIso(upstream.sent_at) ?? toUtcIso(upstream.sent_date);
  message.validation = settleFields(upstreamValidationSchema.shape, upstream.validation ?? {});
  message.properties = settleFields(propertiesSchema.shape, upstream.properties ?? {});
  message.findings = (upstream.findings ?? []).map(reshapeFinding);
  message.action_log = embeddedActionLog(upstream.action_log);
  message.extra = keepUnknown(Object.entries(upstream).filter(([key]) => !KNOWN_FIELDS.has(key)));
  return message as Message;
}
