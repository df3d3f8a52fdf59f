import { EMULATOR_API_KEY } from "../../lib/emulator/constants";
import { E2E } from "./env";

// Secret values that must never reach a browser. BUILD_CANARIES are planted in the environment of the
// test build (npm run build:canary) under every secret variable; the runtime ones are the secrets the
// e2e servers run with. Both are looked for everywhere a browser can fetch: every response of the e2e
// run (e2e/support/test.ts) and the build's client chunks (e2e/access/canary.spec.ts).
// CLOUDFLARE_API_KEY is a runtime canary only, as the budget dashboard's credential: a build with both
// a token and a key is refused as a configuration error.

export const BUILD_CANARY_MARKER = "canary-build.json";

export const BUILD_CANARIES: Record<string, string> = {
  NEXTAUTH_SECRET: "canary-nextauth-secret-5b1e0c7a9d2f4e86b3a1",
  CLOUDFLARE_API_TOKEN: "canary-cloudflare-token-8c2d4f6a1b3e5d7f9a0c",
  OIDC_CLIENT_SECRET: "canary-oidc-client-secret-6d4b2f0e8a7c5e3a1f9d",
  AUTH_USERS: "canary-user:analyst:scrypt.16384.8.1.Y2FuYXJ5LXNhbHQtc2FsdA.Y2FuYXJ5LWhhc2gtY2FuYXJ5LWhhc2gtY2FuYXJ5LWhhc2g",
};

/** The secrets the e2e servers run with, by the variable that holds them. */
function runtimeCanaries(): Record<string, string> {
  const env = E2E.appEnv;
  const hashes = env.AUTH_USERS.split(",").map((entry) => entry.split(":")[2] ?? "");
  const named: [string, string][] = [
    ["NEXTAUTH_SECRET", env.NEXTAUTH_SECRET],
    ["CLOUDFLARE_API_TOKEN", env.CLOUDFLARE_API_TOKEN],
    ["CLOUDFLARE_API_KEY", EMULATOR_API_KEY],
    ["OIDC_CLIENT_SECRET", env.OIDC_CLIENT_SECRET],
    ["a local account's password", E2E.users.analyst.password],
    ["a local account's password", E2E.users.manager.password],
    ["a local account's password", E2E.budget.password],
    ...hashes.map((hash): [string, string] => ["a password hash from AUTH_USERS", hash]),
  ];
  return Object.fromEntries(named.filter(([, value]) => value.length >= 12).map(([name, value]) => [value, name]));
}

const everyCanary: [value: string, name: string][] = [
  ...Object.entries(BUILD_CANARIES).map(([name, value]): [string, string] => [value, `${name} (build canary)`]),
  ...Object.entries(runtimeCanaries()),
];
const spellings = everyCanary.map(([value, name]) => ({ name, forms: [value, encodeURIComponent(value), Buffer.from(value).toString("base64")] }));

/** Which secrets `text` holds, as is, percent-encoded or in base64. */
export function canariesIn(text: string): string[] {
  return spellings.filter(({ forms }) => forms.some((form) => text.includes(form))).map(({ name }) => name);
}

const notDashboards = new Set([E2E.emulatorUrl, E2E.budget.emulatorUrl, E2E.oidcUrl].map((url) => new URL(url).origin));

/** A response of one of the dashboards under test, rather than of an emulator or the identity provider. */
export function isDashboardUrl(url: string): boolean {
  if (!/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) return false;
  const { origin, pathname } = new URL(url);
  // The reliability suite's emulators run inside the test process, on ports of their own.
  return !notDashboards.has(origin) && !pathname.startsWith("/client/v4/") && !pathname.startsWith("/__emulator/");
}
