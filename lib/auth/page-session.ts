import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { audit } from "@/lib/audit/audit-log";
import { auth } from "./auth";
import { safeReturnPath } from "./return-path";
import type { Principal } from "./session-token";
import { routes } from "@/lib/routes";

export const REQUEST_PATH_HEADER = "x-request-path";

/**
 * For server-rendered pages: the signed-in user, or a redirect to sign-in that comes back here. The
 * proxy passes the requested path in a request header it always overwrites.
 */
export async function requirePageSession(): Promise<Principal> {
  return (await requirePageSignIn()).principal;
}

/** The same, with the session's id (the sessions page marks the one in use). */
export async function requirePageSignIn(): Promise<{ principal: Principal; sid: string }> {
  const session = await auth();
  if (session) return { principal: session.principal, sid: session.sid };
  const path = safeReturnPath((await headers()).get(REQUEST_PATH_HEADER));
  audit({ event: "denied", outcome: "unauthenticated", who: null, what: `page ${path}` });
  redirect(routes.signIn(path));
}
