import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { openDatabase } from "@/lib/db/database";
import { audit, flushAudit } from "./audit-log";
import { findAuditRows } from "./audit-table";

// Every event reaches stdout at once and the audit table a moment later, in order.

beforeAll(() => {
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterAll(() => vi.restoreAllMocks());

it("writes each event to the table as well as to stdout", async () => {
  audit({ event: "sign_in", outcome: "ok", who: { id: "credentials:ana", role: "analyst" } });
  audit({ event: "search", outcome: "ok", who: { id: "credentials:ana", role: "analyst" }, status: 200, query: "invoice" });
  expect(vi.mocked(process.stdout.write)).toHaveBeenCalledTimes(2);
  await flushAudit();
  const rows = await findAuditRows((await openDatabase()).db, {}, 10);
  expect(rows.map((row) => [row.event, row.whoId, row.detail])).toEqual([
    ["search", "credentials:ana", { query: "invoice" }],
    ["sign_in", "credentials:ana", {}],
  ]);
});

it("writes on its own a moment later, without being asked", async () => {
  audit({ event: "sign_out", outcome: "ok", who: null });
  await vi.waitFor(async () => {
    const rows = await findAuditRows((await openDatabase()).db, { event: "sign_out" }, 10);
    expect(rows).toHaveLength(1);
  });
});
