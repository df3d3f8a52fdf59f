import { safeReturnPath } from "@/lib/auth/return-path";

// A session can end while a page is open: it expires, it is signed out in another tab, its cookie is
// gone. From then on every call to our API answers 401 and any retry can only fail the same way, so the
// page must not show it as a failed search: it sends the user to sign in, and back to where they were.

/** Our API's answer to a call made without a valid session, as the page's request errors carry it. */
export function isSignedOut(error: unknown): boolean {
  return typeof error === "object" && error !== null && "status" in error && error.status === 401;
}

/** Sign-in, returning to this path and query afterwards. */
export function signInUrl(location: { pathname: string; search: string }): string {
  const query = new URLSearchParams({ callbackUrl: safeReturnPath(`${location.pathname}${location.search}`), error: "SessionExpired" });
  return `/sign-in?${query.toString()}`;
}

let leaving = false;

/** Sends the browser to sign-in, once however many calls fail together. A full load: the cache of the
 *  session that ended (mail data included) goes with the page. */
export function goToSignIn(): void {
  if (leaving) return;
  leaving = true;
  window.location.assign(signInUrl(window.location));
}
