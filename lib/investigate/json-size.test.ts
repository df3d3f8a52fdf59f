import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonLengthAtMost } from "./json-size";

describe("jsonLengthAtMost", () => {
  it("is never less than the JSON text's length", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonLengthAtMost(value)).toBeGreaterThanOrEqual(JSON.stringify(value).length);
      }),
    );
  });

  it("counts escapes at their longest", () => {
    const value = { subject: "\u0000".repeat(10) };
    expect(jsonLengthAtMost(value)).toBeGreaterThanOrEqual(JSON.stringify(value).length);
  });
});
