import { BASE_HEADERS, HSTS } from "./static-headers.mjs";

// The security headers of every response the proxy sees: pages, sign-in, next-auth. The nonce is new
// for each request; 'strict-dynamic' lets the scripts Next loads with that nonce load their chunks, and
// nothing else runs.

export function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    // Inline style attributes come from React (virtualised rows, widths); no script can hide in them.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export type SecurityHeaders = { "Content-Security-Policy": string } & Record<string, string>;

export function securityHeaders(nonce: string, https: boolean): SecurityHeaders {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, https),
    ...BASE_HEADERS,
    ...(https ? HSTS : {}),
  };
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
