import { z } from "zod";
import { parseLocalUsers, type LocalUser } from "@/lib/accounts/local-users";

// Sign-in, sessions, the upstream budget and the audit log: the access part of the configuration,
// merged into env.ts's schema so one start-up check names every bad variable.

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  roleClaim: string;
  analystGroups: string[];
  managerGroups: string[];
  analystUsers: string[];
  managerUsers: string[];
};

export type AccessConfig = {
  auth: {
    /** NEXTAUTH_URL: the public origin; https makes the session cookie Secure. */
    url: string | null;
    users: LocalUser[];
    demoAccounts: boolean;
    oidc: OidcConfig | null;
    idleSeconds: number;
    absoluteSeconds: number;
  };
  budget: { limit: number; windowMs: number; maxBlockMs: number; /** Keep copies of answers (lib/budget/caching-fetch.ts). */ answerCopies: boolean };
  audit: { file: string | null };
};

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const int = (min: number, max: number) =>
  optional(z.coerce.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
const list = optional(z.string()).transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean));

export const accessEnvShape = {
  NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL (the dashboard's public address)" })),
  AUTH_USERS: optional(z.string()),
  OIDC_ISSUER: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  OIDC_CLIENT_ID: optional(z.string()),
  OIDC_CLIENT_SECRET: optional(z.string()),
  OIDC_NAME: optional(z.string().max(40)),
  OIDC_ROLE_CLAIM: optional(z.string().regex(/^[\w.:/-]+$/, "must be a claim name")),
  OIDC_ANALYST_GROUPS: list,
  OIDC_MANAGER_GROUPS: list,
  OIDC_ANALYST_USERS: list,
  OIDC_MANAGER_USERS: list,
  SESSION_IDLE_MINUTES: int(1, 24 * 60),
  SESSION_MAX_HOURS: int(1, 24 * 30),
  UPSTREAM_BUDGET: int(1, 1_200),
  UPSTREAM_BUDGET_WINDOW_SECONDS: int(1, 3_600),
  UPSTREAM_MAX_BLOCK_SECONDS: int(1, 300),
  UPSTREAM_ANSWER_COPIES: optional(z.enum(["on", "off"], { error: "must be on or off" })),
  AUDIT_LOG_FILE: optional(z.string()),
};

type AccessVars = z.infer<z.ZodObject<typeof accessEnvShape>>;

export function readAccess(vars: AccessVars, demo: boolean, problems: string[]): AccessConfig {
  const users = parseLocalUsers(vars.AUTH_USERS, problems);

  const idleSeconds = (vars.SESSION_IDLE_MINUTES ?? 30) * 60;
  const absoluteSeconds = (vars.SESSION_MAX_HOURS ?? 12) * 3600;
  if (idleSeconds > absoluteSeconds) problems.push("SESSION_IDLE_MINUTES must not be longer than SESSION_MAX_HOURS");
  return {
    auth: { url: vars.NEXTAUTH_URL ?? null, users, demoAccounts: demo, oidc: readOidc(vars, problems), idleSeconds, absoluteSeconds },
    budget: {
      limit: vars.UPSTREAM_BUDGET ?? 1_000,
      windowMs: (vars.UPSTREAM_BUDGET_WINDOW_SECONDS ?? 300) * 1000,
      maxBlockMs: (vars.UPSTREAM_MAX_BLOCK_SECONDS ?? 300) * 1000,
      answerCopies: vars.UPSTREAM_ANSWER_COPIES !== "off",
    },
    audit: { file: vars.AUDIT_LOG_FILE ?? null },
  };
}

function readOidc(vars: AccessVars, problems: string[]): OidcConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = vars;
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    problems.push("OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together: set all three for single sign-on, or none");
    return null;
  }
  if (!vars.NEXTAUTH_URL) problems.push("NEXTAUTH_URL is required with OIDC_ISSUER (the identity provider calls it back)");
  const oidc = {
    issuer: issuer.replace(/\/+$/, ""),
    clientId,
    clientSecret,
    name: vars.OIDC_NAME ?? "Single sign-on",
    roleClaim: vars.OIDC_ROLE_CLAIM ?? "groups",
    analystGroups: vars.OIDC_ANALYST_GROUPS,
    managerGroups: vars.OIDC_MANAGER_GROUPS,
    analystUsers: vars.OIDC_ANALYST_USERS.map((u) => u.toLowerCase()),
    managerUsers: vars.OIDC_MANAGER_USERS.map((u) => u.toLowerCase()),
  };
  if (oidc.analystGroups.length + oidc.managerGroups.length + oidc.analystUsers.length + oidc.managerUsers.length === 0) {
    problems.push("Single sign-on needs OIDC_ANALYST_GROUPS / OIDC_MANAGER_GROUPS or OIDC_ANALYST_USERS / OIDC_MANAGER_USERS: nobody else gets a role");
  }
  return oidc;
}
