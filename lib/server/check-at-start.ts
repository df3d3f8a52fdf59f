import "server-only";
import { getCloudflareClient } from "./upstream";
import { storedDemoSecret } from "@/lib/config/demo-secret";
import { ConfigError, adoptDemoSecret, getConfig, loadConfig } from "@/lib/config/env";
import { DatabaseStartError, openDatabase } from "@/lib/db/database";
import { startMaintenance } from "./maintenance";

/** Says which upstream and database this server uses, or stops the process naming what is wrong. */
export async function checkConfigAtStart(): Promise<void> {
  try {
    // Checked before anything reads the configuration, so every bundle seals with the kept demo secret.
    const unchecked = loadConfig();
    if (unchecked.secretIsEphemeral) adoptDemoSecret(storedDemoSecret(unchecked.store.dataDir));
    const config = getConfig();
    // Demo mode without NEXTAUTH_URL: next-auth takes the origin from the Host header (emulated data only).
    if (config.mode === "demo" && !config.auth.url) process.env.AUTH_TRUST_HOST ??= "1";
    if (config.mode === "cloudflare" && !config.auth.url) {
      console.warn("NEXTAUTH_URL is not set: sign-in redirects will assume http://localhost:3000. Set it to the dashboard's public address.");
    }
    if (config.auth.users.length === 0 && !config.auth.oidc && !config.auth.demoAccounts) {
      console.warn("No way to sign in: set AUTH_USERS (npm run add-user) or the OIDC_* variables.");
    }
    const engine = await openDatabase();
    startMaintenance();
    // In demo mode this generates the emulator's data now (about a second) rather than on the first search.
    getCloudflareClient();
    const store = engine.kind === "postgres" ? "PostgreSQL at DATABASE_URL" : `the embedded database in ${config.store.dataDir}`;
    console.info(
      config.cloudflare
        ? `Email triage dashboard: Cloudflare API at ${config.cloudflare.baseUrl}, account ${config.cloudflare.accountId}; ${store}.`
        : `Email triage dashboard: demo mode on the embedded emulator (no Cloudflare credentials configured); ${store}.`,
    );
  } catch (error) {
    if (!(error instanceof ConfigError) && !(error instanceof DatabaseStartError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
