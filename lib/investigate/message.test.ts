import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FULL_MESSAGE } from "@/lib/cloudflare/testing/fixtures";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { messageSchema, reshapeMessage } from "./message";
import { resultPageSchema } from "./result-page";

// The route handlers send reshapeMessage's output as it is, without parsing it a second time on the
// way out: these properties are what make that safe. Whatever Cloudflare sends that passes the upstream
// schema, the reshaped message already is exactly what the outgoing schema would make of it.

const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null, freq: 3 });
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("<b>x</b>", "\u202Eevil", "2026-06-01T10:00:00", "2026-06-01 10:00", "not a date"));
const time = fc.oneof(
  fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom("2019-11-20T23:22:01", "2024-01-05 10:00", "2026-02-30T00:00:00Z", "2026-06-01T00:00:00+02:00", "yesterday"),
);
const texts = fc.array(text, { maxLength: 3 });
const looseRecord = fc.dictionary(fc.constantFrom("a", "b", "__proto__", "constructor", "toString"), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });

const upstreamRecord = fc.record(
  {
    action_log: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.array(fc.record({ operation: maybe(text), started_at: maybe(time), completed_timestamp: maybe(time), success: maybe(fc.boolean()), properties: maybe(looseRecord) }, { requiredKeys: [] }), { maxLength: 3 })),
    client_recipients: maybe(texts),
    detection_reasons: maybe(texts),
    is_quarantined: maybe(fc.boolean()),
    properties: maybe(fc.record({ allowlisted_pattern: maybe(text), blocklisted_message: maybe(fc.boolean()), extra_flag: fc.boolean() }, { requiredKeys: [] })),
    ts: maybe(time),
    scanned_at: maybe(time),
    sent_at: maybe(time),
    sent_date: maybe(time),
    final_disposition: maybe(fc.constantFrom("MALICIOUS", "SPAM", "SOMETHING_NEW")),
    delivery_status: maybe(fc.array(fc.constantFrom("delivered", "quarantined", "teleported"), { maxLength: 2 })),
    findings: maybe(fc.array(fc.record({ detection: maybe(text), reason: maybe(text), score: maybe(fc.double({ noNaN: true, noDefaultInfinity: true })), extra: text }, { requiredKeys: [] }), { maxLength: 2 })),
    subject: maybe(text),
    to: maybe(texts),
    validation: maybe(fc.record({ dkim: maybe(fc.constantFrom("pass", "fail", "weird")), comment: maybe(text) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);

// Cloudflare's JSON, with unknown keys at the top level, written as text so "__proto__" is an own key
// exactly as JSON.parse makes it from the wire.
const wire = fc.tuple(upstreamRecord, looseRecord, fc.jsonValue({ maxDepth: 1 })).map(([fields, unknown, protoValue]) => {
  const body = JSON.stringify({ id: "id-1", postfix_id: "pfx", ...fields, ...unknown, brand_new_field: unknown });
  return JSON.parse(`${body.slice(0, -1)},"__proto__":${JSON.stringify(protoValue)}}`) as unknown;
});

describe("reshapeMessage", () => {
  it("already gives what the outgoing message schema would: parsing it again changes nothing", () => {
    fc.assert(
      fc.property(wire, (raw) => {
        const upstream = upstreamMessageSchema.safeParse(raw);
        fc.pre(upstream.success);
        if (!upstream.success) return;
        const message = reshapeMessage(upstream.data);
        expect(messageSchema.parse(message)).toStrictEqual(message);
        expect(JSON.stringify(messageSchema.parse(message))).toBe(JSON.stringify(message));
      }),
      { numRuns: 200 },
    );
  });

  it("holds for the full fixture message, and for a page of them", () => {
    const message = reshapeMessage(upstreamMessageSchema.parse(FULL_MESSAGE));
    const page = { messages: [message, message], unreadable: [{ index: 2, id: null, reason: "odd" }], next: null };
    expect(resultPageSchema.parse(page)).toStrictEqual(page);
  });
});
