import { CloudflareError } from "./errors";

// Where the client may send credentials: the configured origin, under this account's Email Security
// API. Every 202 Location, every redirect and every Location handed back to continueSearch is checked
// here before a single byte goes to it, because fetch would carry X-Auth-Key or the bearer token along.

export type UpstreamScope = {
  /** The base URL without a trailing slash, e.g. https://api.cloudflare.com/client/v4 */
  baseUrl: string;
  origin: string;
  /** `{basePath}/accounts/{accountId}/email-security/`: every URL we call or follow lies under it. */
  allowedPrefix: string;
};

/** Validates the configuration once; a bad base URL or account id is a programming error. */
export function createUpstreamScope(baseUrl: string, accountId: string): UpstreamScope {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError("The Cloudflare base URL is not a valid URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError("The Cloudflare base URL must be http(s).");
  if (url.username || url.password) throw new TypeError("The Cloudflare base URL must not carry a user name or password.");
  if (url.search || url.hash) throw new TypeError("The Cloudflare base URL must not carry a query or fragment.");
  if (!accountId || /[\u0000-\u0020\u007f]/.test(accountId) || /^\.{1,2}$/.test(accountId)) {
    throw new TypeError("The Cloudflare account id is not valid.");
  }
  const basePath = url.pathname.replace(/\/+$/, "");
  return {
    baseUrl: `${url.origin}${basePath}`,
    origin: url.origin,
    allowedPrefix: `${basePath}/accounts/${encodeURIComponent(accountId)}/email-security/`,
  };
}

/**
 * Resolves `location` against `relativeTo` (RFC 9110: the URL of the request that was answered) and
 * returns it only if it stays inside the scope. Otherwise throws `refused_location`. The refused URL
 * is not put in the message: it is attacker-shaped at worst and may carry someone's userinfo.
 */
export function checkLocation(location: string, scope: UpstreamScope, relativeTo: string): URL {
  const refuse = (why: string) =>
    new CloudflareError("refused_location", `Refused to follow a Location that ${why}.`);
  // The URL parser silently drops tabs and newlines; a Location holding them is not honest.
  if (/[\u0000-\u001f\u007f]/.test(location) || location.trim() === "") throw refuse("is empty or holds control characters");
  let url: URL;
  try {
    url = new URL(location.trim(), relativeTo);
  } catch {
    throw refuse("is not a valid URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw refuse("is not http(s)");
  if (url.username || url.password) throw refuse("carries a user name or password");
  if (url.origin !== scope.origin) throw refuse("points at another origin than the configured Cloudflare API");
  // Encoded slashes and backslashes survive URL normalisation and some servers decode them into
  // path separators, which would walk out of the prefix below.
  if (/%2f|%5c/i.test(url.pathname)) throw refuse("holds an encoded path separator");
  if (!url.pathname.startsWith(scope.allowedPrefix)) throw refuse("is outside this account's Email Security API");
  url.hash = "";
  return url;
}
