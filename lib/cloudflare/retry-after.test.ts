import { describe, expect, it } from "vitest";
import { parseRetryAfter, toRetryAfterSeconds } from "./retry-after";

const NOW = Date.parse("2026-09-01T12:00:00Z");
const read = (headers: Record<string, string>) => parseRetryAfter(new Headers(headers), NOW);

describe("parseRetryAfter", () => {
  it("reads delay-seconds", () => {
    expect(read({ "retry-after": "3" })).toBe(3000);
    expect(read({ "retry-after": " 0 " })).toBe(0);
    expect(read({ "retry-after": "1.5" })).toBe(1500);
  });

  it("reads an HTTP-date relative to now, and a past date as 0", () => {
    expect(read({ "retry-after": "Tue, 01 Sep 2026 12:00:30 GMT" })).toBe(30_000);
    expect(read({ "retry-after": "Tuesday, 01-Sep-26 12:01:00 GMT" })).toBe(60_000);
    expect(read({ "retry-after": "Tue, 01 Sep 2026 11:00:00 GMT" })).toBe(0);
  });

  it("prefers retry-after-ms, as Cloudflare's SDKs do", () => {
    expect(read({ "retry-after-ms": "250", "retry-after": "9" })).toBe(250);
    expect(read({ "retry-after-ms": "12.2" })).toBe(13);
  });

  it("treats garbage and absence as no instruction", () => {
    expect(read({})).toBeNull();
    for (const value of ["-1", "soon", "12abc", "", "1e3", "Someday, never", "0x10"]) {
      expect(read({ "retry-after": value }), value).toBeNull();
    }
    expect(read({ "retry-after-ms": "fast", "retry-after": "2" })).toBe(2000);
  });

  it("never asks for more than Cloudflare's five-minute block", () => {
    expect(read({ "retry-after": "86400" })).toBe(300_000);
    expect(read({ "retry-after-ms": "86400000" })).toBe(300_000);
    expect(read({ "retry-after": "Wed, 02 Sep 2026 12:00:00 GMT" })).toBe(300_000);
    expect(read({ "retry-after": "300" })).toBe(300_000);
  });

  it("does not mistake a bare number for a date (Date.parse reads '12' as 2001)", () => {
    expect(read({ "retry-after": "12" })).toBe(12_000);
  });
});

describe("toRetryAfterSeconds", () => {
  it("rounds up and never says 0", () => {
    expect(toRetryAfterSeconds(0)).toBe(1);
    expect(toRetryAfterSeconds(1001)).toBe(2);
    expect(toRetryAfterSeconds(300_000)).toBe(300);
  });
});
