import { expect, it } from "vitest";
import { daysInZone } from "./days-in-zone";

const hourly = (disposition: string, counts: Record<number, number>) => ({ hourly: { [disposition]: Array.from({ length: 24 }, (_, hour) => counts[hour] ?? 0) } });
/** A zone two hours ahead of UTC, as a day name for an instant. */
const plusTwo = (time: number) => new Date(time + 2 * 3_600_000).toISOString().slice(0, 10);

it("moves each UTC hour's detections to the day it falls on in the zone, marking the partial edge days", () => {
  const days = [
    { day: "2026-12-04", tally: hourly("SPAM", { 0: 1, 21: 2, 22: 5 }) },
    { day: "2026-12-05", tally: hourly("SPAM", { 3: 4 }) },
  ];
  const shown = daysInZone(days, plusTwo);
  expect(shown?.map(({ day, total, partial }) => [day, total, partial])).toEqual([
    // 00:00–21:59 UTC of the 4th is 02:00–23:59 there: 22 hours, a partial first day.
    ["2026-12-04", 3, true],
    ["2026-12-05", 9, false],
    ["2026-12-06", 0, true],
  ]);
  expect(shown?.[1]).toMatchObject({ counts: { SPAM: 9 }, start: Date.parse("2026-12-04T22:00:00Z"), end: Date.parse("2026-12-05T21:59:59Z") });
});

it("says a day is not known while a UTC day it draws on is not counted, and gives up on days kept without hours", () => {
  expect(daysInZone([{ day: "2026-12-04", tally: hourly("SPAM", {}) }, { day: "2026-12-05", tally: null }], plusTwo)?.map((day) => day.total)).toEqual([0, null, null]);
  expect(daysInZone([{ day: "2026-12-04", tally: {} }], plusTwo)).toBeNull();
});
