import "server-only";
import type { JWT } from "next-auth/jwt";
import { ExpiringCache } from "./expiring-cache";
import { renewSession } from "./session-token";

// The proxy renews a cookie issued more than RENEW_AFTER_MS ago on every request that carries it. A
// browser's parallel API calls, or a client that never stores cookies, would each seal a new one (a key
// derivation and an encryption apiece), so a renewal made in the last REUSE_MS is handed out again for
// the same cookie. REUSE_MS is below RENEW_AFTER_MS: no cookie handed out is staler than one the proxy
// would leave alone, so the idle timeout slides as before.
export const RENEW_AFTER_MS = 60_000;
export const REUSE_MS = RENEW_AFTER_MS / 2;
const renewals = new ExpiringCache<string>(1_000);

export async function renewedCookie(value: string, token: JWT, now = Date.now()): Promise<string> {
  const reused = renewals.get(value, now);
  if (reused) return reused;
  const renewed = await renewSession(token);
  renewals.set(value, renewed, now + REUSE_MS);
  return renewed;
}
