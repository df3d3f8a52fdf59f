import "server-only";
import { cookies, headers } from "next/headers";
import { decodeSession, sessionCookieFrom, sessionCookieName, type Session } from "./session-token";

/** A signed-in request's session and the cookie that carried it (to slide its idle timeout). */
export type SignedIn = Session & { cookie: string };

/**
 * Who is asking, or null: the server's one reading of the session. Route handlers and the proxy pass
 * their request; server components pass nothing and the cookie comes from the page's request.
 */
export async function auth(request?: Request): Promise<SignedIn | null> {
  const cookie = request ? sessionCookieFrom(request.headers.get("cookie")) : (await cookies()).get(sessionCookieName())?.value;
  if (!cookie) return null;
  const userAgent = request ? request.headers.get("user-agent") : (await headers()).get("user-agent");
  const session = await decodeSession(cookie, Date.now(), userAgent);
  return session ? { ...session, cookie } : null;
}
