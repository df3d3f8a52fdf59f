import { hashPassword } from "@/lib/accounts/password";
import { EMULATOR_API_KEY, EMULATOR_EMAIL } from "../../lib/emulator/constants";

// Where the e2e servers listen and how the dashboard under test is configured.

// E2E_PORT_BASE moves every port at once, so two suites can run side by side on one machine.
const base = Number(process.env.E2E_PORT_BASE ?? 4000);
const emulatorPort = base + 10;
const appPort = base + 100;
const demoPort = base + 101;
const oidcPort = base + 12;
const budgetEmulatorPort = base + 11;
const budgetAppPort = base + 102;
const postgresPort = base + 13;
/** The PostgreSQL server the suite starts (lib/testing/postgres/cli.ts), one database per dashboard. */
const postgresUrl = (database: string) => `postgres://postgres@127.0.0.1:${postgresPort}/${database}`;

/**
 * The budget run: twenty users on a dashboard with a small budget, against an emulator of its own. Of 63
 * calls, 3 are kept for actions (a twentieth), so the users' reads share 60, three each.
 */
const budget = { users: 20, password: "e2e-budget-password", upstreamBudget: 63, emulatorLimit: 100 };
const budgetUserNames = Array.from({ length: budget.users }, (_, i) => `budget-user-${String(i + 1).padStart(2, "0")}`);
const budgetHash = hashPassword(budget.password);

/** Local accounts of the dashboard under test (AUTH_USERS), one per role. */
const users = {
  analyst: { name: "e2e-analyst", password: "e2e-analyst-password", role: "analyst" },
  manager: { name: "e2e-manager", password: "e2e-manager-password", role: "manager" },
  /** Signs in and ends sessions of its own (e2e/access/sessions.spec.ts), out of the other tests' way. */
  sessions: { name: "e2e-sessions", password: "e2e-sessions-password", role: "analyst" },
  /** The second analyst of the triage specs (e2e/detail/triage.spec.ts): a colleague on the same messages. */
  colleague: { name: "e2e-colleague", password: "e2e-colleague-password", role: "analyst" },
} as const;
const authUsers = Object.values(users)
  .map((user) => `${user.name}:${user.role}:${hashPassword(user.password)}`)
  .join(",");

export const E2E = {
  postgres: { port: postgresPort, databases: ["app", "budget"] as const, url: postgresUrl },
  /** The demo keeps its embedded database here, made afresh for each run. */
  demoDataDir: `e2e/.data/${base}/demo`,
  emulatorPort,
  appPort,
  demoPort,
  emulatorUrl: `http://127.0.0.1:${emulatorPort}`,
  appUrl: `http://127.0.0.1:${appPort}`,
  demoUrl: `http://127.0.0.1:${demoPort}`,
  oidcPort,
  budget: {
    ...budget,
    userNames: budgetUserNames,
    emulatorPort: budgetEmulatorPort,
    emulatorUrl: `http://127.0.0.1:${budgetEmulatorPort}`,
    appPort: budgetAppPort,
    appUrl: `http://127.0.0.1:${budgetAppPort}`,
  },
  oidcUrl: `http://127.0.0.1:${oidcPort}`,
  /** The test identity provider's client; sso-analyst and sso-manager get a role from their groups. */
  oidc: { clientId: "e2e-dashboard", clientSecret: "e2e-oidc-client-secret-canary", analystGroup: "soc-analysts", managerGroup: "soc-managers" },
  /** Where the dashboard under test writes its audit log (AUDIT_LOG_FILE). */
  auditLogFile: `/tmp/e2e-audit-${base}.log`,
  accountId: "0123456789abcdef0123456789abcdef",
  token: "emulator-token",
  secret: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  users,
  /** The analyst's principal id, as the server names it (poll tokens carry it). */
  analystPrincipalId: `credentials:${users.analyst.name}`,
  /** Sessions saved by the setup project (e2e/setup), one per role and server. */
  // Per port base: suites running side by side in one checkout must not overwrite each other's.
  storageState: {
    analyst: `e2e/.auth/${base}/analyst.json`,
    manager: `e2e/.auth/${base}/manager.json`,
    demoAnalyst: `e2e/.auth/${base}/demo-analyst.json`,
  },
  get demoEnv() {
    // The demo's own accounts, and a second analyst for the triage specs (e2e/demo/triage.spec.ts).
    const colleague = `${users.colleague.name}:analyst:${hashPassword(users.colleague.password)}`;
    return { NEXTAUTH_URL: this.demoUrl, DATA_DIR: this.demoDataDir, AUTH_USERS: colleague };
  },
  get budgetEnv() {
    return {
      ...this.appEnv,
      // The other way to authenticate to Cloudflare, so both are exercised (and the key is a canary).
      CLOUDFLARE_API_TOKEN: "",
      CLOUDFLARE_EMAIL: EMULATOR_EMAIL,
      CLOUDFLARE_API_KEY: EMULATOR_API_KEY,
      CLOUDFLARE_API_BASE_URL: `${this.budget.emulatorUrl}/client/v4`,
      NEXTAUTH_URL: this.budget.appUrl,
      OIDC_ISSUER: "",
      OIDC_CLIENT_ID: "",
      OIDC_CLIENT_SECRET: "",
      AUDIT_LOG_FILE: "",
      AUTH_USERS: budgetUserNames.map((name) => `${name}:analyst:${budgetHash}`).join(","),
      UPSTREAM_BUDGET: String(this.budget.upstreamBudget),
      DATABASE_URL: postgresUrl("budget"),
      UPSTREAM_BUDGET_WINDOW_SECONDS: "300",
      // Twenty users at once on a CI machine busy with other workers: an upstream answer past the 1.5 s
      // of appEnv was once a 504 here, which is not what these tests are about.
      CLOUDFLARE_TIMEOUT_MS: "15000",
      CLOUDFLARE_POLL_BUDGET_MS: "15000",
    };
  },
  get appEnv() {
    return {
      CLOUDFLARE_ACCOUNT_ID: this.accountId,
      CLOUDFLARE_API_TOKEN: this.token,
      CLOUDFLARE_API_BASE_URL: `${this.emulatorUrl}/client/v4`,
      NEXTAUTH_SECRET: this.secret,
      // Short bounds so timeouts and slow searches are tested in seconds, not minutes.
      CLOUDFLARE_TIMEOUT_MS: "1500",
      CLOUDFLARE_POLL_BUDGET_MS: "1200",
      NEXTAUTH_URL: this.appUrl,
      AUTH_USERS: authUsers,
      OIDC_ISSUER: this.oidcUrl,
      OIDC_CLIENT_ID: this.oidc.clientId,
      OIDC_CLIENT_SECRET: this.oidc.clientSecret,
      OIDC_NAME: "Test IdP",
      OIDC_ANALYST_GROUPS: this.oidc.analystGroup,
      OIDC_MANAGER_GROUPS: this.oidc.managerGroup,
      AUDIT_LOG_FILE: this.auditLogFile,
      DATABASE_URL: postgresUrl("app"),
      // Tests put faults on a search or a message and expect Cloudflare to be asked: a copy of an earlier
      // answer would hide them. Copies are tested on dashboards of their own (e2e/reliability/answer-copies).
      UPSTREAM_ANSWER_COPIES: "off",
      // Every test here signs in as the same few users, so over a suite of a few minutes one analyst
      // spends what a whole team would. A short budget window keeps that analyst's fair share from
      // deciding which tests pass (at 30 s, a claim on a slow CI machine was once refused while another
      // worker scrolled); the budget itself is tested on its own dashboard (budgetEnv).
      UPSTREAM_BUDGET_WINDOW_SECONDS: "10",
    };
  },
};
