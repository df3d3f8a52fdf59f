import "server-only";
import { getTableColumns, getTableName, sql } from "drizzle-orm";
import type { Engine } from "./engine";
import * as schema from "./schema";

const BATCH = 500;

/**
 * Copies every table of `from` into the empty tables of `to`, in one transaction (all or nothing),
 * and moves each id sequence past the ids copied. Returns the rows copied per table.
 */
export async function copyDatabase(from: Engine, to: Engine): Promise<Record<string, number>> {
  const copied: Record<string, number> = {};
  await to.db.transaction(async (tx) => {
    for (const table of Object.values(schema)) {
      const name = getTableName(table);
      if ((await tx.select().from(table).limit(1)).length > 0) throw new Error(`the table ${name} is not empty; copy into a new database`);
      const rows = await from.db.select().from(table);
      for (let at = 0; at < rows.length; at += BATCH) await tx.insert(table).values(rows.slice(at, at + BATCH) as never);
      const serial = Object.values(getTableColumns(table)).find((column) => column.columnType === "PgBigSerial53");
      if (serial && rows.length > 0) {
        await tx.execute(sql.raw(`select setval(pg_get_serial_sequence('"${name}"', '${serial.name}'), (select max("${serial.name}") from "${name}"))`));
      }
      copied[name] = rows.length;
    }
  });
  return copied;
}
