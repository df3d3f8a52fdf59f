import "server-only";
import { getCloudflareClient } from "./upstream";
import { ConfigError, getConfig } from "@/lib/config/env";

/** Says which upstream this server uses, or stops the process naming what is wrong. */
export function checkConfigAtStart(): void {
  try {
    const config = getConfig();
    // Demo mode without NEXTAUTH_URL: next-auth takes the origin from the Host header (emulated data only).
    if (config.mode === "demo" && !config.auth.url) process.env.AUTH_TRUST_HOST ??= "1";
    if (config.mode === "cloudflare" && !config.auth.url) {
      console.warn("NEXTAUTH_URL is not set: sign-in redirects will assume http://localhost:3000. Set it to the dashboard's public address.");
    }
    if (config.auth.users.length === 0 && !config.auth.oidc && !config.auth.demoAccounts) {
      console.warn("No way to sign in: set AUTH_USERS (npm run add-user) or the OIDC_* variables.");
    }
    // In demo mode this generates the emulator's data now (about a second) rather than on the first search.
    getCloudflareClient();
    console.info(
      config.cloudflare
        ? `Email triage dashboard: Cloudflare API at ${config.cloudflare.baseUrl}, account ${config.cloudflare.accountId}.`
        : "Email triage dashboard: demo mode on the embedded emulator (no Cloudflare credentials configured).",
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
