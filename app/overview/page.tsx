import type { Metadata } from "next";
import Link from "next/link";
import { UserBar } from "@/components/auth/user-bar";
import { OverviewView } from "@/components/overview/overview-view";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { StoreUnavailable } from "@/components/ui/store-unavailable";
import { requirePageSession } from "@/lib/auth/page-session";
import { daysOf, filtersOf, overviewQuerySchema } from "@/lib/overview/overview-answer";
import { filterQuery, type OverviewFilters } from "@/lib/overview/overview-scope";
import { OVERVIEW_PERIODS } from "@/lib/overview/overview-values";
import { routes } from "@/lib/routes";
import { overviewOf } from "@/lib/server/overview";

export const metadata: Metadata = { title: "Overview" };

/** A page of the overview with the same filters. */
const withFilters = (href: string, filters: OverviewFilters) => {
  const query = filterQuery(filters).toString();
  return query ? `${href}&${query}` : href;
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value.at(-1) : value);

// What was caught, by disposition, over a period: the managers' landing page, one click away for
// analysts. Counted from Cloudflare's detections per UTC day and kept (lib/server/overview.ts).
export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const principal = await requirePageSession();
  const raw = await searchParams;
  const parsed = overviewQuerySchema.safeParse({ period: one(raw.period), first: one(raw.first), last: one(raw.last), recipient: one(raw.recipient), sender: one(raw.sender) });
  const query = parsed.success ? parsed.data : {};
  const days = daysOf(query);
  const custom = "first" in query && query.first !== undefined;
  const apiQuery = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === "string")).toString();
  const filters = filtersOf(query);
  const initial = await overviewOf(days, filters).catch(() => null);
  return (
    <>
      <UserBar name={principal.name} role={principal.role} viewerId={principal.id} />
      <main className="mx-auto max-w-[1600px] px-6 py-4">
        <div className="mb-3 flex flex-wrap items-end gap-4">
          <h1 className="text-xl font-semibold">Overview</h1>
          <nav aria-label="Period" className="flex gap-2 text-sm print:hidden">
            {OVERVIEW_PERIODS.map((length) => {
              const current = !custom && days.length === length;
              return (
                <Link key={length} href={withFilters(routes.overview(length), filters)} aria-current={current ? "page" : undefined} className={`rounded px-2 py-0.5 ${current ? "bg-zinc-200 font-medium dark:bg-zinc-800" : "text-blue-700 underline dark:text-blue-400"}`}>
                  Last {length} days
                </Link>
              );
            })}
          </nav>
          <form action={routes.overview()} method="get" className="flex flex-wrap items-end gap-2 text-sm print:hidden" aria-label="A period of your own">
            <label className="flex flex-col">
              <span>First day (UTC)</span>
              <input type="date" name="first" required defaultValue={days[0]} className={inputClass} />
            </label>
            <label className="flex flex-col">
              <span>Last day (UTC)</span>
              <input type="date" name="last" required defaultValue={days.at(-1)} className={inputClass} />
            </label>
            <label className="flex flex-col">
              <span>Recipient (address or domain)</span>
              <input type="text" name="recipient" maxLength={200} defaultValue={filters.recipient ?? ""} className={inputClass} />
            </label>
            <label className="flex flex-col">
              <span>Sender (address or domain)</span>
              <input type="text" name="sender" maxLength={200} defaultValue={filters.sender ?? ""} className={inputClass} />
            </label>
            <Button type="submit">Show</Button>
          </form>
        </div>
        {!parsed.success ? (
          <p role="alert" className="mb-3 text-sm text-red-800 dark:text-red-300">
            That period cannot be shown ({parsed.error.issues.map((issue) => `${issue.path.join(".") || "period"} ${issue.message}`).join("; ")}): the last 30 days are shown instead.
          </p>
        ) : null}
        <p className="mb-4 max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">
          What is counted: Cloudflare&apos;s detections (messages it judged unwanted), by the UTC day they were scanned, read from its search 1,000 at a time and kept, so a past day is read once. Today and yesterday are
          counted again when the page is opened after five minutes. Counting spends at most a fifth of the dashboard&apos;s Cloudflare budget. The change compares with the same number of days just before.
        </p>
        {initial ? <OverviewView key={apiQuery} initial={initial} apiQuery={apiQuery} /> : <StoreUnavailable what="the overview" />}
      </main>
    </>
  );
}
