import { openDatabaseWith } from "../database";

// vitest's setupFiles: code under test that reaches for this process's database (sign-in, sessions,
// the audit trail) gets a migrated in-memory PGlite, opened only if a test needs it.
openDatabaseWith(async () => (await import("./engines")).openTestEngine("pglite"));
