import { describe, expect, it } from "vitest";
import { FULL_MESSAGE } from "@/lib/cloudflare/testing/fixtures";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { reshapeMessage } from "./message";
import { keepUnknown, tooDeepNote, tooLongNote, UNKNOWN_FIELD_LIMITS } from "./unknown-fields";

/** A message as JSON.parse makes it from Cloudflare's text, with `field` spliced in as raw JSON. */
function withField(name: string, json: string): unknown {
  const text = JSON.stringify(FULL_MESSAGE);
  return JSON.parse(`${text.slice(0, -1)},"${name}":${json}}`) as unknown;
}

const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;

function depthOf(value: unknown): number {
  let depth = 0;
  for (let v = value; typeof v === "object" && v !== null; v = (v as { a: unknown }).a) depth++;
  return depth;
}

describe("unknown fields", () => {
  it("keep a field nested 5,000 deep only to the depth bound, so the message can still be sent", () => {
    const message = reshapeMessage(upstreamMessageSchema.parse(withField("deep_unknown_field", nested(5_000))));
    expect(() => JSON.stringify(message)).not.toThrow();
    const kept = message.extra.deep_unknown_field;
    expect(depthOf(kept)).toBe(UNKNOWN_FIELD_LIMITS.depth - 1);
    expect(JSON.stringify(kept)).toContain(JSON.stringify(tooDeepNote(UNKNOWN_FIELD_LIMITS)));
  });

  it("keep the embedded action log's properties within the same bounds", () => {
    const message = reshapeMessage(upstreamMessageSchema.parse(withField("action_log", `[{"operation":"MOVE","properties":{"deep":${nested(5_000)}}}]`)));
    expect(() => JSON.stringify(message)).not.toThrow();
    expect(message.action_log[0]?.operation).toBe("MOVE");
  });

  it("keep small new fields exactly as they came", () => {
    const value = { flag: true, list: [1, "two", null, { three: 3 }], nested: { a: { b: { c: "d" } } } };
    const message = reshapeMessage(upstreamMessageSchema.parse(withField("brand_new", JSON.stringify(value))));
    expect(message.extra.brand_new).toEqual(value);
  });

  it("stop at the size bound with a note, however large the field", () => {
    const kept = keepUnknown([["small", "ok"], ["big", "x".repeat(1_000_000)], ["after", 1], ["many", Array.from({ length: 100_000 }, (_, i) => i)]]);
    expect(kept).toEqual({ small: "ok", big: tooLongNote(UNKNOWN_FIELD_LIMITS) });
    expect(JSON.stringify(kept).length).toBeLessThan(UNKNOWN_FIELD_LIMITS.chars + 200);
  });

  it("keep a __proto__ key as an own field, as JSON.parse made it", () => {
    const kept = keepUnknown(Object.entries(JSON.parse('{"__proto__":{"polluted":true}}') as object));
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(Object.keys(kept)).toEqual(["__proto__"]);
  });
});
