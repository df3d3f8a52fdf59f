import "server-only";
import { createCloudflareClient, type CloudflareClient } from "@/lib/cloudflare/client";
import { getConfig } from "@/lib/config/env";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN, createEmulator } from "@/lib/emulator";

// The one upstream of this server process: Cloudflare when credentials are configured, otherwise the
// embedded emulator behind the very same client, so the demo exercises the real code path.

const DEMO_BASE_URL = "https://emulator.invalid/client/v4";

let client: CloudflareClient | undefined;

export function getCloudflareClient(): CloudflareClient {
  client ??= buildClient();
  return client;
}

function buildClient(): CloudflareClient {
  const config = getConfig();
  const common = { timeoutMs: config.timeoutMs, pollBudgetMs: config.pollBudgetMs };
  if (config.cloudflare) return createCloudflareClient({ ...config.cloudflare, ...common });
  const emulator = createEmulator();
  return createCloudflareClient({
    ...common,
    baseUrl: DEMO_BASE_URL,
    accountId: EMULATOR_ACCOUNT_ID,
    auth: { kind: "token", token: EMULATOR_TOKEN },
    fetch: emulator.fetch,
  });
}
