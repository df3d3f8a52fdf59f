import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_API_BASE_URL, loadConfig } from "./env";

const ACCOUNT = "0123456789abcdef0123456789abcdef";
const SECRET = "x".repeat(40);

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("runs in demo mode when no credential is set, with empty variables counted as unset", () => {
    const config = loadConfig({ CLOUDFLARE_ACCOUNT_ID: "", CLOUDFLARE_API_TOKEN: "" });
    expect(config.mode).toBe("demo");
    expect(config.cloudflare).toBeNull();
    expect(config.secretIsEphemeral).toBe(true);
    expect(config.secret.length).toBeGreaterThanOrEqual(32);
  });

  it("reads a token configuration with the default base URL", () => {
    const config = loadConfig({ CLOUDFLARE_ACCOUNT_ID: ACCOUNT.toUpperCase(), CLOUDFLARE_API_TOKEN: "tok", NEXTAUTH_SECRET: SECRET });
    expect(config.mode).toBe("cloudflare");
    expect(config.cloudflare).toEqual({ accountId: ACCOUNT, auth: { kind: "token", token: "tok" }, baseUrl: DEFAULT_API_BASE_URL });
    expect(config.secretIsEphemeral).toBe(false);
  });

  it("reads the legacy email and key pair and trims a trailing slash from the base URL", () => {
    const config = loadConfig({
      CLOUDFLARE_ACCOUNT_ID: ACCOUNT,
      CLOUDFLARE_EMAIL: "soc@example.com",
      CLOUDFLARE_API_KEY: "key",
      CLOUDFLARE_API_BASE_URL: "http://127.0.0.1:8787/client/v4/",
      NEXTAUTH_SECRET: SECRET,
    });
    expect(config.cloudflare?.auth).toEqual({ kind: "key", email: "soc@example.com", key: "key" });
    expect(config.cloudflare?.baseUrl).toBe("http://127.0.0.1:8787/client/v4");
  });

  it.each([
    [{ CLOUDFLARE_API_TOKEN: "tok", NEXTAUTH_SECRET: SECRET }, "CLOUDFLARE_ACCOUNT_ID is required"],
    [{ CLOUDFLARE_ACCOUNT_ID: ACCOUNT, NEXTAUTH_SECRET: SECRET }, "CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL"],
    [{ CLOUDFLARE_ACCOUNT_ID: ACCOUNT, CLOUDFLARE_EMAIL: "a@b.co", NEXTAUTH_SECRET: SECRET }, "CLOUDFLARE_API_KEY is required"],
    [{ CLOUDFLARE_ACCOUNT_ID: ACCOUNT, CLOUDFLARE_API_KEY: "k", NEXTAUTH_SECRET: SECRET }, "CLOUDFLARE_EMAIL is required"],
    [{ CLOUDFLARE_ACCOUNT_ID: ACCOUNT, CLOUDFLARE_API_TOKEN: "t", CLOUDFLARE_API_KEY: "k", CLOUDFLARE_EMAIL: "a@b.co", NEXTAUTH_SECRET: SECRET }, "not both"],
    [{ CLOUDFLARE_ACCOUNT_ID: ACCOUNT, CLOUDFLARE_API_TOKEN: "t" }, "NEXTAUTH_SECRET is required"],
    [{ CLOUDFLARE_ACCOUNT_ID: "abc", CLOUDFLARE_API_TOKEN: "t", NEXTAUTH_SECRET: SECRET }, "CLOUDFLARE_ACCOUNT_ID must be 32 hexadecimal"],
    [{ CLOUDFLARE_EMAIL: "nope", CLOUDFLARE_API_KEY: "k" }, "CLOUDFLARE_EMAIL must be an email"],
    [{ CLOUDFLARE_API_BASE_URL: "ftp://x" }, "CLOUDFLARE_API_BASE_URL must be an http(s) URL"],
    [{ CLOUDFLARE_API_BASE_URL: "https://u:p@api.example.com" }, "CLOUDFLARE_API_BASE_URL must not contain a user"],
    [{ CLOUDFLARE_API_BASE_URL: "https://api.example.com" }, "CLOUDFLARE_API_BASE_URL is set but no credentials"],
    [{ CLOUDFLARE_TIMEOUT_MS: "soon" }, "CLOUDFLARE_TIMEOUT_MS"],
    [{ NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET must be at least 32"],
    [{ AUTH_USERS: "ana:root:x" }, "AUTH_USERS entry 1 (ana) has role"],
    [{ OIDC_ISSUER: "https://idp.example.com" }, "OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET go together"],
    [{ OIDC_ISSUER: "https://idp.example.com", OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s", OIDC_ANALYST_GROUPS: "soc" }, "NEXTAUTH_URL is required with OIDC_ISSUER"],
    [{ OIDC_ISSUER: "https://idp.example.com", OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s", NEXTAUTH_URL: "https://d.example.com" }, "OIDC_ANALYST_GROUPS"],
    [{ UPSTREAM_BUDGET: "5000" }, "UPSTREAM_BUDGET must be at most 1200"],
    [{ UPSTREAM_MAX_BLOCK_SECONDS: "86400" }, "UPSTREAM_MAX_BLOCK_SECONDS must be at most 300"],
    [{ CLOUDFLARE_MAX_JSON_BYTES: "1000" }, "CLOUDFLARE_MAX_JSON_BYTES must be at least 1048576"],
    [{ CLOUDFLARE_MAX_RAW_BYTES: "lots" }, "CLOUDFLARE_MAX_RAW_BYTES"],
    [{ SESSION_IDLE_MINUTES: "900", SESSION_MAX_HOURS: "1" }, "SESSION_IDLE_MINUTES must not be longer"],
  ])("refuses %j, naming the variable", (env, expected) => {
    expect(problemsOf(env).join("\n")).toContain(expected);
  });

  it("reads sign-in, session, budget and audit settings with their defaults", () => {
    const config = loadConfig({
      OIDC_ISSUER: "https://idp.example.com/",
      OIDC_CLIENT_ID: "dash",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_ANALYST_GROUPS: "soc, ir",
      NEXTAUTH_URL: "https://dash.example.com",
    });
    expect(config.auth.oidc).toMatchObject({ issuer: "https://idp.example.com", roleClaim: "groups", analystGroups: ["soc", "ir"], managerGroups: [] });
    expect(config.auth).toMatchObject({ demoAccounts: true, idleSeconds: 1800, absoluteSeconds: 43_200, url: "https://dash.example.com" });
    expect(config.budget).toEqual({ limit: 1000, windowMs: 300_000, maxBlockMs: 300_000, answerCopies: true });
    expect(config.audit.file).toBeNull();
  });

  it("keeps its data under DATA_DIR unless DATABASE_URL names a PostgreSQL server, and refuses any other URL", () => {
    expect(loadConfig({}).store).toMatchObject({ database: { kind: "pglite" }, auditRetentionDays: 90 });
    expect(loadConfig({ DATA_DIR: "/var/lib/dash" }).store.database).toEqual({ kind: "pglite", dir: "/var/lib/dash/pglite" });
    expect(loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/dash" }).store.database).toEqual({ kind: "postgres", url: "postgres://u:p@db:5432/dash" });
    expect(() => loadConfig({ DATABASE_URL: "mysql://db/dash" })).toThrow(/DATABASE_URL must be a postgres/);
    expect(() => loadConfig({ AUDIT_RETENTION_DAYS: "0" })).toThrow(/AUDIT_RETENTION_DAYS must be at least 1/);
    expect(() => loadConfig({ UPSTREAM_ANSWER_COPIES: "sometimes" })).toThrow(/UPSTREAM_ANSWER_COPIES must be on or off/);
    expect(loadConfig({ UPSTREAM_ANSWER_COPIES: "off" }).budget.answerCopies).toBe(false);
  });

  it("bounds upstream bodies: 32 MiB of JSON and 128 MiB of raw mail unless told otherwise", () => {
    expect(loadConfig({}).bodyLimits).toEqual({
      json: { bytes: 32 * 1024 * 1024, setting: "CLOUDFLARE_MAX_JSON_BYTES" },
      stream: { bytes: 128 * 1024 * 1024, setting: "CLOUDFLARE_MAX_RAW_BYTES" },
    });
    expect(loadConfig({ CLOUDFLARE_MAX_JSON_BYTES: "2097152" }).bodyLimits.json.bytes).toBe(2_097_152);
  });

  it("offers the demo accounts only in demo mode", () => {
    expect(loadConfig({ CLOUDFLARE_ACCOUNT_ID: ACCOUNT, CLOUDFLARE_API_TOKEN: "tok", NEXTAUTH_SECRET: SECRET }).auth.demoAccounts).toBe(false);
  });

  it("never repeats a secret value in its message", () => {
    const secretToken = "super secret token";
    const problems = problemsOf({ CLOUDFLARE_ACCOUNT_ID: ACCOUNT, CLOUDFLARE_API_TOKEN: secretToken, NEXTAUTH_SECRET: SECRET });
    expect(problems.join("\n")).not.toContain(secretToken);
  });
});
