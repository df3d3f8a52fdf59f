import type { Metadata } from "next";
import Link from "next/link";
import { UserBar } from "@/components/auth/user-bar";
import { OverviewView } from "@/components/overview/overview-view";
import { StoreUnavailable } from "@/components/ui/store-unavailable";
import { requirePageSession } from "@/lib/auth/page-session";
import { OVERVIEW_PERIODS, type OverviewPeriod } from "@/lib/overview/overview-values";
import { routes } from "@/lib/routes";
import { overviewOf } from "@/lib/server/overview";

export const metadata: Metadata = { title: "Overview" };

// What was caught, by disposition, over a period: the managers' landing page, one click away for
// analysts. Counted from Cloudflare's detections per UTC day and kept (lib/server/overview.ts).
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePageSession();
  const asked = (await searchParams).period;
  const period: OverviewPeriod = asked === "7" ? 7 : 30;
  const initial = await overviewOf(period).catch(() => null);
  return (
    <>
      <UserBar name={principal.name} role={principal.role} viewerId={principal.id} />
      <main className="mx-auto max-w-[1600px] px-6 py-4">
        <div className="mb-3 flex flex-wrap items-baseline gap-4">
          <h1 className="text-xl font-semibold">Overview</h1>
          <nav aria-label="Period" className="flex gap-2 text-sm">
            {OVERVIEW_PERIODS.map((days) => (
              <Link key={days} href={routes.overview(days)} aria-current={days === period ? "page" : undefined} className={`rounded px-2 py-0.5 ${days === period ? "bg-zinc-200 font-medium dark:bg-zinc-800" : "text-blue-700 underline dark:text-blue-400"}`}>
                Last {days} days
              </Link>
            ))}
          </nav>
        </div>
        <p className="mb-4 max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">
          What is counted: Cloudflare&apos;s detections (messages it judged unwanted), by the UTC day they were scanned, read from its search 1,000 at a time and kept, so a past day is read once. Today and yesterday are
          counted again when the page is opened after five minutes. Counting spends at most a fifth of the dashboard&apos;s Cloudflare budget.
        </p>
        {initial ? <OverviewView key={period} initial={initial} /> : <StoreUnavailable what="the overview" />}
      </main>
    </>
  );
}
