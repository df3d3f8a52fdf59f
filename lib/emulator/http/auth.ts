import { timingSafeEqual } from "node:crypto";
import type { Credentials } from "../constants";
import type { Reply } from "./envelope";
import { CODES, fail } from "./envelope";

// The two schemes Cloudflare accepts: an API token as `Authorization: Bearer`, or the legacy global key
// as `X-Auth-Email` + `X-Auth-Key`. The identity returned names the credential for rate limiting and is
// never the secret itself.

export type AuthScheme = "bearer" | "api-key" | "none";

/** `readOnly`: the credential may read but not act (a token without Write). */
export type AuthResult =
  | { readonly ok: true; readonly scheme: AuthScheme; readonly identity: string; readonly readOnly: boolean }
  | { readonly ok: false; readonly scheme: AuthScheme; readonly reply: Reply };

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function presentedScheme(headers: Headers): AuthScheme {
  if (headers.has("authorization")) return "bearer";
  if (headers.has("x-auth-key") || headers.has("x-auth-email")) return "api-key";
  return "none";
}

export function authenticate(headers: Headers, credentials: Credentials): AuthResult {
  const scheme = presentedScheme(headers);
  const wrong = (): AuthResult => ({ ok: false, scheme, reply: fail(401, [{ code: CODES.authentication, message: "Authentication error" }]) });
  if (scheme === "bearer") {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
    const token = match?.[1];
    const index = token === undefined ? -1 : credentials.tokens.findIndex((candidate) => same(candidate, token));
    if (index >= 0) return { ok: true, scheme, identity: `token#${index}`, readOnly: false };
    const readOnly = token === undefined ? -1 : (credentials.readOnlyTokens ?? []).findIndex((candidate) => same(candidate, token));
    return readOnly < 0 ? wrong() : { ok: true, scheme, identity: `read-only-token#${readOnly}`, readOnly: true };
  }
  const email = headers.get("x-auth-email");
  const key = headers.get("x-auth-key");
  if (!email || !key) {
    return { ok: false, scheme, reply: fail(401, [{ code: CODES.missingAuth, message: "Missing X-Auth-Key, X-Auth-Email or Authorization headers" }]) };
  }
  const found = credentials.keys.find((candidate) => candidate.email.toLowerCase() === email.trim().toLowerCase() && same(candidate.key, key.trim()));
  return found ? { ok: true, scheme, identity: `key#${found.email.toLowerCase()}`, readOnly: false } : wrong();
}
