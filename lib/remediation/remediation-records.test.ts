import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { claimRequest, findRequest, finishRequest, latestRequests, rejectRequest, takeForApproval } from "./remediation-records";

const ana = { id: "credentials:ana", name: "ana" };
const bo = { id: "credentials:bo", name: "bo" };
const cy = { id: "credentials:cy", name: "cy" };
const T = new Date("2026-12-05T10:00:00Z");
const later = (minutes: number) => new Date(T.getTime() + minutes * 60_000);
const request = (id: string) => ({ id, action: "move" as const, messageIds: ["m1", "m2"], destination: "DeletedItems", justification: "campaign", who: ana, now: T });

onEachEngine("remediation requests", (db) => {
  it("is claimed once: the same id again finds the first, with its results once finished", async () => {
    expect(await claimRequest(db(), request("r-once-0001"))).toEqual({ claimed: true });
    const again = await claimRequest(db(), request("r-once-0001"));
    expect(again).toMatchObject({ claimed: false, existing: { status: "sending", requestedById: ana.id } });
    await finishRequest(db(), "r-once-0001", { results: [{ success: true }], tally: { succeeded: 1, failed: 0 } }, later(1));
    expect(await findRequest(db(), "r-once-0001")).toMatchObject({ status: "done", succeeded: 1, failed: 0, results: [{ success: true }] });
  });

  it("a waiting request is taken by one approver, never its requester, never once expired", async () => {
    await claimRequest(db(), request("r-wait-0001"), later(60));
    expect(await takeForApproval(db(), "r-wait-0001", ana, null, later(1))).toBeNull();
    const [first, second] = await Promise.all([takeForApproval(db(), "r-wait-0001", bo, "ok", later(2)), takeForApproval(db(), "r-wait-0001", cy, "ok", later(2))]);
    expect([first, second].filter((row) => row !== null)).toHaveLength(1);
    expect((first ?? second)?.status).toBe("sending");

    await claimRequest(db(), request("r-late-0001"), later(60));
    expect(await takeForApproval(db(), "r-late-0001", bo, null, later(61))).toBeNull();
    expect(await rejectRequest(db(), "r-late-0001", bo, "too late", later(61))).toBeNull();
  });

  it("a rejected request is not approved afterwards, and waiting ones are listed first", async () => {
    await claimRequest(db(), request("r-rejd-0001"), later(60));
    expect(await rejectRequest(db(), "r-rejd-0001", bo, "not a phish", later(1))).toMatchObject({ status: "rejected", decidedByName: "bo", decisionReason: "not a phish" });
    expect(await takeForApproval(db(), "r-rejd-0001", cy, null, later(2))).toBeNull();
    await claimRequest(db(), { ...request("r-list-0001"), now: later(5) }, later(65));
    const listed = await latestRequests(db(), 10);
    expect(listed[0]).toMatchObject({ id: "r-list-0001", status: "pending_approval" });
    expect(listed[0]).not.toHaveProperty("results");
  });
});
