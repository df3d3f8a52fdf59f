import "server-only";
import { ApiError } from "@/lib/http/api-error";
import { audit } from "@/lib/audit/audit-log";
import { hasRole, type Role } from "@/lib/accounts/roles";
import { decodeSession, sessionCookieFrom, type Principal, type Session } from "./session-token";

export type { Principal };

/** A signed-in request's session and the cookie that carried it (to slide its idle timeout). */
export type SignedIn = Session & { cookie: string };

/** Who is asking an API route: the session, checked inside the handler. */
export async function requireSession(request: Request): Promise<SignedIn> {
  const cookie = sessionCookieFrom(request.headers.get("cookie"));
  const session = await decodeSession(cookie);
  if (!cookie || !session) {
    audit({ event: "denied", outcome: "unauthenticated", who: null, what: requestTarget(request) });
    throw new ApiError("unauthorized", "Sign in to use the dashboard; your session may have expired.");
  }
  return { ...session, cookie };
}

export function requireRole(principal: Principal, needed: Role, request: Request): void {
  if (hasRole(principal.role, needed)) return;
  audit({ event: "denied", outcome: "forbidden", who: principal, what: requestTarget(request), needed });
  throw new ApiError("forbidden", `This needs the ${needed} role; you are signed in as ${article(principal.role)} ${principal.role}.`, {
    requiredRole: needed,
  });
}

function article(role: Role): string {
  return role === "analyst" ? "an" : "a";
}

function requestTarget(request: Request): string {
  const url = new URL(request.url);
  return `${request.method} ${url.pathname}`;
}
