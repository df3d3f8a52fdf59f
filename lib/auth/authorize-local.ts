import "server-only";
import type { User } from "next-auth";
import { audit } from "@/lib/audit/audit-log";
import { getConfig } from "@/lib/config/env";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { verifyNobody, verifyPassword } from "./password";
import type { Role } from "./roles";

// Local accounts: AUTH_USERS, plus the demo accounts in demo mode only. The same work is done for an
// unknown name as for a wrong password, and the failure says neither.

export function authorizeLocal(username: unknown, password: unknown): User | null {
  const name = typeof username === "string" ? username.trim() : "";
  const secret = typeof password === "string" ? password : "";
  const role = name && secret ? check(name, secret) : null;
  if (!role) {
    audit({ event: "sign_in_failed", outcome: "failed", who: null, what: name.slice(0, 64), provider: "credentials" });
    return null;
  }
  return { id: name, name, role };
}

function check(name: string, password: string): Role | null {
  const { users, demoAccounts } = getConfig().auth;
  const user = users.find((u) => u.name === name);
  if (user) return verifyPassword(password, user.passwordHash) ? user.role : null;
  const demo = demoAccounts ? DEMO_ACCOUNTS.find((a) => a.name === name) : undefined;
  if (demo) {
    verifyNobody(password);
    return password === demo.password ? demo.role : null;
  }
  return verifyNobody(password) || null;
}
