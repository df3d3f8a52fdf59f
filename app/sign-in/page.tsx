import { SiteHeader } from "@/components/site-header";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { OIDC_PROVIDER_ID } from "@/lib/auth/auth-options";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { auth } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getConfig } from "@/lib/config/env";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// /sign-in — local accounts, single sign-on when configured, and the demo accounts in demo mode only.
export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const callbackUrl = safeReturnPath(typeof query.callbackUrl === "string" ? query.callbackUrl : null);
  if (await auth()) redirect(callbackUrl);
  const { oidc, demoAccounts } = getConfig().auth;
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-sm px-6 py-12">
        <h1 className="mb-6 text-xl font-semibold">Sign in</h1>
        <SignInForm
          callbackUrl={callbackUrl}
          sso={oidc ? { id: OIDC_PROVIDER_ID, name: oidc.name } : null}
          demoAccounts={demoAccounts ? DEMO_ACCOUNTS.map(({ name, password, role }) => ({ name, password, role })) : []}
          error={typeof query.error === "string" ? query.error : null}
        />
      </main>
    </>
  );
}
