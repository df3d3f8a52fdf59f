import { defineConfig } from "drizzle-kit";

// `npm run db:generate` writes a migration for a change to lib/db/schema.ts; the app applies them at
// start-up (lib/db/migrate.ts) and `npm run db:migrate` applies them to DATABASE_URL or DATA_DIR.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema.ts",
  out: "./lib/db/migrations",
});
