import "server-only";
import { getCloudflareClient } from "@/lib/investigate/upstream";
import { ConfigError, getConfig } from "./env";

/** Says which upstream this server uses, or stops the process naming what is wrong. */
export function checkConfigAtStart(): void {
  try {
    const config = getConfig();
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
