import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { UserBar } from "@/components/auth/user-bar";
import { buttonClass } from "@/components/ui/button";
import { StoreUnavailable } from "@/components/ui/store-unavailable";
import { Time } from "@/components/ui/time";
import { parseViewId } from "@/lib/api/view-answers";
import { requirePageSession } from "@/lib/auth/page-session";
import { routes } from "@/lib/routes";
import { searchFromQuery, searchToQuery, freezeSearch, startRun } from "@/lib/search-url/search-url";
import { findView } from "@/lib/views/saved-views";

export const metadata: Metadata = { title: "Saved view" };

type Props = { params: Promise<{ id: string }> };

// A saved view whose time is relative (last 24 hours…) says so before it opens, and offers the window
// its owner saw when saving it: a shared link that silently moves in time shows other mail. A view with
// fixed times opens its search at once.
export default async function ViewPage({ params }: Props) {
  const principal = await requirePageSession();
  const id = parseViewId((await params).id);
  if (id === null) notFound();
  const view = await findView(principal.id, id).catch(() => undefined);
  if (view === null) notFound();
  const search = view ? searchFromQuery(new URLSearchParams(view.searchQuery)) : null;
  if (view && search && !search.range) redirect(routes.search(view.searchQuery));
  const asSaved = view && search ? freezeSearch(search, startRun(search, view.savedAt.getTime())) : null;
  return (
    <>
      <UserBar name={principal.name} role={principal.role} viewerId={principal.id} />
      <main className="mx-auto max-w-3xl px-6 py-4">
        {!view || !search || !asSaved ? (
          <StoreUnavailable what="the saved view" />
        ) : (
          <>
            <h1 className="mb-3 text-xl font-semibold">{view.name}</h1>
            <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
              This view&apos;s time is relative: opened now, it shows mail up to now, not what {view.ownerId === principal.id ? "you" : view.ownerName} saw
              when saving it on <Time iso={view.savedAt.toISOString()} />.
            </p>
            <div className="flex flex-wrap gap-3">
              <Link className={buttonClass("primary")} href={routes.search(view.searchQuery)}>
                Open it now (moves with the clock)
              </Link>
              <Link className={buttonClass("secondary")} href={routes.search(searchToQuery(asSaved).toString())}>
                Open it as saved (fixed times)
              </Link>
            </div>
          </>
        )}
      </main>
    </>
  );
}
