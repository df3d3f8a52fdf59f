import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "../support/test";
import { E2E } from "../support/env";

// A partial or malformed configuration stops start-up with a message naming the variable.

// Each test gets its own port (they run in parallel); none of them should ever get to listen on it.
function startWith(port: number, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["next", "start", "--port", String(port)], {
      // A data directory of its own: two processes must never open one embedded database.
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: mkdtempSync(join(tmpdir(), "e2e-startup-")), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("partial credentials stop start-up, naming the missing variable", async () => {
  const result = await startWith(E2E.appPort + 90, { CLOUDFLARE_API_TOKEN: "only-a-token", CLOUDFLARE_ACCOUNT_ID: "", NEXTAUTH_SECRET: "x".repeat(40) });
  expect(result.code).not.toBe(0);
  expect(result.output).toContain("CLOUDFLARE_ACCOUNT_ID is required");
  expect(result.output).not.toContain("only-a-token");
});

test("a malformed account id stops start-up, naming the variable", async () => {
  const result = await startWith(E2E.appPort + 91, { CLOUDFLARE_API_TOKEN: "t", CLOUDFLARE_ACCOUNT_ID: "not-an-account", NEXTAUTH_SECRET: "x".repeat(40) });
  expect(result.code).not.toBe(0);
  expect(result.output).toContain("CLOUDFLARE_ACCOUNT_ID must be 32 hexadecimal characters");
});

test("an unreachable DATABASE_URL stops start-up, naming the variable and not its password", async () => {
  const result = await startWith(E2E.appPort + 92, { DATABASE_URL: "postgres://dashboard:s3cret-canary@127.0.0.1:1/dashboard" });
  expect(result.code).not.toBe(0);
  expect(result.output).toContain("DATABASE_URL: cannot open the database");
  expect(result.output).not.toContain("s3cret-canary");
});

test("a DATABASE_URL that is not a PostgreSQL URL stops start-up, naming the variable", async () => {
  const result = await startWith(E2E.appPort + 93, { DATABASE_URL: "mysql://db.example/dashboard" });
  expect(result.code).not.toBe(0);
  expect(result.output).toContain("DATABASE_URL must be a postgres:// or postgresql:// URL");
});
