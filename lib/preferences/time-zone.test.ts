import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTime, zoneName } from "./time-zone";

// The formatting Intl gives for the same zone, which formatTime replaced for speed.
function viaIntl(time: number, timeZone: string | undefined): string {
  const parts: Record<string, string> = {};
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  for (const part of format.formatToParts(time)) parts[part.type] = part.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

describe("formatTime", () => {
  it("prints UTC and local time exactly as Intl does for those zones", () => {
    const times = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(times, (time) => {
        const iso = new Date(time).toISOString();
        expect(formatTime(iso, "utc")).toBe(viaIntl(time, "UTC"));
        expect(formatTime(iso, "local")).toBe(viaIntl(time, undefined));
      }),
    );
  });

  it("keeps an unreadable value and empties a missing one", () => {
    expect(formatTime("not a date", "utc")).toBe("not a date");
    expect(formatTime(null, "local")).toBe("");
    expect(formatTime("2026-06-25T14:30:05.000Z", "utc")).toBe("2026-06-25 14:30:05");
  });

  it("names the zones", () => {
    expect(zoneName("utc")).toBe("UTC");
    expect(zoneName("local")).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});
