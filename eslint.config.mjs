import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["**/.next/**", ".next-*/**", "node_modules/**", "next-env.d.ts", "playwright-report/**", "test-results/**"],
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // zod/mini's schemas module refers to every schema class of zod's core, so importing it anywhere the
      // browser runs bundles them all (~14 kB gzip on the search page): see lib/validation/core-builders.ts.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "zod/mini", message: "Build browser schemas with @/lib/validation/core-builders (zod/mini bundles every zod schema class)." },
            { name: "zod/v4/mini", message: "Build browser schemas with @/lib/validation/core-builders (zod/mini bundles every zod schema class)." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through lib/config (validated once at start-up), not process.env.",
        },
      ],
    },
  },
  {
    // Client components may import only types from server modules: a value import would bundle server code
    // (and whatever it reads) for the browser.
    files: ["components/**/*.tsx", "app/**/_components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            // Cloudflare's value lists are the one part of the client the browser may load: constants, no zod.
            { group: ["@/lib/cloudflare/*", "!@/lib/cloudflare/schemas", "@/lib/cloudflare/schemas/*", "!@/lib/cloudflare/schemas/enums"], allowTypeImports: true, message: "Server-only: import types only." },
            { group: ["@/lib/emulator/*"], allowTypeImports: true, message: "Server-only: import types only." },
            { group: ["@/lib/config/*"], allowTypeImports: true, message: "Server-only: import types only." },
          ],
        },
      ],
    },
  },
  {
    // Every e2e spec uses e2e/support/test.ts, whose fixtures read every response for secrets.
    files: ["e2e/**/*.ts"],
    ignores: ["e2e/support/test.ts", "e2e/bench/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "@playwright/test", importNames: ["test", "request"], allowTypeImports: true, message: "Use `test` from e2e/support/test.ts: it checks every response for secrets." }] },
      ],
    },
  },
  {
    // Configuration modules, tooling and tests are where the environment is read (and the start-up check
    // sets next-auth's AUTH_TRUST_HOST in demo mode).
    files: ["instrumentation.ts", "lib/config/**", "lib/server/check-at-start.ts", "lib/emulator/cli.ts", "playwright.config.ts", "vitest.config.ts", "e2e/**", "**/*.test.ts", "lib/accounts/cli/**", "lib/db/cli/**", "lib/testing/**", "lib/db/testing/**"],
    rules: { "no-restricted-syntax": "off" },
  },
];

export default config;
