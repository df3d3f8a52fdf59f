import type { Metadata } from "next";
import { UserBar } from "@/components/auth/user-bar";
import { SessionList } from "@/components/auth/session-list";
import { requirePageSignIn } from "@/lib/auth/page-session";
import { sessionsOf } from "@/lib/auth/sessions";
import { toSessionList } from "@/lib/api/session-answers";
import { StoreUnavailable } from "@/components/ui/store-unavailable";

export const metadata: Metadata = { title: "Your sessions" };

export default async function SessionsPage() {
  const { principal, sid } = await requirePageSignIn();
  const list = await sessionsOf(principal.id).then(
    (sessions) => toSessionList(sessions, sid),
    () => null,
  );
  return (
    <>
      <UserBar name={principal.name} role={principal.role} viewerId={principal.id} />
      <main className="mx-auto max-w-4xl px-6 py-4">
        <h1 className="mb-1 text-xl font-semibold">Your sessions</h1>
        <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
          Every browser where you are signed in. End one you do not recognise, or all but this one; it is refused at once on every server of the dashboard.
        </p>
        {list ? <SessionList initial={list} /> : <StoreUnavailable what="your sessions" />}
      </main>
    </>
  );
}
