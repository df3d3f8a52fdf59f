import type { OidcConfig } from "@/lib/config/access-env";
import type { Role } from "@/lib/accounts/roles";

// The role for a single-sign-on user: from the groups claim (OIDC_ROLE_CLAIM, default "groups") or
// the e-mail allow-lists. Analyst wins when both match; no match means no access.

export function roleFromClaims(claims: Record<string, unknown>, oidc: OidcConfig): Role | null {
  const raw = claims[oidc.roleClaim];
  const groups = Array.isArray(raw) ? raw.filter((g): g is string => typeof g === "string") : typeof raw === "string" ? raw.split(/[\s,]+/) : [];
  const email = typeof claims.email === "string" ? claims.email.toLowerCase() : null;
  const emailVerified = claims.email_verified !== false;
  const listed = (users: string[]) => email !== null && emailVerified && users.includes(email);
  if (groups.some((g) => oidc.analystGroups.includes(g)) || listed(oidc.analystUsers)) return "analyst";
  if (groups.some((g) => oidc.managerGroups.includes(g)) || listed(oidc.managerUsers)) return "manager";
  return null;
}
