import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../support/test";
import { E2E } from "../support/env";
import { signInWithPassword } from "../support/sign-in";

// The demo keeps what it knows in its embedded database under DATA_DIR, with no server to install:
// after a restart, a session signed out before it is still refused, one that was not still works
// (the demo's secret is kept beside the data), and the audit trail still holds what happened.

const port = E2E.appPort + 94;
const url = `http://127.0.0.1:${port}`;
const cleanEnv = { CLOUDFLARE_ACCOUNT_ID: "", CLOUDFLARE_API_TOKEN: "", CLOUDFLARE_API_BASE_URL: "", NEXTAUTH_SECRET: "", DATABASE_URL: "", AUTH_USERS: "", OIDC_ISSUER: "", OIDC_CLIENT_ID: "", OIDC_CLIENT_SECRET: "" };

async function startDemo(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...cleanEnv, NEXTAUTH_URL: url, DATA_DIR: dataDir },
    stdio: "ignore",
    detached: true,
  });
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${url}/api/auth/csrf`);
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error("the demo did not start");
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await exited;
}

const cookieOf = async (client: APIRequestContext) => (await client.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");

test("what the demo keeps survives its restart: a sign-out, a live session and the audit trail", async ({ playwright }) => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), "e2e-demo-restart-"));
  let demo = await startDemo(dataDir);
  try {
    const staying = await playwright.request.newContext();
    const leaving = await playwright.request.newContext();
    expect(await signInWithPassword(staying, url, "analyst", "demo-analyst")).toBe(200);
    expect(await signInWithPassword(leaving, url, "manager", "demo-manager")).toBe(200);
    const marker = `restart-marker-${Date.now()}`;
    expect((await staying.get(`${url}/api/messages?per_page=1&query=${marker}`)).status()).toBe(200);
    const [stayingCookie, leavingCookie] = [await cookieOf(staying), await cookieOf(leaving)];
    const { csrfToken } = (await (await leaving.get(`${url}/api/auth/csrf`)).json()) as { csrfToken: string };
    expect((await leaving.post(`${url}/api/auth/signout`, { form: { csrfToken, json: "true" }, maxRedirects: 0 })).status()).toBe(200);
    // The audit line is written a moment after the request; give it that moment before stopping.
    await new Promise((resolve) => setTimeout(resolve, 500));

    await stop(demo);
    demo = await startDemo(dataDir);

    expect((await fetch(`${url}/api/messages?per_page=1`, { headers: { cookie: stayingCookie } })).status).toBe(200);
    expect((await fetch(`${url}/api/messages?per_page=1`, { headers: { cookie: leavingCookie } })).status).toBe(401);
    const boss = await playwright.request.newContext();
    expect(await signInWithPassword(boss, url, "manager", "demo-manager")).toBe(200);
    const trail = await boss.get(`${url}/api/audit?who=analyst&event=search`);
    expect(await trail.text()).toContain(marker);
    await Promise.all([staying.dispose(), leaving.dispose(), boss.dispose()]);
  } finally {
    await stop(demo);
  }
});
