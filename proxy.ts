import { NextResponse, type NextRequest } from "next/server";
import { isMalformedPath, malformedPathResponse } from "@/lib/api/malformed-path";
import { auth } from "@/lib/auth/auth";
import { REQUEST_PATH_HEADER } from "@/lib/auth/page-session";
import { safeReturnPath } from "@/lib/auth/return-path";
import { slidingSessionCookie } from "@/lib/auth/session-renewal";
import { routes } from "@/lib/routes";
import { newNonce, securityHeaders } from "@/lib/security/headers";

// The proxy sets the security headers on pages and sign-in, sends signed-out page views to sign-in and
// slides the session's idle timeout. It only redirects: every page and route checks the session itself.
// The data API (/api/messages, /api/searches) is left out by the matcher: the proxy would add its own
// pass over every call (the bench's proxy-cost row), and route() slides the session there. So is next-auth (/api/auth), whose
// request bodies Next would otherwise buffer for the proxy before they could be bounded. next.config.mjs
// sets both their static headers. Paths Next.js cannot decode are answered here, the data
// API's included (see lib/api/malformed-path.ts).

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, search } = request.nextUrl;
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const malformed = isMalformedPath(pathname);
  if (malformed && pathname.startsWith("/api/")) return malformedPathResponse(https);
  const nonce = newNonce();
  const headers = securityHeaders(nonce, https);
  const page = isPage(pathname);
  const session = page ? await auth(request) : null;

  let response: NextResponse;
  if (page && !session && !pathname.startsWith("/sign-in") && !malformed) {
    response = NextResponse.redirect(new URL(routes.signIn(safeReturnPath(`${pathname}${search}`)), request.url), 307);
  } else if (pathname.startsWith("/api/")) {
    // Route handlers render no HTML: no nonce or page path to hand on, so the request goes on as it came
    // instead of Next copying every request header into override headers and back.
    response = NextResponse.next();
  } else {
    const forward = new Headers(request.headers);
    forward.set("x-nonce", nonce);
    forward.set("Content-Security-Policy", headers["Content-Security-Policy"]);
    forward.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
    // Such a path leads nowhere, whoever asks: the app's own 404 page, where Next.js would fail on it.
    response = malformed
      ? NextResponse.rewrite(new URL("/_not-found", request.url), { request: { headers: forward } })
      : NextResponse.next({ request: { headers: forward } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (pathname.startsWith("/api/") || pathname.startsWith("/messages")) response.headers.set("Cache-Control", "no-store");

  // Page views slide the session here and the data API in route(); next-auth's own endpoints (sign-out
  // above all) manage the cookie themselves.
  const renewal = session ? await slidingSessionCookie(session.cookie, session.token) : null;
  if (renewal) response.headers.append("Set-Cookie", renewal);
  return response;
}

function isPage(pathname: string): boolean {
  if (pathname === "/api" || pathname.startsWith("/api/") || pathname.startsWith("/_next/")) return false;
  return !/\.[a-z0-9]+$/i.test(pathname);
}

export const config = {
  matcher: [
    // Everything but the data API and next-auth (PROXYLESS_PREFIXES in lib/security/static-headers.mjs;
    // a matcher must be a literal).
    "/((?!api/(?:messages|searches|auth)(?:/|$)).*)",
    // and of the data API only a path with a "%" that is not an ASCII escape: the malformed ones that
    // Next.js fails on are among them, and no message id or search token (ASCII only) is.
    "/api/messages/(.*%(?![0-7][0-9A-Fa-f]).*)",
    "/api/searches/(.*%(?![0-7][0-9A-Fa-f]).*)",
    "/api/auth/(.*%(?![0-7][0-9A-Fa-f]).*)",
  ],
};
