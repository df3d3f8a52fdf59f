"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SIGN_IN_BUSY, SIGN_IN_THROTTLED, SIGN_IN_TOO_LONG, SIGN_IN_UNAVAILABLE } from "@/lib/auth/sign-in-errors";
import { SIGN_IN_LIMITS } from "@/lib/auth/sign-in-limits";

type Props = {
  callbackUrl: string;
  sso: { id: string; name: string } | null;
  demoAccounts: { name: string; password: string; role: string }[];
  error: string | null;
};

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That user name and password do not match an account.",
  AccessDenied: "Your identity provider signed you in, but your account has no role in this dashboard. Ask your administrator.",
  SessionRequired: "Sign in to continue.",
  SessionExpired: "Your session has ended. Sign in again to go back to where you were.",
  [SIGN_IN_THROTTLED]: "Too many failed sign-ins for this user name. Wait 15 minutes, or sign in another way.",
  [SIGN_IN_TOO_LONG]: `A user name is at most ${SIGN_IN_LIMITS.usernameChars} characters and a password at most ${SIGN_IN_LIMITS.passwordChars}.`,
  [SIGN_IN_BUSY]: "The server is checking many sign-ins just now. Try again in a moment.",
  [SIGN_IN_UNAVAILABLE]: "The dashboard's database is unavailable, so no one can sign in just now. Try again shortly; if it lasts, tell your administrator.",
};

export function SignInForm({ callbackUrl, sso, demoAccounts, error: initialError }: Props) {
  const [error, setError] = useState(initialError ? (ERRORS[initialError] ?? "Sign-in failed. Try again.") : null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const result = await signIn("credentials", { redirect: false, username: form.get("username"), password: form.get("password"), callbackUrl });
    if (result?.ok && !result.error) {
      // A full load, so every server component renders with the new session. Same origin only.
      window.location.assign(callbackUrl);
      return;
    }
    setBusy(false);
    setError(ERRORS[result?.error ?? ""] ?? ERRORS.CredentialsSignin ?? null);
  }

  return (
    <div className="space-y-6">
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {error}
        </p>
      )}
      {sso && (
        <Button variant="primary" className="w-full justify-center" onClick={() => void signIn(sso.id, { callbackUrl })}>
          Sign in with {sso.name}
        </Button>
      )}
      <form onSubmit={(event) => void submit(event)} className="space-y-3" aria-label="Sign in with a dashboard account">
        <label className="block text-sm">
          User name
          <input name="username" autoComplete="username" required maxLength={SIGN_IN_LIMITS.usernameChars} className="mt-1 block w-full rounded border border-zinc-300 px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900" />
        </label>
        <label className="block text-sm">
          Password
          <input name="password" type="password" autoComplete="current-password" required maxLength={SIGN_IN_LIMITS.passwordChars} className="mt-1 block w-full rounded border border-zinc-300 px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900" />
        </label>
        <Button type="submit" variant={sso ? "secondary" : "primary"} disabled={busy} className="w-full justify-center">
          {busy ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {demoAccounts.length > 0 && (
        <section aria-labelledby="demo-accounts" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          <h2 id="demo-accounts" className="font-semibold">
            Demo accounts
          </h2>
          <ul className="mt-1 space-y-1">
            {demoAccounts.map((account) => (
              <li key={account.name}>
                <span className="font-mono">{account.name}</span> / <span className="font-mono">{account.password}</span> — {account.role}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
