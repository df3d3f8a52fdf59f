import "server-only";
import type { JWT } from "next-auth/jwt";
import { getConfig } from "@/lib/config/env";
import { ExpiringCache } from "./expiring-cache";
import { renewSession, secureCookies, sessionCookieName } from "./session-token";

// The session's idle timeout slides: a cookie issued more than RENEW_AFTER_MS ago is renewed on every
// request that carries it, by the proxy for pages and by the route wrapper for the data API. A
// browser's parallel API calls, or a client that never stores cookies, would each seal a new one (a key
// derivation and an encryption apiece), so a renewal made in the last REUSE_MS is handed out again for
// the same cookie. REUSE_MS is below RENEW_AFTER_MS: no cookie handed out is staler than one that would
// be left alone, so the idle timeout slides as before.
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

/** The Set-Cookie header that slides this session's idle timeout, or null while its cookie is fresh. */
export async function slidingSessionCookie(value: string, token: JWT, now = Date.now()): Promise<string | null> {
  const issuedAt = typeof token.iat === "number" ? token.iat * 1000 : Number.NEGATIVE_INFINITY;
  if (now - issuedAt <= RENEW_AFTER_MS) return null;
  const renewed = await renewedCookie(value, token, now);
  const secure = secureCookies() ? "; Secure" : "";
  return `${sessionCookieName()}=${renewed}; Path=/; Max-Age=${getConfig().auth.idleSeconds}; HttpOnly; SameSite=Lax${secure}`;
}
