import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // "server-only" throws outside Next's server bundle; unit tests run on the server side anyway.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // A real PostgreSQL server and a migrated PGlite for the store's tests, made once (lib/db/testing).
    globalSetup: ["lib/db/testing/vitest-setup.ts"],
    setupFiles: ["lib/db/testing/process-database.ts"],
    testTimeout: 15_000,
  },
});
