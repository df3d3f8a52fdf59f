import { E2E } from "./env";

// Secret values that must never reach a browser. BUILD_CANARIES are planted in the environment of the
// test build (npm run build:canary) under every secret variable; the runtime ones are the secrets the
// e2e servers run with. Both are looked for everywhere a browser can fetch. (CLOUDFLARE_API_KEY is not
// planted: a build with both a token and a key is refused as a configuration error.)

export const BUILD_CANARY_MARKER = "canary-build.json";

export const BUILD_CANARIES: Record<string, string> = {
  NEXTAUTH_SECRET: "canary-nextauth-secret-5b1e0c7a9d2f4e86b3a1",
  CLOUDFLARE_API_TOKEN: "canary-cloudflare-token-8c2d4f6a1b3e5d7f9a0c",
  OIDC_CLIENT_SECRET: "canary-oidc-client-secret-6d4b2f0e8a7c5e3a1f9d",
  AUTH_USERS: "canary-user:analyst:scrypt.16384.8.1.Y2FuYXJ5LXNhbHQtc2FsdA.Y2FuYXJ5LWhhc2gtY2FuYXJ5LWhhc2gtY2FuYXJ5LWhhc2g",
};

export function runtimeCanaries(): string[] {
  const env = E2E.appEnv;
  return [
    env.NEXTAUTH_SECRET,
    env.OIDC_CLIENT_SECRET,
    E2E.users.analyst.password,
    E2E.users.manager.password,
    E2E.budget.password,
    // Each password hash in AUTH_USERS.
    ...env.AUTH_USERS.split(",").map((entry) => entry.split(":")[2] ?? ""),
  ].filter((value) => value.length >= 12);
}
