// Where to go after sign-in: only ever a path on our own origin. Anything absolute, protocol-relative
// (//evil.example), backslashed (/\evil.example, which browsers treat as //) or odd goes to /messages.

const FALLBACK = "/messages";

export function safeReturnPath(value: string | null | undefined, origin?: string): string {
  if (!value) return FALLBACK;
  let candidate = value;
  if (origin && !value.startsWith("/")) {
    try {
      const url = new URL(value);
      if (url.origin !== origin) return FALLBACK;
      candidate = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return FALLBACK;
    }
  }
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) return FALLBACK;
  if (/[\x00-\x1f\x7f]/.test(candidate)) return FALLBACK;
  if (candidate.startsWith("/sign-in") || candidate.startsWith("/api/")) return FALLBACK;
  try {
    const parsed = new URL(candidate, "http://our.invalid");
    if (parsed.origin !== "http://our.invalid") return FALLBACK;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return FALLBACK;
  }
}
