import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { auditLine, type AuditEvent } from "./audit-line";
import { findAuditRows, insertAuditRows, pruneAuditRows, toAuditRow } from "./audit-table";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 5, 9, minute));
const row = (event: AuditEvent, minute: number) => toAuditRow(auditLine(event, at(minute)));

const ana = { id: "credentials:ana", role: "analyst" };
const bo = { id: "oidc:bo_1", role: "manager" };

onEachEngine("audit table", (db) => {
  it("keeps each event's columns and its details, and finds them by who, what, outcome and when", async () => {
    await insertAuditRows(db(), [
      row({ event: "sign_in", outcome: "ok", who: ana, provider: "credentials" }, 0),
      row({ event: "search", outcome: "ok", who: ana, status: 200, query: "invoice" }, 1),
      row({ event: "raw_download", outcome: "error", who: bo, what: "msg-1", status: 502 }, 2),
      row({ event: "sign_in_failed", outcome: "failed", who: null, what: "mallory" }, 3),
    ]);
    const all = await findAuditRows(db(), {}, 10);
    expect(all.map((r) => r.event)).toEqual(["sign_in_failed", "raw_download", "search", "sign_in"]);
    expect(all[2]).toMatchObject({ whoId: "credentials:ana", whoRole: "analyst", status: 200, detail: { query: "invoice" } });
    expect((await findAuditRows(db(), { who: "ANA" }, 10)).map((r) => r.event)).toEqual(["search", "sign_in"]);
    expect((await findAuditRows(db(), { outcome: "error" }, 10)).map((r) => r.what)).toEqual(["msg-1"]);
    expect((await findAuditRows(db(), { event: "sign_in_failed" }, 10)).map((r) => r.what)).toEqual(["mallory"]);
    expect((await findAuditRows(db(), { from: at(1), to: at(2) }, 10)).map((r) => r.event)).toEqual(["raw_download", "search"]);
  });

  it("pages newest first by id, and reads % and _ in a name as themselves", async () => {
    await insertAuditRows(db(), Array.from({ length: 5 }, (_, i) => row({ event: "search", outcome: "ok", who: bo }, i)));
    const first = await findAuditRows(db(), {}, 2);
    const next = await findAuditRows(db(), { before: first[1]?.id }, 2);
    expect([...first, ...next].map((r) => r.at.getTime())).toEqual([4, 3, 2, 1].map((m) => at(m).getTime()));
    expect(await findAuditRows(db(), { who: "bo_" }, 10)).toHaveLength(5);
    expect(await findAuditRows(db(), { who: "b%1" }, 10)).toHaveLength(0);
  });

  it("deletes events past their retention", async () => {
    await insertAuditRows(db(), [row({ event: "search", outcome: "ok", who: ana }, 0), row({ event: "search", outcome: "ok", who: ana }, 10)]);
    expect(await pruneAuditRows(db(), at(5))).toBe(1);
    expect(await findAuditRows(db(), {}, 10)).toHaveLength(1);
  });
});

onEachEngine("audit table, hostile values", (db) => {
  it("stores an event whose values carry U+0000, which PostgreSQL text cannot hold, as U+FFFD", async () => {
    await insertAuditRows(db(), [row({ event: "denied", outcome: "unauthenticated", who: null, what: "DELETE /api/sessions/\u0000", note: "a\u0000b" }, 0)]);
    const [stored] = await findAuditRows(db(), {}, 1);
    expect(stored?.what).toBe("DELETE /api/sessions/\ufffd");
    expect(stored?.detail).toEqual({ note: "a\ufffdb" });
  });
});
