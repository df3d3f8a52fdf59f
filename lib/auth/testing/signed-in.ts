import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { getConfig } from "@/lib/config/env";
import { startSession } from "../sessions";

export type TestClaims = { sub: string; role: string; provider?: string; name?: string; signedInAt?: number; sid?: string };

/** A session cookie as a sign-in leaves it: sealed by next-auth, its session recorded. */
export async function signedInCookie(claims: TestClaims, maxAge = 1800): Promise<string> {
  const token = { provider: "credentials", signedInAt: Date.now(), sid: randomUUID(), ...claims };
  await startSession({ sid: token.sid, principalId: `${token.provider}:${token.sub}`, name: token.name ?? token.sub, role: token.role, provider: token.provider, signedInAt: token.signedInAt });
  return encode({ token, secret: getConfig().secret, maxAge });
}
