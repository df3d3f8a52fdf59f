// The security headers every response carries. The nonce is new for each request; 'strict-dynamic'
// lets the scripts Next loads with that nonce load their chunks, and nothing else runs.

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
    "X-Content-Type-Options": "nosniff",
    // Search terms and message ids are in our URLs: never send them to another site.
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
