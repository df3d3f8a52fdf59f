import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { readDays, saveDays } from "./overview-records";
import { emptyTally } from "./overview-values";

const T = new Date("2026-12-05T10:00:00Z");

onEachEngine("overview days", (db) => {
  it("reads a day's tally without its listed messages, unless asked for them", async () => {
    const tally = { ...emptyTally(), total: 1, listed: [{ id: "m1", disposition: "MALICIOUS-BEC", subject: null, from: null, at: null, figures: ["disposition:MALICIOUS-BEC"] }], listedBy: { "disposition:MALICIOUS-BEC": 1 } };
    await saveDays(db(), "records-test", new Map([["2026-12-04", tally]]), T);

    const counted = (await readDays(db(), "records-test", ["2026-12-04", "2026-12-05"])).get("2026-12-04");
    expect(counted?.tally).toMatchObject({ total: 1, listedBy: { "disposition:MALICIOUS-BEC": 1 } });
    expect(counted?.tally.listed).toBeUndefined();
    expect(counted?.countedAt).toEqual(T);

    const full = await readDays(db(), "records-test", ["2026-12-04"], { withListed: true });
    expect(full.get("2026-12-04")?.tally.listed).toEqual(tally.listed);
  });
});
