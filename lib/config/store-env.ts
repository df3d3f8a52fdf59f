import { isAbsolute, resolve } from "node:path";
import { z } from "zod";

// Where the dashboard keeps what Cloudflare does not: a PostgreSQL server when DATABASE_URL is set
// (several replicas share it), otherwise PGlite, PostgreSQL embedded in the process, under DATA_DIR.

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

export type StoreConfig = {
  database: DatabaseTarget;
  /** Where the embedded engine and the demo's own secret live (DATA_DIR, default `.data`). */
  dataDir: string;
  /** Audit events older than this many days are deleted. */
  auditRetentionDays: number;
};

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

export const storeEnvShape = {
  DATABASE_URL: optional(
    z
      .string()
      .max(2_000, "must be at most 2,000 characters")
      .refine(isPostgresUrl, "must be a postgres:// or postgresql:// URL, e.g. postgres://user:password@host:5432/dashboard"),
  ),
  DATA_DIR: optional(z.string().max(1_000, "must be at most 1,000 characters").refine((dir) => !dir.includes("\0"), "must be a path")),
  AUDIT_RETENTION_DAYS: optional(z.coerce.number().int().min(1, "must be at least 1").max(3_650, "must be at most 3650")),
};

type StoreVars = z.infer<z.ZodObject<typeof storeEnvShape>>;

export function readStore(vars: StoreVars, cwd = process.cwd()): StoreConfig {
  const dataDir = resolvePath(vars.DATA_DIR ?? ".data", cwd);
  return {
    database: vars.DATABASE_URL ? { kind: "postgres", url: vars.DATABASE_URL } : { kind: "pglite", dir: resolve(dataDir, "pglite") },
    dataDir,
    auditRetentionDays: vars.AUDIT_RETENTION_DAYS ?? 90,
  };
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
  } catch {
    return false;
  }
}

function resolvePath(path: string, cwd: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}
