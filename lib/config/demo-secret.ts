import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Demo mode without NEXTAUTH_SECRET: the secret that seals sessions is kept under DATA_DIR, so a
// restarted demo still opens its sessions (and still refuses the ones signed out). A configured
// secret is never written anywhere.

export const DEMO_SECRET_FILE = "demo-secret";

/** The demo's secret from `dataDir`, made there on first use (readable by this user only). */
export function storedDemoSecret(dataDir: string): string {
  const path = join(dataDir, DEMO_SECRET_FILE);
  try {
    const kept = readFileSync(path, "utf8").trim();
    if (kept.length >= 32) return kept;
  } catch {
    // None yet: made below.
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}
