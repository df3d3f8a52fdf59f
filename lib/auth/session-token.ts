import "server-only";
import { decode, encode, type JWT } from "next-auth/jwt";
import { z } from "zod";
import { getConfig } from "@/lib/config/env";
import { ExpiringCache } from "./expiring-cache";
import { isRole, type Role } from "@/lib/accounts/roles";
import { isLive } from "./sessions";

// The session is next-auth's encrypted JWT cookie. It holds who and which role, when they signed in and
// the session's id (to end it at sign-out) — never an upstream credential or an identity provider's
// tokens. Read here, in one place, by route handlers, pages and the proxy alike.

export type Principal = { id: string; name: string; role: Role; provider: string };

const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  role: z.string().refine(isRole),
  provider: z.string().min(1),
  signedInAt: z.number(),
  sid: z.string().min(1),
});

export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function secureCookies(): boolean {
  return getConfig().auth.url?.startsWith("https://") ?? false;
}

/** The session cookie's value from a Cookie header, or null. */
export function sessionCookieFrom(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  const name = sessionCookieName();
  for (const part of cookieHeader.split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

export type Session = { principal: Principal; token: JWT; sid: string };
type Decrypted = Session & { signedInAt: number; sid: string };

// Decrypting the cookie (a key derivation, then AES-GCM) was the largest single cost of an API call,
// paid in the proxy and again in the handler. A value decrypted in the last minute is served from
// memory: keyed by the whole sealed value, so any changed cookie is decrypted afresh, and never past
// the token's own expiry. The absolute timeout and the session's record are checked on every call.
const CACHE_MS = 60_000;
const decrypted = new ExpiringCache<Decrypted>(1_000);

/** The session a cookie holds, if it is still live; `userAgent` is noted as where it was last seen. */
export async function decodeSession(value: string | null | undefined, now = Date.now(), userAgent: string | null = null): Promise<Session | null> {
  if (!value) return null;
  const session = decrypted.get(value, now) ?? (await decrypt(value, now));
  // The absolute timeout: however active, a session ends this long after sign-in.
  if (!session || now - session.signedInAt > getConfig().auth.absoluteSeconds * 1000) return null;
  if (!(await isLive(session.sid, userAgent, now))) return null;
  return { principal: session.principal, token: session.token, sid: session.sid };
}

async function decrypt(value: string, now: number): Promise<Decrypted | null> {
  let token: JWT | null;
  try {
    token = await decode({ token: value, secret: getConfig().secret });
  } catch {
    return null;
  }
  const claims = claimsSchema.safeParse(token);
  if (!token || !claims.success) return null;
  const { sub, name, role, provider, signedInAt, sid } = claims.data;
  // Frozen: one cached object is handed to every request that carries this cookie.
  const principal = Object.freeze({ id: `${provider}:${sub}`, name: name ?? sub, role: role as Role, provider });
  const session = { principal, token: Object.freeze(token), signedInAt, sid };
  decrypted.set(value, session, Math.min(now + CACHE_MS, typeof token.exp === "number" ? token.exp * 1000 : now));
  return session;
}

/** The same session, id included, with a fresh idle timeout (the proxy calls this on every request). */
export async function renewSession(token: JWT): Promise<string> {
  const { idleSeconds } = getConfig().auth;
  const { exp: _exp, iat: _iat, jti: _jti, ...claims } = token;
  return encode({ token: claims, secret: getConfig().secret, maxAge: idleSeconds });
}
