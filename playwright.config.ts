import { defineConfig, devices } from "@playwright/test";
import { E2E } from "./e2e/support/env";
import { findChromium } from "./lib/testing/chromium/find-chromium";
import { onThisMachine } from "./lib/testing/chromium/machine";

// One production build, three servers: the emulator as a real HTTP server, the dashboard configured
// against it as if it were Cloudflare, and the dashboard in demo mode (no credentials).

const CI = Boolean(process.env.CI);
// Only looked for here (each worker loads this file); `npm run test:e2e` installs one first if none is
// found. Left unset, Playwright says itself what is missing.
const chromium = findChromium(onThisMachine(process.env));

const cleanEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  CLOUDFLARE_ACCOUNT_ID: "",
  CLOUDFLARE_API_TOKEN: "",
  CLOUDFLARE_EMAIL: "",
  CLOUDFLARE_API_KEY: "",
  CLOUDFLARE_API_BASE_URL: "",
  NEXTAUTH_SECRET: "",
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? "",
  NEXTAUTH_URL: "",
  AUTH_USERS: "",
  OIDC_ISSUER: "",
  OIDC_CLIENT_ID: "",
  OIDC_CLIENT_SECRET: "",
  UPSTREAM_BUDGET: "",
  AUDIT_LOG_FILE: "",
  DATABASE_URL: "",
  DATA_DIR: "",
  APPROVAL_THRESHOLD: "",
};

// Every project that talks to a dashboard starts signed in as an analyst (the setup project signs in
// once per role and saves the session); e2e/access tests signing in and out themselves.
const asAnalyst = { storageState: E2E.storageState.analyst };
const setup = { dependencies: ["setup"] };

export default defineConfig({
  testDir: "./e2e",
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  fullyParallel: true,
  reporter: CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    trace: "on-first-retry",
    launchOptions: {
      executablePath: chromium.ok ? chromium.path : undefined,
      args: ["--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testDir: "./e2e/setup", testMatch: /.*\.setup\.ts/ },
    { name: "api", testDir: "./e2e/api", use: { baseURL: E2E.appUrl, ...asAnalyst }, ...setup },
    { name: "startup", testDir: "./e2e/startup" },
    {
      name: "demo",
      testDir: "./e2e/demo",
      use: { ...devices["Desktop Chrome"], baseURL: E2E.demoUrl, storageState: E2E.storageState.demoAnalyst },
      ...setup,
    },
    { name: "search", testDir: "./e2e/search", use: { ...devices["Desktop Chrome"], baseURL: E2E.appUrl, ...asAnalyst }, ...setup },
    { name: "reliability", testDir: "./e2e/reliability", use: { ...devices["Desktop Chrome"], baseURL: E2E.appUrl, ...asAnalyst }, ...setup },
    { name: "detail", testDir: "./e2e/detail", use: { ...devices["Desktop Chrome"], baseURL: E2E.appUrl, ...asAnalyst }, ...setup },
    { name: "access", testDir: "./e2e/access", use: { ...devices["Desktop Chrome"], baseURL: E2E.appUrl }, ...setup },
  ],
  webServer: [
    {
      // First (Playwright starts these in order): the dashboards below that use PostgreSQL need it up.
      command: `npx tsx lib/testing/postgres/cli.ts --port ${E2E.postgres.port} --databases ${E2E.postgres.databases.join(",")}`,
      port: E2E.postgres.port,
      reuseExistingServer: !CI,
      timeout: 60_000,
    },
    {
      // Cloudflare's 1,200 calls per five minutes would be spent by the suite itself, which runs a team's
      // day in minutes; the emulator's limit is tested on servers of its own (budget, load, fault specs).
      command: `npx tsx lib/emulator/cli.ts --port ${E2E.emulatorPort} --rate-limit 10000`,
      url: `${E2E.emulatorUrl}/__emulator/health`,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      command: `npx tsx lib/emulator/cli.ts --port ${E2E.budget.emulatorPort} --rate-limit ${E2E.budget.emulatorLimit}`,
      url: `${E2E.budget.emulatorUrl}/__emulator/health`,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      command: `npx next start --port ${E2E.budget.appPort}`,
      url: `${E2E.budget.appUrl}/api/auth/csrf`,
      reuseExistingServer: !CI,
      timeout: 60_000,
      env: { ...cleanEnv, ...E2E.budgetEnv },
    },
    {
      command: "npx tsx e2e/support/oidc-server.ts",
      url: `${E2E.oidcUrl}/.well-known/openid-configuration`,
      reuseExistingServer: !CI,
      timeout: 30_000,
    },
    {
      command: `npx next start --port ${E2E.appPort}`,
      url: `${E2E.appUrl}/api/messages?per_page=1`,
      reuseExistingServer: !CI,
      timeout: 60_000,
      env: { ...cleanEnv, ...E2E.appEnv },
    },
    {
      command: `rm -rf ${E2E.demoDataDir} && npx next start --port ${E2E.demoPort}`,
      url: `${E2E.demoUrl}/api/messages?per_page=1`,
      reuseExistingServer: !CI,
      timeout: 60_000,
      env: { ...cleanEnv, ...E2E.demoEnv },
    },
  ],
});
