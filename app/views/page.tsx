import type { Metadata } from "next";
import { UserBar } from "@/components/auth/user-bar";
import { StoreUnavailable } from "@/components/ui/store-unavailable";
import { ViewTable } from "@/components/views/view-table";
import { toViewEntry } from "@/lib/api/view-answers";
import { requirePageSession } from "@/lib/auth/page-session";
import { listViews } from "@/lib/views/saved-views";

export const metadata: Metadata = { title: "Saved views" };

// The user's saved searches and those the team shares; "my queue" is built in (the queue's Mine).
export default async function ViewsPage() {
  const principal = await requirePageSession();
  const views = await listViews(principal.id).catch(() => null);
  return (
    <>
      <UserBar name={principal.name} role={principal.role} viewerId={principal.id} />
      <main className="mx-auto max-w-[1600px] px-6 py-4">
        <h1 className="mb-3 text-xl font-semibold">Saved views</h1>
        {views ? <ViewTable views={views.map((view) => toViewEntry(view, principal.id))} /> : <StoreUnavailable what="the saved views" />}
      </main>
    </>
  );
}
