import "server-only";
import { decode, encode, type JWT } from "next-auth/jwt";
import { z } from "zod";
import { getConfig } from "@/lib/config/env";
import { isRole, type Role } from "./roles";

// The session is next-auth's encrypted JWT cookie. It holds who and which role, and when they signed
// in — never an upstream credential or an identity provider's tokens. Read here, in one place, by route
// handlers, pages and the proxy alike.

export type Principal = { id: string; name: string; role: Role; provider: string };

const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  role: z.string().refine(isRole),
  provider: z.string().min(1),
  signedInAt: z.number(),
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

export async function decodeSession(value: string | null | undefined, now = Date.now()): Promise<{ principal: Principal; token: JWT } | null> {
  if (!value) return null;
  let token: JWT | null;
  try {
    token = await decode({ token: value, secret: getConfig().secret });
  } catch {
    return null;
  }
  const claims = claimsSchema.safeParse(token);
  if (!token || !claims.success) return null;
  // The absolute timeout: however active, a session ends this long after sign-in.
  if (now - claims.data.signedInAt > getConfig().auth.absoluteSeconds * 1000) return null;
  const { sub, name, role, provider } = claims.data;
  return { principal: { id: `${provider}:${sub}`, name: name ?? sub, role: role as Role, provider }, token };
}

/** The same session with a fresh idle timeout (the proxy calls this on every request). */
export async function renewSession(token: JWT): Promise<string> {
  const { idleSeconds } = getConfig().auth;
  const { exp: _exp, iat: _iat, jti: _jti, ...claims } = token;
  return encode({ token: claims, secret: getConfig().secret, maxAge: idleSeconds });
}
