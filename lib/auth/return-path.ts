// Where to go after sign-in: only ever a path on our own origin. The value is read as a browser reads
// it — resolved against our origin by WHATWG URL parsing, which drops tabs and newlines, turns
// backslashes into slashes and collapses dot segments, encoded ones included — and what is handed back
// is that normalised path, never the value as given. A path a browser could still take for
// protocol-relative (//host), as given or once percent-decoded or with look-alike slashes folded, goes
// to /messages instead, as does anything on another origin or scheme.

const FALLBACK = "/messages";
// Callers that don't know our origin (pages and the proxy emit a bare path) judge against a stand-in.
const STAND_IN_ORIGIN = "http://our.invalid";
// A path still changing after this many rounds of percent-decoding is refused rather than followed.
const DECODE_ROUNDS = 3;

export function safeReturnPath(value: string | null | undefined, origin: string = STAND_IN_ORIGIN): string {
  // Legitimate return paths never hold control characters; browsers would silently drop some of them.
  if (!value || /[\x00-\x1f\x7f]/.test(value)) return FALLBACK;
  const base = new URL(origin);
  const url = resolve(value, base);
  if (!url || url.origin !== base.origin || url.protocol !== base.protocol) return FALLBACK;
  if (url.pathname.startsWith("/sign-in") || url.pathname === "/api" || url.pathname.startsWith("/api/")) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return staysHome(path, base) ? path : FALLBACK;
}

function staysHome(path: string, base: URL): boolean {
  let current = path;
  for (let round = 0; round <= DECODE_ROUNDS; round++) {
    for (const form of [current, current.normalize("NFKC")]) {
      const url = resolve(form, base);
      if (!url || url.origin !== base.origin || url.pathname.startsWith("//")) return false;
    }
    const decoded = percentDecoded(current);
    if (decoded === current) return true;
    current = decoded;
  }
  return false;
}

function resolve(value: string, base: URL): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
