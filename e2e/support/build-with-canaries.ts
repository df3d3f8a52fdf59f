import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUILD_CANARIES, BUILD_CANARY_MARKER } from "./canaries";

// npm run build:canary — the test build: `next build` with a canary value under every secret variable,
// so e2e/access/canary.spec.ts can prove none of them reached a client chunk. Not for production.

const distDir = process.env.NEXT_DIST_DIR || ".next";
const env = {
  ...process.env,
  ...BUILD_CANARIES,
  // The non-secret partners, so the planted configuration is a valid one.
  CLOUDFLARE_ACCOUNT_ID: "0123456789abcdef0123456789abcdef",
  NEXTAUTH_URL: "https://canary.invalid",
  OIDC_ISSUER: "https://idp.canary.invalid",
  OIDC_CLIENT_ID: "canary-client",
  OIDC_ANALYST_GROUPS: "canary-group",
  NEXT_TELEMETRY_DISABLED: "1",
};
const result = spawnSync("npx", ["next", "build"], { env, stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(join(distDir, BUILD_CANARY_MARKER), JSON.stringify({ planted: Object.keys(BUILD_CANARIES) }));
