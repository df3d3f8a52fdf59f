import "server-only";
import { randomUUID } from "node:crypto";
import type { AuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import type { JWT } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { audit } from "@/lib/audit/audit-log";
import { getConfig } from "@/lib/config/env";
import { authorizeLocal } from "./authorize-local";
import { canRecordSessions, endSession, isLive, startSession } from "./sessions";
import { SIGN_IN_UNAVAILABLE } from "./sign-in-errors";
import { roleFromClaims } from "./oidc-role";
import { safeReturnPath } from "./return-path";
import { secureCookies } from "./session-token";
import { routes } from "@/lib/routes";

// The one next-auth configuration. JWT sessions holding who, role, provider, sign-in time and a session
// id that sign-out ends — never an upstream credential or the identity provider's tokens. Cookies are
// HttpOnly and SameSite=Lax (next-auth's defaults) and Secure when NEXTAUTH_URL is https.

export const OIDC_PROVIDER_ID = "oidc";

let cached: AuthOptions | undefined;

export function getAuthOptions(): AuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}

function buildAuthOptions(): AuthOptions {
  const config = getConfig();
  return {
    secret: config.secret,
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: config.auth.idleSeconds, updateAge: 0 },
    jwt: { maxAge: config.auth.idleSeconds },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: providers(),
    callbacks: {
      async signIn({ user, account }) {
        if (!user.role) {
          audit({ event: "sign_in_failed", outcome: "failed", who: null, what: user.id, provider: account?.provider ?? "?", reason: "no role" });
          return false;
        }
        // Every session needs its record: without the database, say so on the sign-in page.
        if (await canRecordSessions()) return true;
        audit({ event: "sign_in_failed", outcome: "error", who: null, what: user.id, provider: account?.provider ?? "?", reason: "database unavailable" });
        return `${routes.signIn()}?error=${SIGN_IN_UNAVAILABLE}`;
      },
      async jwt({ token, user, account }) {
        // Sign-in: a fresh token with our claims only (no e-mail, picture or provider tokens), and its
        // record, without which no replica accepts it.
        if (user && account) {
          const claims = { sub: user.id, name: user.name ?? user.id, role: user.role, provider: account.provider, signedInAt: Date.now(), sid: randomUUID() };
          await startSession({ ...claims, principalId: `${account.provider}:${user.id}`, role: String(user.role) });
          return claims;
        }
        // The absolute timeout and sign-out (decodeSession checks both too): next-auth clears a session
        // whose callback throws, rather than renewing it.
        const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
        if (Date.now() - signedInAt > config.auth.absoluteSeconds * 1000) throw new Error("The session is past its absolute timeout.");
        if (typeof token.sid !== "string" || !(await isLive(token.sid))) throw new Error("The session was signed out.");
        return token;
      },
      session({ session, token }) {
        return { expires: session.expires, user: { name: typeof token.name === "string" ? token.name : null, role: token.role } };
      },
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeReturnPath(url, new URL(baseUrl).origin)}`;
      },
    },
    events: {
      signIn({ user, account }) {
        audit({ event: "sign_in", outcome: "ok", who: { id: `${account?.provider ?? "?"}:${user.id}`, role: user.role ?? "none" }, provider: account?.provider });
      },
      // next-auth hands over whatever the cookie decoded to, which may be nothing a session holds.
      async signOut({ token }: { token: JWT | null }) {
        const ended = await endSession(token);
        const who = ended && typeof token?.sub === "string" ? { id: `${String(token.provider)}:${token.sub}`, role: String(token.role) } : null;
        audit({ event: "sign_out", outcome: "ok", who });
      },
    },
  };
}

function providers(): Provider[] {
  const { oidc } = getConfig().auth;
  const list: Provider[] = [
    CredentialsProvider({
      id: "credentials",
      name: "Dashboard account",
      credentials: { username: { label: "User name", type: "text" }, password: { label: "Password", type: "password" } },
      authorize: (credentials) => authorizeLocal(credentials?.username, credentials?.password),
    }),
  ];
  if (oidc) {
    list.push({
      id: OIDC_PROVIDER_ID,
      name: oidc.name,
      type: "oauth",
      wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      authorization: { params: { scope: `openid email profile${oidc.roleClaim === "groups" ? " groups" : ""}` } },
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      profile(profile: Record<string, unknown>) {
        const sub = typeof profile.sub === "string" ? profile.sub : "";
        const email = typeof profile.email === "string" ? profile.email : null;
        return { id: sub, name: typeof profile.name === "string" ? profile.name : (email ?? sub), role: roleFromClaims(profile, oidc) };
      },
    });
  }
  return list;
}
