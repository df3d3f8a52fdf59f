// Cloudflare's rate-limit headers (developers.cloudflare.com/fundamentals/api/reference/limits/), in the
// IETF draft's structured-field form:
//   Ratelimit: "default";r=50;t=30        → 50 requests left, the window resets in 30 s
//   Ratelimit-Policy: "burst";q=100;w=60  → 100 requests per 60 s
// Headers are read tolerantly: anything unreadable is skipped, never thrown.

export type RateLimitReading = {
  remaining: number;
  resetSeconds: number;
  quota?: number;
  windowSeconds?: number;
  /** The policy name Cloudflare gave, e.g. "default". */
  policy?: string;
  /** When the answer carrying it arrived (ms since the epoch). */
  observedAt: number;
};

type Item = { name: string; params: Map<string, string> };

/** The most restrictive reading in the answer's headers, or null when they hold none. */
export function parseRateLimitHeaders(headers: Headers, nowMs: number): RateLimitReading | null {
  const limits = parseList(headers.get("ratelimit")).flatMap((item) => {
    const remaining = count(item.params.get("r"));
    const resetSeconds = count(item.params.get("t"));
    return remaining === undefined || resetSeconds === undefined ? [] : [{ name: item.name, remaining, resetSeconds }];
  });
  const limit = limits.reduce<(typeof limits)[number] | undefined>(
    (lowest, candidate) => (lowest === undefined || candidate.remaining < lowest.remaining ? candidate : lowest),
    undefined,
  );
  if (!limit) return null;

  const policies = parseList(headers.get("ratelimit-policy")).flatMap((item) => {
    const quota = count(item.params.get("q"));
    const windowSeconds = count(item.params.get("w"));
    return quota === undefined || windowSeconds === undefined ? [] : [{ name: item.name, quota, windowSeconds }];
  });
  // Cloudflare's own example names the limit "default" and the policy "burst", so a policy of another
  // name is still the best we have when none matches.
  const policy = policies.find((candidate) => candidate.name === limit.name) ?? policies[0];

  return {
    remaining: limit.remaining,
    resetSeconds: limit.resetSeconds,
    ...(policy ? { quota: policy.quota, windowSeconds: policy.windowSeconds } : {}),
    ...(limit.name ? { policy: limit.name } : {}),
    observedAt: nowMs,
  };
}

function count(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

/** A structured-field list (RFC 8941 §3.1), loosely: items split on commas outside quoted strings. */
function parseList(header: string | null): Item[] {
  if (!header) return [];
  return splitOutsideQuotes(header, ",").flatMap((member) => {
    const [head, ...rest] = splitOutsideQuotes(member, ";").map((part) => part.trim());
    if (head === undefined) return [];
    const params = new Map<string, string>();
    for (const param of rest) {
      const at = param.indexOf("=");
      if (at > 0) params.set(param.slice(0, at).trim().toLowerCase(), unquote(param.slice(at + 1).trim()));
    }
    return [{ name: unquote(head), params }];
  });
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return value;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted && char === "\\" && i + 1 < text.length) {
      current += char + text.charAt(i + 1);
      i++;
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}
