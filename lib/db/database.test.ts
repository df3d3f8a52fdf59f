import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { withDatabase } from "./database";

// withDatabase words every failure as the typed "unavailable" error; after a failure to reach the
// database it does not ask again for a moment, but a statement the database refused says nothing of
// its health (found by the fuzz: one bad row then failed every request for two seconds).

beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterAll(() => vi.restoreAllMocks());

it("a refused statement fails alone, and the next call goes through", async () => {
  await expect(withDatabase("run a bad statement", (db) => db.execute(sql`select no_such_column from sessions`))).rejects.toMatchObject({
    isDatabaseUnavailable: true,
    message: expect.stringContaining("could not run a bad statement") as unknown,
  });
  await expect(withDatabase("run a good one", (db) => db.execute(sql`select 1`))).resolves.toBeDefined();
});

it("a failure to reach the database makes the next calls fail at once, without asking it", async () => {
  const work = vi.fn(() => Promise.reject(Object.assign(new Error("Connection terminated unexpectedly"), { code: "ECONNRESET" })));
  await expect(withDatabase("reach it", work)).rejects.toMatchObject({ isDatabaseUnavailable: true });
  const next = vi.fn(() => Promise.resolve(1));
  await expect(withDatabase("reach it again", next)).rejects.toMatchObject({ isDatabaseUnavailable: true });
  expect(next).not.toHaveBeenCalled();
});
