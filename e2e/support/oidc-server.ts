import Provider from "oidc-provider";
import { E2E } from "./env";

// A real OpenID Connect provider for the single-sign-on tests (the oidc-provider package), with its
// development login pages: any login and password sign in; the login picks the groups claim.

const GROUPS: Record<string, string[]> = {
  "sso-analyst": ["staff", E2E.oidc.analystGroup],
  "sso-manager": ["staff", E2E.oidc.managerGroup],
  "sso-nobody": ["staff"],
};

const provider = new Provider(E2E.oidcUrl, {
  clients: [
    {
      client_id: E2E.oidc.clientId,
      client_secret: E2E.oidc.clientSecret,
      redirect_uris: [`${E2E.appUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
  scopes: ["openid", "email", "profile", "groups"],
  // Claims in the ID token itself, as next-auth reads them from there.
  conformIdTokenClaims: false,
  cookies: { keys: ["e2e-oidc-cookie-key"] },
  findAccount(_ctx, id) {
    return {
      accountId: id,
      claims: () => ({ sub: id, name: `SSO ${id}`, email: `${id}@example.test`, email_verified: true, groups: GROUPS[id] ?? [] }),
    };
  },
});
provider.proxy = false;
provider.listen(E2E.oidcPort, "127.0.0.1", () => {
  console.log(`OIDC provider listening on ${E2E.oidcUrl}`);
});
