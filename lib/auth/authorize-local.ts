import "server-only";
import type { User } from "next-auth";
import { audit } from "@/lib/audit/audit-log";
import { getConfig } from "@/lib/config/env";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { verifyNobody, verifyPassword } from "@/lib/accounts/password";
import type { Role } from "@/lib/accounts/roles";
import { SIGN_IN_THROTTLED } from "./sign-in-errors";
import { SIGN_IN_LIMITS } from "./sign-in-limits";
import { SharedSignInThrottle } from "./shared-throttle";

// Local accounts: AUTH_USERS, plus the demo accounts in demo mode only. The same work is done for an
// unknown name as for a wrong password, and the failure says neither. After ten failures for a name
// in fifteen minutes, on any replica, its attempts are refused without looking at the password. Names and passwords
// longer than the sign-in gate lets through (sign-in-limits.ts) are refused here too, unexamined.

export const SIGN_IN_THROTTLE = { limit: 10, windowMs: 15 * 60_000 };
const throttle = new SharedSignInThrottle(SIGN_IN_THROTTLE);

export async function authorizeLocal(username: unknown, password: unknown): Promise<User | null> {
  if (!withinLimit(username, SIGN_IN_LIMITS.usernameChars) || !withinLimit(password, SIGN_IN_LIMITS.passwordChars)) {
    audit({ event: "sign_in_failed", outcome: "failed", reason: "too long", who: null, provider: "credentials" });
    return null;
  }
  const name = typeof username === "string" ? username.trim() : "";
  const secret = typeof password === "string" ? password : "";
  const what = name.slice(0, 64);
  const waitMs = await throttle.retryAfterMs(name);
  if (waitMs > 0) {
    audit({ event: "sign_in_failed", outcome: "failed", reason: "throttled", who: null, what, provider: "credentials", retryAfterSeconds: Math.ceil(waitMs / 1000) });
    // next-auth hands a thrown error's message to the sign-in form as its error code.
    throw new Error(SIGN_IN_THROTTLED);
  }
  const role = name && secret ? await check(name, secret) : null;
  if (!role) {
    await throttle.recordFailure(name);
    audit({ event: "sign_in_failed", outcome: "failed", who: null, what, provider: "credentials" });
    return null;
  }
  await throttle.reset(name);
  return { id: name, name, role };
}

async function check(name: string, password: string): Promise<Role | null> {
  const { users, demoAccounts } = getConfig().auth;
  const user = users.find((u) => u.name === name);
  if (user) return (await verifyPassword(password, user.passwordHash)) ? user.role : null;
  const demo = demoAccounts ? DEMO_ACCOUNTS.find((a) => a.name === name) : undefined;
  if (demo) {
    await verifyNobody(password);
    return password === demo.password ? demo.role : null;
  }
  return (await verifyNobody(password)) || null;
}

function withinLimit(value: unknown, max: number): boolean {
  return typeof value !== "string" || value.length <= max;
}
