import "server-only";
import { createCloudflareClient, type CloudflareClient } from "@/lib/cloudflare/client";
import { budgetedFetch } from "@/lib/budget/budgeted-fetch";
import { UpstreamBudget } from "@/lib/budget/upstream-budget";
import { getConfig } from "@/lib/config/env";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN, createEmulator } from "@/lib/emulator";

// The one upstream of this server process: Cloudflare when credentials are configured, otherwise the
// embedded emulator behind the very same client, so the demo exercises the real code path.

const DEMO_BASE_URL = "https://emulator.invalid/client/v4";

// Next bundles route handlers and pages apart, each with its own copy of this module, so a module
// variable would give the process two clients: two budgets that together could spend twice the share
// of Cloudflare's quota, and in the demo two emulators whose mail differs (a message found by a search
// then missing from its own page). The one client lives on globalThis.
const CLIENT = Symbol.for("email-triage-dashboard.cloudflare-client");
const processWide = globalThis as { [CLIENT]?: CloudflareClient };

export function getCloudflareClient(): CloudflareClient {
  processWide[CLIENT] ??= buildClient();
  return processWide[CLIENT];
}

function buildClient(): CloudflareClient {
  const config = getConfig();
  const common = { timeoutMs: config.timeoutMs, pollBudgetMs: config.pollBudgetMs };
  // Every call, from every user of this process, spends one shared budget (lib/budget).
  const budget = new UpstreamBudget(config.budget);
  if (config.cloudflare) return createCloudflareClient({ ...config.cloudflare, ...common, fetch: budgetedFetch(globalThis.fetch, budget) });
  const emulator = createEmulator();
  return createCloudflareClient({
    ...common,
    baseUrl: DEMO_BASE_URL,
    accountId: EMULATOR_ACCOUNT_ID,
    auth: { kind: "token", token: EMULATOR_TOKEN },
    fetch: budgetedFetch(emulator.fetch, budget),
  });
}
