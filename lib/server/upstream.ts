import "server-only";
import { randomUUID } from "node:crypto";
import { createCloudflareClient, type CloudflareClient } from "@/lib/cloudflare/client";
import { budgetedFetch } from "@/lib/budget/budgeted-fetch";
import { SharedUpstreamBudget } from "@/lib/budget/shared-budget";
import { UpstreamBudget } from "@/lib/budget/upstream-budget";
import { MemoryAnswerCache } from "@/lib/budget/answer-cache";
import { TableAnswerCache } from "@/lib/budget/answer-table";
import { cachingFetch } from "@/lib/budget/caching-fetch";
import { answerLifetime } from "./answer-lifetimes";
import { getConfig } from "@/lib/config/env";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN, createEmulator } from "@/lib/emulator";
import { processWide } from "@/lib/process-wide";

// The one upstream of this server process: Cloudflare when credentials are configured, otherwise the
// embedded emulator behind the very same client, so the demo exercises the real code path.

const DEMO_BASE_URL = "https://emulator.invalid/client/v4";

let client: CloudflareClient | undefined;

export function getCloudflareClient(): CloudflareClient {
  client ??= buildClient();
  return client;
}

// Next bundles route handlers, pages and the start-up check apart, each with its own copy of this module
// and so its own client. What must be one per process is processWide: the budget (its fallback share
// for a database outage is this process's) and the demo's emulator (two would hold
// different mail: a message found by a search, missing from its own page). The clients stay one per
// bundle, because the errors a client throws must be instances of the classes its bundle's routes check.
function buildClient(): CloudflareClient {
  const config = getConfig();
  const common = { timeoutMs: config.timeoutMs, pollBudgetMs: config.pollBudgetMs, limits: config.bodyLimits };
  const coalesced = { coalesceUpTo: config.bodyLimits.json.bytes };
  // Every call, from every user of every replica, spends one budget (lib/budget): kept in the database
  // when it is a server that replicas share; in this process when the database is embedded, since then
  // this process is the only replica, and a round trip into PGlite per call would cost more than it says.
  const shared = config.store.database.kind === "postgres";
  const budget = processWide("upstream-budget", () =>
    shared ? new SharedUpstreamBudget({ ...config.budget, replica: randomUUID() }) : new UpstreamBudget(config.budget),
  );
  // Copies of answers spare the calls another user, or another replica, just made (kept where the budget is).
  const copies = answerCopies();
  const kept = (inner: typeof fetch) => (config.budget.answerCopies ? cachingFetch(inner, copies, answerLifetime) : inner);
  if (config.cloudflare) {
    return createCloudflareClient({
      ...config.cloudflare,
      ...common,
      fetch: kept(budgetedFetch(globalThis.fetch, budget, coalesced)),
      streamFetch: budgetedFetch(globalThis.fetch, budget, { coalesceUpTo: null }),
    });
  }
  const emulator = processWide("emulator", () => createEmulator());
  return createCloudflareClient({
    ...common,
    baseUrl: DEMO_BASE_URL,
    accountId: EMULATOR_ACCOUNT_ID,
    auth: { kind: "token", token: EMULATOR_TOKEN },
    fetch: kept(budgetedFetch(emulator.fetch, budget, coalesced)),
    streamFetch: budgetedFetch(emulator.fetch, budget, { coalesceUpTo: null }),
  });
}

/** Forgets the kept copies of the messages' answers (detail and parts), once an action changed them; for
 *  many messages at once, every kept message answer. */
export async function forgetMessageCopies(ids: readonly string[]): Promise<void> {
  const config = getConfig();
  if (!config.budget.answerCopies || ids.length === 0) return;
  const copies = answerCopies();
  const base = `${config.cloudflare ? `${config.cloudflare.baseUrl}/accounts/${config.cloudflare.accountId}` : `${DEMO_BASE_URL}/accounts/${EMULATOR_ACCOUNT_ID}`}/email-security/investigate/`;
  const prefixes = ids.length > 20 ? [base] : ids.map((id) => `${base}${encodeURIComponent(id)}`);
  await Promise.all(prefixes.map((prefix) => copies.forget(prefix).catch(() => undefined)));
}

function answerCopies() {
  return processWide("upstream-answers", () => (getConfig().store.database.kind === "postgres" ? new TableAnswerCache() : new MemoryAnswerCache()));
}
