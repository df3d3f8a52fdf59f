import type { Metadata } from "next";
import { Suspense } from "react";
import { SearchPage } from "@/components/search/search-page";
import { SkeletonRows } from "@/components/results/results-status";
import { requirePageSession } from "@/lib/auth/page-session";
import { readSearchUrl } from "@/lib/search-url/read-search-url";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { search, problems } = readSearchUrl(await searchParams);
  if (problems.length > 0) return { title: "Search not run · Messages" };
  return { title: search.query ? `“${search.query}” · Messages` : "Messages" };
}

// The search runs in the browser, not here: Cloudflare may take many seconds (202) and only the browser
// can show "still searching" with a cancel button while it waits; times are shown in the user's zone and
// columns as the user saved them, which the server cannot know either. So the server sends the shell.
export default async function MessagesPage() {
  const principal = await requirePageSession();
  return (
    // data-fills-screen: the page is the screen's height and the results scroll inside it (app/globals.css).
    <main data-fills-screen="" className="mx-auto flex w-full max-w-[1600px] min-h-0 flex-1 flex-col px-6 pt-2 pb-3">
      <h1 className="sr-only">Messages</h1>
      <Suspense fallback={<SkeletonRows />}>
        <SearchPage viewer={{ id: principal.id, role: principal.role }} />
      </Suspense>
    </main>
  );
}
