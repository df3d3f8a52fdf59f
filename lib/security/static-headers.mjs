// The security headers that never change between requests, in plain JS so next.config.mjs can use them
// as well as the proxy. Pages add a CSP with a fresh nonce (headers.ts); the data API's and next-auth's
// answers, which skip the proxy, get DATA_HEADERS from next.config.mjs.

/** On every response. */
export const BASE_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  // Search terms and message ids are in our URLs: never send them to another site.
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

/** Only over https, which a TLS-terminating proxy in front of us reports in X-Forwarded-Proto. */
export const HSTS = { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" };

/**
 * JSON and raw mail, never a page: nothing in such an answer may run, load or be framed, even when a
 * browser is tricked into rendering one (the raw message is attacker-written).
 */
export const DATA_HEADERS = {
  ...BASE_HEADERS,
  "Content-Security-Policy": "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox",
  "Cache-Control": "no-store",
};

/** The data API's paths: route handlers that check the session themselves and run without the proxy. */
export const DATA_API_PREFIXES = ["/api/messages", "/api/searches"];

/**
 * next-auth's endpoints (JSON and redirects; its own HTML pages are replaced by ours). They run
 * without the proxy too: with it, Next buffers a copy of every request body for the proxy before the
 * handler runs, so a sign-in's body could not be bounded before it was held (lib/auth/sign-in-gate.ts).
 */
export const AUTH_API_PREFIX = "/api/auth";

/** Every path the proxy leaves alone; next.config.mjs gives their answers DATA_HEADERS. */
export const PROXYLESS_PREFIXES = [...DATA_API_PREFIXES, AUTH_API_PREFIX];
