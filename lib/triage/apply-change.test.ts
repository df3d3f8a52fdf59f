import { describe, expect, it } from "vitest";
import { applyChange, TriageRefusal, UNTRIAGED, type Actor } from "./apply-change";

const ana: Actor = { id: "credentials:ana", name: "ana", role: "analyst" };
const bo: Actor = { id: "credentials:bo", name: "bo", role: "analyst" };
const max: Actor = { id: "credentials:max", name: "max", role: "manager" };

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof TriageRefusal) return error.kind;
    throw error;
  }
  return null;
};

describe("triage rules", () => {
  it("a claim takes a new message into review and moves the version once", () => {
    const { next, changes } = applyChange(UNTRIAGED, { action: "claim", version: 0 }, ana);
    expect(next).toMatchObject({ status: "in_review", assignee: { id: ana.id, name: "ana" }, version: 1 });
    expect(changes).toEqual([
      { field: "status", before: "new", after: "in_review" },
      { field: "assignee", before: null, after: "ana" },
    ]);
    expect(applyChange(next, { action: "claim", version: 1 }, ana).changes).toEqual([]);
  });

  it("refuses a claim on a colleague's message, and a release of it", () => {
    const { next } = applyChange(UNTRIAGED, { action: "claim", version: 0 }, ana);
    expect(refusal(() => applyChange(next, { action: "claim", version: 1 }, bo))).toBe("conflict");
    expect(refusal(() => applyChange(next, { action: "release", version: 1 }, bo))).toBe("forbidden");
    expect(applyChange(next, { action: "release", version: 1 }, ana).next.assignee).toBeNull();
  });

  it("resolves only with a verdict, given or already set", () => {
    expect(refusal(() => applyChange(UNTRIAGED, { action: "status", version: 0, to: "resolved" }, ana))).toBe("bad_request");
    const { next, changes } = applyChange(UNTRIAGED, { action: "status", version: 0, to: "resolved", verdict: "spam", reason: "bulk sender" }, ana);
    expect(next).toMatchObject({ status: "resolved", verdict: "spam", verdictReason: "bulk sender" });
    expect(changes).toContainEqual({ field: "verdict", before: null, after: "spam: bulk sender" });
    const judged = applyChange(UNTRIAGED, { action: "verdict", version: 0, verdict: "benign" }, ana).next;
    expect(applyChange(judged, { action: "status", version: 1, to: "resolved" }, ana).next).toMatchObject({ status: "resolved", verdict: "benign" });
  });

  it("lets a manager assign and unassign, but not claim, judge or resolve", () => {
    const { next } = applyChange(UNTRIAGED, { action: "assign", version: 0, to: bo.id }, max, { id: bo.id, name: "bo" });
    expect(next.assignee?.name).toBe("bo");
    expect(applyChange(next, { action: "assign", version: 1, to: null }, max, null).next.assignee).toBeNull();
    for (const change of [
      { action: "claim", version: 0 },
      { action: "verdict", version: 0, verdict: "malicious" },
      { action: "status", version: 0, to: "resolved", verdict: "malicious" },
    ] as const) {
      expect(refusal(() => applyChange(UNTRIAGED, change, max))).toBe("forbidden");
    }
    expect(refusal(() => applyChange(UNTRIAGED, { action: "assign", version: 0, to: bo.id }, ana, bo))).toBe("forbidden");
  });
});
