import { expect, it } from "vitest";
import { daysToCount, RECOUNT_AFTER_MS, runsOf, SETTLED_AFTER_MS } from "./days-to-count";
import { dayStart, periodDays, TALLY_VERSION } from "./overview-values";

const NOW = Date.parse("2026-12-05T15:00:00Z");
const at = (time: number, tally: { version?: number } = { version: TALLY_VERSION }) => ({ countedAt: new Date(time), tally });

it("a period is its UTC days ending today, and the one before it the same length earlier", () => {
  expect(periodDays(3, NOW)).toEqual(["2026-12-03", "2026-12-04", "2026-12-05"]);
  expect(periodDays(3, NOW, 1)).toEqual(["2026-11-30", "2026-12-01", "2026-12-02"]);
});

it("counts what is missing, never again a day counted well after it ended, and today and yesterday again after a while", () => {
  const known = new Map([
    ["2026-12-01", at(dayStart("2026-12-02") + SETTLED_AFTER_MS)],
    ["2026-12-02", at(dayStart("2026-12-02") + 3_600_000)],
    ["2026-12-04", at(dayStart("2026-12-05") + 30 * 60_000)],
    ["2026-12-05", at(NOW - RECOUNT_AFTER_MS + 1_000)],
  ]);
  // 12-01 is settled; 12-02 was counted while it ran; 12-03 is missing; yesterday was counted half an
  // hour after it ended, long ago; today was counted a moment ago.
  expect(daysToCount(["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05"], known, NOW)).toEqual(["2026-12-02", "2026-12-03", "2026-12-04"]);
  expect(daysToCount(["2026-12-05"], known, NOW + 1_000)).toEqual(["2026-12-05"]);
});

it("counts once more a settled day counted the way it was before, which kept less than the page links to", () => {
  const settled = dayStart("2026-12-02") + SETTLED_AFTER_MS;
  const known = new Map([
    ["2026-12-01", at(settled, { version: TALLY_VERSION - 1 })],
    // Counted before days said how (the first way): no version at all.
    ["2026-12-02", at(settled, {})],
    ["2026-12-03", at(settled + 2 * 86_400_000)],
  ]);
  expect(daysToCount(["2026-12-01", "2026-12-02", "2026-12-03"], known, NOW)).toEqual(["2026-12-01", "2026-12-02"]);
});

it("groups days into runs of consecutive days, newest first: one search each", () => {
  expect(runsOf(["2026-12-05", "2026-11-30", "2026-12-01", "2026-12-03", "2026-12-04"])).toEqual([
    { first: "2026-12-03", last: "2026-12-05", days: ["2026-12-03", "2026-12-04", "2026-12-05"] },
    { first: "2026-11-30", last: "2026-12-01", days: ["2026-11-30", "2026-12-01"] },
  ]);
  expect(runsOf(["2026-12-31", "2027-01-01"])).toHaveLength(1);
});
