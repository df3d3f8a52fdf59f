import { expect, it } from "vitest";
import { overviewCsv } from "./overview-csv";
import { emptyTally } from "./overview-values";

it("writes a row per day, the period's total and the period before, naming a day not counted yet", () => {
  const day = { ...emptyTally(), total: 3, byDisposition: { MALICIOUS: 2, "MALICIOUS-BEC": 1 }, authFailures: { spf: 1, dkim: 0, dmarc: 1 }, quarantined: 2 };
  const csv = overviewCsv(
    {
      period: 2,
      filters: {},
      days: [
        { day: "2026-12-04", tally: day },
        { day: "2026-12-05", tally: null },
      ],
      totals: day,
      previous: null,
      counting: { pendingDays: 1, messagesRead: 3, failure: null },
      countedSince: null,
      top: { recipients: [], senderDomains: [], categories: [], capped: false },
      triage: { byStatus: {}, verdicts: {}, medianResolutionMs: null },
    },
    ["MALICIOUS", "MALICIOUS-BEC"],
  );
  expect(csv.split("\r\n")).toEqual([
    "day (UTC),MALICIOUS,MALICIOUS-BEC,total,SPF fail,DKIM fail,DMARC fail,quarantined,moved,released",
    "2026-12-04,2,1,3,1,0,1,2,0,0",
    "2026-12-05,,,not counted yet",
    "period total,2,1,3,1,0,1,2,0,0",
    "period before,,,not counted yet",
    "",
  ]);
});
