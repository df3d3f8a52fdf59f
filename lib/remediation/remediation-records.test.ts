import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { claimRequest, findRequest, finishRequest, latestRequests, rejectRequest, saveJob, takeForApproval } from "./remediation-records";
import { standingOf } from "./request-standing";

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

  it("a batch that failed after others were answered keeps their results with the failure", async () => {
    await claimRequest(db(), request("r-part-0001"));
    await finishRequest(db(), "r-part-0001", { failure: "Cloudflare answered 502", results: [{ success: true }, { success: false }], tally: { succeeded: 1, failed: 1 } }, later(1));
    expect(await findRequest(db(), "r-part-0001")).toMatchObject({ status: "failed", failure: "Cloudflare answered 502", succeeded: 1, failed: 1, results: [{ success: true }, { success: false }] });
  });

  it("a whole-search request keeps its search, then its job, which it stands as", async () => {
    const search = { start: "2026-12-01T00:00:00Z", end: "2026-12-05T00:00:00Z", subject: "Invoice", detections_only: true };
    await claimRequest(db(), { ...request("r-srch-0001"), messageIds: [], search }, later(60));
    expect(await findRequest(db(), "r-srch-0001")).toMatchObject({ search, job: null });
    await takeForApproval(db(), "r-srch-0001", bo, null, later(1));
    const job = { id: "5b6c3f5e-0000-4000-8000-000000000001", status: "PROCESSING", discovered: 40, pending: 30, successful: 10, failed: 0, skipped: 0, cancelled: 0, statusMessage: null, completedAt: null };
    await finishRequest(db(), "r-srch-0001", { results: [], tally: { succeeded: 0, failed: 0 }, job }, later(2));
    const started = await findRequest(db(), "r-srch-0001");
    expect(started).toMatchObject({ status: "done", jobId: job.id, job });
    expect(started && standingOf(started, later(3))).toBe("running");
    await saveJob(db(), "r-srch-0001", { ...job, status: "CANCELLED", pending: 0, cancelled: 30 }, later(4));
    const cancelled = await findRequest(db(), "r-srch-0001");
    expect(cancelled).toMatchObject({ job: { status: "CANCELLED", cancelled: 30, successful: 10 }, jobReadAt: later(4) });
    expect(cancelled && standingOf(cancelled, later(5))).toBe("cancelled");
  });
});
