import { expect, it } from "vitest";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { countPage, dayOf } from "./day-tally";
import { emptyTally, LISTED_PER_FIGURE, type DayTally } from "./overview-values";

const message = (fields: Record<string, unknown>) => upstreamMessageSchema.parse({ id: "m", postfix_id: "p", ...fields });

it("counts each message on the UTC day it was scanned, by disposition, with its authentication and where it is", () => {
  const days = new Map<string, DayTally>([
    ["2026-12-04", emptyTally()],
    ["2026-12-05", emptyTally()],
  ]);
  countPage(
    days,
    [
      message({ scanned_at: "2026-12-04T23:59:59Z", final_disposition: "MALICIOUS-BEC", from: "CEO@Evil.example", to: ["a@acme.example", "__proto__"], threat_categories: ["BEC"], validation: { spf: "fail", dkim: "pass", dmarc: "fail" }, delivery_status: ["moved"], post_delivery_operations: ["MOVE"] }),
      message({ ts: "2026-12-05T00:00:00", final_disposition: "SPAM", is_quarantined: true }),
      message({ scanned_at: "2026-12-05T10:00:00Z", final_disposition: "SPAM", post_delivery_operations: ["QUARANTINE_RELEASE"] }),
      // Of a day outside the run: left to that day's own count.
      message({ scanned_at: "2026-12-03T10:00:00Z", final_disposition: "SPAM" }),
    ],
    2,
    "2026-12-05",
  );
  expect(days.get("2026-12-04")).toMatchObject({ total: 1, byDisposition: { "MALICIOUS-BEC": 1 }, authFailures: { spf: 1, dkim: 0, dmarc: 1 }, moved: 1 });
  expect(days.get("2026-12-05")).toMatchObject({ total: 2, byDisposition: { SPAM: 2 }, quarantined: 1, released: 1, unreadable: 2 });
  expect(days.has("2026-12-03")).toBe(false);
  // The search cannot filter MALICIOUS-BEC, a category or a failed check: their messages are listed
  // with the day, each with the figures it makes up; a SPAM message with none of them is not.
  expect(days.get("2026-12-04")?.listed).toEqual([
    { id: "m", disposition: "MALICIOUS-BEC", subject: null, from: "CEO@Evil.example", at: "2026-12-04T23:59:59Z", figures: ["disposition:MALICIOUS-BEC", "category:BEC", "auth:spf", "auth:dmarc"] },
  ]);
  expect(days.get("2026-12-04")?.listedBy).toEqual({ "disposition:MALICIOUS-BEC": 1, "category:BEC": 1, "auth:spf": 1, "auth:dmarc": 1 });
  expect(days.get("2026-12-05")?.listed).toEqual([]);
  // Who was targeted, from which domains, and how: a hostile name is a name like any other.
  const bec = days.get("2026-12-04");
  expect(bec?.recipients).toEqual({ "a@acme.example": 1, ["__proto__"]: 1 });
  expect(Object.getPrototypeOf(bec?.recipients)).toBe(Object.prototype);
  expect(bec?.senderDomains).toEqual({ "evil.example": 1 });
  expect(bec?.categories).toEqual({ BEC: 1 });
  expect(dayOf({ scanned_at: "not a time", ts: null })).toBeNull();
});

it("lists at most LISTED_PER_FIGURE messages of a figure a day, and counts the rest as left out; a message with another figure that has room is still listed", () => {
  const days = new Map<string, DayTally>([["2026-12-04", emptyTally()]]);
  const phish = (index: number, categories: string[]) => message({ id: `m${index}`, scanned_at: "2026-12-04T10:00:00Z", final_disposition: "MALICIOUS", threat_categories: categories });
  countPage(days, Array.from({ length: LISTED_PER_FIGURE + 2 }, (_, index) => phish(index, ["Phishing"])), 0, "2026-12-04");
  countPage(days, [phish(9_999, ["Phishing", "__proto__"])], 0, "2026-12-04");
  const day = days.get("2026-12-04");
  expect(day?.listedBy).toEqual({ "category:Phishing": LISTED_PER_FIGURE + 1, "category:__proto__": 1 });
  expect(day?.unlistedBy).toEqual({ "category:Phishing": 2 });
  expect(day?.listed?.at(-1)).toMatchObject({ id: "m9999", figures: ["category:Phishing", "category:__proto__"] });
});
