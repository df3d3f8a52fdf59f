import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { addFailure, forgetFailures, pruneFailures, recentFailures } from "./throttle-records";

onEachEngine("sign-in failure records", (db) => {
  it("lists a name's failures within the window, oldest first, and forgets those that left it", async () => {
    await addFailure(db(), "k", 1_000, 0);
    await addFailure(db(), "k", 1_000, 0);
    await addFailure(db(), "other", 1_500, 0);
    await addFailure(db(), "k", 3_000, 1_500);
    expect(await recentFailures(db(), "k", 0)).toEqual([3_000]);
    expect(await recentFailures(db(), "other", 0)).toEqual([1_500]);
    await forgetFailures(db(), "k");
    expect(await recentFailures(db(), "k", 0)).toEqual([]);
    await pruneFailures(db(), 2_000);
    expect(await recentFailures(db(), "other", 0)).toEqual([]);
  });
});
