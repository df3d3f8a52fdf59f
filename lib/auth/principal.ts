import "server-only";
import { ApiError } from "@/lib/http/api-error";
import { audit } from "@/lib/audit/audit-log";
import { hasRole, type Role } from "@/lib/accounts/roles";
import { auth, type SignedIn } from "./auth";
import type { Principal } from "./session-token";

export type { Principal, SignedIn };

/** Who is asking an API route: the session, checked inside the handler. */
export async function requireSession(request: Request): Promise<SignedIn> {
  const session = await auth(request);
  if (session) return session;
  audit({ event: "denied", outcome: "unauthenticated", who: null, what: requestTarget(request) });
  throw new ApiError("unauthorized", "Sign in to use the dashboard; your session may have expired.");
}

/** `needed` or a role above it; with `exactly`, that role alone (the audit trail is the managers'). */
export function requireRole(principal: Principal, needed: Role, request: Request, exactly = false): void {
  if (exactly ? principal.role === needed : hasRole(principal.role, needed)) return;
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
