import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type * as auditTable from "./audit-table";
import type { NewAuditRow } from "./audit-table";

// While the database is down, events wait (stdout has them already) and reach the table once it is back.

const written = vi.hoisted(() => ({ rows: [] as NewAuditRow[], down: true }));
vi.mock("@/lib/db/database", () => ({
  withDatabase: async (_what: string, work: (db: unknown) => Promise<unknown>) => {
    if (written.down) throw Object.assign(new Error("unavailable"), { isDatabaseUnavailable: true });
    return work(null);
  },
}));
vi.mock("./audit-table", async (importOriginal) => ({
  ...(await importOriginal<typeof auditTable>()),
  insertAuditRows: async (_db: unknown, rows: NewAuditRow[]) => void written.rows.push(...rows),
}));

beforeAll(() => {
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterAll(() => vi.restoreAllMocks());

it("keeps events while the database is down and writes them, once and in order, when it is back", async () => {
  const { audit, flushAudit } = await import("./audit-log");
  audit({ event: "search", outcome: "ok", who: null, what: "first" });
  audit({ event: "search", outcome: "ok", who: null, what: "second" });
  await flushAudit();
  expect(written.rows).toEqual([]);
  written.down = false;
  await flushAudit();
  expect(written.rows.map((row) => row.what)).toEqual(["first", "second"]);
  await flushAudit();
  expect(written.rows).toHaveLength(2);
});
