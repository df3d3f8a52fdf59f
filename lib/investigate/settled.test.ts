import { describe, expect, it } from "vitest";
import { z } from "zod";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { FULL_MESSAGE, NULLS_MESSAGE } from "@/lib/cloudflare/testing/fixtures";
import { projectOnto } from "@/lib/validation/project";
import { messageSchema, reshapeMessage } from "./message";
import { settledShape, settleFields } from "./settled";

describe("settled fields", () => {
  // What adding a field to a wire schema amounts to: one line, and the app has it.
  const wire = z.looseObject({ id: z.string(), helo: z.string().nullish(), hops: z.array(z.string()).nullish(), score: z.number().nullish() });

  it("derive the app's schema: required fields as they are, values nullable, lists plain", () => {
    const app = z.object(settledShape(wire.shape));
    expect(app.parse({ id: "a", helo: null, hops: [], score: null })).toEqual({ id: "a", helo: null, hops: [], score: null });
    expect(app.safeParse({ id: "a", hops: [], score: null }).success).toBe(false);
    expect(app.safeParse({ id: "a", helo: null, hops: null, score: null }).success).toBe(false);
  });

  it("derive the app's value: absences become null, or [] for a list; unknown keys stay behind", () => {
    const sent = wire.parse({ id: "a", hops: null, surprise: 1 });
    expect(settleFields(wire.shape, sent)).toEqual({ id: "a", helo: null, hops: [], score: null });
  });

  it("give the message every field Cloudflare's schema has, the deprecated ones folded", () => {
    const folded = ["ts", "sent_date"];
    const wireFields = Object.keys(upstreamMessageSchema.shape).filter((field) => !folded.includes(field));
    expect(Object.keys(messageSchema.shape)).toEqual(expect.arrayContaining(wireFields));
    const message = reshapeMessage(upstreamMessageSchema.parse({ id: "a", postfix_id: "p" }));
    expect(messageSchema.parse(message)).toEqual(message);
    expect(message.smtp_helo_server_ip).toBeNull();
    expect(message.delivery_status).toEqual([]);
  });

  it("are sent as parsing with the schema would give them, by projection (lib/validation/project.ts)", () => {
    for (const fixture of [FULL_MESSAGE, NULLS_MESSAGE]) {
      const message = reshapeMessage(upstreamMessageSchema.parse(fixture));
      expect(projectOnto(messageSchema, message)).toEqual(messageSchema.parse(message));
      const leaky = { ...message, leaked: true };
      expect(projectOnto(messageSchema, leaky)).not.toHaveProperty("leaked");
    }
  });
});
