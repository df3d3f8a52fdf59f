// Where the e2e servers listen and how the dashboard under test is configured.

// E2E_PORT_BASE moves every port at once, so two suites can run side by side on one machine.
const base = Number(process.env.E2E_PORT_BASE ?? 4000);
const emulatorPort = base + 10;
const appPort = base + 100;
const demoPort = base + 101;

export const E2E = {
  emulatorPort,
  appPort,
  demoPort,
  emulatorUrl: `http://127.0.0.1:${emulatorPort}`,
  appUrl: `http://127.0.0.1:${appPort}`,
  demoUrl: `http://127.0.0.1:${demoPort}`,
  accountId: "0123456789abcdef0123456789abcdef",
  token: "emulator-token",
  secret: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  get appEnv() {
    return {
      CLOUDFLARE_ACCOUNT_ID: this.accountId,
      CLOUDFLARE_API_TOKEN: this.token,
      CLOUDFLARE_API_BASE_URL: `${this.emulatorUrl}/client/v4`,
      NEXTAUTH_SECRET: this.secret,
      // Short bounds so timeouts and slow searches are tested in seconds, not minutes.
      CLOUDFLARE_TIMEOUT_MS: "1500",
      CLOUDFLARE_POLL_BUDGET_MS: "1200",
    };
  },
};
